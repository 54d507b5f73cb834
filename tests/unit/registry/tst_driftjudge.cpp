// SPDX-License-Identifier: GPL-3.0-or-later
// The drift rules (docs/drift.md) on what an engine and a registry say, without either.
#include "registry/driftjudge.h"

#include <QTest>

using namespace Berth;
using namespace Berth::Registry;

namespace {

const QString Old = QStringLiteral("sha256:") + QString(64, u'1');
const QString New = QStringLiteral("sha256:") + QString(64, u'2');

Reference::ImageReference ref(const char *text)
{
    return *Reference::ImageReference::parse(QString::fromLatin1(text));
}

} // namespace

class TestDriftJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void digestsOfTheTagsRepositoryOnly()
    {
        // Docker names Docker Hub's repositories familiarly in RepoDigests.
        const QStringList repoDigests{QStringLiteral("alpine@") + Old,
                                      QStringLiteral("127.0.0.1:5000/alpine@") + New,
                                      QStringLiteral("not a reference")};
        QCOMPARE(DriftJudge::digestsFor(ref("docker.io/library/alpine:3.19"), repoDigests),
                 QStringList{Old});
        QCOMPARE(DriftJudge::digestsFor(ref("127.0.0.1:5000/alpine:1"), repoDigests),
                 QStringList{New});
        QVERIFY(DriftJudge::digestsFor(ref("127.0.0.1:5000/other:1"), repoDigests).isEmpty());
    }

    void localTag_data()
    {
        QTest::addColumn<QStringList>("repoDigests");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("digest");
        QTest::addColumn<DriftState>("expected");
        const QStringList pulled{QStringLiteral("127.0.0.1:5000/team/app@") + Old};
        const int present = int(RemoteTagAnswer::Kind::Present);
        const int absent = int(RemoteTagAnswer::Kind::Absent);
        const int unanswered = int(RemoteTagAnswer::Kind::Unanswered);
        QTest::newRow("same digest") << pulled << present << Old << DriftState::InSync;
        QTest::newRow("registry moved on") << pulled << present << New << DriftState::Behind;
        QTest::newRow("tag gone from the registry")
            << pulled << absent << QString() << DriftState::LocalOnly;
        QTest::newRow("built here, not in the registry")
            << QStringList() << absent << QString() << DriftState::LocalOnly;
        QTest::newRow("built here, another image there")
            << QStringList() << present << New << DriftState::Behind;
        QTest::newRow("no answer") << pulled << unanswered << QString() << DriftState::Unknown;
        QTest::newRow("no Docker-Content-Digest")
            << pulled << present << QString() << DriftState::Unknown;
        QTest::newRow("digest of another repository")
            << QStringList{QStringLiteral("127.0.0.1:5000/other@") + New} << present << New
            << DriftState::Behind;
    }

    void localTag()
    {
        QFETCH(QStringList, repoDigests);
        QFETCH(int, kind);
        QFETCH(QString, digest);
        QFETCH(DriftState, expected);
        const RemoteTagAnswer answer{RemoteTagAnswer::Kind(kind), digest, {}};
        QCOMPARE(DriftJudge::ofLocalTag(ref("127.0.0.1:5000/team/app:1.0"), repoDigests, answer),
                 expected);
    }

    void remoteTag()
    {
        QCOMPARE(DriftJudge::ofRemoteTag(New, true, {New}, true), DriftState::InSync);
        QCOMPARE(DriftJudge::ofRemoteTag(New, true, {Old}, false), DriftState::Behind);
        // The local tag names another image even though the engine holds this one too.
        QCOMPARE(DriftJudge::ofRemoteTag(New, true, {Old}, true), DriftState::Behind);
        // Held under another tag, or pulled by digest.
        QCOMPARE(DriftJudge::ofRemoteTag(New, false, {}, true), DriftState::InSync);
        QCOMPARE(DriftJudge::ofRemoteTag(New, false, {}, false), DriftState::NotLocal);
        QCOMPARE(DriftJudge::ofRemoteTag(QString(), true, {New}, true), DriftState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestDriftJudge)
#include "tst_driftjudge.moc"
