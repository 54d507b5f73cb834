// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandlinelogins.h"

#include "cli/storedlogins.h"

namespace Berth::Cli {

LoginRef CommandLineLogins::use(const QString &registry, const Credentials &given)
{
    if (!given.username.isEmpty()) {
        m_given.add(registry, given);
        return {registry, given.username};
    }
    if (!m_storedFor.contains(registry))
        m_storedFor.append(registry);
    return {registry, {}};
}

void CommandLineLogins::openStored()
{
    m_stored = m_storedFor.isEmpty() ? nullptr : StoredLogins::sourceFor(m_storedFor);
}

void CommandLineLogins::find(const LoginRef &login, QObject *context, Done done)
{
    // A given login always names its user; a stored one never does, so the same registry on
    // both sides of a copy can be given on one side and stored on the other.
    if (!login.username.isEmpty()) {
        answerLater(context, std::move(done), m_given.lookup(login));
        return;
    }
    if (m_stored)
        m_stored->find(login, context, std::move(done));
    else
        answerLater(context, std::move(done), Credentials());
}

} // namespace Berth::Cli
