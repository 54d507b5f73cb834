// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace Berth::Ui {

// What the Jobs panel shows while nothing runs and nothing failed: one line, "No jobs
// running", how many finished jobs the panel holds, a History… button and a toggle that
// opens the whole panel. Both buttons take Tab.
class JobsIdleStrip final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsIdleStrip(QWidget *parent = nullptr);

    void setFinishedCount(int count);
    QString text() const;

Q_SIGNALS:
    void expandRequested();
    void historyRequested();

private:
    QLabel *m_text;
    QToolButton *m_history;
    QToolButton *m_expand;
};

} // namespace Berth::Ui
