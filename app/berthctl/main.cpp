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
    Berth::installTranslations();
    Berth::Registry::useSystemProxy();
    return Berth::Cli::runBerthctl(QCoreApplication::arguments());
}
