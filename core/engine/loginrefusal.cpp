// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/loginrefusal.h"

#include <QRegularExpression>

namespace Berth::Engine {

bool isLoginRefusal(const QString &engineMessage)
{
    static const QRegularExpression refusal(
        QStringLiteral("unauthorized|authentication required|no basic auth|denied"),
        QRegularExpression::CaseInsensitiveOption);
    return refusal.match(engineMessage).hasMatch();
}

} // namespace Berth::Engine
