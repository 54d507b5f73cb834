// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

namespace Berth::Ui {

// Sets up a table of images the same way wherever one is shown: whole-row selection,
// sorting through the proxy, columns fitted to their content and the window (the user may
// drag them), long names elided in the middle.
void setupImageTableView(QTableView *view, QAbstractItemModel *model);

} // namespace Berth::Ui
