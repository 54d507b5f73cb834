// SPDX-License-Identifier: GPL-3.0-or-later
// Names, titles and the hosts a job loads.
#include "jobs/jobspec.h"
#include "jobs/jobstate.h"

#include <QTest>

using namespace Berth::Jobs;

class TestJobSpec final : public QObject
{
    Q_OBJECT

private:
    static JobSpec make(JobKind kind, const QStringList &references)
    {
        JobSpec spec;
        spec.kind = kind;
        spec.endpoint = *Berth::Engine::EngineEndpoint::parse(QStringLiteral("unix:///run/e.sock"));
        spec.references = references;
        return spec;
    }

private Q_SLOTS:
    void namesRoundTrip()
    {
        for (JobKind kind :
             {JobKind::Pull, JobKind::Push, JobKind::Retag, JobKind::Save, JobKind::Load,
              JobKind::RegistryCopy, JobKind::RegistryRetag, JobKind::RegistryDelete,
              JobKind::Build, JobKind::ContainerStop, JobKind::ContainerRemove,
              JobKind::HubDeleteTag, JobKind::ImageRemove, JobKind::ImagePrune})
            QCOMPARE(kindFromName(kindName(kind)), kind);
        QCOMPARE(kindName(JobKind::ImageRemove), QStringLiteral("image-remove"));
        QCOMPARE(kindName(JobKind::ImagePrune), QStringLiteral("image-prune"));
        QCOMPARE(kindName(JobKind::ContainerRemove), QStringLiteral("container-remove"));
        QCOMPARE(kindName(JobKind::HubDeleteTag), QStringLiteral("hub-delete-tag"));
        QCOMPARE(kindName(JobKind::Build), QStringLiteral("build"));
        QCOMPARE(kindName(JobKind::RegistryCopy), QStringLiteral("registry-copy"));
        for (JobState state : {JobState::Queued, JobState::Running, JobState::Succeeded,
                               JobState::Failed, JobState::Cancelled, JobState::Interrupted}) {
            QCOMPARE(stateFromName(stateName(state)), state);
            QVERIFY(!stateText(state).isEmpty());
        }
        QCOMPARE(kindName(JobKind::Retag), QStringLiteral("retag"));
        QCOMPARE(stateName(JobState::Interrupted), QStringLiteral("interrupted"));
        QVERIFY(!kindFromName(QStringLiteral("Pull")));
        QVERIFY(!stateFromName(QString()));
    }

    void finishedStates()
    {
        QVERIFY(!isFinished(JobState::Queued));
        QVERIFY(!isFinished(JobState::Running));
        QVERIFY(isFinished(JobState::Succeeded));
        QVERIFY(isFinished(JobState::Interrupted));
    }

    void limitKeys_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("references");
        QTest::addColumn<QStringList>("keys");
        const QString engine = QStringLiteral("engine:unix:///run/e.sock");
        QTest::newRow("pull from Docker Hub")
            << int(JobKind::Pull) << QStringList{QStringLiteral("alpine:3.19")}
            << QStringList{engine, QStringLiteral("registry:docker.io")};
        QTest::newRow("push to a port")
            << int(JobKind::Push) << QStringList{QStringLiteral("127.0.0.1:5000/app:1")}
            << QStringList{engine, QStringLiteral("registry:127.0.0.1:5000")};
        QTest::newRow("retag counts the target's registry")
            << int(JobKind::Retag)
            << QStringList{QStringLiteral("app:1"), QStringLiteral("reg.example.com/team/app:2")}
            << QStringList{engine, QStringLiteral("registry:reg.example.com")};
        QTest::newRow("save is the engine's alone")
            << int(JobKind::Save) << QStringList{QStringLiteral("app:1")} << QStringList{engine};
        QTest::newRow("an invalid reference has no registry")
            << int(JobKind::Pull) << QStringList{QStringLiteral("UPPER")} << QStringList{engine};
        QTest::newRow("a copy loads both registries, not the engine")
            << int(JobKind::RegistryCopy)
            << QStringList{QStringLiteral("a.example/x:1"), QStringLiteral("b.example/y:1")}
            << QStringList{QStringLiteral("registry:a.example"),
                           QStringLiteral("registry:b.example")};
        QTest::newRow("a retag loads its registry once")
            << int(JobKind::RegistryRetag)
            << QStringList{QStringLiteral("a.example/x:1"), QStringLiteral("a.example/x:2")}
            << QStringList{QStringLiteral("registry:a.example")};
        QTest::newRow("a tag deleted on Docker Hub loads Docker Hub, not the engine")
            << int(JobKind::HubDeleteTag) << QStringList{QStringLiteral("u/app:1")}
            << QStringList{QStringLiteral("registry:docker.io")};
    }

    void limitKeys()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, references);
        QFETCH(QStringList, keys);
        QCOMPARE(make(JobKind(kind), references).limitKeys(), keys);
    }

    void titles()
    {
        QCOMPARE(make(JobKind::Pull, {QStringLiteral("alpine:3")}).title(),
                 QStringLiteral("Pull alpine:3"));
        JobSpec arm = make(JobKind::Pull, {QStringLiteral("alpine:3")});
        arm.platform = QStringLiteral("linux/arm64");
        QCOMPARE(arm.title(), QStringLiteral("Pull alpine:3 for linux/arm64"));
        QCOMPARE(make(JobKind::ImageRemove, {QStringLiteral("app:1")}).title(),
                 QStringLiteral("Remove app:1"));
        QCOMPARE(make(JobKind::HubDeleteTag, {QStringLiteral("u/app:1")}).title(),
                 QStringLiteral("Delete the tag u/app:1 from Docker Hub"));
        QCOMPARE(make(JobKind::Retag, {QStringLiteral("a:1"), QStringLiteral("r/b:2")}).title(),
                 QStringLiteral("Push a:1 as r/b:2"));
        JobSpec save = make(JobKind::Save, {QStringLiteral("a:1"), QStringLiteral("b:2")});
        save.filePath = QStringLiteral("/tmp/x.tar");
        QCOMPARE(save.title(), QStringLiteral("Save 2 images to /tmp/x.tar"));
        QCOMPARE(
            make(JobKind::RegistryCopy, {QStringLiteral("a/x:1"), QStringLiteral("b/y:1")}).title(),
            QStringLiteral("Copy a/x:1 to b/y:1"));
        QCOMPARE(make(JobKind::RegistryDelete, {QStringLiteral("a.example/x:1")}).title(),
                 QStringLiteral("Delete a.example/x:1 from the registry"));
    }

    void fromHistory_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("references");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("valid");
        const QStringList one{QStringLiteral("app:1")};
        const QString tar = QStringLiteral("/tmp/a.tar");
        QTest::newRow("pull") << "pull" << one << QString() << true;
        QTest::newRow("pull without a reference") << "pull" << QStringList() << QString() << false;
        QTest::newRow("retag needs two") << "retag" << one << QString() << false;
        QTest::newRow("retag") << "retag"
                               << QStringList{QStringLiteral("a:1"), QStringLiteral("r/b:2")}
                               << QString() << true;
        QTest::newRow("save") << "save" << one << tar << true;
        QTest::newRow("save without a file") << "save" << one << QString() << false;
        QTest::newRow("load") << "load" << QStringList() << tar << true;
        QTest::newRow("load without a file") << "load" << QStringList() << QString() << false;
        // A process's own stdout or stdin: no other process can run them again.
        QTest::newRow("save to stdout") << "save" << one << QStringLiteral("-") << false;
        QTest::newRow("load from stdin") << "load" << QStringList() << QStringLiteral("-") << false;
        QTest::newRow("unknown kind") << "frobnicate" << one << QString() << false;
        // The history keeps neither a build's Dockerfile nor its arguments.
        QTest::newRow("build") << "build" << one << QStringLiteral("/tmp/context") << false;
        QTest::newRow("registry copy needs two") << "registry-copy" << one << QString() << false;
        QTest::newRow("registry copy")
            << "registry-copy"
            << QStringList{QStringLiteral("r.example/a:1"), QStringLiteral("s.example:5000/b:1")}
            << QString() << true;
        QTest::newRow("registry delete") << "registry-delete" << one << QString() << true;
        // A tag deleted on Docker Hub runs again with the default Docker Hub login.
        QTest::newRow("hub delete tag")
            << "hub-delete-tag" << QStringList{QStringLiteral("u/app:1")} << QString() << true;
    }

    void fromHistory()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, references);
        QFETCH(QString, file);
        QFETCH(bool, valid);
        HistoryEntry entry;
        entry.id = QStringLiteral("id");
        entry.kind = kind;
        entry.references = references;
        entry.file = file;
        entry.result = QStringLiteral("interrupted");
        const auto endpoint =
            *Berth::Engine::EngineEndpoint::parse(QStringLiteral("tcp://127.0.0.1:1"));
        const auto spec = JobSpec::fromHistory(entry, endpoint);
        QCOMPARE(spec.has_value(), valid);
        if (!spec)
            return;
        QCOMPARE(kindName(spec->kind), kind);
        QCOMPARE(spec->references, references);
        QCOMPARE(spec->filePath, file);
        QCOMPARE(spec->endpoint.url(), endpoint.url());
        // The history keeps no login: the registries' default logins are named.
        const QHash<QString, QPair<QString, QString>> logins{
            {QStringLiteral("pull"), {QStringLiteral("docker.io"), {}}},
            {QStringLiteral("retag"), {QStringLiteral("docker.io"), {}}},
            {QStringLiteral("registry-copy"),
             {QStringLiteral("r.example"), QStringLiteral("s.example:5000")}},
            {QStringLiteral("registry-delete"), {QStringLiteral("docker.io"), {}}},
            {QStringLiteral("hub-delete-tag"), {QStringLiteral("docker.io"), {}}},
        };
        QCOMPARE(spec->login.registry, logins.value(kind).first);
        QVERIFY(spec->login.username.isEmpty());
        QCOMPARE(spec->destinationLogin.registry, logins.value(kind).second);
    }

    // A pull (or copy) of one platform of an index runs again for that platform, and its
    // title says so, as the Jobs panel's did.
    void fromHistoryKeepsThePlatform()
    {
        HistoryEntry entry;
        entry.id = QStringLiteral("id");
        entry.kind = QStringLiteral("pull");
        entry.references = {QStringLiteral("127.0.0.1:5000/multi:1")};
        entry.platform = QStringLiteral("linux/arm64");
        const auto spec = JobSpec::fromHistory(entry, {});
        QVERIFY(spec.has_value());
        QCOMPARE(spec->platform, QStringLiteral("linux/arm64"));
        QVERIFY2(spec->title().contains(QStringLiteral("linux/arm64")), qPrintable(spec->title()));
        entry.platform.clear();
        QVERIFY(JobSpec::fromHistory(entry, {})->platform.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobSpec)
#include "tst_jobspec.moc"
