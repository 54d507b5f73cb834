// SPDX-License-Identifier: GPL-3.0-or-later
// Drift against the real registries and the private dockerd of tests/env: a tag pulled into
// the engine is in sync with its registry; once skopeo puts another image under the same
// tag, the same RepoDigests are behind; a tag or repository the registry lacks is local
// only; an unresolvable host and a refused login are unknown, and the stored login answers.
// What is expected comes from docker (RepoDigests) and skopeo (the registry's digests).
#include "registry/driftjudge.h"
#include "registry/driftprobe.h"
#include "registrytesthelpers.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <memory>
#include <optional>

using namespace Berth;
using namespace Berth::Registry;
using namespace RegistryTest;

namespace {

RemoteTagAnswer ask(RegistryClient *client, const QString &reference)
{
    std::optional<RemoteTagAnswer> answer;
    QObject context;
    DriftProbe::ask(client, ref(reference), &context,
                    [&answer](const RemoteTagAnswer &a) { answer = a; });
    // A ceiling only a hang reaches.
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 60000))
        return {RemoteTagAnswer::Kind::Unanswered, {}, QStringLiteral("the HEAD never ended")};
    return *answer;
}

QStringList repoDigests(const QString &reference)
{
    const auto out =
        TestPeers::docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                           QStringLiteral("{{json .RepoDigests}}"), reference});
    QStringList digests;
    for (const QJsonValue &value :
         QJsonDocument::fromJson(out.value_or(QString()).toUtf8()).array())
        digests.append(value.toString());
    return digests;
}

} // namespace

class TestDriftProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_open = TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(m_open, "registry_open");
        BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd");
    }

    void pulledTagIsInSyncThenBehind()
    {
        const QString tag = m_open + QStringLiteral("/driftprobe/app:1");
        // An image of its own, put in the registry by curl and pulled by the engine.
        QVERIFY(
            seed({QStringLiteral("image"), QStringLiteral("http://") + m_open,
                  QStringLiteral("driftprobe/app"), QStringLiteral("1"), QStringLiteral("2048")}));
        QVERIFY(TestPeers::docker({QStringLiteral("pull"), QStringLiteral("-q"), tag}));
        const QStringList digests = repoDigests(tag);
        const QString pulled = TestPeers::skopeoDigest(tag);
        QVERIFY(!pulled.isEmpty());
        QVERIFY2(digests.contains(m_open + QStringLiteral("/driftprobe/app@") + pulled),
                 qPrintable(digests.join(u' ')));

        std::unique_ptr<RegistryClient> c(client(m_open));
        RemoteTagAnswer answer = ask(c.get(), tag);
        QCOMPARE(answer.kind, RemoteTagAnswer::Kind::Present);
        QCOMPARE(answer.digest, pulled);
        QCOMPARE(DriftJudge::ofLocalTag(ref(tag), digests, answer), DriftState::InSync);

        // Another image under the same tag, put there by skopeo, not through the engine.
        QVERIFY(seed({QStringLiteral("image"), QStringLiteral("http://") + m_open,
                      QStringLiteral("driftprobe/other"), QStringLiteral("1"),
                      QStringLiteral("2048")}));
        QVERIFY(run(QStringLiteral("skopeo"),
                    {QStringLiteral("copy"), QStringLiteral("--src-tls-verify=false"),
                     QStringLiteral("--dest-tls-verify=false"),
                     QStringLiteral("docker://") + m_open + QStringLiteral("/driftprobe/other:1"),
                     QStringLiteral("docker://") + tag}));
        const QString moved = TestPeers::skopeoDigest(tag);
        QVERIFY(!moved.isEmpty() && moved != pulled);
        answer = ask(c.get(), tag);
        QCOMPARE(answer.kind, RemoteTagAnswer::Kind::Present);
        QCOMPARE(answer.digest, moved);
        QCOMPARE(DriftJudge::ofLocalTag(ref(tag), repoDigests(tag), answer), DriftState::Behind);
        QVERIFY(TestPeers::docker({QStringLiteral("rmi"), tag}));
    }

    void missingTagOrRepositoryIsLocalOnly()
    {
        std::unique_ptr<RegistryClient> c(client(m_open));
        QVERIFY(seed({QStringLiteral("image"), QStringLiteral("http://") + m_open,
                      QStringLiteral("driftprobe/present"), QStringLiteral("1"),
                      QStringLiteral("1024")}));
        // MANIFEST_UNKNOWN: the repository is there, the tag is not.
        const QString tag = m_open + QStringLiteral("/driftprobe/present:2");
        RemoteTagAnswer answer = ask(c.get(), tag);
        QCOMPARE(answer.kind, RemoteTagAnswer::Kind::Absent);
        QCOMPARE(DriftJudge::ofLocalTag(ref(tag), {}, answer), DriftState::LocalOnly);
        // NAME_UNKNOWN: tagged here under a registry name, never pushed.
        const QString never = m_open + QStringLiteral("/driftprobe/never-pushed:1");
        answer = ask(c.get(), never);
        QCOMPARE(answer.kind, RemoteTagAnswer::Kind::Absent);
        QCOMPARE(DriftJudge::ofLocalTag(ref(never), {}, answer), DriftState::LocalOnly);
    }

    void unresolvableHostIsUnknown()
    {
        std::unique_ptr<RegistryClient> c(client(QStringLiteral("nosuchhost.invalid:5000")));
        const RemoteTagAnswer answer = ask(c.get(), QStringLiteral("nosuchhost.invalid:5000/a:1"));
        QCOMPARE(answer.kind, RemoteTagAnswer::Kind::Unanswered);
        QVERIFY2(answer.reason.contains(QStringLiteral("nosuchhost.invalid")),
                 qPrintable(answer.reason));
        QCOMPARE(
            DriftJudge::ofLocalTag(ref(QStringLiteral("nosuchhost.invalid:5000/a:1")), {}, answer),
            DriftState::Unknown);
    }

    // A registry that wants a login: anonymous gets 401 (unknown), the login answers.
    void refusedLoginIsUnknownAndTheLoginAnswers()
    {
        const QString host =
            TestEnv::readState(QStringLiteral("registry_htpasswd"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "registry_htpasswd");
        const auto seeded =
            seed({QStringLiteral("image"), QStringLiteral("http://") + host,
                  QStringLiteral("driftprobe/private"), QStringLiteral("1"), QStringLiteral("1024"),
                  QStringLiteral("-u"), QStringLiteral("alice:alice-secret-1")});
        QVERIFY(seeded);
        const QString tag = host + QStringLiteral("/driftprobe/private:1");
        std::unique_ptr<RegistryClient> anonymous(client(host));
        const RemoteTagAnswer refused = ask(anonymous.get(), tag);
        QCOMPARE(refused.kind, RemoteTagAnswer::Kind::Unanswered);
        QCOMPARE(DriftJudge::ofLocalTag(ref(tag), {}, refused), DriftState::Unknown);

        Credentials alice;
        alice.username = QStringLiteral("alice");
        alice.password = QStringLiteral("alice-secret-1");
        std::unique_ptr<RegistryClient> signedIn(client(host, {}, alice));
        const RemoteTagAnswer answer = ask(signedIn.get(), tag);
        QCOMPARE(answer.kind, RemoteTagAnswer::Kind::Present);
        QCOMPARE(answer.digest, seeded->section(u' ', 0, 0));
    }

private:
    QString m_open;
};

QTEST_GUILESS_MAIN(TestDriftProbe)
#include "tst_driftprobe.moc"
