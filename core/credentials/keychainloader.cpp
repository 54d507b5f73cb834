// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/keychainloader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibrary>

namespace Berth::Auth {

namespace {

class LoaderText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Auth::KeychainLoader)
};

using Create = SecretVault *(*)(const QString &service, int timeoutMs);

QStringList candidates()
{
    const QString dir = QCoreApplication::applicationDirPath();
    return {dir + QStringLiteral("/libberth_keychain.so"),
            dir + QStringLiteral("/../lib/berth/libberth_keychain.so"),
            dir + QStringLiteral("/../lib/x86_64-linux-gnu/berth/libberth_keychain.so")};
}

} // namespace

QString KeychainLoader::serviceName()
{
    return QStringLiteral("Berth");
}

Result<std::shared_ptr<SecretVault>> KeychainLoader::load(int timeoutMs)
{
    QString problem;
    for (const QString &path : candidates()) {
        if (!QFileInfo::exists(path))
            continue;
        // Never unloaded: the vault's thread and QtKeychain's callbacks live in it.
        QLibrary library(path);
        auto create = reinterpret_cast<Create>(library.resolve("berth_create_keychain_vault"));
        if (!create) {
            problem = library.errorString();
            continue;
        }
        return std::shared_ptr<SecretVault>(create(serviceName(), timeoutMs));
    }
    return Error(ErrorKind::Unreachable,
                 problem.isEmpty()
                     ? LoaderText::tr("the keychain module (libberth_keychain.so) is not installed")
                     : LoaderText::tr("cannot load the keychain module: %1").arg(problem));
}

} // namespace Berth::Auth
