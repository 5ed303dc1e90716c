#pragma once

#include <QStyledItemDelegate>

namespace LeadBridge {

/// Draws a column's cells as links (link colour, underlined) when their row has a positive value in
/// the link role (by default an order: PagedTableModel::OrderIdRole), and reports a click on a link's
/// text (Ctrl+click: anywhere in it).
class LinkDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkDelegate)
public:
    explicit LinkDelegate(QObject *parent = nullptr);
    /// Cells are links where @p role holds a positive number.
    LinkDelegate(int role, QObject *parent);

    /// Whether the cell at @p index is drawn as a link.
    [[nodiscard]] bool isLink(const QModelIndex &index) const;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

signals:
    void linkActivated(const QModelIndex &index);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

private:
    int m_role;
};

} // namespace LeadBridge
