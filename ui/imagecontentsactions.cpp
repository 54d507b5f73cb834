// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagecontentsactions.h"

#include "ui/comparedialog.h"
#include "ui/icons.h"
#include "ui/imagemodelroles.h"
#include "ui/layerfilesview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>

namespace Berth::Ui {

ImageContentsActions::ImageContentsActions(QAbstractItemView *imagesView, QWidget *window)
    : QObject(window)
    , m_imagesView(imagesView)
    , m_window(window)
    , m_exploreAction(new QAction(tr("E&xplore Layers…"), this))
    , m_compareAction(new QAction(tr("Co&mpare…"), this))
{
    m_exploreAction->setObjectName(QStringLiteral("exploreLayersAction"));
    m_exploreAction->setIcon(Icons::icon(Icons::Layers));
    m_exploreAction->setToolTip(tr("The selected image's files, layer by layer, and its "
                                   "wasted space"));
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setIcon(Icons::icon(Icons::Compare));
    m_compareAction->setToolTip(tr("The files, config and layer sizes that differ between "
                                   "the two selected images"));
    connect(m_exploreAction, &QAction::triggered, this, &ImageContentsActions::explore);
    connect(m_compareAction, &QAction::triggered, this, &ImageContentsActions::compare);
    connect(m_imagesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ImageContentsActions::updateActions);
    connect(m_imagesView->model(), &QAbstractItemModel::rowsRemoved, this,
            &ImageContentsActions::updateActions);
    updateActions();
}

QList<QAction *> ImageContentsActions::actions() const
{
    return {m_exploreAction, m_compareAction};
}

QStringList ImageContentsActions::selectedImages() const
{
    QStringList images;
    for (const QModelIndex &row : m_imagesView->selectionModel()->selectedRows()) {
        const QString reference = row.data(ReferenceRole).toString();
        if (!reference.isEmpty() && !images.contains(reference))
            images.append(reference);
    }
    return images;
}

void ImageContentsActions::updateActions()
{
    const qsizetype selected = selectedImages().size();
    m_exploreAction->setEnabled(selected == 1);
    m_compareAction->setEnabled(selected == 2);
}

void ImageContentsActions::explore()
{
    const QStringList images = selectedImages();
    if (images.size() != 1)
        return;
    auto *view = new LayerFilesView(m_window);
    view->setObjectName(QStringLiteral("layerFilesWindow"));
    view->setWindowFlag(Qt::Window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    view->setWindowTitle(tr("Layers of %1").arg(images.first()));
    view->resize(900, 640);
    view->load(m_endpoint, images.first());
    view->show();
}

void ImageContentsActions::compare()
{
    const QStringList images = selectedImages();
    if (images.size() != 2)
        return;
    auto *dialog = new CompareDialog(m_endpoint, images.at(0), images.at(1), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace Berth::Ui
