// SPDX-License-Identifier: GPL-3.0-or-later
// The X-Registry-Auth header, checked against the docker CLI's encoding.
#include "engine/registryauth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Berth::Engine::RegistryAuth;

class TestRegistryAuth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheDockerCli()
    {
        // The docker CLI's own encoding of these credentials (base64url, padded).
        const RegistryAuth auth{QStringLiteral("alice"),
                                QStringLiteral("s3cr?t"),
                                QStringLiteral("registry.example.com"),
                                {}};
        QCOMPARE(auth.toHeaderValue(),
                 QByteArray("eyJ1c2VybmFtZSI6ImFsaWNlIiwicGFzc3dvcmQiOiJzM2NyP3QiLCJzZXJ2ZXJhZGRyZX"
                            "NzIjoicmVnaXN0cnkuZXhhbXBsZS5jb20ifQ=="));
    }

    void anonymousIsAnEmptyObject()
    {
        QCOMPARE(RegistryAuth{}.toHeaderValue(), QByteArray("e30="));
        QVERIFY(RegistryAuth{}.isAnonymous());
    }

    void escapesAndIdentityTokens()
    {
        const RegistryAuth auth{
            QStringLiteral("bo\"b"), QStringLiteral("p\\w\n"), QStringLiteral("r:5000"), {}};
        const QJsonObject decoded =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(auth.toHeaderValue(), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(decoded.value(QStringLiteral("username")).toString(), QStringLiteral("bo\"b"));
        QCOMPARE(decoded.value(QStringLiteral("password")).toString(), QStringLiteral("p\\w\n"));
        const RegistryAuth token{{}, {}, QStringLiteral("r:5000"), QStringLiteral("refresh-123")};
        const QJsonObject tokenJson =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(token.toHeaderValue(), QByteArray::Base64UrlEncoding))
                .object();
        QCOMPARE(tokenJson.value(QStringLiteral("identitytoken")).toString(),
                 QStringLiteral("refresh-123"));
        QVERIFY(!tokenJson.contains(QStringLiteral("password")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
