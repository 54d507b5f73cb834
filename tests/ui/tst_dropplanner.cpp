// SPDX-License-Identifier: GPL-3.0-or-later
// DropPlanner over every pair of what is dragged (local images, remote tags, archives,
// anything else) and where it is dropped (an engine, a registry, a repository, an ECR
// registry): the action, the words the status bar shows, the references prefilled, and the
// refusals with their reasons.
#include "dragdata.h"
#include "ui/dropplanner.h"

#include <QMimeData>
#include <QTest>
#include <QUrl>

using namespace Berth::Ui;
using namespace Qt::StringLiterals;
using Action = DropPlan::Action;
using TargetKind = DropTarget::Kind;

Q_DECLARE_METATYPE(Berth::Ui::DropPlan::Action)
Q_DECLARE_METATYPE(Berth::Ui::DropTarget::Kind)

namespace {

const QString Engine = QStringLiteral("unix:///run/engine.sock");
const QString OtherEngine = QStringLiteral("unix:///run/other.sock");
const QString Registry = QStringLiteral("127.0.0.1:5000");
const QString OtherRegistry = QStringLiteral("127.0.0.1:5001");
const QString Ecr = QStringLiteral("123456789012.dkr.ecr.eu-west-1.amazonaws.com");

DropPlanner planner(bool hubLogin)
{
    DropPlanner::Context context;
    context.hasLogin = [hubLogin](const QString &domain) {
        return domain == u"docker.io" ? hubLogin : domain == Registry;
    };
    context.isEcr = [](const QString &domain) {
        return domain == Ecr;
    };
    context.engineOs = [](const QString &url) {
        return url == Engine ? QStringLiteral("linux") : QString();
    };
    return DropPlanner(context);
}

} // namespace

class TestDropPlanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data()
    {
        QTest::addColumn<QString>("drag");
        QTest::addColumn<TargetKind>("kind");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<bool>("hubLogin");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QStringList>("destinations");

        const auto row = [](const char *name) -> QTestData & {
            return QTest::newRow(name);
        };
        // Local images.
        row("local onto its own engine: a new name")
            << u"local:alpine:3.19"_s << TargetKind::Engine << Engine << u""_s << false
            << Action::LocalTag << u"Tag alpine:3.19 with a new name on "_s + Engine
            << QStringList{u"alpine:3.19"_s};
        row("local onto another engine: refused")
            << u"local:alpine:3.19"_s << TargetKind::Engine << OtherEngine << u""_s << false
            << Action::Refused
            << u"alpine:3.19 is on another engine: save it to a file and load it there"_s
            << QStringList{};
        row("local onto a registry: retag and push")
            << u"local:alpine:3.19"_s << TargetKind::Registry << Registry << u""_s << false
            << Action::RetagAndPush << u"Retag alpine:3.19 as 127.0.0.1:5000/alpine:3.19 and push"_s
            << QStringList{u"127.0.0.1:5000/alpine:3.19"_s};
        row("local onto a repository: retag and push")
            << u"local:alpine:3.19"_s << TargetKind::Repository << Registry << u"team/alpine"_s
            << false << Action::RetagAndPush
            << u"Retag alpine:3.19 as 127.0.0.1:5000/team/alpine:3.19 and push"_s
            << QStringList{u"127.0.0.1:5000/team/alpine:3.19"_s};
        row("two local images onto a repository")
            << u"local:alpine:3.19,team/app"_s << TargetKind::Repository << Registry << u"team/x"_s
            << false << Action::RetagAndPush
            << u"Retag 2 image(s) into 127.0.0.1:5000/team/x and push"_s
            << QStringList{u"127.0.0.1:5000/team/x:3.19"_s, u"127.0.0.1:5000/team/x:latest"_s};
        row("local untagged onto a registry: refused")
            << u"local:sha256:0123"_s << TargetKind::Registry << Registry << u""_s << false
            << Action::Refused << u"sha256:0123 has no name to push: Retag… (F2) names it first"_s
            << QStringList{};
        row("local onto an ECR registry: the one-click push")
            << u"local:app:1"_s << TargetKind::Registry << Ecr << u""_s << false << Action::EcrPush
            << u"Push app:1 to Amazon ECR ("_s + Ecr + u"), into the repository of its name"_s
            << QStringList{};
        row("two local images onto ECR: refused")
            << u"local:app:1,app:2"_s << TargetKind::Registry << Ecr << u""_s << false
            << Action::Refused << u"Push to Amazon ECR takes one image at a time"_s
            << QStringList{};
        row("local onto an ECR repository: retag and push")
            << u"local:app:1"_s << TargetKind::Repository << Ecr << u"team/app"_s << false
            << Action::RetagAndPush << u"Retag app:1 as "_s + Ecr + u"/team/app:1 and push"_s
            << QStringList{Ecr + u"/team/app:1"_s};
        row("local onto Docker Hub without a login: refused")
            << u"local:alpine:3.19"_s << TargetKind::Repository << u"docker.io"_s << u"me/alpine"_s
            << false << Action::Refused
            << u"No login for docker.io: sign in with File ▸ Accounts… first"_s << QStringList{};
        row("local onto Docker Hub with a login")
            << u"local:alpine:3.19"_s << TargetKind::Repository << u"docker.io"_s << u"me/alpine"_s
            << true << Action::RetagAndPush
            << u"Retag alpine:3.19 as docker.io/me/alpine:3.19 and push"_s
            << QStringList{u"docker.io/me/alpine:3.19"_s};
        row("local onto a read-only registry: refused")
            << u"local:alpine:3.19"_s << TargetKind::Registry << u"mcr.microsoft.com"_s << u""_s
            << false << Action::Refused << u"mcr.microsoft.com is read-only: it serves pulls only"_s
            << QStringList{};
        // Remote tags.
        row("remote onto an engine: pull")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << TargetKind::Engine << Engine << u""_s
            << false << Action::Pull << u"Pull 127.0.0.1:5000/team/alpine:3.19 into "_s + Engine
            << QStringList{};
        row("remote index with the engine's OS: pull")
            << u"remote:127.0.0.1:5000/multi:1@index=linux/amd64;linux/arm64"_s
            << TargetKind::Engine << Engine << u""_s << false << Action::Pull
            << u"Pull 127.0.0.1:5000/multi:1 into "_s + Engine << QStringList{};
        row("remote index the engine cannot hold: refused")
            << u"remote:127.0.0.1:5000/win:1@index=windows/amd64"_s << TargetKind::Engine << Engine
            << u""_s << false << Action::Refused
            << u"127.0.0.1:5000/win:1 is an index of windows/amd64 only: "_s + Engine +
                   u" runs linux images"_s
            << QStringList{};
        row("two remote tags onto an engine")
            << u"remote:127.0.0.1:5000/a:1,127.0.0.1:5000/a:2"_s << TargetKind::Engine << Engine
            << u""_s << false << Action::Pull << u"Pull 2 tag(s) into "_s + Engine << QStringList{};
        row("remote onto another registry: copy")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << TargetKind::Registry << OtherRegistry
            << u""_s << false << Action::RegistryCopy
            << u"Copy 127.0.0.1:5000/team/alpine:3.19 to 127.0.0.1:5001/team/alpine:3.19"_s
            << QStringList{u"127.0.0.1:5001/team/alpine:3.19"_s};
        row("remote onto its own registry: refused, the same place")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << TargetKind::Registry << Registry
            << u""_s << false << Action::Refused
            << u"127.0.0.1:5000/team/alpine:3.19 is already in 127.0.0.1:5000"_s << QStringList{};
        row("remote onto another repository of its registry: copy")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << TargetKind::Repository << Registry
            << u"mirror/alpine"_s << false << Action::RegistryCopy
            << u"Copy 127.0.0.1:5000/team/alpine:3.19 to 127.0.0.1:5000/mirror/alpine:3.19"_s
            << QStringList{u"127.0.0.1:5000/mirror/alpine:3.19"_s};
        row("remote onto a repository of another registry: copy")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << TargetKind::Repository
            << OtherRegistry << u"x/y"_s << false << Action::RegistryCopy
            << u"Copy 127.0.0.1:5000/team/alpine:3.19 to 127.0.0.1:5001/x/y:3.19"_s
            << QStringList{u"127.0.0.1:5001/x/y:3.19"_s};
        row("remote onto its own repository: retag")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << TargetKind::Repository << Registry
            << u"team/alpine"_s << false << Action::RegistryRetag
            << u"Retag 127.0.0.1:5000/team/alpine:3.19 with a new tag in 127.0.0.1:5000/team/alpine"_s
            << QStringList{u"127.0.0.1:5000/team/alpine:3.19"_s};
        row("two remote tags onto their own repository: refused")
            << u"remote:127.0.0.1:5000/a:1,127.0.0.1:5000/a:2"_s << TargetKind::Repository
            << Registry << u"a"_s << false << Action::Refused
            << u"Retag one tag at a time inside its repository"_s << QStringList{};
        row("remote onto a read-only registry: refused")
            << u"remote:127.0.0.1:5000/a:1"_s << TargetKind::Registry << u"registry.k8s.io"_s
            << u""_s << false << Action::Refused
            << u"registry.k8s.io is read-only: it serves pulls only"_s << QStringList{};
        row("remote onto Docker Hub without a login: refused")
            << u"remote:127.0.0.1:5000/a:1"_s << TargetKind::Repository << u"docker.io"_s
            << u"me/a"_s << false << Action::Refused
            << u"No login for docker.io: sign in with File ▸ Accounts… first"_s << QStringList{};
        // Archives and anything else.
        row("archives onto an engine: load")
            << u"files:/tmp/a.tar,/tmp/b.tar.zst"_s << TargetKind::Engine << Engine << u""_s
            << false << Action::Load << u"Load 2 archive(s) into "_s + Engine << QStringList{};
        row("a gzip archive onto an engine: load")
            << u"files:/tmp/app.tar.gz"_s << TargetKind::Engine << Engine << u""_s << false
            << Action::Load << u"Load app.tar.gz into "_s + Engine << QStringList{};
        row("an xz archive onto an engine: load")
            << u"files:/tmp/app.tar.xz"_s << TargetKind::Engine << Engine << u""_s << false
            << Action::Load << u"Load app.tar.xz into "_s + Engine << QStringList{};
        row("another file onto an engine: refused")
            << u"files:/tmp/notes.zip"_s << TargetKind::Engine << Engine << u""_s << false
            << Action::Refused
            << u"notes.zip is not an image archive (.tar, .tar.gz, .tar.xz, .tar.zst)"_s
            << QStringList{};
        row("an archive onto a registry: refused")
            << u"files:/tmp/a.tar"_s << TargetKind::Registry << Registry << u""_s << false
            << Action::Refused << u"Image archives load into an engine: drop them on one"_s
            << QStringList{};
        row("plain text: refused")
            << u"text:hello"_s << TargetKind::Engine << Engine << u""_s << false << Action::Refused
            << u"Only images, tags and image archives can be dropped here"_s << QStringList{};
    }

    void plans()
    {
        QFETCH(QString, drag);
        QFETCH(TargetKind, kind);
        QFETCH(QString, source);
        QFETCH(QString, repository);
        QFETCH(bool, hubLogin);
        QFETCH(Action, action);
        QFETCH(QString, description);
        QFETCH(QStringList, destinations);

        const std::unique_ptr<QMimeData> data(TestUi::dragOf(drag, Engine));
        const DropPlan plan = planner(hubLogin).plan(data.get(), {kind, source, repository, {}});
        QCOMPARE(plan.description, description);
        QCOMPARE(plan.action, action);
        QCOMPARE(plan.accepted(), action != Action::Refused);
        if (action != Action::Pull && action != Action::Load && action != Action::LocalTag)
            QCOMPARE(plan.destinations, destinations);
        if (action == Action::LocalTag)
            QCOMPARE(plan.destinations, destinations);
    }

    // What a drag carries reads back whole, and its text is the references.
    void payloadRoundTrip()
    {
        ImageRefsPayload payload;
        payload.kind = ImageRefsPayload::SourceKind::Registry;
        payload.source = Registry;
        payload.images = {
            {u"127.0.0.1:5000/a:1"_s, u"sha256:aa"_s, {u"linux/amd64"_s, u"linux/arm64"_s}, true},
            {u"127.0.0.1:5000/a:2"_s, {}, {}, false}};
        const std::unique_ptr<QMimeData> data(payload.toMimeData());
        QCOMPARE(data->text(), QStringLiteral("127.0.0.1:5000/a:1\n127.0.0.1:5000/a:2"));
        const auto back = ImageRefsPayload::fromMimeData(data.get());
        QVERIFY(back);
        QCOMPARE(back->kind, payload.kind);
        QCOMPARE(back->source, payload.source);
        QCOMPARE(back->references(), payload.references());
        QCOMPARE(back->images.first().digest, QStringLiteral("sha256:aa"));
        QCOMPARE(back->images.first().platforms, payload.images.first().platforms);
        QVERIFY(back->images.first().index);
        QVERIFY(!back->images.last().index);
        // Broken or foreign bytes under Berth's type: nothing.
        QMimeData broken;
        broken.setData(ImageRefsPayload::mimeType(), "{not json");
        QVERIFY(!ImageRefsPayload::fromMimeData(&broken));
        QVERIFY(!ImageRefsPayload::fromMimeData(nullptr));
    }
};

QTEST_GUILESS_MAIN(TestDropPlanner)
#include "tst_dropplanner.moc"
