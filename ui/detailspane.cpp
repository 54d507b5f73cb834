// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/detailspane.h"

#include "base/humanformat.h"
#include "jobs/jobqueue.h"
#include "ui/columnfitter.h"
#include "ui/detailsfieldsmodel.h"
#include "ui/detailstableview.h"
#include "ui/elidedlabel.h"
#include "ui/icons.h"
#include "ui/imagecontainersmodel.h"
#include "ui/imagehistorymodel.h"
#include "ui/imagelayersmodel.h"
#include "ui/indexplatformsmodel.h"
#include "ui/layerfilesview.h"
#include "ui/localdetailsloader.h"
#include "ui/palettecolors.h"
#include "ui/palettefollower.h"
#include "ui/remotedetailsloader.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {

// A selectable label takes the focus: empty, it would be a focusable control without a name
// for screen readers (docs/accessibility.md), so it shows only while it has something to say.
void showText(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

DetailsPane::DetailsPane(Jobs::JobQueue *jobs, QWidget *parent)
    : QWidget(parent)
    , m_jobs(jobs)
    , m_localLoader(new LocalDetailsLoader)
    , m_remoteLoader(new RemoteDetailsLoader)
    , m_title(new ElidedLabel(this))
    , m_back(new QPushButton(tr("&Back to the Index"), this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_overview(new DetailsFieldsModel(this))
    , m_config(new DetailsFieldsModel(this))
    , m_history(new ImageHistoryModel(this))
    , m_layers(new ImageLayersModel(this))
    , m_platforms(new IndexPlatformsModel(this))
    , m_containers(new ImageContainersModel(this))
{
    setObjectName(QStringLiteral("detailsPane"));
    m_thread.setObjectName(QStringLiteral("berth-details"));
    m_localLoader->moveToThread(&m_thread);
    m_remoteLoader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_localLoader, &QObject::deleteLater);
    connect(&m_thread, &QThread::finished, m_remoteLoader, &QObject::deleteLater);
    connect(m_localLoader, &LocalDetailsLoader::loaded, this, &DetailsPane::onLoaded);
    connect(m_localLoader, &LocalDetailsLoader::failed, this, &DetailsPane::onFailed);
    connect(m_remoteLoader, &RemoteDetailsLoader::loaded, this, &DetailsPane::onLoaded);
    connect(m_remoteLoader, &RemoteDetailsLoader::failed, this, &DetailsPane::onFailed);
    connect(m_localLoader, &LocalDetailsLoader::containersLoaded, this,
            [this](quint64 request, const QList<ContainerInfo> &containers) {
                if (request != m_request)
                    return;
                m_containers->setContainers(containers);
                if (containers.isEmpty())
                    showText(m_containersMessage, tr("No container uses this image."));
                updateContainerButtons();
            });
    connect(m_localLoader, &LocalDetailsLoader::containersFailed, this,
            [this](quint64 request, const QString &message) {
                if (request == m_request)
                    showText(m_containersMessage, message);
            });
    m_thread.start();

    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_title->setTextFormat(Qt::PlainText);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // A reference with its digest is long: the label is elided in the middle (its tool tip
    // has it all) rather than widening the pane, and the message wraps within the pane's
    // width.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_back->setObjectName(QStringLiteral("detailsBack"));
    m_back->setIcon(Icons::icon(Icons::Back));
    m_back->hide();
    connect(m_back, &QPushButton::clicked, this, [this] {
        const QString index = m_indexReference;
        m_indexReference.clear();
        startRemote(index);
    });
    m_message->setObjectName(QStringLiteral("detailsMessage"));
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setMargin(4);
    m_message->hide();
    // An error on the error tint, with the palette's text that reads best on it.
    PaletteFollower::follow(m_message, [](QWidget *message, const QPalette &around) {
        const bool error = message->property("error").toBool();
        QPalette palette = around;
        if (error) {
            const QColor background = PaletteColors::errorBackground(around);
            palette.setColor(QPalette::Window, background);
            palette.setColor(QPalette::WindowText, PaletteColors::textOn(around, background));
        }
        message->setAutoFillBackground(error);
        message->setPalette(palette);
    });

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->setAccessibleName(tr("Image details"));
    m_tabs->addTab(makeOverviewTab(), tr("&Overview"));
    auto *config = makeTable(m_config, QStringLiteral("detailsConfigView"), tr("Configuration"));
    m_tabs->addTab(config, tr("Confi&g"));
    DetailsTableView *history =
        makeTable(m_history, QStringLiteral("detailsHistoryView"), tr("History"));
    fitToPane(history, ImageHistoryModel::CreatedByColumn); // the steps are long
    m_tabs->addTab(history, tr("&History"));
    m_tabs->addTab(makeLayersTab(), tr("La&yers"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &DetailsPane::loadLayerFiles);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_back);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);

    if (m_jobs)
        connect(m_jobs, &Jobs::JobQueue::jobFinished, this, &DetailsPane::onJobFinished);
    clear();
}

DetailsPane::~DetailsPane()
{
    m_thread.quit();
    m_thread.wait();
}

DetailsTableView *DetailsPane::makeTable(QAbstractItemModel *model, const QString &name,
                                         const QString &accessibleName)
{
    auto *view = new DetailsTableView(this);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    // Field names and short columns fit their text; the last column takes the rest.
    connect(model, &QAbstractItemModel::modelReset, view, [view, model] {
        for (int column = 0; column + 1 < model->columnCount(); ++column)
            view->resizeColumnToContents(column);
    });
    return view;
}

QWidget *DetailsPane::makeOverviewTab()
{
    auto *tab = new QWidget(this);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(makeTable(m_overview, QStringLiteral("detailsOverviewView"), tr("Overview")),
                      2);

    m_platformsBox = new QWidget(tab);
    auto *platformsLayout = new QVBoxLayout(m_platformsBox);
    platformsLayout->setContentsMargins(0, 0, 0, 0);
    auto *platformsLabel = new QLabel(tr("&Platforms (Enter opens one):"), m_platformsBox);
    auto *platformsView =
        makeTable(m_platforms, QStringLiteral("detailsPlatformsView"), tr("Platforms"));
    platformsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    fitToPane(platformsView, IndexPlatformsModel::DigestColumn);
    platformsLabel->setBuddy(platformsView);
    connect(platformsView, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openPlatform(index.row()); });
    platformsLayout->addWidget(platformsLabel);
    platformsLayout->addWidget(platformsView);
    layout->addWidget(m_platformsBox, 1);

    m_containersBox = new QWidget(tab);
    auto *containersLayout = new QVBoxLayout(m_containersBox);
    containersLayout->setContentsMargins(0, 0, 0, 0);
    auto *containersLabel = new QLabel(tr("Co&ntainers of this image:"), m_containersBox);
    m_containersView =
        makeTable(m_containers, QStringLiteral("detailsContainersView"), tr("Containers"));
    m_containersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_containersView->setSelectionMode(QAbstractItemView::SingleSelection);
    containersLabel->setBuddy(m_containersView);
    // Long container names would push the status off the narrow pane.
    fitToPane(m_containersView, ImageContainersModel::NameColumn);
    m_containersMessage = new QLabel(m_containersBox);
    m_containersMessage->setObjectName(QStringLiteral("detailsContainersMessage"));
    m_containersMessage->setWordWrap(true);
    m_containersMessage->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                 Qt::TextSelectableByKeyboard);
    m_containersMessage->hide();
    m_stop = new QPushButton(tr("&Stop"), m_containersBox);
    m_stop->setObjectName(QStringLiteral("detailsStopContainer"));
    m_stop->setIcon(Icons::icon(Icons::Stop));
    m_stop->setToolTip(tr("Stop the selected container (a job)"));
    m_remove = new QPushButton(tr("&Remove"), m_containersBox);
    m_remove->setObjectName(QStringLiteral("detailsRemoveContainer"));
    m_remove->setIcon(Icons::icon(Icons::Remove));
    m_remove->setToolTip(tr("Remove the selected container, stopping it first (a job)"));
    connect(m_stop, &QPushButton::clicked, this, [this] { enqueueContainerJob(false); });
    connect(m_remove, &QPushButton::clicked, this, [this] { enqueueContainerJob(true); });
    connect(m_containersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DetailsPane::updateContainerButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_containersMessage, 1);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_remove);
    containersLayout->addWidget(containersLabel);
    containersLayout->addWidget(m_containersView);
    containersLayout->addLayout(buttons);
    layout->addWidget(m_containersBox, 1);
    if (!m_jobs) {
        m_stop->hide();
        m_remove->hide();
    }
    return tab;
}

void DetailsPane::setCredentials(std::shared_ptr<CredentialSource> credentials)
{
    m_credentials = std::move(credentials);
}

void DetailsPane::setRegistryConfig(const QString &domain, const Registry::RegistryConfig &config)
{
    m_registryConfigs.insert(domain, config);
}

QString DetailsPane::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DetailsPane::fitToPane(DetailsTableView *view, int spareColumn)
{
    // Not fitted to their contents at each reset as well (makeTable): a resize the fitter
    // did not make would leave the widths to the user.
    disconnect(view->model(), &QAbstractItemModel::modelReset, view, nullptr);
    // The pane is narrow: the spare column gives way rather than the table scrolling
    // sideways.
    auto *fitter = new ColumnFitter(view, view->horizontalHeader(), spareColumn);
    fitter->setSpareTakesTheRest(true);
}

QWidget *DetailsPane::makeLayersTab()
{
    auto *splitter = new QSplitter(Qt::Vertical);
    DetailsTableView *table =
        makeTable(m_layers, QStringLiteral("detailsLayersView"), tr("Layers"));
    // A whole digest is wider than the pane: it takes what the sizes and media type leave.
    fitToPane(table, ImageLayersModel::DigestColumn);
    splitter->addWidget(table);
    m_files = new LayerFilesView;
    m_files->setObjectName(QStringLiteral("detailsLayerFiles"));
    // The dock's width is the table's to decide: the view's row of choices must not widen it.
    m_files->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    // Inside the tab, which has its own: no second margin (the pane's height is the Jobs
    // panel's to share).
    m_files->layout()->setContentsMargins(0, 0, 0, 0);
    splitter->addWidget(m_files);
    splitter->setStretchFactor(1, 3);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_files->showLayer(current.isValid() ? current.row() : -1);
            });
    m_layersTab = splitter;
    return splitter;
}

void DetailsPane::loadLayerFiles()
{
    if (m_loading || m_subject.isEmpty() || m_tabs->currentWidget() != m_layersTab ||
        m_details.kind == ImageDetails::Kind::RemoteIndex || m_files->subject() == m_subject)
        return;
    if (m_details.kind == ImageDetails::Kind::LocalImage) {
        m_files->load(m_endpoint, m_subject);
        return;
    }
    const auto parsed = Reference::ImageReference::parse(m_subject);
    m_files->loadRemote(m_subject, m_credentials,
                        parsed ? m_registryConfigs.value(parsed->domain())
                               : Registry::RegistryConfig());
}

void DetailsPane::clear()
{
    ++m_request;
    m_loading = false;
    m_details = {};
    m_subject.clear();
    m_indexReference.clear();
    setTitle(tr("Select an image to see its details."));
    m_back->hide();
    m_message->hide();
    m_overview->setRows({});
    m_config->setRows({});
    m_history->setRows({});
    m_layers->setRows({});
    m_files->clear();
    m_platforms->setRows({});
    m_containers->setContainers({});
    m_platformsBox->hide();
    m_containersBox->hide();
    updateContainerButtons();
}

void DetailsPane::beginLoad(const QString &what)
{
    const QString index = m_indexReference;
    clear();
    m_indexReference = index;
    m_loading = true;
    setTitle(tr("Loading the details of %1…").arg(what));
}

void DetailsPane::showLocalImage(const Engine::EngineEndpoint &endpoint, const QString &imageId)
{
    m_indexReference.clear();
    beginLoad(HumanFormat::shortId(imageId));
    m_subject = imageId;
    m_endpoint = endpoint;
    const quint64 request = m_request;
    QMetaObject::invokeMethod(
        m_localLoader,
        [loader = m_localLoader, request, endpoint, imageId] {
            loader->load(request, endpoint, imageId);
        },
        Qt::QueuedConnection);
}

void DetailsPane::showRemoteTag(const Reference::ImageReference &reference)
{
    m_indexReference.clear();
    startRemote(reference.normalized());
}

void DetailsPane::startRemote(const QString &reference)
{
    beginLoad(reference);
    m_subject = reference;
    const quint64 request = m_request;
    const auto parsed = Reference::ImageReference::parse(reference);
    const Registry::RegistryConfig config =
        parsed ? m_registryConfigs.value(parsed->domain()) : Registry::RegistryConfig();
    QMetaObject::invokeMethod(
        m_remoteLoader,
        [loader = m_remoteLoader, request, reference, credentials = m_credentials, config] {
            loader->load(request, reference, credentials, config);
        },
        Qt::QueuedConnection);
}

void DetailsPane::openPlatform(int row)
{
    if (m_details.kind != ImageDetails::Kind::RemoteIndex || row < 0 ||
        row >= m_details.platforms.size())
        return;
    const auto index = Reference::ImageReference::parse(m_details.title);
    if (!index)
        return;
    const QString indexReference = index->normalized();
    m_indexReference = indexReference;
    startRemote(index->name() + u'@' + m_details.platforms.at(row).digest);
    m_indexReference = indexReference;
    m_back->show();
}

void DetailsPane::onLoaded(quint64 request, const ImageDetails &details)
{
    if (request != m_request)
        return;
    m_loading = false;
    m_details = details;
    const bool local = details.kind == ImageDetails::Kind::LocalImage;
    const bool index = details.kind == ImageDetails::Kind::RemoteIndex;
    setTitle(index ? tr("Index %1").arg(details.title) : details.title);
    m_back->setVisible(!m_indexReference.isEmpty());
    if (details.problems.isEmpty())
        m_message->hide();
    else
        showMessage(details.problems.join(u'\n'), false);
    m_overview->setRows(details.overview);
    m_config->setRows(details.config);
    m_history->setRows(details.history);
    m_layers->setRows(details.layers);
    m_platforms->setRows(details.platforms);
    m_containers->setContainers(details.containers);
    showText(m_containersMessage,
             details.containers.isEmpty() ? tr("No container uses this image.") : QString());
    m_platformsBox->setVisible(index);
    m_containersBox->setVisible(local);
    // An index has no settings, history or layers of its own: its platforms have.
    for (int tab = 1; tab < m_tabs->count(); ++tab)
        m_tabs->setTabEnabled(tab, !index);
    updateContainerButtons();
    loadLayerFiles();
    Q_EMIT loaded();
}

void DetailsPane::onFailed(quint64 request, const QString &message)
{
    if (request != m_request)
        return;
    m_loading = false;
    setTitle(tr("No details"));
    m_back->setVisible(!m_indexReference.isEmpty());
    showMessage(message, true);
    Q_EMIT loadFailed(message);
}

void DetailsPane::setTitle(const QString &text)
{
    m_title->setFullText(text);
}

void DetailsPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setProperty("error", error);
    PaletteFollower::refresh(m_message);
    m_message->show();
}

void DetailsPane::updateContainerButtons()
{
    if (!m_stop)
        return;
    const QModelIndexList rows = m_containersView->selectionModel()
                                     ? m_containersView->selectionModel()->selectedRows()
                                     : QModelIndexList();
    const QString state =
        rows.isEmpty()
            ? QString()
            : rows.first().siblingAtColumn(ImageContainersModel::StateColumn).data().toString();
    // The engine refuses to stop a container that is not running.
    m_stop->setEnabled(state == u"running");
    m_remove->setEnabled(!rows.isEmpty());
}

void DetailsPane::enqueueContainerJob(bool remove)
{
    const QModelIndexList rows = m_containersView->selectionModel()->selectedRows();
    if (!m_jobs || rows.isEmpty())
        return;
    const ContainerInfo &container = m_containers->rows().at(rows.first().row());
    Jobs::JobSpec spec;
    spec.kind = remove ? Jobs::JobKind::ContainerRemove : Jobs::JobKind::ContainerStop;
    spec.endpoint = m_endpoint;
    spec.references = {container.id, container.name};
    m_jobs->enqueue(spec);
    showText(m_containersMessage, remove ? tr("Removing %1…").arg(container.name)
                                         : tr("Stopping %1…").arg(container.name));
}

void DetailsPane::onJobFinished(const Jobs::JobRecord &record)
{
    if (record.spec.kind != Jobs::JobKind::ContainerStop &&
        record.spec.kind != Jobs::JobKind::ContainerRemove)
        return;
    const QString id = record.spec.references.value(0);
    const bool ours = std::any_of(m_containers->rows().cbegin(), m_containers->rows().cend(),
                                  [&id](const ContainerInfo &c) { return c.id == id; });
    if (!ours || m_details.kind != ImageDetails::Kind::LocalImage)
        return;
    showText(m_containersMessage,
             record.state == Jobs::JobState::Failed && record.error
                 ? tr("%1 failed: %2").arg(record.spec.title(), record.error->message())
                 : QString());
    const quint64 request = m_request;
    const Engine::EngineEndpoint endpoint = m_endpoint;
    const QString imageId = m_details.digest;
    QMetaObject::invokeMethod(
        m_localLoader,
        [loader = m_localLoader, request, endpoint, imageId] {
            loader->loadContainers(request, endpoint, imageId);
        },
        Qt::QueuedConnection);
}

} // namespace Berth::Ui
