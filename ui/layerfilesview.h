// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "archive/imagecontents.h"
#include "base/credentialsource.h"
#include "engine/engineendpoint.h"
#include "registry/registryconfig.h"

#include <QThread>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSortFilterProxyModel;
class QTreeView;
class QTreeWidget;

namespace Berth::Engine {
class EngineClient;
}

namespace Berth::Ui {

class LayerFilesModel;
class RemoteContentsLoader;

// The files of a local or remote image, or of the image as of one of its layers: a tree with sizes,
// the layer that last wrote each file and what the chosen layer changed (bold, or struck
// out when removed), a filter, "only what this layer changed", and the wasted space with
// its files. The image is read from the engine, or from its registry's blobs, on a worker
// as it streams, with progress;
// each tree is built on a worker too, and the GUI thread only takes finished trees.
class LayerFilesView final : public QWidget
{
    Q_OBJECT

public:
    explicit LayerFilesView(QWidget *parent = nullptr);
    ~LayerFilesView() override;

    void load(const Engine::EngineEndpoint &endpoint, const QString &image);
    // A registry's image (a reference with a tag or digest), read on a thread of the view's
    // own; credentials may be null (anonymous).
    void loadRemote(const QString &reference, const std::shared_ptr<CredentialSource> &credentials,
                    const Registry::RegistryConfig &config);
    // Shows the image as of layer index (0 the bottom one); -1 the whole image.
    void showLayer(int index);
    // Empties the view; a read still running is dropped.
    void clear();
    // What the view shows or reads: the image's name or reference; empty when clear.
    const QString &subject() const { return m_subject; }
    // Shows contents already read (a comparison's, a test's).
    void setContents(std::shared_ptr<const Archive::ImageContents> contents);
    LayerFilesModel *model() const { return m_model; }

Q_SIGNALS:
    // A tree is shown: after load() and after each change of layer or "only changed".
    void treeShown();
    void failed(const QString &message);

private:
    void rebuild();
    void showWasted();
    void readFailed(const QString &message);
    // The reading's progress or failure, shown only while there is one.
    void setStatus(const QString &text);

    QString m_subject;
    quint64 m_request = 0; // answers of older reads are dropped
    QThread m_remoteThread;
    RemoteContentsLoader *m_remoteLoader = nullptr;

    Engine::EngineClient *m_client = nullptr;
    std::shared_ptr<const Archive::ImageContents> m_contents;
    int m_generation = 0; // a tree built for an older choice is dropped
    QComboBox *m_layers;
    QLineEdit *m_filter;
    QCheckBox *m_onlyChanged;
    QProgressBar *m_progress;
    QLabel *m_status;
    LayerFilesModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_tree;
    QLabel *m_wastedTotal;
    QTreeWidget *m_wastedFiles;
};

} // namespace Berth::Ui
