// SPDX-License-Identifier: GPL-3.0-or-later
// The Sources tree's model under QAbstractItemModelTester: catalog pages arriving, a failing
// load, a reload that empties a registry, repositories opened by name, Docker Hub's My
// Repositories (loaded on expansion) and Recent (reordered in place), AWS accounts as ECR
// registries coming and going.
#include "ui/sourcesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Berth::Ui;
using namespace Qt::StringLiterals;
using Kind = SourcesModel::Kind;

namespace {

QStringList childTexts(const SourcesModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(model.index(row, 0, parent).data().toString());
    return out;
}

QList<Kind> childKinds(const SourcesModel &model, const QModelIndex &parent)
{
    QList<Kind> out;
    for (int row = 0; row < model.rowCount(parent); ++row)
        out.append(SourcesModel::kindOf(model.index(row, 0, parent)));
    return out;
}

} // namespace

class TestSourcesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hubFolders()
    {
        SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex hub = model.addRegistry(QStringLiteral("docker.io"), false);
        model.setHubFolders(false);
        QVERIFY(!model.hubFolderIndex(SourcesModel::HubFolder::Mine).isValid());
        const QPersistentModelIndex recent = model.hubFolderIndex(SourcesModel::HubFolder::Recent);
        QCOMPARE(recent.data().toString(), QStringLiteral("Recent"));
        QCOMPARE(childKinds(model, hub), (QList<Kind>{Kind::HubFolder, Kind::NoCatalog}));
        QVERIFY(!model.hasChildren(recent));

        // Recent: the newest first; a row opened again moves, keeping its index.
        model.setHubRecent({u"a/one"_s, u"b/two"_s, u"c/three"_s});
        QCOMPARE(childTexts(model, recent), (QStringList{u"a/one"_s, u"b/two"_s, u"c/three"_s}));
        const QPersistentModelIndex three = model.index(2, 0, recent);
        model.setHubRecent({u"c/three"_s, u"a/one"_s, u"b/two"_s});
        QCOMPARE(childTexts(model, recent), (QStringList{u"c/three"_s, u"a/one"_s, u"b/two"_s}));
        QCOMPARE(three.row(), 0);
        QCOMPARE(three.data(SourcesModel::RepositoryRole).toString(), u"c/three"_s);
        QCOMPARE(three.data(SourcesModel::SourceRole).toString(), u"docker.io"_s);
        model.setHubRecent({u"d/four"_s, u"c/three"_s});
        QCOMPARE(childTexts(model, recent), (QStringList{u"d/four"_s, u"c/three"_s}));

        // My Repositories, once a login is known: first, loaded when first expanded (the
        // tester may expand it itself, as a view would).
        QSignalSpy requested(&model, &SourcesModel::hubRepositoriesRequested);
        model.setHubFolders(true);
        const QPersistentModelIndex mine = model.hubFolderIndex(SourcesModel::HubFolder::Mine);
        QCOMPARE(mine.row(), 0);
        QCOMPARE(mine.data().toString(), QStringLiteral("My Repositories"));
        QVERIFY(model.hasChildren(mine));
        if (model.canFetchMore(mine))
            model.fetchMore(mine);
        QCOMPARE(requested.count(), 1);
        QVERIFY(!model.canFetchMore(mine));
        model.beginHubLoading();
        QCOMPARE(childKinds(model, mine), QList<Kind>{Kind::Busy});
        model.appendHubRepositories({u"alice/app"_s});
        model.appendHubRepositories({u"team/multi"_s, u"alice/app"_s});
        model.failHubLoading(u"refused"_s);
        QCOMPARE(childKinds(model, mine),
                 (QList<Kind>{Kind::Repository, Kind::Repository, Kind::Failure}));
        model.reloadHub();
        QCOMPARE(requested.count(), 2);
        model.beginHubLoading();
        model.appendHubRepositories({u"team/multi"_s});
        model.finishHubLoading();
        QCOMPARE(childTexts(model, mine), QStringList{u"team/multi"_s});
        QCOMPARE(model.index(0, 0, mine).data(SourcesModel::SourceRole).toString(), u"docker.io"_s);
        // The catalog's repositories opened by name stay beside the folders.
        model.addRepository(u"docker.io"_s, u"library/ubuntu"_s);
        QCOMPARE(childKinds(model, hub), (QList<Kind>{Kind::HubFolder, Kind::HubFolder,
                                                      Kind::Repository, Kind::NoCatalog}));
    }

    void groupsEngineAndHub()
    {
        SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        model.setEngine(QStringLiteral("unix:///a.sock"), QStringLiteral("a"));
        model.setEngine(QStringLiteral("unix:///b.sock"), QStringLiteral("b"));
        QCOMPARE(childTexts(model, model.index(0, 0)), QStringList{QStringLiteral("b")});
        QVERIFY(model.engineIndex(QStringLiteral("unix:///b.sock")).isValid());
        QVERIFY(!model.engineIndex(QStringLiteral("unix:///a.sock")).isValid());
        const QModelIndex hub = model.addRegistry(QStringLiteral("docker.io"), false);
        QCOMPARE(model.addRegistry(QStringLiteral("docker.io"), false), hub);
        // No catalog: nothing to fetch, a row that says so and offers Open Repository.
        QVERIFY(!model.canFetchMore(hub));
        QCOMPARE(childKinds(model, hub), QList<Kind>{Kind::NoCatalog});
        const QModelIndex repo =
            model.addRepository(QStringLiteral("docker.io"), QStringLiteral("library/ubuntu"));
        QCOMPARE(childKinds(model, hub), (QList<Kind>{Kind::Repository, Kind::NoCatalog}));
        QCOMPARE(repo.data(SourcesModel::RepositoryRole).toString(),
                 QStringLiteral("library/ubuntu"));
        QCOMPARE(model.addRepository(QStringLiteral("docker.io"), QStringLiteral("library/ubuntu")),
                 repo);
    }

    // Every engine the window knows: the rows follow the list, a row still listed keeps
    // its place (the selection with it) and takes the new label.
    void enginesFollowTheList()
    {
        SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString a = QStringLiteral("unix:///a.sock"), b = QStringLiteral("unix:///b.sock"),
                      c = QStringLiteral("ssh://host");
        model.setEngines({{a, QStringLiteral("a")}, {b, QStringLiteral("b")}});
        QCOMPARE(childTexts(model, model.index(0, 0)),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        const QPersistentModelIndex kept = model.engineIndex(b);
        model.setEngines({{b, QStringLiteral("b (Docker 24)")}, {c, QStringLiteral("c")}});
        QCOMPARE(childTexts(model, model.index(0, 0)),
                 (QStringList{QStringLiteral("b (Docker 24)"), QStringLiteral("c")}));
        QVERIFY(kept.isValid());
        QCOMPARE(QModelIndex(kept), model.engineIndex(b));
        QCOMPARE(SourcesModel::kindOf(model.engineIndex(c)), Kind::Engine);
        QVERIFY(!model.engineIndex(a).isValid());
        model.setEngines({});
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    }

    void catalogLoads_data()
    {
        QTest::addColumn<QList<QStringList>>("pages");
        QTest::addColumn<QString>("failure"); // empty: the load ends well
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QList<Kind>>("kinds");
        const QString f =
            QStringLiteral("127.0.0.1:5000 refused user bob the list of repositories");
        QTest::newRow("one page") << QList<QStringList>{{u"a"_s, u"b"_s}} << QString()
                                  << QStringList{u"a"_s, u"b"_s}
                                  << QList<Kind>{Kind::Repository, Kind::Repository};
        QTest::newRow("pages") << QList<QStringList>{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}, {u"e"_s}}
                               << QString() << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}
                               << QList<Kind>(5, Kind::Repository);
        QTest::newRow("a page repeated")
            << QList<QStringList>{{u"a"_s, u"b"_s}, {u"b"_s, u"c"_s}} << QString()
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << QList<Kind>(3, Kind::Repository);
        QTest::newRow("empty") << QList<QStringList>{{}} << QString() << QStringList{}
                               << QList<Kind>{};
        QTest::newRow("fails at once")
            << QList<QStringList>{} << f << QStringList{f + QStringLiteral(" (Enter to retry)")}
            << QList<Kind>{Kind::Failure};
        QTest::newRow("fails on page 2")
            << QList<QStringList>{{u"a"_s, u"b"_s}} << f
            << QStringList{u"a"_s, u"b"_s, f + QStringLiteral(" (Enter to retry)")}
            << QList<Kind>{Kind::Repository, Kind::Repository, Kind::Failure};
    }

    void catalogLoads()
    {
        QFETCH(QList<QStringList>, pages);
        QFETCH(QString, failure);
        QFETCH(QStringList, expected);
        QFETCH(QList<Kind>, kinds);
        SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString domain = QStringLiteral("127.0.0.1:5000");
        // The tester asks for more itself, as a view does: the catalog is asked for once.
        QSignalSpy requested(&model, &SourcesModel::loadRequested);
        const QModelIndex registry = model.addRegistry(domain);
        QVERIFY(model.hasChildren(registry));
        model.fetchMore(registry);
        model.fetchMore(registry);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toString(), domain);
        model.beginLoading(domain);
        QCOMPARE(childKinds(model, registry), QList<Kind>{Kind::Busy});
        for (const QStringList &page : pages) {
            model.appendRepositories(domain, page);
            // The busy row stays last while pages come.
            QCOMPARE(childKinds(model, registry).constLast(), Kind::Busy);
        }
        if (failure.isEmpty())
            model.finishLoading(domain);
        else
            model.failLoading(domain, failure);
        QCOMPARE(childTexts(model, registry), expected);
        QCOMPARE(childKinds(model, registry), kinds);
        QVERIFY(!model.canFetchMore(registry));
    }

    // An account is a registry row named after it, loaded only when expanded; its
    // repositories are on the host its listing names; another host drops the ones before.
    void ecrAccountsComeAndGo()
    {
        SourcesModel model;
        QSignalSpy loads(&model, &SourcesModel::loadRequested);
        model.addRegistry(QStringLiteral("docker.io"), false);
        model.setEcrAccounts({{u"work"_s, u"eu-west-1"_s}, {u"ci"_s, u"us-east-1"_s}});
        const QModelIndex registries = model.index(1, 0);
        QCOMPARE(childTexts(model, registries), (QStringList{u"docker.io"_s, u"work"_s, u"ci"_s}));
        const QString work = SourcesModel::ecrAccountSource(u"work"_s);
        const QModelIndex account = model.registryIndex(work);
        QCOMPARE(SourcesModel::kindOf(account), Kind::EcrAccount);
        QCOMPARE(account.data(SourcesModel::AccountRole).toString(), u"work"_s);
        QVERIFY(account.data(SourcesModel::HostRole).toString().isEmpty());
        QVERIFY(model.hasChildren(account));
        QVERIFY(model.canFetchMore(account));
        // A retry before the first expansion loads nothing.
        model.reload(work);
        QVERIFY(loads.isEmpty());

        // The tester fetches what can be fetched, as an expansion does.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (model.canFetchMore(account))
            model.fetchMore(account);
        QVERIFY(!model.canFetchMore(account));
        QVERIFY(loads.contains(QVariantList{work}));
        model.beginLoading(work);
        model.setRegistryHost(work, u"123456789012.dkr.ecr.eu-west-1.amazonaws.com"_s);
        model.appendRepositories(work, {u"team/app"_s, u"team/db"_s});
        model.finishLoading(work);
        QCOMPARE(childTexts(model, account), (QStringList{u"team/app"_s, u"team/db"_s}));
        const QModelIndex app = model.index(0, 0, account);
        QCOMPARE(app.data(SourcesModel::SourceRole).toString(),
                 u"123456789012.dkr.ecr.eu-west-1.amazonaws.com"_s);
        QVERIFY(account.data(Qt::ToolTipRole).toString().contains(u"123456789012.dkr.ecr"));

        // The account's keys now reach another AWS account: its repositories only.
        model.reload(work);
        model.beginLoading(work);
        model.setRegistryHost(work, u"210987654321.dkr.ecr.eu-west-1.amazonaws.com"_s);
        QCOMPARE(childKinds(model, account), QList<Kind>{Kind::Busy});
        model.appendRepositories(work, {u"other"_s});
        model.finishLoading(work);
        QCOMPARE(childTexts(model, account), QStringList{u"other"_s});
        QCOMPARE(model.index(0, 0, account).data(SourcesModel::HostRole).toString(),
                 u"210987654321.dkr.ecr.eu-west-1.amazonaws.com"_s);

        // Removed from the list: its row goes, the others stay.
        model.setEcrAccounts({{u"ci"_s, u"us-east-1"_s}});
        QCOMPARE(childTexts(model, registries), (QStringList{u"docker.io"_s, u"ci"_s}));
        QVERIFY(!model.registryIndex(work).isValid());
    }

    void reloadEmptiesAndRetries()
    {
        SourcesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString domain = QStringLiteral("r.example");
        const QModelIndex registry = model.addRegistry(domain);
        model.fetchMore(registry);
        model.beginLoading(domain);
        model.appendRepositories(domain, {QStringLiteral("a"), QStringLiteral("b")});
        model.finishLoading(domain);
        QCOMPARE(model.rowCount(registry), 2);
        QSignalSpy requested(&model, &SourcesModel::loadRequested);
        model.reload(domain);
        QCOMPARE(requested.size(), 1);
        // The registry emptied under the view: the next load lists nothing.
        model.beginLoading(domain);
        model.finishLoading(domain);
        QCOMPARE(model.rowCount(registry), 0);
        QVERIFY(!model.repositoryIndex(domain, QStringLiteral("a")).isValid());
        // A failure, then a retry that lists again.
        model.reload(domain);
        model.beginLoading(domain);
        model.failLoading(domain, QStringLiteral("r.example does not answer"));
        QCOMPARE(childKinds(model, registry), QList<Kind>{Kind::Failure});
        QCOMPARE(model.index(0, 0, registry).data(SourcesModel::ErrorRole).toString(),
                 QStringLiteral("r.example does not answer"));
        model.reload(domain);
        model.beginLoading(domain);
        model.appendRepositories(domain, {QStringLiteral("c")});
        model.finishLoading(domain);
        QCOMPARE(childTexts(model, registry), QStringList{QStringLiteral("c")});
    }
};

QTEST_GUILESS_MAIN(TestSourcesModel)
#include "tst_sourcesmodel.moc"
