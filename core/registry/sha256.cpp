// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/sha256.h"

#include <openssl/evp.h>

namespace Berth::Registry {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    reset();
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::reset()
{
    EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr);
}

void Sha256::add(const char *data, qsizetype size)
{
    if (size > 0)
        EVP_DigestUpdate(m_ctx, data, static_cast<size_t>(size));
}

QString Sha256::digest()
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_ctx, out, &length);
    return QStringLiteral("sha256:") +
           QString::fromLatin1(
               QByteArray(reinterpret_cast<const char *>(out), static_cast<qsizetype>(length))
                   .toHex());
}

QString Sha256::of(const QByteArray &data)
{
    Sha256 hash;
    hash.add(data);
    return hash.digest();
}

bool Sha256::isDigest(QStringView text)
{
    if (text.size() != 71 || !text.startsWith(u"sha256:"))
        return false;
    for (const QChar c : text.mid(7)) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace Berth::Registry
