// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Berth::Auth {

// The OS keychain as Berth uses it: one secret per key. Every call answers asynchronously,
// once, on `context`'s thread (never if `context` is gone by then), within the vault's
// timeout: a keychain that does not answer ends in ErrorKind::Timeout, never in a hang.
// Thread-safe: callable from any thread.
class SecretVault
{
public:
    using ReadDone = std::function<void(const Result<QString> &)>; // NotFound when absent
    using Done = std::function<void(const Result<void> &)>;

    virtual ~SecretVault() = default;

    virtual void read(const QString &key, QObject *context, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Done done) = 0;
    virtual void remove(const QString &key, QObject *context, Done done) = 0;
};

} // namespace Berth::Auth
