// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/jsonfailure.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Berth::Cli {

QString jsonFailureLine(const QString &reference, const QString &error)
{
    const QJsonObject object{{QStringLiteral("reference"), reference},
                             {QStringLiteral("error"), error}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n';
}

} // namespace Berth::Cli
