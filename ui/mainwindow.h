// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineendpoint.h"
#include "ui/sandboxengine.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QTableView;

namespace Berth::Ui {

class EngineBanner;
class ImageFilterProxyModel;
class LocalImagesFeed;
class LocalImagesModel;

// Berth's window: the local engine's images in a filterable, sortable table that follows
// the engine's changes live, and a banner that explains what to do when the engine cannot
// be reached.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        Engine::EngineEndpoint endpoint;
        bool isSandbox = false; // the endpoint is Berth's sandbox engine
        SandboxConfig sandbox;
    };

    explicit MainWindow(Options options, QWidget *parent = nullptr);

    LocalImagesModel *imagesModel() const { return m_model; }
    ImageFilterProxyModel *filterModel() const { return m_proxy; }
    LocalImagesFeed *feed() const { return m_feed; }
    EngineBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // Emitted whenever a list of the images arrives or fails: after a refresh, and after
    // each change the engine reports (the screenshot waits for the first).
    void refreshFinished();

private:
    void setupActions();
    void connectFeed();
    void useEndpoint(const Engine::EngineEndpoint &endpoint, bool isSandbox);
    void startSandbox();
    void updateStatus();

    Options m_options;
    LocalImagesModel *m_model;
    ImageFilterProxyModel *m_proxy;
    LocalImagesFeed *m_feed;
    EngineBanner *m_banner;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_statusLabel;
    SandboxEngine *m_sandbox;
    bool m_lastRefreshFailed = false;
};

} // namespace Berth::Ui
