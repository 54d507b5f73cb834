// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aws/awsaccountlist.h"
#include "aws/awscredentialchain.h"
#include "base/result.h"
#include "credentials/secretvault.h"

#include <QMutex>

#include <functional>
#include <memory>

namespace Berth::Aws {

// The AWS accounts Berth keeps (docs/credentials.md): each account's access key id, secret
// key and session token are one keychain item (key "aws:NAME"); the list of accounts, with
// no secret, is an AwsAccountList. The keychain is loaded only when an account's keys are
// read or written, so the environment's or the files' keys never need one.
// The *Now calls wait for the keychain on the calling thread (a local event loop): call them
// from berthctl or a worker thread, never from the GUI thread.
class AwsAccountStore final
{
public:
    using VaultLoader = std::function<Result<std::shared_ptr<Auth::SecretVault>>()>;

    AwsAccountStore(VaultLoader loadVault, std::shared_ptr<AwsAccountList> list);

    const AwsAccountList &list() const { return *m_list; }

    // Keeps the keys in the keychain, then lists the account (as the default, unless not
    // `makeDefault` and another account is).
    Result<void> saveNow(const AwsAccountList::Entry &entry, const AwsCredentials &keys,
                         bool makeDefault = true);
    // The account's list entry changed (region, role, endpoint, default); its keys stay.
    void update(const AwsAccountList::Entry &entry, bool makeDefault)
    {
        m_list->put(entry, makeDefault);
    }
    // Takes the keys out of the keychain and the account out of the list.
    Result<void> removeNow(const QString &name);
    // The account's keys, region, endpoint and source ("Berth's keychain (NAME)"); an empty
    // name is the default account. nullopt when the list has no such account (no keychain
    // contact then).
    Result<std::optional<ResolvedAwsCredentials>> findNow(const QString &name);

    // The hook AwsChainOptions::keptAccount takes: the store's findNow.
    static KeptAwsAccount chainStep(std::shared_ptr<AwsAccountStore> store);

    static QString keyOf(const QString &name);

private:
    Result<std::shared_ptr<Auth::SecretVault>> vault();

    VaultLoader m_loadVault;
    std::shared_ptr<AwsAccountList> m_list;
    QMutex m_mutex;
    std::shared_ptr<Auth::SecretVault> m_vault;
};

} // namespace Berth::Aws
