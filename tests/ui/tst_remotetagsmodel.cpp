// SPDX-License-Identifier: GPL-3.0-or-later
// The tags table's model under QAbstractItemModelTester: pages out of order and repeated,
// details and their failures, a repository emptied under the view, an index of 3 platforms,
// sorting on raw values through a proxy, and the Local column against the engine's images.
#include "registry/driftstate.h"
#include "ui/remotetagsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Berth::Ui;
using namespace Qt::StringLiterals;

namespace {

QStringList tags(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, RemoteTagsModel::TagColumn).data().toString());
    return out;
}

} // namespace

class TestRemoteTagsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAndReloads_data()
    {
        QTest::addColumn<QList<QStringList>>("pages");
        QTest::addColumn<QStringList>("reloaded"); // the whole list listed again
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("in order") << QList<QStringList>{{u"1"_s, u"2"_s}, {u"3"_s}}
                                  << QStringList{u"1"_s, u"2"_s, u"3"_s}
                                  << QStringList{u"1"_s, u"2"_s, u"3"_s};
        QTest::newRow("out of order, repeated")
            << QList<QStringList>{{u"3"_s}, {u"1"_s, u"3"_s}, {u"2"_s}}
            << QStringList{u"1"_s, u"2"_s, u"3"_s} << QStringList{u"1"_s, u"2"_s, u"3"_s};
        QTest::newRow("a page naming a tag twice")
            << QList<QStringList>{{u"b"_s, u"a"_s, u"b"_s}, {u"c"_s, u"a"_s}}
            << QStringList{u"a"_s, u"b"_s, u"c"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s};
        QTest::newRow("interleaved pages, new tags between")
            << QList<QStringList>{{u"b"_s, u"d"_s, u"f"_s}, {u"a"_s, u"c"_s, u"e"_s, u"g"_s}}
            << QStringList{u"0"_s, u"a"_s, u"bb"_s, u"c"_s, u"d"_s, u"g"_s, u"h"_s}
            << QStringList{u"0"_s, u"a"_s, u"bb"_s, u"c"_s, u"d"_s, u"g"_s, u"h"_s};
        QTest::newRow("emptied under the view")
            << QList<QStringList>{{u"a"_s, u"b"_s}} << QStringList{} << QStringList{};
        QTest::newRow("some gone, one new")
            << QList<QStringList>{{u"a"_s, u"b"_s, u"c"_s, u"d"_s}}
            << QStringList{u"b"_s, u"e"_s, u"d"_s} << QStringList{u"b"_s, u"d"_s, u"e"_s};
    }

    void pagesAndReloads()
    {
        QFETCH(QList<QStringList>, pages);
        QFETCH(QStringList, reloaded);
        QFETCH(QStringList, expected);
        RemoteTagsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(u"127.0.0.1:5000"_s, u"team/app"_s);
        for (const QStringList &page : pages)
            model.addTags(page);
        TagDetails details;
        details.digest = u"sha256:abc"_s;
        details.size = 10;
        for (const QStringList &page : pages) {
            for (const QString &tag : page)
                model.setDetails(tag, details);
        }
        model.keepOnly(reloaded);
        QCOMPARE(tags(model), expected);
        // The rows that stayed keep their details; the new one has none yet.
        for (int row = 0; row < model.rowCount(); ++row) {
            const bool old = std::any_of(pages.cbegin(), pages.cend(), [&](const QStringList &p) {
                return p.contains(model.tagAt(row));
            });
            QCOMPARE(model.hasDetails(row), old);
        }
    }

    void detailsOfAnIndex()
    {
        RemoteTagsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRepository(u"127.0.0.1:5000"_s, u"team/app"_s);
        model.addTags({u"removed"_s, u"multi"_s}); // rows in tag order: multi, removed
        TagDetails index;
        index.digest = u"sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"_s;
        index.mediaType = u"application/vnd.oci.image.index.v1+json"_s;
        index.platforms = {u"linux/amd64"_s, u"linux/arm64/v8"_s, u"linux/s390x"_s};
        index.platformSizes = {1000, 3000, 2000};
        index.size = 3000;
        model.setDetails(u"multi"_s, index);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(RemoteTagsModel::PlatformsColumn).toString(),
                 u"linux/amd64, linux/arm64/v8, linux/s390x"_s);
        QCOMPARE(cell(RemoteTagsModel::SizeColumn, RemoteTagsModel::RawRole).toLongLong(), 3000);
        QCOMPARE(cell(RemoteTagsModel::SizeColumn, Qt::ToolTipRole).toString().count(u'\n'), 2);
        QCOMPARE(cell(RemoteTagsModel::DigestColumn, Qt::ToolTipRole).toString(), index.digest);
        QCOMPARE(cell(0, RemoteTagsModel::ReferenceRole).toString(),
                 u"127.0.0.1:5000/team/app:multi"_s);
        model.setDetailsError(u"removed"_s, u"no tag removed in 127.0.0.1:5000/team/app"_s);
        QVERIFY(model.hasDetails(1));
        QCOMPARE(model.index(1, RemoteTagsModel::DigestColumn).data().toString(),
                 u"no tag removed in 127.0.0.1:5000/team/app"_s);
        // Details of a tag that is not listed change nothing.
        model.setDetails(u"other"_s, index);
        QCOMPARE(model.rowCount(), 2);
    }

    void sortsOnRawValues()
    {
        RemoteTagsModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(RemoteTagsModel::RawRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addTags({u"small"_s, u"big"_s, u"mid"_s});
        // 900 B, 12 MB, 2 MB: by the text "2.00MB" would sort after "12.0MB".
        const QList<std::pair<QString, qint64>> sizes{
            {u"small"_s, 900}, {u"big"_s, 12000000}, {u"mid"_s, 2000000}};
        for (const auto &[tag, size] : sizes) {
            TagDetails d;
            d.size = size;
            d.created = QDateTime::fromSecsSinceEpoch(size, Qt::UTC);
            model.setDetails(tag, d);
        }
        proxy.sort(RemoteTagsModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(tags(proxy), (QStringList{u"small"_s, u"mid"_s, u"big"_s}));
        proxy.sort(RemoteTagsModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(tags(proxy), (QStringList{u"big"_s, u"mid"_s, u"small"_s}));
    }

    // Local: the engine's tag of the same name and the RepoDigests of this repository.
    void localColumnFollowsTheEngine()
    {
        using Berth::Registry::DriftState;
        RemoteTagsModel model;
        QAbstractItemModelTester tester(&model);
        model.setRepository(u"127.0.0.1:5000"_s, u"team/app"_s);
        model.addTags({u"1"_s, u"2"_s, u"3"_s, u"4"_s});
        const QString a = u"sha256:"_s + QString(64, u'a');
        const QString b = u"sha256:"_s + QString(64, u'b');
        for (const auto &[tag, digest] :
             {std::pair(u"1"_s, a), std::pair(u"2"_s, b),
              std::pair(u"3"_s, QString(u"sha256:"_s + QString(64, u'c')))}) {
            TagDetails details;
            details.digest = digest;
            model.setDetails(tag, details);
        }
        const auto state = [&model](int row) {
            return model.index(row, RemoteTagsModel::LocalColumn).data(RemoteTagsModel::DriftRole);
        };
        QCOMPARE(state(0).toInt(), int(DriftState::NotLocal)); // no local images yet
        QVERIFY(!state(3).isValid());                          // no details yet

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // 1 pulled as a; the local 2 is another image (pulled as a); b held nowhere.
        const QStringList pulledA{u"127.0.0.1:5000/team/app@"_s + a};
        model.setLocalImages({
            {u"127.0.0.1:5000/team/app"_s, u"1"_s, u"sha256:1"_s, 0, 0, pulledA},
            {u"127.0.0.1:5000/team/app"_s, u"2"_s, u"sha256:1"_s, 0, 0, pulledA},
            {u"127.0.0.1:5000/other"_s, u"3"_s, u"sha256:9"_s, 0, 0, {}},
        });
        QCOMPARE(changed.size(), 1);
        QCOMPARE(state(0).toInt(), int(DriftState::InSync));
        QCOMPARE(state(1).toInt(), int(DriftState::Behind));
        QCOMPARE(state(2).toInt(), int(DriftState::NotLocal)); // another repository's 3
        QCOMPARE(model.index(1, RemoteTagsModel::LocalColumn).data().toString(),
                 u"Local is behind"_s);

        // Another repository: the same images, none of them its own.
        model.setRepository(u"127.0.0.1:5000"_s, u"other"_s);
        model.addTags({u"3"_s});
        TagDetails details;
        details.digest = a;
        model.setDetails(u"3"_s, details);
        QCOMPARE(state(0).toInt(), int(DriftState::Behind)); // the local other:3 has no digest
    }
};

QTEST_MAIN(TestRemoteTagsModel)
#include "tst_remotetagsmodel.moc"
