// SPDX-License-Identifier: GPL-3.0-or-later
// JobHistoryModel under QAbstractItemModelTester: the history read again after jobs ran
// elsewhere arrives as removes, dataChanged and inserts, never a reset; columns show the
// job, its result, when it started and how long it took; sorting uses the raw values.
#include "base/humanformat.h"
#include "jobs/jobstate.h"
#include "ui/jobhistorymodel.h"
#include "ui/jobmodelroles.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Berth;
using namespace Berth::Ui;
using Berth::Jobs::HistoryEntry;
using Berth::Jobs::JobState;

namespace {

const QDateTime Noon = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

HistoryEntry entry(const char *id, const char *result, int startMinute = 0, int seconds = 5)
{
    HistoryEntry e;
    e.id = QString::fromLatin1(id);
    e.kind = QStringLiteral("pull");
    e.references = {QStringLiteral("alpine:3.19")};
    e.result = QString::fromLatin1(result);
    e.start = Noon.addSecs(startMinute * 60);
    e.end = e.start.addSecs(seconds);
    e.owner = QStringLiteral("owner");
    return e;
}

// The rows' job ids, "a,b,c".
QString ids(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, 0).data(JobIdRole).toString());
    return out.join(u',');
}

} // namespace

class TestJobHistoryModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The dock asks for the entry of the history view's current row, which is none until
    // the user picks one: null, without a checkIndex warning.
    void entryOfNoRowIsNullWithoutAWarning()
    {
        QTest::failOnWarning(
            QRegularExpression(QStringLiteral("is not valid \\(expected valid\\)|checkIndex")));
        JobHistoryModel model;
        model.setEntries({entry("a", "succeeded")});
        QCOMPARE(model.entry({}), nullptr);
        QVERIFY(model.entry(model.index(0, 0)));
    }

    void followsTheHistoryByDifference()
    {
        JobHistoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setEntries(
            {entry("a", "succeeded"), entry("b", "running", 1), entry("c", "failed", 2)});
        QCOMPARE(ids(model), QStringLiteral("a,b,c"));

        // Another process: "a" fell off the end, "b" was interrupted, "d" is new.
        model.setEntries(
            {entry("b", "interrupted", 1), entry("c", "failed", 2), entry("d", "queued", 3)});
        QCOMPARE(ids(model), QStringLiteral("b,c,d"));
        QCOMPARE(reset.size(), 0);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(JobState(model.index(0, 0).data(JobStateRole).toInt()), JobState::Interrupted);

        // The same list again changes nothing.
        model.setEntries(
            {entry("b", "interrupted", 1), entry("c", "failed", 2), entry("d", "queued", 3)});
        QCOMPARE(changed.size(), 1);
        QCOMPARE(inserted.size(), 2);
    }

    void columns()
    {
        JobHistoryModel model;
        HistoryEntry failed = entry("f", "failed", 0, 75);
        failed.error = QStringLiteral("manifest unknown");
        HistoryEntry save = entry("s", "succeeded");
        save.kind = QStringLiteral("save");
        save.file = QStringLiteral("/tmp/a.tar");
        save.digest = QString();
        HistoryEntry pulled = entry("p", "succeeded");
        pulled.digest = QStringLiteral("sha256:abc");
        HistoryEntry queued = entry("q", "queued");
        queued.start = QDateTime();
        queued.end = QDateTime();
        model.setEntries({failed, save, pulled, queued});

        const auto cell = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(0, JobHistoryModel::TitleColumn), QStringLiteral("Pull alpine:3.19"));
        QCOMPARE(cell(0, JobHistoryModel::ResultColumn), Jobs::stateText(JobState::Failed));
        QCOMPARE(cell(0, JobHistoryModel::DurationColumn), HumanFormat::duration(75));
        QCOMPARE(cell(0, JobHistoryModel::DetailColumn), QStringLiteral("manifest unknown"));
        QCOMPARE(model.index(0, JobHistoryModel::TitleColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("manifest unknown"));
        QCOMPARE(model.index(0, 0).data(ErrorTextRole).toString(),
                 QStringLiteral("manifest unknown"));
        QCOMPARE(cell(1, JobHistoryModel::TitleColumn),
                 QStringLiteral("Save alpine:3.19 to /tmp/a.tar"));
        QCOMPARE(cell(2, JobHistoryModel::DetailColumn), QStringLiteral("sha256:abc"));
        QVERIFY(!cell(2, JobHistoryModel::StartedColumn).isEmpty());
        QCOMPARE(cell(3, JobHistoryModel::StartedColumn), QString());
        QCOMPARE(cell(3, JobHistoryModel::DurationColumn), QString());

        // Newest first by the raw start; a job that never started counts as the newest.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(JobSortRole);
        HistoryEntry later = entry("l", "succeeded", 30);
        model.setEntries({failed, save, pulled, queued, later});
        proxy.sort(JobHistoryModel::StartedColumn, Qt::DescendingOrder);
        QVERIFY2(ids(proxy).startsWith(QStringLiteral("q,l,")), qPrintable(ids(proxy)));
        // Took sorts by seconds, not by the text ("1 min 15 s" < "5 s" as text).
        proxy.sort(JobHistoryModel::DurationColumn, Qt::DescendingOrder);
        QVERIFY2(ids(proxy).startsWith(QStringLiteral("f,")), qPrintable(ids(proxy)));
    }

    void unknownKindStillHasATitle()
    {
        JobHistoryModel model;
        HistoryEntry odd = entry("o", "succeeded");
        odd.kind = QStringLiteral("build");
        model.setEntries({odd});
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("build alpine:3.19"));
        QVERIFY(!model.entry(model.index(5, 0)));
        QCOMPARE(model.entry(model.index(0, 0))->id, QStringLiteral("o"));
    }
};

QTEST_MAIN(TestJobHistoryModel)
#include "tst_jobhistorymodel.moc"
