#pragma once

#include <QElapsedTimer>
#include <QModelIndexList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace LeadBridge {

class PagedTableModel;
class TableContextMenu;

/// One table tab of the main window: a text filter, a status filter, a row count and the view.
class TableTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableTab)
public:
    /// @p stretchColumn takes the remaining width; @p wideColumns may grow up to twice the usual cap.
    TableTab(PagedTableModel *model, int stretchColumn, QWidget *parent = nullptr);

    [[nodiscard]] PagedTableModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *filterEdit() const { return m_filter; }
    [[nodiscard]] QComboBox *statusCombo() const { return m_status; }
    /// The context menu, the keyboard (Enter, Ctrl+C) and the order link of the view.
    [[nodiscard]] TableContextMenu *contextMenu() const { return m_menu; }
    /// The keys (PagedTableModel::IdRole, or another id @p role) of the selected rows; none for 0.
    [[nodiscard]] QList<qint64> selectedIds(int role = 0) const;
    /// The selected rows' indexes in column 0.
    [[nodiscard]] QModelIndexList selectedRows() const;

    /// Reads the rows again, keeping the scroll position and the selection.
    void refresh();
    /// Reads only the loaded rows with these keys again. Keys that are not loaded are new rows: the
    /// tab is read again when only the first page is loaded (the newest are on top), at most once per
    /// kNewRowsIntervalMs; otherwise they show at the next refresh().
    void refreshRows(const QList<qint64> &ids);
    static constexpr int kNewRowsIntervalMs = 2000;
    /// Applies the filter text now (it is otherwise applied shortly after typing stops).
    void applyFilterNow();
    /// Sizes the columns to their contents (capped), the stretch column takes the rest.
    void fitColumns();
    /// The column widths were restored from the settings: the first rows do not resize them.
    void keepColumnLayout() { m_fitted = true; }

signals:
    void rowActivated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatusCombo();
    void updateCount();

    PagedTableModel *m_model;
    int m_stretchColumn;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_filterTimer = nullptr;
    TableContextMenu *m_menu = nullptr;
    bool m_fitted = false;
    QElapsedTimer m_sinceReload;
};

} // namespace LeadBridge
