// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/engineclient.h"

#include <QDialog>

namespace Berth::Ui {

// Help > About Berth: Berth's version, the engine and API version in use, the licences of
// Berth and of the libraries it links, and a Copy button that puts a block for a bug
// report on the clipboard: versions and platform, never an address, path or credential.
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    // engine: what the window's engine said of itself; empty when none answered yet.
    explicit AboutDialog(const Engine::EngineInfo &engine, QWidget *parent = nullptr);

    // The bug report block the Copy button copies; not translated, for the developers.
    static QString reportText(const Engine::EngineInfo &engine);

private:
    QString m_report;
};

} // namespace Berth::Ui
