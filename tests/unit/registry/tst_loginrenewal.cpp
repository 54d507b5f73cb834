// SPDX-License-Identifier: GPL-3.0-or-later
// A Basic login the registry refuses, renewed once through the authenticator's renewal hook
// (an ECR token that lapsed, docs/aws.md): the refused request gets the new Authorization;
// requests refused while the renewal runs wait for it and share its answer; a refusal of
// the renewed login, or of a login nobody can renew, is the end.
#include "registry/registryauthenticator.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Registry;

namespace {

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

const QByteArray Challenge = "Basic realm=\"registry\"";

struct Renewals
{
    int asked = 0;
    QString refusedPassword;
    std::function<void(const Result<Credentials> &)> answer;
};

} // namespace

class TestLoginRenewal final : public QObject
{
    Q_OBJECT

private:
    static Credentials login(const QString &password)
    {
        Credentials credentials;
        credentials.username = QStringLiteral("AWS");
        credentials.password = password;
        return credentials;
    }

    // The authenticator of a Basic registry whose renewal answers when the test says.
    static std::unique_ptr<RegistryAuthenticator> authenticator(Renewals &renewals)
    {
        auto auth = std::make_unique<RegistryAuthenticator>(
            QStringLiteral("registry.test"), login(QStringLiteral("lapsed")), false, false,
            [](RequestSpec, std::function<void(const Result<RegistryResponse> &)>) {});
        auth->setRenewal([&renewals](const Credentials &refused, auto done) {
            ++renewals.asked;
            renewals.refusedPassword = refused.password;
            renewals.answer = std::move(done);
        });
        return auth;
    }

private Q_SLOTS:
    void refusedTogetherRenewedOnce()
    {
        Renewals renewals;
        const auto auth = authenticator(renewals);
        const auto reauthenticate = auth->reauthenticator(QStringLiteral("repository:x:pull"));
        QList<Result<QByteArray>> answers;
        const auto collect = [&answers](const Result<QByteArray> &a) {
            answers.append(a);
        };
        const QByteArray sent = basic(QStringLiteral("AWS"), QStringLiteral("lapsed"));
        reauthenticate(Challenge, sent, collect);
        reauthenticate(Challenge, sent, collect);
        QCOMPARE(renewals.asked, 1);
        QCOMPARE(renewals.refusedPassword, QStringLiteral("lapsed"));
        QVERIFY(answers.isEmpty());
        renewals.answer(login(QStringLiteral("fresh")));
        QCOMPARE(answers.size(), 2);
        for (const auto &answer : std::as_const(answers)) {
            QVERIFY(answer.ok());
            QCOMPARE(*answer, basic(QStringLiteral("AWS"), QStringLiteral("fresh")));
        }
        // A request that went out before the renewal and is refused after it: the new login.
        reauthenticate(Challenge, sent, collect);
        QCOMPARE(answers.size(), 3);
        QCOMPARE(*answers.last(), basic(QStringLiteral("AWS"), QStringLiteral("fresh")));
        // The renewed login refused too: the end, and no second renewal.
        reauthenticate(Challenge, basic(QStringLiteral("AWS"), QStringLiteral("fresh")), collect);
        QCOMPARE(answers.size(), 4);
        QVERIFY(!answers.last().ok());
        QCOMPARE(renewals.asked, 1);
    }

    void theSameLoginAgainIsARefusal()
    {
        Renewals renewals;
        const auto auth = authenticator(renewals);
        std::optional<Result<QByteArray>> answer;
        auth->reauthenticator({})(Challenge, basic(QStringLiteral("AWS"), QStringLiteral("lapsed")),
                                  [&answer](const Result<QByteArray> &a) { answer = a; });
        renewals.answer(login(QStringLiteral("lapsed")));
        QVERIFY(answer && !answer->ok());
        QVERIFY2(answer->error().message().contains(u"refused"),
                 qPrintable(answer->error().message()));
    }

    void withoutRenewalARefusalIsFinal()
    {
        RegistryAuthenticator auth(
            QStringLiteral("registry.test"), login(QStringLiteral("wrong")), false, false,
            [](RequestSpec, std::function<void(const Result<RegistryResponse> &)>) {});
        std::optional<Result<QByteArray>> answer;
        auth.reauthenticator({})(Challenge, basic(QStringLiteral("AWS"), QStringLiteral("wrong")),
                                 [&answer](const Result<QByteArray> &a) { answer = a; });
        QVERIFY(answer && !answer->ok());
    }
};

QTEST_GUILESS_MAIN(TestLoginRenewal)
#include "tst_loginrenewal.moc"
