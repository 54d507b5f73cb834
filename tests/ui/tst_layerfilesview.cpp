// SPDX-License-Identifier: GPL-3.0-or-later
// The looks inside images, offscreen against the private dockerd: the layer file view of
// a seeded image (its tree, a layer chosen with "only what this layer changed", the filter,
// the wasted space), Compare… of two seeded images that differ only in their configs,
// Load from File…'s preview of an archive docker save wrote, and the Image menu's actions
// enabled by the selection.
#include "base/humanformat.h"
#include "layerfilepaths.h"
#include "testenv.h"
#include "ui/comparedialog.h"
#include "ui/imagecontentsactions.h"
#include "ui/imagemodelroles.h"
#include "ui/layerfilesmodel.h"
#include "ui/layerfilesview.h"
#include "ui/loadpreviewdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Berth;
using namespace Berth::Ui;

namespace {

const QString Busybox = QStringLiteral("berth-test/busybox:1.0");
const QString Web = QStringLiteral("berth-test/web:1.0");
constexpr int ReadTimeout = 120000; // a hang guard only: the read is awaited by its signal

Engine::EngineEndpoint testEngine()
{
    return Engine::EngineEndpoint::parse(TestEnv::dockerHost()).value();
}

using TestUi::layerFilePaths;

} // namespace

class TestLayerFilesView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { BERTH_REQUIRE_SERVICE(TestEnv::dockerHost(), "dockerd"); }

    void showsTheImagesFiles()
    {
        LayerFilesView view;
        view.show();
        QSignalSpy shown(&view, &LayerFilesView::treeShown);
        view.load(testEngine(), Busybox);
        QVERIFY(shown.wait(ReadTimeout));
        QCOMPARE(layerFilePaths(view.model()),
                 QStringList({QStringLiteral("bin"), QStringLiteral("bin/busybox")}));
        const QModelIndex bin = view.model()->index(0, LayerFilesModel::SizeColumn);
        QVERIFY2(bin.data().toString() != HumanFormat::localeSize(0),
                 qPrintable(bin.data().toString()));
        QCOMPARE(view.findChild<QLabel *>(QStringLiteral("wastedTotal"))->text(),
                 QStringLiteral("Wasted space: %1 in 0 file(s)").arg(HumanFormat::localeSize(0)));

        // Layer 1 with only its changes: the same files, marked as added by it.
        auto *layers = view.findChild<QComboBox *>(QStringLiteral("layerChooser"));
        QCOMPARE(layers->count(), 2);
        layers->setCurrentIndex(1);
        QVERIFY(shown.wait(ReadTimeout));
        auto *onlyChanged = view.findChild<QCheckBox *>(QStringLiteral("onlyChanged"));
        QVERIFY(onlyChanged->isEnabled());
        onlyChanged->setChecked(true);
        QVERIFY(shown.wait(ReadTimeout));
        const QModelIndex busybox = view.model()->index(0, 0, view.model()->index(0, 0));
        QCOMPARE(busybox.siblingAtColumn(LayerFilesModel::ChangeColumn).data().toString(),
                 QStringLiteral("added"));
        QCOMPARE(busybox.siblingAtColumn(LayerFilesModel::LayerColumn).data().toString(),
                 QStringLiteral("1"));

        // The filter keeps the matches and their folders.
        view.findChild<QLineEdit *>(QStringLiteral("fileFilter"))
            ->setText(QStringLiteral("nothing-like-it"));
        auto *tree = view.findChild<QTreeView *>(QStringLiteral("fileTree"));
        QCOMPARE(tree->model()->rowCount(), 0);
        view.findChild<QLineEdit *>(QStringLiteral("fileFilter"))->setText(QStringLiteral("busy"));
        QCOMPARE(tree->model()->rowCount(), 1);
    }

    void missingImageSaysWhy()
    {
        LayerFilesView view;
        QSignalSpy failed(&view, &LayerFilesView::failed);
        view.load(testEngine(), QStringLiteral("berth-test/no-such-image:1"));
        QVERIFY(failed.wait(ReadTimeout));
        QVERIFY2(!failed.first().first().toString().isEmpty(), "no message");
    }

    void compareListsTheConfigDifferences()
    {
        CompareDialog dialog(testEngine(), Busybox, Web);
        QSignalSpy compared(&dialog, &CompareDialog::compared);
        dialog.show();
        QVERIFY(compared.wait(ReadTimeout));
        auto *differences = dialog.findChild<QTreeWidget *>(QStringLiteral("differences"));
        QCOMPARE(differences->topLevelItemCount(), 3);
        QCOMPARE(differences->topLevelItem(0)->childCount(), 0); // the same rootfs
        QStringList fields;
        for (int i = 0; i < differences->topLevelItem(1)->childCount(); ++i)
            fields.append(differences->topLevelItem(1)->child(i)->text(0));
        QCOMPARE(fields,
                 QStringList({QStringLiteral("cmd"), QStringLiteral("label berth.test.role"),
                              QStringLiteral("label org.opencontainers.image.title"),
                              QStringLiteral("port 8080/tcp")}));
        QVERIFY(differences->topLevelItem(2)->child(0)->text(0).contains(QStringLiteral("same")));
    }

    void loadPreviewNamesTheImage()
    {
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("busybox.tar"));
        QProcess save;
        save.start(QStringLiteral("/usr/bin/docker"),
                   {QStringLiteral("-H"), TestEnv::dockerHost(), QStringLiteral("save"),
                    QStringLiteral("-o"), archive, Busybox});
        QVERIFY(save.waitForFinished(ReadTimeout));
        QCOMPARE(save.exitCode(), 0);
        LoadPreviewDialog dialog(archive);
        QSignalSpy shown(&dialog, &LoadPreviewDialog::previewShown);
        dialog.show();
        QVERIFY(shown.wait(ReadTimeout));
        QVERIFY2(dialog.text().contains(QStringLiteral("holds 1 image")),
                 qPrintable(dialog.text()));
        QVERIFY2(dialog.informativeText().contains(Busybox), qPrintable(dialog.informativeText()));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("loadButton"))->isEnabled());

        const QString broken = dir.filePath(QStringLiteral("broken.tar"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(3000, 'x'));
        file.close();
        LoadPreviewDialog refused(broken);
        QSignalSpy refusedShown(&refused, &LoadPreviewDialog::previewShown);
        QVERIFY(refusedShown.wait(ReadTimeout));
        QVERIFY2(refused.text().contains(QStringLiteral("cannot be loaded")),
                 qPrintable(refused.text()));
        QVERIFY(!refused.findChild<QPushButton *>(QStringLiteral("loadButton"))->isEnabled());
    }

    void actionsFollowTheSelection()
    {
        QWidget window;
        QStandardItemModel model;
        for (const QString &image : {Busybox, Web}) {
            auto *item = new QStandardItem(image);
            item->setData(image, ReferenceRole);
            model.appendRow(item);
        }
        auto *view = new QTableView(&window);
        view->setModel(&model);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setSelectionMode(QAbstractItemView::MultiSelection);
        ImageContentsActions actions(view, &window);
        QAction *explore = actions.actions().at(0);
        QAction *compare = actions.actions().at(1);
        QVERIFY(!explore->isEnabled() && !compare->isEnabled());
        view->selectRow(0);
        QVERIFY(explore->isEnabled() && !compare->isEnabled());
        view->selectRow(1);
        QVERIFY(!explore->isEnabled() && compare->isEnabled());
    }
};

QTEST_MAIN(TestLayerFilesView)
#include "tst_layerfilesview.moc"
