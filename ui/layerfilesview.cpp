// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/layerfilesview.h"

#include "archive/layercache.h"
#include "base/humanformat.h"
#include "engine/engineclient.h"
#include "engine/localimagecontents.h"
#include "ui/columnfitter.h"
#include "ui/layerfilesmodel.h"
#include "ui/remotecontentsloader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QThread>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Berth::Ui {

LayerFilesView::LayerFilesView(QWidget *parent)
    : QWidget(parent)
    , m_layers(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_onlyChanged(new QCheckBox(tr("&Only what this layer changed"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_model(new LayerFilesModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tree(new QTreeView(this))
    , m_wastedTotal(new QLabel(this))
    , m_wastedFiles(new QTreeWidget(this))
{
    m_layers->setObjectName(QStringLiteral("layerChooser"));
    // A layer's Dockerfile step can be long: the chooser does not grow to fit it.
    m_layers->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_layers->setMinimumContentsLength(12);
    m_filter->setObjectName(QStringLiteral("fileFilter"));
    m_filter->setAccessibleName(tr("Filter files"));
    m_filter->setPlaceholderText(tr("Filter by path"));
    m_filter->setClearButtonEnabled(true);
    m_onlyChanged->setObjectName(QStringLiteral("onlyChanged"));
    m_onlyChanged->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status->hide();
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterRole(LayerFilesModel::PathRole);
    m_tree->setObjectName(QStringLiteral("fileTree"));
    m_tree->setAccessibleName(tr("Files"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true); // thousands of rows
    // In the narrow Details pane too, the names keep at least a share of the width.
    new ColumnFitter(m_tree, m_tree->header(), LayerFilesModel::NameColumn);
    m_wastedTotal->setObjectName(QStringLiteral("wastedTotal"));
    m_wastedFiles->setObjectName(QStringLiteral("wastedFiles"));
    m_wastedFiles->setHeaderLabels({tr("Wasted"), tr("Copies"), tr("Path")});
    m_wastedFiles->setRootIsDecorated(false);

    auto *choices = new QHBoxLayout;
    auto *layerLabel = new QLabel(tr("&Layer:"), this);
    layerLabel->setBuddy(m_layers);
    choices->addWidget(layerLabel);
    choices->addWidget(m_layers, 1);
    choices->addWidget(m_filter, 2);
    auto *choicesLayout = new QVBoxLayout;
    choicesLayout->addLayout(choices);
    // On a line of its own: beside the others it did not fit the Details pane.
    choicesLayout->addWidget(m_onlyChanged);
    auto *wasted = new QWidget(this);
    auto *wastedLayout = new QVBoxLayout(wasted);
    wastedLayout->setContentsMargins(0, 0, 0, 0);
    wastedLayout->addWidget(m_wastedTotal);
    wastedLayout->addWidget(m_wastedFiles);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(wasted);
    splitter->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choicesLayout);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_layers, &QComboBox::currentIndexChanged, this, [this] {
        m_onlyChanged->setEnabled(m_layers->currentIndex() > 0);
        rebuild();
    });
    connect(m_onlyChanged, &QCheckBox::toggled, this, &LayerFilesView::rebuild);
}

LayerFilesView::~LayerFilesView()
{
    m_remoteThread.quit();
    m_remoteThread.wait();
}

void LayerFilesView::clear()
{
    ++m_request;
    ++m_generation;
    m_subject.clear();
    m_contents.reset();
    const QSignalBlocker blocker(m_layers);
    m_layers->clear();
    m_model->setTree({});
    m_wastedTotal->clear();
    m_wastedFiles->clear();
    m_progress->hide();
    setStatus({});
}

void LayerFilesView::setStatus(const QString &text)
{
    m_status->setText(text);
    // Empty, it would still take a line of the Details pane's height.
    m_status->setVisible(!text.isEmpty());
}

void LayerFilesView::readFailed(const QString &message)
{
    m_progress->hide();
    setStatus(message);
    Q_EMIT failed(message);
}

void LayerFilesView::showLayer(int index)
{
    if (index + 1 < m_layers->count())
        m_layers->setCurrentIndex(index + 1);
}

void LayerFilesView::loadRemote(const QString &reference,
                                const std::shared_ptr<CredentialSource> &credentials,
                                const Registry::RegistryConfig &config)
{
    clear();
    m_subject = reference;
    const quint64 request = m_request;
    if (!m_remoteLoader) {
        m_remoteLoader = new RemoteContentsLoader;
        m_remoteThread.setObjectName(QStringLiteral("berth-layer-files"));
        m_remoteLoader->moveToThread(&m_remoteThread);
        connect(&m_remoteThread, &QThread::finished, m_remoteLoader, &QObject::deleteLater);
        connect(m_remoteLoader, &RemoteContentsLoader::progress, this,
                [this](quint64 answer, qint64 received, qint64 total) {
                    if (answer != m_request || total <= 0)
                        return;
                    // Per mille: a layer of several GiB would not fit an int's range in bytes.
                    m_progress->setRange(0, 1000);
                    m_progress->setValue(int(received * 1000 / total));
                    m_progress->setFormat(tr("%1 of %2")
                                              .arg(HumanFormat::localeSize(received),
                                                   HumanFormat::localeSize(total)));
                    m_progress->setTextVisible(true);
                });
        connect(m_remoteLoader, &RemoteContentsLoader::loaded, this,
                [this](quint64 answer, const SharedImageContents &contents) {
                    if (answer != m_request)
                        return;
                    m_progress->hide();
                    setContents(contents);
                });
        connect(m_remoteLoader, &RemoteContentsLoader::failed, this,
                [this](quint64 answer, const QString &message) {
                    if (answer == m_request)
                        readFailed(message);
                });
        m_remoteThread.start();
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    setStatus(tr("Reading %1 from its registry…").arg(reference));
    QMetaObject::invokeMethod(
        m_remoteLoader,
        [loader = m_remoteLoader, request, reference, credentials, config] {
            loader->load(request, reference, credentials, config);
        },
        Qt::QueuedConnection);
}

void LayerFilesView::load(const Engine::EngineEndpoint &endpoint, const QString &image)
{
    clear();
    m_subject = image;
    const quint64 request = m_request;
    delete m_client;
    m_client = new Engine::EngineClient(endpoint, this);
    m_progress->setRange(0, 0);
    m_progress->show();
    setStatus(tr("Reading %1 from the engine…").arg(image));
    Archive::ImageArchiveReader::Options options;
    options.cache = &Archive::LayerCache::shared();
    QPointer<QProgressBar> progress(m_progress);
    options.progress = [progress](qint64 bytes) {
        // On the worker: the bar is told on its own thread.
        QMetaObject::invokeMethod(
            progress,
            [progress, bytes] {
                progress->setFormat(HumanFormat::localeSize(bytes));
                progress->setTextVisible(true);
            },
            Qt::QueuedConnection);
    };
    Engine::LocalImageContents::read(
        m_client, {image}, options, this,
        [this, request](const Result<QList<Archive::ArchivedImage>> &images) {
            if (request != m_request)
                return;
            m_progress->hide();
            if (!images) {
                readFailed(images.error().message());
                return;
            }
            setContents(std::make_shared<const Archive::ImageContents>(
                Archive::ImageContents{images->first(), {}}));
        });
}

void LayerFilesView::setContents(std::shared_ptr<const Archive::ImageContents> contents)
{
    m_contents = std::move(contents);
    const QSignalBlocker blocker(m_layers);
    m_layers->clear();
    m_layers->addItem(tr("Whole image"));
    const Archive::ArchivedImage &image = m_contents->image;
    for (qsizetype i = 0; i < image.layers.size(); ++i) {
        QString step = image.config.layerSteps.value(i).simplified();
        if (step.size() > 80)
            step = step.left(79) + u'…';
        m_layers->addItem(
            tr("Layer %1 (%2): %3")
                .arg(i + 1)
                .arg(HumanFormat::localeSize(Archive::ImageContents::layerSize(image.layers.at(i))),
                     step));
    }
    setStatus({});
    rebuild();
}

void LayerFilesView::rebuild()
{
    if (!m_contents)
        return;
    const int generation = ++m_generation;
    const int layer = m_layers->currentIndex() - 1;
    const bool onlyChanged = layer >= 0 && m_onlyChanged->isChecked();
    auto contents = m_contents;
    auto tree = std::make_shared<LayerFileTree>();
    m_progress->setRange(0, 0);
    m_progress->show();
    QThread *worker = QThread::create([contents, layer, onlyChanged, tree] {
        *tree = LayerFileTree::build(*contents, layer, onlyChanged);
    });
    // The worker owns nothing of the view's, so it may outlive it.
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, tree, generation] {
        if (generation != m_generation)
            return;
        m_progress->hide();
        m_model->setTree(std::move(*tree));
        if (m_model->rowCount() < 50)
            m_tree->expandToDepth(0);
        showWasted();
        Q_EMIT treeShown();
    });
    worker->start();
}

void LayerFilesView::showWasted()
{
    const Archive::WastedSpace &waste = m_model->tree().wasted;
    m_wastedTotal->setText(tr("Wasted space: %1 in %Ln file(s)", nullptr, int(waste.paths.size()))
                               .arg(HumanFormat::localeSize(waste.totalBytes)));
    m_wastedFiles->clear();
    QList<QTreeWidgetItem *> items;
    for (const Archive::WastedPath &path : waste.paths)
        items.append(new QTreeWidgetItem(
            {HumanFormat::localeSize(path.bytes), QString::number(path.copies), path.path}));
    m_wastedFiles->addTopLevelItems(items);
}

} // namespace Berth::Ui
