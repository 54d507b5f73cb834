// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/registryerrortext.h"

#include "registry/registryrequest.h"

namespace Berth::Ui {

QString RegistryErrorText::common(const QString &domain, const QString &user, const QString &what,
                                  const Error &error)
{
    const QString message = error.message();
    // What a person can do about it: the registry's own CA, or the insecure opt-in.
    if (message.contains(Registry::RegistryRequest::untrustedCertificateText(QString())))
        return tr("%1 is not trusted: its TLS certificate is not signed by a CA this system "
                  "knows. Settings ▸ Registries (Ctrl+,) takes the registry's CA file, or marks "
                  "it insecure (%2)")
            .arg(domain, message);
    switch (error.kind()) {
    case ErrorKind::PermissionDenied: {
        // A wrong password is refused by the token server or the registry before any scope
        // is looked at; a known user without the right gets a token without it.
        const bool badLogin = message.contains(QStringLiteral("password"), Qt::CaseInsensitive) ||
                              message.contains(QStringLiteral("token server"), Qt::CaseInsensitive);
        if (user.isEmpty())
            return tr("%1 refused anonymous access to %2: sign in to it with File ▸ Accounts…")
                .arg(domain, what);
        if (badLogin)
            return tr("%1 refused user %2: the password is wrong or has changed (File ▸ "
                      "Accounts… signs in again)")
                .arg(domain, user);
        return tr("%1 refused user %2 %3: that user may not read it").arg(domain, user, what);
    }
    case ErrorKind::Unreachable:
        return tr("%1 does not answer: %2").arg(domain, message);
    case ErrorKind::Timeout:
        return tr("%1 stopped answering while sending %2; Retry asks again").arg(domain, what);
    default:
        return {};
    }
}

QString RegistryErrorText::catalog(const QString &domain, const QString &user, const Error &error)
{
    const QString what = tr("the list of repositories");
    if (const QString text = common(domain, user, what, error); !text.isEmpty())
        return text;
    if (error.kind() == ErrorKind::NotFound)
        return tr("%1 lists no repositories: Open Repository… (Ctrl+L) opens one by name")
            .arg(domain);
    return tr("%1 could not send %2: %3").arg(domain, what, error.message());
}

QString RegistryErrorText::tags(const QString &domain, const QString &repository,
                                const QString &user, const Error &error)
{
    const QString what = tr("the tags of %1").arg(repository);
    if (const QString text = common(domain, user, what, error); !text.isEmpty())
        return text;
    if (error.kind() == ErrorKind::NotFound)
        return tr("no repository %1 on %2").arg(repository, domain);
    return tr("%1 could not send %2: %3").arg(domain, what, error.message());
}

QString RegistryErrorText::tag(const QString &domain, const QString &repository, const QString &tag,
                               const QString &user, const Error &error)
{
    const QString what = tr("%1:%2").arg(repository, tag);
    if (const QString text = common(domain, user, what, error); !text.isEmpty())
        return text;
    if (error.kind() == ErrorKind::NotFound)
        return tr("no tag %1 in %2/%3").arg(tag, domain, repository);
    return tr("%1 could not send %2: %3").arg(domain, what, error.message());
}

} // namespace Berth::Ui
