// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace Berth::Registry {

// SHA-256 with OpenSSL's EVP (SHA-NI where the CPU has it: ten times QCryptographicHash),
// fed as data streams in.
class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset();
    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    // "sha256:<64 hex>"; the hash cannot be fed afterwards until reset().
    QString digest();

    static QString of(const QByteArray &data);
    // "sha256:" and 64 lowercase hexadecimal characters.
    static bool isDigest(QStringView text);

private:
    evp_md_ctx_st *m_ctx;
};

} // namespace Berth::Registry
