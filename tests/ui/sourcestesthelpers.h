// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the tests that browse registries in the window's Sources tree.
#include "ui/mainwindow.h"
#include "ui/sourcesmodel.h"

namespace SourcesTest {

// A window on no engine: it browses registries all the same.
inline Berth::Ui::MainWindow::Options noEngineOptions()
{
    Berth::Ui::MainWindow::Options options;
    options.endpoint =
        *Berth::Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
    return options;
}

// The reason a registry's failure row shows, empty while there is none.
inline QString failureText(const Berth::Ui::SourcesModel *model, const QString &domain)
{
    using Berth::Ui::SourcesModel;
    const QModelIndex registry = model->registryIndex(domain);
    for (int row = 0; row < model->rowCount(registry); ++row) {
        const QModelIndex child = model->index(row, 0, registry);
        if (SourcesModel::kindOf(child) == SourcesModel::Kind::Failure)
            return child.data(SourcesModel::ErrorRole).toString();
    }
    return {};
}

} // namespace SourcesTest
