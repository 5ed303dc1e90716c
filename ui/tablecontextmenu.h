#pragma once

#include <functional>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QAction;
class QMenu;
class QModelIndex;
class QTableView;
class QWidget;

namespace LeadBridge {

class LinkDelegate;
class PagedTableModel;

/// What a table offers besides its rows: a context menu (Copy cell, Copy row, Open in CRM, the
/// window's actions on the selection such as Resend or Retry, Show details, Export), the keyboard
/// (Enter: details; Ctrl+Enter: the order in the CRM; Ctrl+C: the selection as tab-separated lines)
/// and the order column drawn as a link that opens the order in the CRM.
class TableContextMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableContextMenu)
public:
    TableContextMenu(QTableView *view, PagedTableModel *model, QObject *parent = nullptr);

    /// Where the retailCRM account is (read when a link is opened); without it there are no links.
    void setAccountUrl(std::function<QUrl()> accountUrl) { m_accountUrl = std::move(accountUrl); }
    /// The column drawn as a link to the row's order; -1 for none.
    void setLinkColumn(int column);
    /// The window's actions on the selected rows (Resend, Retry), shown in the menu as they are.
    void setSelectionActions(const QList<QAction *> &actions) { m_selectionActions = actions; }
    /// The window's export action, the menu's last entry.
    void setExportAction(QAction *action) { m_exportAction = action; }

    /// The menu for @p index (a right click there); the caller shows it and deletes it.
    [[nodiscard]] QMenu *createMenu(const QModelIndex &index, QWidget *parent);
    /// The selected rows, top to bottom, as lines of the visible columns' full texts (in the view's
    /// column order) separated by tabs; tabs and line breaks inside a text become spaces.
    [[nodiscard]] QString selectionText() const;
    /// One row as selectionText() writes it.
    [[nodiscard]] QString rowText(int row) const;
    /// The CRM page of the order @p index's row is about; invalid when there is none.
    [[nodiscard]] QUrl orderUrl(const QModelIndex &index) const;
    /// Opens orderUrl() in the browser; false when the row has no order.
    bool openInCrm(const QModelIndex &index);
    /// Puts selectionText() on the clipboard.
    void copySelection();
    /// The view's visible columns (model columns) in the order it shows them.
    [[nodiscard]] QList<int> visibleColumns() const;

signals:
    /// Enter or "Show details" on the row with this key.
    void detailsRequested(qint64 id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showMenu(const QPoint &pos);

    QTableView *m_view;
    PagedTableModel *m_model;
    LinkDelegate *m_delegate = nullptr;
    int m_linkColumn = -1;
    std::function<QUrl()> m_accountUrl;
    QList<QAction *> m_selectionActions;
    QPointer<QAction> m_exportAction;
};

} // namespace LeadBridge
