// SPDX-License-Identifier: GPL-3.0-or-later
// LocalImagesModel and its filter proxy under QAbstractItemModelTester: updates arrive as
// inserts, removals and dataChanged, never as a reset.
#include "ui/imagefilterproxymodel.h"
#include "ui/imagemodelroles.h"
#include "ui/localimagesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <chrono>

using Berth::Engine::ImageTagRow;
using namespace Berth::Ui;

namespace {

ImageTagRow row(const char *repository, const char *tag, const char *id, qint64 created = 100,
                qint64 size = 1000)
{
    return {QString::fromLatin1(repository),
            QString::fromLatin1(tag),
            QString::fromLatin1(id),
            created,
            size,
            {}};
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out.append(QString::fromLatin1(item));
    return out;
}

QStringList references(const QAbstractItemModel &model)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, 0).data(ReferenceRole).toString());
    return out;
}

} // namespace

class TestLocalImagesModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void updatesByDifference_data()
    {
        QTest::addColumn<QList<ImageTagRow>>("before");
        QTest::addColumn<QList<ImageTagRow>>("after");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("changed");

        const QList<ImageTagRow> three{row("a", "1", "sha256:1"), row("b", "1", "sha256:2"),
                                       row("c", "1", "sha256:3")};
        QTest::newRow("from empty") << QList<ImageTagRow>{} << three << 3 << 0 << 0;
        QTest::newRow("to empty") << three << QList<ImageTagRow>{} << 0 << 3 << 0;
        QTest::newRow("same") << three << three << 0 << 0 << 0;
        QTest::newRow("one tag added")
            << three << (three + QList<ImageTagRow>{row("c", "2", "sha256:3")}) << 1 << 0 << 0;
        QTest::newRow("middle removed")
            << three << QList<ImageTagRow>{three.at(0), three.at(2)} << 0 << 1 << 0;
        QTest::newRow("size changed")
            << three
            << QList<ImageTagRow>{three.at(0), row("b", "1", "sha256:2", 100, 5), three.at(2)} << 0
            << 0 << 1;
        QTest::newRow("tag moved to another image")
            << three << QList<ImageTagRow>{three.at(0), three.at(1), row("c", "1", "sha256:9")} << 1
            << 1 << 0;
        QTest::newRow("untagged rows kept apart")
            << QList<ImageTagRow>{row("<none>", "<none>", "sha256:1"),
                                  row("<none>", "<none>", "sha256:2")}
            << QList<ImageTagRow>{row("<none>", "<none>", "sha256:2")} << 0 << 1 << 0;
    }

    void updatesByDifference()
    {
        QFETCH(QList<ImageTagRow>, before);
        QFETCH(QList<ImageTagRow>, after);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, changed);

        LocalImagesModel model;
        ImageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(LocalImagesModel::RepositoryColumn);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(before);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setRows(after);

        QCOMPARE(resets.size(), 0);
        int insertedRows = 0;
        for (const auto &args : inserts)
            insertedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        int removedRows = 0;
        for (const auto &args : removes)
            removedRows += args.at(2).toInt() - args.at(1).toInt() + 1;
        QCOMPARE(insertedRows, inserted);
        QCOMPARE(removedRows, removed);
        QCOMPARE(int(changes.size()), changed);

        // Whatever the order of updates, the model holds exactly the new rows.
        QCOMPARE(model.rowCount(), int(after.size()));
        QList<ImageTagRow> held = model.rows();
        QList<ImageTagRow> wanted = after;
        auto byKey = [](const ImageTagRow &a, const ImageTagRow &b) {
            return std::tie(a.repository, a.tag, a.id) < std::tie(b.repository, b.tag, b.id);
        };
        std::sort(held.begin(), held.end(), byKey);
        std::sort(wanted.begin(), wanted.end(), byKey);
        QCOMPARE(held, wanted);
    }

    void displayAndSortRoles()
    {
        LocalImagesModel model;
        model.setNow(1000 + 3 * 86400);
        model.setRows({row("app", "1", "sha256:0123456789abcdef", 1000, 1982256)});
        QCOMPARE(model.index(0, LocalImagesModel::IdColumn).data().toString(),
                 QStringLiteral("0123456789ab"));
        QCOMPARE(model.index(0, LocalImagesModel::IdColumn).data(ImageIdRole).toString(),
                 QStringLiteral("sha256:0123456789abcdef"));
        QCOMPARE(model.index(0, LocalImagesModel::SizeColumn).data().toString(),
                 QStringLiteral("1.98 MB"));
        QCOMPARE(model.index(0, LocalImagesModel::SizeColumn).data(SortRole).toLongLong(), 1982256);
        QCOMPARE(model.index(0, LocalImagesModel::CreatedColumn).data(SortRole).toLongLong(), 1000);
        QVERIFY(model.index(0, LocalImagesModel::CreatedColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("3 day")));
        QCOMPARE(model.headerData(LocalImagesModel::TagColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Tag"));
    }

    // "11 minutes ago" must not stay from 14:08 to 14:12: the ages follow a clock, on a
    // timer and at every list (F5), without a reset.
    void agesStayCurrent()
    {
        qint64 now = 1000 + 11 * 60;
        LocalImagesModel model;
        model.setClock([&now] { return now; });
        model.setRows({row("app", "1", "sha256:1", 1000)});
        const QModelIndex created = model.index(0, LocalImagesModel::CreatedColumn);
        QVERIFY2(created.data().toString().startsWith(QStringLiteral("11 minute")),
                 qPrintable(created.data().toString()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A list of the same rows (F5) shows the ages of now.
        now += 4 * 60;
        model.setRows({row("app", "1", "sha256:1", 1000)});
        QVERIFY2(created.data().toString().startsWith(QStringLiteral("15 minute")),
                 qPrintable(created.data().toString()));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).toModelIndex().column(),
                 int(LocalImagesModel::CreatedColumn));

        // With nothing listed, the timer moves them on: each minute for ages in minutes...
        QCOMPARE(model.ageRefreshInterval(), std::chrono::milliseconds(60000));
        changed.clear();
        model.setAgeRefreshInterval(std::chrono::milliseconds(10));
        now += 60;
        QTRY_VERIFY(!changed.isEmpty());
        QVERIFY2(created.data().toString().startsWith(QStringLiteral("16 minute")),
                 qPrintable(created.data().toString()));
        QCOMPARE(reset.size(), 0);

        // ...each second for ages in seconds.
        model.setRows({row("app", "1", "sha256:1", 1000), row("new", "1", "sha256:2", now - 5)});
        model.setAgeRefreshInterval({});
        QCOMPARE(model.ageRefreshInterval(), std::chrono::milliseconds(1000));
        model.setRows({row("app", "1", "sha256:1", 1000)});
        QCOMPARE(model.ageRefreshInterval(), std::chrono::milliseconds(60000));
    }

    void sortsBySizeNotText()
    {
        LocalImagesModel model;
        ImageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        // "9B" sorts after "10kB" as text; as bytes it comes first.
        model.setRows({row("big", "1", "sha256:1", 1, 10000), row("small", "1", "sha256:2", 1, 9)});
        proxy.sort(LocalImagesModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(references(proxy),
                 (QStringList{QStringLiteral("small:1"), QStringLiteral("big:1")}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << ""
                               << strings({"berth-test/busybox:1.0", "berth-test/busybox:latest",
                                           "berth-test/web:1.0", "sha256:ffee00"});
        QTest::newRow("repository")
            << "busybox" << strings({"berth-test/busybox:1.0", "berth-test/busybox:latest"});
        QTest::newRow("case-insensitive") << "WEB" << strings({"berth-test/web:1.0"});
        QTest::newRow("tag") << "latest" << strings({"berth-test/busybox:latest"});
        QTest::newRow("repository:tag") << "busybox:1.0" << strings({"berth-test/busybox:1.0"});
        QTest::newRow("two words")
            << "berth 1.0" << strings({"berth-test/busybox:1.0", "berth-test/web:1.0"});
        QTest::newRow("image id") << "ffee" << strings({"sha256:ffee00"});
        QTest::newRow("untagged") << "<none>" << strings({"sha256:ffee00"});
        QTest::newRow("no match") << "nginx" << QStringList{};
        QTest::newRow("extra spaces") << "  web   " << strings({"berth-test/web:1.0"});
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        LocalImagesModel model;
        ImageFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({row("berth-test/busybox", "1.0", "sha256:aa11"),
                       row("berth-test/busybox", "latest", "sha256:aa11"),
                       row("berth-test/web", "1.0", "sha256:bb22"),
                       row("<none>", "<none>", "sha256:ffee00")});
        proxy.sort(LocalImagesModel::RepositoryColumn);
        proxy.setFilterWords(text);
        QStringList shown = references(proxy);
        shown.sort();
        QCOMPARE(shown, expected);
    }
};

QTEST_MAIN(TestLocalImagesModel)
#include "tst_localimagesmodel.moc"
