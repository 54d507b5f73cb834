// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineprobe.h"

#include <QComboBox>
#include <QThread>

#include <optional>

namespace Berth::Ui {

// The window's engine list: every engine Berth knows that answers (docs/engines.md,
// "Discovery"), with its kind and version, and the window's own engine even when it does
// not. Discovery and probing run on a worker thread. Choosing an entry emits engineChosen()
// and remembers it in the settings for the next start.
class EngineChooser final : public QComboBox
{
    Q_OBJECT

public:
    explicit EngineChooser(QWidget *parent = nullptr);
    ~EngineChooser() override;

    // Looks for engines again and asks each; probed() follows.
    void probe();
    // The window's engine now: selected, and listed even when it does not answer.
    void setCurrent(const Engine::EngineEndpoint &endpoint);
    const QList<Engine::EngineStatus> &reachable() const { return m_reachable; }

    // The engine chosen last, from the settings; nullopt if none or it no longer parses.
    static std::optional<Engine::EngineEndpoint> remembered();
    static void remember(const Engine::EngineEndpoint &endpoint);

Q_SIGNALS:
    void engineChosen(const Berth::Engine::EngineEndpoint &endpoint);
    void probed();

private:
    void onProbed(const QList<Engine::EngineStatus> &statuses);
    void rebuild();
    void onActivated(int index);

    QThread m_thread;
    Engine::EngineProbe *m_probe;
    QList<Engine::EngineStatus> m_reachable;
    Engine::EngineEndpoint m_current;
    QList<Engine::EngineEndpoint> m_entries; // the endpoint of each item
};

} // namespace Berth::Ui
