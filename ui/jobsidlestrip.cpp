// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/jobsidlestrip.h"

#include "ui/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Berth::Ui {

JobsIdleStrip::JobsIdleStrip(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_history(new QToolButton(this))
    , m_expand(new QToolButton(this))
{
    setObjectName(QStringLiteral("jobsIdleStrip"));
    m_text->setObjectName(QStringLiteral("jobsIdleText"));
    m_history->setObjectName(QStringLiteral("jobsIdleHistoryButton"));
    m_history->setText(tr("History…"));
    m_history->setIcon(Icons::icon(Icons::History));
    m_history->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_history->setToolTip(tr("The jobs of this and earlier sessions, and berthctl's"));
    m_expand->setObjectName(QStringLiteral("jobsIdleExpandButton"));
    m_expand->setText(tr("Show Panel"));
    m_expand->setArrowType(Qt::UpArrow);
    m_expand->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_expand->setToolTip(tr("Open the whole Jobs panel"));
    for (QToolButton *button : {m_history, m_expand}) {
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::TabFocus);
    }
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(m_text);
    layout->addWidget(m_history);
    layout->addStretch(1);
    layout->addWidget(m_expand);
    setFocusProxy(m_history);
    setTabOrder(m_history, m_expand);
    setFinishedCount(0);
    connect(m_history, &QToolButton::clicked, this, &JobsIdleStrip::historyRequested);
    connect(m_expand, &QToolButton::clicked, this, &JobsIdleStrip::expandRequested);
}

void JobsIdleStrip::setFinishedCount(int count)
{
    m_text->setText(count == 0 ? tr("No jobs running ·")
                               : tr("No jobs running · %Ln finished ·", nullptr, count));
}

QString JobsIdleStrip::text() const
{
    return m_text->text();
}

} // namespace Berth::Ui
