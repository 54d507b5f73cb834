// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// berth.core.registry; URLs in its lines go through Redaction, headers never appear.
Q_DECLARE_LOGGING_CATEGORY(lcRegistry)
