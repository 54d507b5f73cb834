// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace Berth::Registry::Redaction {

// A URL fit for a log line or an error: no user info, and no query (signed CDN URLs carry
// their credentials there).
QString url(const QUrl &url);
// A header value fit for a log line: Authorization and tokens become "[redacted]".
QByteArray header(const QByteArray &name, const QByteArray &value);

} // namespace Berth::Registry::Redaction
