// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/error.h"

#include <QCoreApplication>

namespace Berth::Ui {

// A registry's failure in words a person can act on, naming the registry, the user and what
// was asked ("127.0.0.1:5000 refused user bob the list of repositories"), rather than the
// wire's ("401 UNAUTHORIZED ...").
class RegistryErrorText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Ui::RegistryErrorText)

public:
    static QString catalog(const QString &domain, const QString &user, const Error &error);
    static QString tags(const QString &domain, const QString &repository, const QString &user,
                        const Error &error);
    static QString tag(const QString &domain, const QString &repository, const QString &tag,
                       const QString &user, const Error &error);

private:
    // The refusal, the unreachable registry and the timeout, the same whatever was asked;
    // empty for the other kinds.
    static QString common(const QString &domain, const QString &user, const QString &what,
                          const Error &error);
};

} // namespace Berth::Ui
