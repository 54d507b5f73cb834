// SPDX-License-Identifier: GPL-3.0-or-later
// Drag and drop through the models, as the views call them: mimeData() of the local images
// and of a repository's tags (through the views' proxies too), canDropMimeData() and
// dropMimeData() on the Sources tree's rows and on both tables, for every kind of drag,
// the refused ones included (no signal, false).
#include "dragdata.h"
#include "hub/hubratelimitprobe.h"
#include "ui/dropplanner.h"
#include "ui/hubtagsmodel.h"
#include "ui/imagemodelroles.h"
#include "ui/localimagesmodel.h"
#include "ui/remotetagsmodel.h"
#include "ui/sourcesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;
using namespace Qt::StringLiterals;
using Action = DropPlan::Action;

Q_DECLARE_METATYPE(Berth::Ui::DropPlan::Action)

namespace {

const QString EngineUrl = u"unix:///run/engine.sock"_s;
const QString TestRegistry = u"127.0.0.1:5000"_s;
const QString Id = u"sha256:"_s + QString(64, u'a');

DropPlanner planner()
{
    DropPlanner::Context context;
    context.hasLogin = [](const QString &) {
        return false;
    };
    context.isEcr = [](const QString &) {
        return false;
    };
    context.engineOs = [](const QString &) {
        return u"linux"_s;
    };
    return DropPlanner(context);
}

// The Sources tree with an engine, the open registry with a repository, Docker Hub.
struct Sources
{
    SourcesModel model;
    DropPlanner plans = planner();

    Sources()
    {
        model.setDropPlanner(&plans);
        model.setEngine(EngineUrl, u"Engine"_s);
        model.addRegistry(u"docker.io"_s, false);
        model.addRepository(TestRegistry, u"team/alpine"_s);
    }
    QModelIndex row(const QString &name)
    {
        if (name == u"engine")
            return model.engineIndex(EngineUrl);
        if (name == u"registry")
            return model.registryIndex(TestRegistry);
        if (name == u"repository")
            return model.repositoryIndex(TestRegistry, u"team/alpine"_s);
        if (name == u"group")
            return model.index(1, 0);
        // Docker Hub's "No list of repositories" row.
        return model.index(0, 0, model.registryIndex(u"docker.io"_s));
    }
};

} // namespace

class TestDropModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void localImagesDrag()
    {
        LocalImagesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEngine(EngineUrl);
        model.setRows(
            {{u"alpine"_s, u"3.19"_s, Id, 0, 10, {}}, {u"<none>"_s, u"<none>"_s, Id, 0, 10, {}}});
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // A row's every column selected, as a whole-row selection gives them: one image.
        QModelIndexList indexes;
        for (int column = 0; column < proxy.columnCount(); ++column)
            indexes.append(proxy.index(0, column));
        indexes.append(proxy.index(1, 0));
        const std::unique_ptr<QMimeData> data(proxy.mimeData(indexes));
        QVERIFY(data);
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        const auto payload = ImageRefsPayload::fromMimeData(data.get());
        QVERIFY(payload);
        QCOMPARE(payload->kind, ImageRefsPayload::SourceKind::Engine);
        QCOMPARE(payload->source, EngineUrl);
        const QStringList expected{proxy.index(0, 0).data(ReferenceRole).toString(),
                                   proxy.index(1, 0).data(ReferenceRole).toString()};
        QCOMPARE(payload->references(), expected);
        QVERIFY(expected.contains(u"alpine:3.19"_s) && expected.contains(Id));
        QCOMPARE(payload->images.first().digest, Id);
        QCOMPARE(data->text(), expected.join(u'\n'));
        QCOMPARE(model.supportedDragActions(), Qt::CopyAction);
    }

    void remoteTagsDrag()
    {
        RemoteTagsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(TestRegistry, u"team/alpine"_s);
        model.addTags({u"3.19"_s, u"multi"_s});
        TagDetails index;
        index.digest = u"sha256:bb"_s;
        index.mediaType = u"application/vnd.oci.image.index.v1+json"_s;
        index.platforms = {u"linux/amd64"_s, u"linux/arm64"_s};
        model.setDetails(u"multi"_s, index);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        const std::unique_ptr<QMimeData> data(
            proxy.mimeData({proxy.index(0, 0), proxy.index(1, 0), proxy.index(1, 2)}));
        const auto payload = ImageRefsPayload::fromMimeData(data.get());
        QVERIFY(payload);
        QCOMPARE(payload->kind, ImageRefsPayload::SourceKind::Registry);
        QCOMPARE(payload->source, TestRegistry);
        QCOMPARE(payload->references(), (QStringList{u"127.0.0.1:5000/team/alpine:3.19"_s,
                                                     u"127.0.0.1:5000/team/alpine:multi"_s}));
        QVERIFY(!payload->images.first().index);
        QVERIFY(payload->images.last().index);
        QCOMPARE(payload->images.last().platforms, index.platforms);
        QCOMPARE(payload->images.last().digest, u"sha256:bb"_s);
        QCOMPARE(data->text(), payload->references().join(u'\n'));
    }

    // Docker Hub's tags drag too: onto an engine they pull, onto a registry they copy.
    void hubTagsDrag()
    {
        HubTagsModel model;
        Hub::HubTag tag;
        tag.name = u"3.19"_s;
        tag.digest = u"sha256:cc"_s;
        tag.images = {{u"linux"_s, u"amd64"_s, {}, {}, 1},
                      {u"linux"_s, u"arm64"_s, u"v8"_s, {}, 1}};
        model.setTags(u"library/alpine"_s, {tag});
        QVERIFY(model.flags(model.index(0, 0)).testFlag(Qt::ItemIsDragEnabled));
        const std::unique_ptr<QMimeData> data(
            model.mimeData({model.index(0, 0), model.index(0, 1)}));
        const auto payload = ImageRefsPayload::fromMimeData(data.get());
        QVERIFY(payload);
        const QString registry = Hub::HubRateLimitProbe::defaultRegistry();
        QCOMPARE(payload->kind, ImageRefsPayload::SourceKind::Registry);
        QCOMPARE(payload->source, registry);
        QCOMPARE(payload->references(), QStringList{registry + u"/library/alpine:3.19"_s});
        QCOMPARE(payload->images.first().platforms,
                 (QStringList{u"linux/amd64"_s, u"linux/arm64/v8"_s}));
        QVERIFY(payload->images.first().index);
        const DropPlanner plans = planner();
        QCOMPARE(plans.plan(data.get(), {DropTarget::Kind::Engine, EngineUrl, {}, {}}).action,
                 Action::Pull);
    }

    // No row the model knows, no drag: each table's mimeData() (one shared path) gives none
    // for an empty selection or for another model's index.
    void noImageNoMimeData()
    {
        LocalImagesModel local;
        local.setEngine(EngineUrl);
        local.setRows({{u"alpine"_s, u"3.19"_s, Id, 0, 10, {}}});
        RemoteTagsModel remote;
        remote.setRepository(TestRegistry, u"team/alpine"_s);
        remote.addTags({u"3.19"_s});
        HubTagsModel hub;
        QVERIFY(!std::unique_ptr<QMimeData>(local.mimeData({})));
        QVERIFY(!std::unique_ptr<QMimeData>(local.mimeData({QModelIndex()})));
        QVERIFY(!std::unique_ptr<QMimeData>(remote.mimeData({})));
        QVERIFY(!std::unique_ptr<QMimeData>(hub.mimeData({})));
        // A valid index of another model: not one of this table's images.
        QVERIFY(local.index(0, 0).isValid() && remote.index(0, 0).isValid());
        QVERIFY(!std::unique_ptr<QMimeData>(remote.mimeData({local.index(0, 0)})));
        QVERIFY(!std::unique_ptr<QMimeData>(hub.mimeData({remote.index(0, 0)})));
        const std::unique_ptr<QMimeData> one(remote.mimeData({remote.index(0, 0)}));
        QVERIFY(one);
        QCOMPARE(one->text(), u"127.0.0.1:5000/team/alpine:3.19"_s);
    }

    void sourcesDrops_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("drag");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("description");

        const auto add = [](const char *name, const QString &row, const QString &drag,
                            Action action, const QString &description) {
            QTest::newRow(name) << row << drag << action << description;
        };
        add("local onto the engine", u"engine"_s, u"local:alpine:3.19"_s, Action::LocalTag,
            u"Tag alpine:3.19 with a new name on Engine"_s);
        add("local onto the registry", u"registry"_s, u"local:alpine:3.19"_s, Action::RetagAndPush,
            u"Retag alpine:3.19 as 127.0.0.1:5000/alpine:3.19 and push"_s);
        add("local onto the repository", u"repository"_s, u"local:alpine:3.19"_s,
            Action::RetagAndPush,
            u"Retag alpine:3.19 as 127.0.0.1:5000/team/alpine:3.19 and push"_s);
        add("local onto Docker Hub without a login", u"hub"_s, u"local:alpine:3.19"_s,
            Action::Refused, u"No login for docker.io: sign in with File ▸ Accounts… first"_s);
        add("local onto a group row", u"group"_s, u"local:alpine:3.19"_s, Action::Refused,
            u"Drop on an engine, a registry or a repository"_s);
        add("local onto a status row", u"status"_s, u"local:alpine:3.19"_s, Action::Refused,
            u"Drop on an engine, a registry or a repository"_s);
        add("remote onto the engine", u"engine"_s, u"remote:127.0.0.1:5000/team/alpine:3.19"_s,
            Action::Pull, u"Pull 127.0.0.1:5000/team/alpine:3.19 into Engine"_s);
        add("remote windows index onto the engine", u"engine"_s,
            u"remote:127.0.0.1:5000/w:1@index=windows/amd64"_s, Action::Refused,
            u"127.0.0.1:5000/w:1 is an index of windows/amd64 only: Engine runs linux images"_s);
        add("remote onto its registry", u"registry"_s, u"remote:127.0.0.1:5000/team/alpine:3.19"_s,
            Action::Refused, u"127.0.0.1:5000/team/alpine:3.19 is already in 127.0.0.1:5000"_s);
        add("remote onto its repository", u"repository"_s,
            u"remote:127.0.0.1:5000/team/alpine:3.19"_s, Action::RegistryRetag,
            u"Retag 127.0.0.1:5000/team/alpine:3.19 with a new tag in 127.0.0.1:5000/team/alpine"_s);
        add("remote onto another repository", u"repository"_s, u"remote:127.0.0.1:5000/other:1"_s,
            Action::RegistryCopy, u"Copy 127.0.0.1:5000/other:1 to 127.0.0.1:5000/team/alpine:1"_s);
        add("remote from elsewhere onto the registry", u"registry"_s,
            u"remote:127.0.0.1:5001/other:1"_s, Action::RegistryCopy,
            u"Copy 127.0.0.1:5001/other:1 to 127.0.0.1:5000/other:1"_s);
        add("an archive onto the engine", u"engine"_s, u"files:/tmp/app.tar.zst"_s, Action::Load,
            u"Load app.tar.zst into Engine"_s);
        add("an archive onto a repository", u"repository"_s, u"files:/tmp/app.tar"_s,
            Action::Refused, u"Image archives load into an engine: drop them on one"_s);
    }

    void sourcesDrops()
    {
        QFETCH(QString, row);
        QFETCH(QString, drag);
        QFETCH(Action, action);
        QFETCH(QString, description);
        Sources sources;
        QAbstractItemModelTester tester(&sources.model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex target = row == u"hub"
                                       ? sources.model.addRepository(u"docker.io"_s, u"me/alpine"_s)
                                       : sources.row(row);
        QVERIFY(target.isValid());
        const std::unique_ptr<QMimeData> data(TestUi::dragOf(drag, EngineUrl));
        QSignalSpy dropped(&sources.model, &SourcesModel::dropRequested);
        const bool accepted = action != Action::Refused;
        QCOMPARE(sources.model.flags(target).testFlag(Qt::ItemIsDropEnabled),
                 row != u"group" && row != u"status");
        QCOMPARE(sources.model.planDrop(data.get(), -1, -1, target).description, description);
        QCOMPARE(sources.model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, target),
                 accepted);
        QCOMPARE(sources.model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, target), accepted);
        QCOMPARE(dropped.size(), accepted ? 1 : 0);
        if (accepted) {
            const auto plan = dropped.first().first().value<DropPlan>();
            QCOMPARE(plan.action, action);
            QCOMPARE(plan.description, description);
        }
        // Between two rows counts as on the row below.
        QCOMPARE(sources.model.canDropMimeData(data.get(), Qt::CopyAction, target.row(), 0,
                                               target.parent()),
                 accepted);
    }

    void localImagesDrops_data()
    {
        QTest::addColumn<QString>("drag");
        QTest::addColumn<Action>("action");
        QTest::newRow("a remote tag: pull") << u"remote:127.0.0.1:5000/a:1"_s << Action::Pull;
        QTest::newRow("an image of this engine: tag") << u"local:alpine:3.19"_s << Action::LocalTag;
        QTest::newRow("archives: load") << u"files:/tmp/a.tar.gz,/tmp/b.tar.xz"_s << Action::Load;
        QTest::newRow("another file: refused") << u"files:/tmp/a.txt"_s << Action::Refused;
        QTest::newRow("text: refused") << u"text:alpine"_s << Action::Refused;
    }

    void localImagesDrops()
    {
        QFETCH(QString, drag);
        QFETCH(Action, action);
        LocalImagesModel model;
        const DropPlanner plans = planner();
        model.setEngine(EngineUrl);
        model.setRows({{u"alpine"_s, u"3.19"_s, Id, 0, 10, {}}});
        const std::unique_ptr<QMimeData> data(TestUi::dragOf(drag, EngineUrl));
        // No planner yet: nothing is taken.
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
        model.setDropPlanner(&plans);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QSignalSpy dropped(&model, &LocalImagesModel::dropRequested);
        const bool accepted = action != Action::Refused;
        // On a row or on the table's empty part: the engine either way.
        QCOMPARE(proxy.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, proxy.index(0, 1)),
                 accepted);
        QCOMPARE(proxy.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}), accepted);
        QCOMPARE(proxy.dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}), accepted);
        QCOMPARE(dropped.size(), accepted ? 1 : 0);
        if (accepted) {
            const auto plan = dropped.first().first().value<DropPlan>();
            QCOMPARE(plan.action, action);
            QCOMPARE(plan.engineUrl, EngineUrl);
        }
    }

    void remoteTagsDrops_data()
    {
        QTest::addColumn<QString>("drag");
        QTest::addColumn<Action>("action");
        QTest::addColumn<QStringList>("destinations");
        QTest::newRow("a local image: retag and push")
            << u"local:alpine:3.19"_s << Action::RetagAndPush
            << QStringList{u"127.0.0.1:5000/team/alpine:3.19"_s};
        QTest::newRow("a tag of this repository: retag")
            << u"remote:127.0.0.1:5000/team/alpine:3.19"_s << Action::RegistryRetag
            << QStringList{u"127.0.0.1:5000/team/alpine:3.19"_s};
        QTest::newRow("a tag of another registry: copy")
            << u"remote:127.0.0.1:5001/x/y:2"_s << Action::RegistryCopy
            << QStringList{u"127.0.0.1:5000/team/alpine:2"_s};
        QTest::newRow("an archive: refused")
            << u"files:/tmp/a.tar"_s << Action::Refused << QStringList{};
    }

    void remoteTagsDrops()
    {
        QFETCH(QString, drag);
        QFETCH(Action, action);
        QFETCH(QStringList, destinations);
        RemoteTagsModel model;
        const DropPlanner plans = planner();
        model.setDropPlanner(&plans);
        const std::unique_ptr<QMimeData> data(TestUi::dragOf(drag, EngineUrl));
        // No repository shown: nowhere to drop.
        QVERIFY(!model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, {}));
        model.setRepository(TestRegistry, u"team/alpine"_s);
        model.addTags({u"3.19"_s});
        QSignalSpy dropped(&model, &RemoteTagsModel::dropRequested);
        const bool accepted = action != Action::Refused;
        QCOMPARE(model.canDropMimeData(data.get(), Qt::CopyAction, -1, -1, model.index(0, 0)),
                 accepted);
        QCOMPARE(model.dropMimeData(data.get(), Qt::CopyAction, -1, -1, {}), accepted);
        QCOMPARE(dropped.size(), accepted ? 1 : 0);
        if (accepted) {
            const auto plan = dropped.first().first().value<DropPlan>();
            QCOMPARE(plan.action, action);
            QCOMPARE(plan.destinations, destinations);
        }
    }
};

QTEST_GUILESS_MAIN(TestDropModels)
#include "tst_dropmodels.moc"
