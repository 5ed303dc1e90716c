#include "linkdelegate.h"

#include <QApplication>
#include <QMouseEvent>
#include <QStyle>

#include "models/pagedtablemodel.h"

namespace LeadBridge {

LinkDelegate::LinkDelegate(QObject *parent)
    : LinkDelegate(PagedTableModel::OrderIdRole, parent)
{}

LinkDelegate::LinkDelegate(int role, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
{}

bool LinkDelegate::isLink(const QModelIndex &index) const
{
    return index.isValid() && index.data(m_role).toLongLong() > 0
        && !index.data(Qt::DisplayRole).toString().isEmpty();
}

void LinkDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!isLink(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem link = option;
    link.font.setUnderline(true);
    link.palette.setColor(QPalette::Text, option.palette.color(QPalette::Link));
    QStyledItemDelegate::paint(painter, link, index);
}

bool LinkDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && isLink(index)) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        const QWidget *widget = option.widget;
        const QStyle *style = widget ? widget->style() : QApplication::style();
        QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &item, widget);
        // Only the text is the link: a click beside it selects the row, as anywhere else.
        text.setWidth(qMin(text.width(), item.fontMetrics.horizontalAdvance(item.text) + 8));
        // Ctrl+click opens from anywhere in the cell.
        const bool onText =
            mouse->modifiers() == Qt::NoModifier && text.contains(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && (onText || mouse->modifiers() == Qt::ControlModifier)) {
            emit linkActivated(index);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace LeadBridge
