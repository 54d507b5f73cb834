// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"
#include "cli/berthctl.h"
#include "registry/systemproxy.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    // Before QCoreApplication opens its first descriptor.
    Berth::Cli::guardStandardStreams();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("berthctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    // --json prints data, its "error" fields included: English whatever the language (the
    // English translation still gives the plural forms). Other messages follow LANGUAGE/LANG.
    const bool json = QCoreApplication::arguments().contains(QStringLiteral("--json"));
    Berth::installTranslations(json ? QStringLiteral("en") : QString());
    Berth::Registry::useSystemProxy();
    return Berth::Cli::runBerthctl(QCoreApplication::arguments());
}
