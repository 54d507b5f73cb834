// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparedialog.h"

#include "archive/layercache.h"
#include "base/humanformat.h"
#include "engine/engineclient.h"
#include "engine/localimagecontents.h"
#include "ui/remotecontentsloader.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Berth::Ui {

using namespace Archive;

namespace {
constexpr QSize DialogSize(800, 560);
}

CompareDialog::CompareDialog(const Engine::EngineEndpoint &endpoint, const QString &before,
                             const QString &after, QWidget *parent)
    : QDialog(parent)
    , m_client(new Engine::EngineClient(endpoint, this))
    , m_names{before, after}
    , m_status(new QLabel(this))
    , m_differences(new QTreeWidget(this))
{
    setUp(before, after);
    read(0);
}

CompareDialog::CompareDialog(const QString &before, const QString &after,
                             std::shared_ptr<CredentialSource> credentials,
                             const Registry::RegistryConfig &config, QWidget *parent)
    : QDialog(parent)
    , m_credentials(std::move(credentials))
    , m_registryConfig(config)
    , m_names{before, after}
    , m_status(new QLabel(this))
    , m_differences(new QTreeWidget(this))
{
    setUp(before, after);
    m_remoteLoader = new RemoteContentsLoader;
    m_remoteThread.setObjectName(QStringLiteral("berth-compare"));
    m_remoteLoader->moveToThread(&m_remoteThread);
    connect(&m_remoteThread, &QThread::finished, m_remoteLoader, &QObject::deleteLater);
    connect(m_remoteLoader, &RemoteContentsLoader::loaded, this,
            [this](quint64 which, const SharedImageContents &contents) {
                m_images.append(contents->image);
                if (which == 0)
                    readRemote(1);
                else
                    compare();
            });
    connect(m_remoteLoader, &RemoteContentsLoader::failed, this,
            [this](quint64, const QString &message) { m_status->setText(message); });
    m_remoteThread.start();
    readRemote(0);
}

CompareDialog::~CompareDialog()
{
    m_remoteThread.quit();
    m_remoteThread.wait();
}

void CompareDialog::setUp(const QString &before, const QString &after)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1 with %2").arg(before, after));
    m_status->setObjectName(QStringLiteral("compareStatus"));
    m_status->setWordWrap(true); // an error, or a long reference, takes more lines
    m_differences->setObjectName(QStringLiteral("differences"));
    m_differences->setAccessibleName(tr("Differences"));
    m_differences->setHeaderLabels({tr("Difference"), before, after});
    m_differences->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    // The images' columns as wide as their names, up to a quarter of the dialog each; a
    // longer name is elided and shown whole in the tool tip.
    m_differences->header()->setTextElideMode(Qt::ElideMiddle);
    for (const int column : {1, 2}) {
        m_differences->headerItem()->setToolTip(column, m_differences->headerItem()->text(column));
        m_differences->header()->resizeSection(
            column, qMin(m_differences->header()->sectionSizeHint(column), DialogSize.width() / 4));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_differences, 1);
    layout->addWidget(buttons);
    resize(DialogSize);
}

void CompareDialog::readRemote(int which)
{
    m_status->setText(tr("Reading %1 from its registry…").arg(m_names.at(which)));
    QMetaObject::invokeMethod(
        m_remoteLoader,
        [loader = m_remoteLoader, which, reference = m_names.at(which), credentials = m_credentials,
         config = m_registryConfig] {
            loader->load(quint64(which), reference, credentials, config);
        },
        Qt::QueuedConnection);
}

void CompareDialog::read(int which)
{
    m_status->setText(tr("Reading %1 from the engine…").arg(m_names.at(which)));
    ImageArchiveReader::Options options;
    options.cache = &LayerCache::shared();
    Engine::LocalImageContents::read(m_client, {m_names.at(which)}, options, this,
                                     [this, which](const Result<QList<ArchivedImage>> &images) {
                                         if (!images) {
                                             m_status->setText(images.error().message());
                                             return;
                                         }
                                         m_images.append(images->first());
                                         if (which == 0)
                                             read(1);
                                         else
                                             compare();
                                     });
}

void CompareDialog::compare()
{
    m_status->setText(tr("Comparing…"));
    auto images = m_images;
    auto diff = std::make_shared<ImageDiff>();
    QThread *worker = QThread::create([images, diff] {
        *diff =
            ImageDiff::compare(ImageContents::of(images.at(0)), ImageContents::of(images.at(1)));
    });
    connect(worker, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &QThread::finished, this, [this, diff] { showDiff(*diff); });
    worker->start();
}

void CompareDialog::showDiff(const ImageDiff &diff)
{
    m_differences->clear();
    const auto describe = [](const std::optional<TarEntry> &entry) {
        if (!entry)
            return QString();
        QString text =
            HumanFormat::localeSize(entry->size) + u' ' + modeString(entry->type, entry->mode);
        if (!entry->linkTarget.isEmpty())
            text += QStringLiteral(" → ") + entry->linkTarget;
        return text;
    };
    auto *files = new QTreeWidgetItem({tr("Files (%Ln)", nullptr, int(diff.files.size()))});
    for (const FileDifference &file : diff.files) {
        const QString change = file.kind == FileDifference::Added     ? tr("added")
                               : file.kind == FileDifference::Removed ? tr("removed")
                                                                      : tr("changed");
        files->addChild(new QTreeWidgetItem(
            {tr("%1 (%2)").arg(file.path, change), describe(file.before), describe(file.after)}));
    }
    auto *config = new QTreeWidgetItem({tr("Config (%Ln)", nullptr, int(diff.config.size()))});
    for (const ConfigDifference &item : diff.config)
        config->addChild(new QTreeWidgetItem({item.field, item.before, item.after}));
    auto *layers = new QTreeWidgetItem({tr("Layers"), HumanFormat::localeSize(diff.totalBefore),
                                        HumanFormat::localeSize(diff.totalAfter)});
    for (const LayerDelta &layer : diff.layers)
        layers->addChild(new QTreeWidgetItem({layer.digestBefore == layer.digestAfter
                                                  ? tr("Layer %1 (the same)").arg(layer.index + 1)
                                                  : tr("Layer %1").arg(layer.index + 1),
                                              HumanFormat::localeSize(layer.bytesBefore),
                                              HumanFormat::localeSize(layer.bytesAfter)}));
    m_differences->addTopLevelItems({files, config, layers});
    m_differences->expandAll();
    m_status->setText(
        tr("%Ln file(s) differ, %1 of the config; %2 → %3", nullptr, int(diff.files.size()))
            .arg(diff.config.size())
            .arg(HumanFormat::localeSize(diff.totalBefore),
                 HumanFormat::localeSize(diff.totalAfter)));
    Q_EMIT compared();
}

} // namespace Berth::Ui
