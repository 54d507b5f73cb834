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
    // The endpoint of each entry, in the list's order (the entry's text is itemText()).
    const QList<Engine::EngineEndpoint> &entries() const { return m_entries; }
    // Chooses the entry of this URL as a person does in the list (the Sources tree does).
    void choose(const QString &url);

    // The engine chosen last, from the settings; nullopt if none or it no longer parses.
    static std::optional<Engine::EngineEndpoint> remembered();
    // An engine stored by its context name and URL (the context resolved afresh, so that its
    // TLS files are read again); nullopt when neither gives one.
    static std::optional<Engine::EngineEndpoint> fromStored(const QString &context,
                                                            const QString &url);
    static void remember(const Engine::EngineEndpoint &endpoint);

Q_SIGNALS:
    void engineChosen(const Berth::Engine::EngineEndpoint &endpoint);
    void probed();
    // The entries were listed again (a probe, another current engine).
    void entriesChanged();

private:
    void onProbed(const QList<Engine::EngineStatus> &statuses);
    void rebuild();
    void fill();
    void onActivated(int index);

    QThread m_thread;
    Engine::EngineProbe *m_probe;
    QList<Engine::EngineStatus> m_reachable;
    Engine::EngineEndpoint m_current;
    QList<Engine::EngineEndpoint> m_entries; // the endpoint of each item
};

} // namespace Berth::Ui
