// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/dropplanner.h"

#include <QMetaType>
#include <QModelIndex>

namespace Berth::Ui {

// A model that images and archives are dropped on (the Sources tree's, the local images',
// a repository's tags'). Its canDropMimeData() and dropMimeData() follow planDrop(); the
// views ask planDrop() too, for the status bar's words while dragging (DropHint). No
// planner set: nothing is accepted.
class DropTargetModel
{
public:
    virtual ~DropTargetModel() = default;

    void setDropPlanner(const DropPlanner *planner) { m_planner = planner; }
    const DropPlanner *dropPlanner() const { return m_planner; }

    // What dropping `data` at (row, column, parent) would do, or why it cannot.
    virtual DropPlan planDrop(const QMimeData *data, int row, int column,
                              const QModelIndex &parent) const = 0;

protected:
    DropPlan planFor(const QMimeData *data, const DropTarget &target) const
    {
        return m_planner ? m_planner->plan(data, target) : DropPlan();
    }

private:
    const DropPlanner *m_planner = nullptr;
};

// A Qt model (Base) that is a DropTargetModel: drops are copies of what is dragged (never a
// move: nothing leaves its place), and a drop that can work goes to dropAccepted(), which
// the model turns into its signal.
template<typename Base> class DroppableModel : public Base, public DropTargetModel
{
public:
    using Base::Base;

    QStringList mimeTypes() const override
    {
        return {ImageRefsPayload::mimeType(), QStringLiteral("text/uri-list")};
    }
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int column,
                         const QModelIndex &parent) const override
    {
        return planDrop(data, row, column, parent).accepted();
    }
    bool dropMimeData(const QMimeData *data, Qt::DropAction, int row, int column,
                      const QModelIndex &parent) override
    {
        const DropPlan plan = planDrop(data, row, column, parent);
        if (plan.accepted())
            dropAccepted(plan);
        return plan.accepted();
    }

protected:
    virtual void dropAccepted(const DropPlan &plan) = 0;
};

} // namespace Berth::Ui

Q_DECLARE_METATYPE(Berth::Ui::DropPlan)
