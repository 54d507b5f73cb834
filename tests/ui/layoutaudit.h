// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Looks over a shown window or dialog for layout defects, widget by widget: a widget smaller
// than the least its layout promises it, a widget outside its parent, a label, button or
// check box too narrow for its text, a header section too narrow for its title (unless
// elided on purpose, with the title in a tool tip), a table that scrolls sideways, two
// widgets of one layout on top of each other. Each finding names the widget by its object
// path (objectName, or class and index among its like siblings, from the top).
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QStringList>
#include <QStyleOptionButton>
#include <QTextDocument>
#include <QToolButton>
#include <QWidget>

namespace LayoutAudit {

inline QString pathOf(const QWidget *widget)
{
    QStringList parts;
    for (const QObject *o = widget; o; o = o->parent()) {
        QString part = o->objectName();
        if (part.isEmpty()) {
            const char *className = o->metaObject()->className();
            int index = 0;
            if (o->parent()) {
                for (const QObject *sibling : o->parent()->children()) {
                    if (sibling == o)
                        break;
                    if (qstrcmp(sibling->metaObject()->className(), className) == 0)
                        ++index;
                }
            }
            part = QString::fromLatin1(className) + u'[' + QString::number(index) + u']';
        }
        parts.prepend(part);
        if (o->isWidgetType() && static_cast<const QWidget *>(o)->isWindow())
            break;
    }
    return parts.join(u'/');
}

// The layout that holds `widget` itself (directly or in a nested layout), or null.
inline QLayout *layoutHolding(QLayout *layout, const QWidget *widget)
{
    if (!layout)
        return nullptr;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget)
            return layout;
        if (QLayout *inner = layoutHolding(item->layout(), widget))
            return inner;
    }
    return nullptr;
}

// What a layout gives a widget at the least (as Qt's layouts compute it, qSmartMinSize).
inline QSize leastFromLayout(const QWidget *w)
{
    const QSize hint = w->sizeHint();
    const QSize minHint = w->minimumSizeHint();
    const QSizePolicy policy = w->sizePolicy();
    QSize least(0, 0);
    if (policy.horizontalPolicy() != QSizePolicy::Ignored)
        least.setWidth(policy.horizontalPolicy() & QSizePolicy::ShrinkFlag
                           ? minHint.width()
                           : qMax(hint.width(), minHint.width()));
    if (policy.verticalPolicy() != QSizePolicy::Ignored)
        least.setHeight(policy.verticalPolicy() & QSizePolicy::ShrinkFlag
                            ? minHint.height()
                            : qMax(hint.height(), minHint.height()));
    if (w->minimumWidth() > 0)
        least.setWidth(w->minimumWidth());
    if (w->minimumHeight() > 0)
        least.setHeight(w->minimumHeight());
    return least.boundedTo(w->maximumSize());
}

// The text as shown: a mnemonic's & is not drawn.
inline QString shownText(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text;
}

inline int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// Inside a scroll area's viewport a widget may be larger than what shows: it scrolls.
inline bool scrolls(const QWidget *widget)
{
    for (const QWidget *p = widget->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(p->parentWidget());
            area && area->viewport() == p)
            return true;
    }
    return false;
}

class Auditor
{
public:
    QStringList findings;

    void audit(QWidget *top) { walk(top, top); }

private:
    void add(const QWidget *w, const QString &what) { findings.append(pathOf(w) + u": " + what); }

    static QString size(QSize s) { return QStringLiteral("%1x%2").arg(s.width()).arg(s.height()); }

    void walk(QWidget *top, QWidget *w)
    {
        if (!w->isVisibleTo(top) && w != top)
            return;
        if (w != top && scrolls(w))
            return;
        checkSize(top, w);
        checkInsideParent(top, w);
        checkText(w);
        if (auto *view = qobject_cast<QAbstractItemView *>(w))
            checkView(view);
        if (w->layout())
            checkOverlaps(w->layout());
        for (QObject *child : w->children()) {
            auto *cw = qobject_cast<QWidget *>(child);
            if (cw && !cw->isWindow())
                walk(top, cw);
        }
    }

    void checkSize(QWidget *top, QWidget *w)
    {
        // Qt's own parts (qt_dockwidget_closebutton, ...) follow the style's rules, not a hint.
        if (w->objectName().startsWith(u"qt_"))
            return;
        const bool managed = w == top || (w->parentWidget() && w->parentWidget()->layout() &&
                                          layoutHolding(w->parentWidget()->layout(), w));
        if (!managed)
            return;
        const QSize least = w == top ? w->minimumSizeHint() : leastFromLayout(w);
        if (w->width() < least.width() || w->height() < least.height())
            add(w, QStringLiteral("%1 smaller than the least its layout should give, %2")
                       .arg(size(w->size()), size(least)));
    }

    void checkInsideParent(QWidget *top, QWidget *w)
    {
        // A widget without area shows nothing that could be clipped (an empty title bar).
        if (w == top || !w->parentWidget() || w->width() <= 0 || w->height() <= 0)
            return;
        // A splitter's collapsed pane is the user's choice, not a clip.
        if (qobject_cast<QSplitter *>(w->parentWidget()) && (w->width() == 0 || w->height() == 0))
            return;
        const QRect parent = w->parentWidget()->rect();
        if (!parent.contains(w->geometry()))
            add(w, QStringLiteral("geometry %1,%2 %3 outside its parent's %4 (clipped)")
                       .arg(w->x())
                       .arg(w->y())
                       .arg(size(w->size()), size(parent.size())));
    }

    void checkText(QWidget *w)
    {
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->wordWrap() || label->text().isEmpty())
                return;
            const int margins = 2 * label->margin() + qMax(0, label->indent());
            const int available = label->contentsRect().width() - margins;
            int needed = 0;
            if (Qt::mightBeRichText(label->text()) && label->textFormat() != Qt::PlainText) {
                QTextDocument doc;
                doc.setDefaultFont(label->font());
                doc.setDocumentMargin(0);
                doc.setHtml(label->text());
                needed = qCeil(doc.idealWidth());
            } else {
                // With a buddy, & marks the mnemonic and is not drawn.
                needed = widestLine(label->fontMetrics(),
                                    label->buddy() ? shownText(label->text()) : label->text());
            }
            if (needed > available)
                add(w, QStringLiteral("text \"%1\" needs %2 px, has %3")
                           .arg(label->text().left(60))
                           .arg(needed)
                           .arg(available));
            return;
        }
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (!button || button->text().isEmpty())
            return;
        const QString text = shownText(button->text());
        const int needed = widestLine(button->fontMetrics(), text);
        int available = 0;
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        if (qobject_cast<QCheckBox *>(button)) {
            available = button->style()
                            ->subElementRect(QStyle::SE_CheckBoxContents, &option, button)
                            .width();
        } else if (qobject_cast<QRadioButton *>(button)) {
            available = button->style()
                            ->subElementRect(QStyle::SE_RadioButtonContents, &option, button)
                            .width();
        } else if (qobject_cast<QPushButton *>(button)) {
            available = button->style()
                            ->subElementRect(QStyle::SE_PushButtonContents, &option, button)
                            .width();
            if (!button->icon().isNull())
                available -= button->iconSize().width() + 4;
        } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return;
            // A tool button with text: its size hint holds the text, icon and frame.
            if (tool->sizeHint().width() > tool->width())
                add(w, QStringLiteral("text \"%1\" needs %2 px, has %3")
                           .arg(text)
                           .arg(tool->sizeHint().width())
                           .arg(tool->width()));
            return;
        } else {
            return;
        }
        if (needed > available)
            add(w, QStringLiteral("text \"%1\" needs %2 px, has %3")
                       .arg(text)
                       .arg(needed)
                       .arg(available));
    }

    void checkView(QAbstractItemView *view)
    {
        // Columns that fit the table: nothing to scroll sideways for.
        QHeaderView *header = nullptr;
        for (QHeaderView *h : view->findChildren<QHeaderView *>()) {
            if (h->orientation() == Qt::Horizontal && h->isVisibleTo(view) && h->model())
                header = h;
        }
        if (!header)
            return;
        // Measured, not read off the scroll bar, which shows only after the next layout.
        if (header->length() > view->viewport()->width())
            add(view, QStringLiteral("scrolls sideways: its columns take %1 px of its %2 px")
                          .arg(header->length())
                          .arg(view->viewport()->width()));
        const int padding =
            2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical))
                continue;
            const QString title =
                header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
            const QString tip =
                header->model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString();
            if (title.isEmpty() || !tip.isEmpty())
                continue;
            const int needed = header->fontMetrics().horizontalAdvance(title) + padding;
            if (header->sectionSize(logical) < needed)
                add(header, QStringLiteral("section \"%1\" is %2 px, its title needs %3")
                                .arg(title)
                                .arg(header->sectionSize(logical))
                                .arg(needed));
        }
    }

    static void widgetsOf(QLayout *layout, QList<QWidget *> &out)
    {
        for (int i = 0; i < layout->count(); ++i) {
            QLayoutItem *item = layout->itemAt(i);
            if (item->widget() && item->widget()->isVisible())
                out.append(item->widget());
            else if (item->layout() && !qobject_cast<QStackedLayout *>(item->layout()))
                widgetsOf(item->layout(), out);
        }
    }

    void checkOverlaps(QLayout *layout)
    {
        // A stacked layout shows one page over the others; a main window's layout holds
        // docks, toolbars and their separators over each other on purpose.
        if (!qobject_cast<QBoxLayout *>(layout) && !qobject_cast<QGridLayout *>(layout) &&
            !qobject_cast<QFormLayout *>(layout))
            return;
        QList<QWidget *> widgets;
        widgetsOf(layout, widgets);
        for (qsizetype i = 0; i < widgets.size(); ++i) {
            for (qsizetype j = i + 1; j < widgets.size(); ++j) {
                if (widgets[i]->geometry().intersects(widgets[j]->geometry()))
                    add(widgets[i], QStringLiteral("overlaps %1").arg(pathOf(widgets[j])));
            }
        }
    }
};

// Every finding for `top` and its visible widgets; empty when its layout is sound.
inline QStringList audit(QWidget *top)
{
    Auditor auditor;
    auditor.audit(top);
    return auditor.findings;
}

} // namespace LayoutAudit
