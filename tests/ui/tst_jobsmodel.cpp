// SPDX-License-Identifier: GPL-3.0-or-later
// JobsModel under QAbstractItemModelTester, fed the records a JobQueue publishes: a job
// is added, reports layers that appear, move and disappear, finishes and is removed, and
// every step arrives as inserts, removes, moves and dataChanged, never a reset. The
// progress delegate draws the bar from FractionRole.
#include "base/humanformat.h"
#include "ui/jobmodelroles.h"
#include "ui/jobprogressdelegate.h"
#include "ui/jobsmodel.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Berth;
using namespace Berth::Ui;
using Berth::Engine::LayerProgress;
using Berth::Jobs::JobRecord;
using Berth::Jobs::JobState;

using Layers = QList<LayerProgress>;

namespace {

JobRecord job(const char *id, JobState state = JobState::Queued)
{
    JobRecord record;
    record.id = QString::fromLatin1(id);
    record.spec.kind = Jobs::JobKind::Pull;
    record.spec.references = {QStringLiteral("127.0.0.1:5000/app:1")};
    record.state = state;
    return record;
}

LayerProgress layer(const char *id, qint64 current = 0, qint64 total = -1,
                    const char *state = "Waiting")
{
    return {QString::fromLatin1(id), QString::fromLatin1(state), current, total, false};
}

QStringList layerIds(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList ids;
    for (int r = 0; r < model.rowCount(parent); ++r)
        ids.append(model.index(r, 0, parent).data(LayerIdRole).toString());
    return ids;
}

int rowsIn(const QSignalSpy &spy)
{
    int rows = 0;
    for (const auto &args : spy)
        rows += args.at(2).toInt() - args.at(1).toInt() + 1;
    return rows;
}

// Renders one cell of the progress column through the delegate.
QImage paintCell(const QTreeView &view, const QModelIndex &index)
{
    JobProgressDelegate delegate;
    QImage image(200, 24, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    QStyleOptionViewItem option;
    option.initFrom(&view);
    option.rect = image.rect();
    option.widget = &view;
    delegate.paint(&painter, option, index);
    return image;
}

} // namespace

class TestJobsModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jobLifecycle()
    {
        JobsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);

        model.addJob(job("a"));
        model.addJob(job("b"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, 0).data(JobIdRole).toString(), QStringLiteral("b"));
        QCOMPARE(model.index(0, JobsModel::StateColumn).data().toString(),
                 Jobs::stateText(JobState::Queued));

        // Running: two layers appear under the job.
        JobRecord a = job("a", JobState::Running);
        a.progress.layers = {layer("l1"), layer("l2")};
        model.updateJob(a);
        const QModelIndex aIndex = model.indexOfJob(QStringLiteral("a"));
        QCOMPARE(layerIds(model, aIndex),
                 (QStringList{QStringLiteral("l1"), QStringLiteral("l2")}));
        QCOMPARE(model.index(0, 0, aIndex).data(JobIdRole).toString(), QStringLiteral("a"));
        QCOMPARE(model.parent(model.index(1, 0, aIndex)), aIndex);

        // Progress; the first layer is replaced by a third.
        a.progress.layers = {layer("l2", 5, 10, "Downloading"), layer("l3", 1, 4, "Downloading")};
        a.progress.bytesDone = 6;
        a.progress.bytesTotal = 14;
        model.updateJob(a);
        QCOMPARE(layerIds(model, aIndex),
                 (QStringList{QStringLiteral("l2"), QStringLiteral("l3")}));
        QCOMPARE(model.index(0, JobsModel::StateColumn, aIndex).data().toString(),
                 QStringLiteral("Downloading"));
        QCOMPARE(model.index(0, JobsModel::ProgressColumn, aIndex).data(FractionRole).toDouble(),
                 0.5);

        // A job removed before it: the layer rows stay with their job.
        model.removeJob(QStringLiteral("b"));
        a.state = JobState::Succeeded;
        a.progress.layers = {layer("l2", 10, 10, "Pull complete"),
                             layer("l3", 4, 4, "Pull complete")};
        model.updateJob(a);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 2);
        QCOMPARE(model.index(0, JobsModel::ProgressColumn).data(FractionRole).toDouble(), 1.0);

        model.removeJob(QStringLiteral("a"));
        model.removeJob(QStringLiteral("unknown"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.size(), 0);
        // a, b, l1+l2 (one insert), l3; b, l1, a.
        QCOMPARE(rowsIn(inserts), 5);
        QCOMPARE(rowsIn(removes), 3);
    }

    void retriedJobKeepsItsRow()
    {
        JobsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addJob(job("a", JobState::Cancelled));
        model.addJob(job("b"));
        JobRecord again = job("a");
        again.attempt = 2;
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        model.addJob(again);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, JobsModel::StateColumn).data().toString(),
                 Jobs::stateText(JobState::Queued));
        QVERIFY(model.index(0, JobsModel::TitleColumn).data().toString().contains(u'2'));
        // An update for an unknown job adds it.
        model.updateJob(job("c", JobState::Running));
        QCOMPARE(model.rowCount(), 3);
    }

    // A view repaints a single changed cell, but its whole viewport for a range: progress
    // must report cell by cell, and only the cells it changed.
    void progressReportsOnlyItsCells()
    {
        JobsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobRecord record = job("j", JobState::Running);
        record.progress.bytesTotal = 100;
        model.addJob(record);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const auto changedColumns = [&] {
            QList<int> columns;
            for (const auto &args : changes) {
                const auto topLeft = args.at(0).value<QModelIndex>();
                const auto bottomRight = args.at(1).value<QModelIndex>();
                if (topLeft != bottomRight)
                    return QList<int>{-1};
                columns.append(topLeft.column());
            }
            changes.clear();
            return columns;
        };

        record.progress.bytesDone = 10;
        model.updateJob(record);
        QCOMPARE(changedColumns(), QList<int>{JobsModel::ProgressColumn});
        model.updateJob(record);
        QCOMPARE(changedColumns(), QList<int>{});
        record.progress.bytesPerSecond = 5;
        record.progress.etaSeconds = 18;
        model.updateJob(record);
        QCOMPARE(changedColumns(), (QList<int>{JobsModel::SpeedColumn, JobsModel::TimeLeftColumn}));
        record.state = JobState::Succeeded;
        model.updateJob(record);
        QCOMPARE(changedColumns(), (QList<int>{JobsModel::StateColumn, JobsModel::ProgressColumn,
                                               JobsModel::SpeedColumn, JobsModel::TimeLeftColumn}));
        record.error = Error(ErrorKind::Remote, QStringLiteral("denied"));
        model.updateJob(record);
        QCOMPARE(changedColumns().size(), int(JobsModel::ColumnCount));
    }

    void layersFollowByDifference_data()
    {
        QTest::addColumn<Layers>("before");
        QTest::addColumn<Layers>("after");
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("moved");
        QTest::addColumn<int>("changed");

        const Layers abc{layer("a"), layer("b"), layer("c")};
        QTest::newRow("appear") << Layers{} << abc << 3 << 0 << 0 << 0;
        QTest::newRow("disappear") << abc << Layers{} << 0 << 3 << 0 << 0;
        QTest::newRow("same") << abc << abc << 0 << 0 << 0 << 0;
        QTest::newRow("one appended") << abc << (abc + Layers{layer("d")}) << 1 << 0 << 0 << 0;
        QTest::newRow("inserted in the middle")
            << abc << Layers{layer("a"), layer("x"), layer("y"), layer("b"), layer("c")} << 2 << 0
            << 0 << 0;
        QTest::newRow("middle removed")
            << abc << Layers{layer("a"), layer("c")} << 0 << 1 << 0 << 0;
        QTest::newRow("progress") << abc << Layers{layer("a"), layer("b", 5, 10), layer("c")} << 0
                                  << 0 << 0 << 1;
        QTest::newRow("moved to the front")
            << abc << Layers{layer("c"), layer("a"), layer("b")} << 0 << 0 << 1 << 0;
        QTest::newRow("replaced and moved")
            << abc << Layers{layer("c", 1, 2), layer("x"), layer("a")} << 1 << 1 << 1 << 1;
        QTest::newRow("repeated id shown once")
            << Layers{} << Layers{layer("a"), layer("a"), layer("b")} << 2 << 0 << 0 << 0;
    }

    void layersFollowByDifference()
    {
        QFETCH(Layers, before);
        QFETCH(Layers, after);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, moved);
        QFETCH(int, changed);

        JobsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        JobRecord record = job("j", JobState::Running);
        record.progress.layers = before;
        model.addJob(record);
        const QModelIndex parent = model.indexOfJob(QStringLiteral("j"));
        // A selection on a layer that survives must stay on it.
        QPersistentModelIndex kept;
        for (int r = 0; r < model.rowCount(parent) && !kept.isValid(); ++r) {
            const QString id = model.index(r, 0, parent).data(LayerIdRole).toString();
            for (const LayerProgress &l : after) {
                if (l.id == id)
                    kept = model.index(r, 0, parent);
            }
        }
        const QString keptId = kept.data(LayerIdRole).toString();

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        record.progress.layers = after;
        model.updateJob(record);

        QCOMPARE(resets.size(), 0);
        QCOMPARE(rowsIn(inserts), inserted);
        QCOMPARE(rowsIn(removes), removed);
        QCOMPARE(int(moves.size()), moved);
        // The job's own record did not change: only layer cells report.
        QCOMPARE(int(changes.size()), changed);
        QStringList wanted;
        QHash<QString, qint64> bytesById;
        for (const LayerProgress &l : after) {
            if (!wanted.contains(l.id)) {
                wanted.append(l.id);
                bytesById.insert(l.id, l.current);
            }
        }
        QCOMPARE(layerIds(model, parent), wanted);
        for (int r = 0; r < model.rowCount(parent); ++r)
            QCOMPARE(model.index(r, 0, parent).data(BytesDoneRole).toLongLong(),
                     bytesById.value(wanted.at(r)));
        if (!keptId.isEmpty())
            QCOMPARE(kept.data(LayerIdRole).toString(), keptId);
    }

    void columns_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<double>("fraction");
        QTest::addColumn<QString>("progress");
        QTest::addColumn<bool>("showsSpeed");

        const int queued = int(JobState::Queued);
        const int running = int(JobState::Running);
        QTest::newRow("queued") << queued << qint64(0) << qint64(-1) << -1.0 << "" << false;
        QTest::newRow("size unknown")
            << running << qint64(2000000) << qint64(-1) << -1.0 << "2 MB" << true;
        QTest::newRow("half") << running << qint64(5000000) << qint64(10000000) << 0.5
                              << "5 MB of 10 MB (50%)" << true;
        QTest::newRow("past the total")
            << running << qint64(11) << qint64(10) << 1.0 << "11 bytes of 10 bytes (100%)" << true;
        QTest::newRow("succeeded, size never known")
            << int(JobState::Succeeded) << qint64(0) << qint64(-1) << 1.0 << "" << false;
        QTest::newRow("failed") << int(JobState::Failed) << qint64(3) << qint64(10) << 0.3
                                << "3 bytes of 10 bytes (30%)" << false;
    }

    void columns()
    {
        QFETCH(int, state);
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(double, fraction);
        QFETCH(QString, progress);
        QFETCH(bool, showsSpeed);

        JobsModel model;
        JobRecord record = job("j", JobState(state));
        record.progress.bytesDone = done;
        record.progress.bytesTotal = total;
        record.progress.bytesPerSecond = 1500000;
        record.progress.etaSeconds = 200;
        model.addJob(record);
        const auto cell = [&](int column, int role = Qt::DisplayRole) {
            return model.index(0, column).data(role);
        };
        QCOMPARE(cell(JobsModel::TitleColumn).toString(), record.spec.title());
        QCOMPARE(cell(JobsModel::StateColumn).toString(), Jobs::stateText(JobState(state)));
        QCOMPARE(cell(JobsModel::StateColumn, JobStateRole).toInt(), state);
        QCOMPARE(cell(JobsModel::ProgressColumn).toString(), progress);
        QCOMPARE(cell(JobsModel::ProgressColumn, FractionRole).toDouble(), fraction);
        QCOMPARE(cell(JobsModel::ProgressColumn, BytesTotalRole).toLongLong(), total);
        QCOMPARE(cell(JobsModel::SpeedColumn).toString(),
                 showsSpeed ? QStringLiteral("1.5 MB/s") : QString());
        QCOMPARE(cell(JobsModel::TimeLeftColumn).toString(),
                 showsSpeed ? HumanFormat::duration(200) : QString());
        QCOMPARE(cell(JobsModel::SpeedColumn, JobSortRole).toDouble(), 1500000.0);
    }

    void errorIsTheToolTip()
    {
        JobsModel model;
        JobRecord record = job("j", JobState::Failed);
        record.progress.status = QStringLiteral("Retrying in 5 seconds");
        record.error = Error(ErrorKind::Remote, QStringLiteral("manifest unknown"));
        model.addJob(record);
        QCOMPARE(model.index(0, JobsModel::StateColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("manifest unknown"));
        QCOMPARE(model.index(0, 0).data(ErrorTextRole).toString(),
                 QStringLiteral("manifest unknown"));
        record.state = JobState::Running;
        record.error.reset();
        model.updateJob(record);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Retrying in 5 seconds"));
        QCOMPARE(model.index(0, 0).data(ErrorTextRole).toString(), QString());
    }

    // The bar grows with the fraction; an unknown size draws the empty bar, not a busy one
    // (which the style draws as a moving chunk). Same text on each, so only the bar differs.
    void delegateDrawsTheFraction()
    {
        QStandardItemModel model;
        for (const double fraction : {-1.0, 0.0, 1.0}) {
            auto *item = new QStandardItem(QStringLiteral("5MB"));
            item->setData(fraction, FractionRole);
            model.appendRow(item);
        }
        auto *plain = new QStandardItem(QStringLiteral("5MB"));
        model.appendRow(plain);
        QTreeView view;
        view.setModel(&model);
        const QImage unknown = paintCell(view, model.index(0, 0));
        const QImage empty = paintCell(view, model.index(1, 0));
        const QImage full = paintCell(view, model.index(2, 0));
        const QImage text = paintCell(view, model.index(3, 0));
        QCOMPARE(unknown, empty);
        QVERIFY(full != empty);
        QVERIFY(text != empty);
    }
};

QTEST_MAIN(TestJobsModel)
#include "tst_jobsmodel.moc"
