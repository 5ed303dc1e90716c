#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace LeadBridge {

class Store;

/// A read-only table over one SQL query, loaded lazily in pages (canFetchMore/fetchMore), with sorting
/// and text/status filtering done in SQL, so a view over 100 000 rows only holds what it has shown.
/// It reads through the GUI thread's own Store connection; the engine writes through another one.
class PagedSqlModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedSqlModel)
public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value the column sorts by
        IdRole, ///< the row's key (lead id, order id, error id)
    };
    static constexpr int kChunk = 500;

    struct StatusOption
    {
        QString key; ///< empty = all rows
        QString label;
    };

    explicit PagedSqlModel(Store *store, QObject *parent = nullptr);
    ~PagedSqlModel() override;

    /// Points the model at another store (or none) and reloads.
    void setStore(Store *store);
    [[nodiscard]] Store *store() const { return m_store; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Rows whose text columns contain @p text (case-insensitive for Latin and Cyrillic as typed,
    /// lower-case and capitalised; a phone typed in any form matches by its digits).
    void setTextFilter(const QString &text);
    [[nodiscard]] QString textFilter() const { return m_textFilter; }
    /// One of statusOptions()' keys; empty for all rows.
    void setStatusFilter(const QString &key);
    [[nodiscard]] QString statusFilter() const { return m_statusFilter; }
    /// The choices for the status combo box, translated, "All" first.
    [[nodiscard]] virtual QList<StatusOption> statusOptions() const = 0;

    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    /// Reads the rows again (at least as many as are loaded now, so the view keeps its scroll position).
    void reload();
    /// How many rows match the filters (a COUNT query; the view may have loaded fewer).
    [[nodiscard]] int matchingCount() const;
    /// The key of a loaded row; 0 when out of range.
    [[nodiscard]] qint64 idAt(int row) const;
    /// The loaded row with this key, or -1.
    [[nodiscard]] int rowOfId(qint64 id) const;
    /// Headers and texts again in the current language (call on QEvent::LanguageChange).
    void retranslate();

protected:
    using Row = QVector<QVariant>;

    /// "SELECT <fields> FROM ... [JOIN ...]", the key first; no WHERE, ORDER BY or LIMIT.
    [[nodiscard]] virtual QString selectSql() const = 0;
    /// The SQL expression each column sorts by.
    [[nodiscard]] virtual QStringList sortExpressions() const = 0;
    /// The expression that makes the order total (the key), e.g. "l.id".
    [[nodiscard]] virtual QString keyExpression() const = 0;
    /// Text expressions searched by the text filter.
    [[nodiscard]] virtual QStringList searchExpressions() const = 0;
    /// Expressions that hold phone numbers (searched by digits).
    [[nodiscard]] virtual QStringList phoneExpressions() const { return {}; }
    /// The SQL condition for a status key ("" when the key means all rows).
    [[nodiscard]] virtual QString statusCondition(const QString &key) const = 0;
    [[nodiscard]] virtual QString headerText(int column) const = 0;
    [[nodiscard]] virtual QVariant cellData(const Row &row, int column, int role) const = 0;

    /// Subclasses call this at the end of their constructor (virtuals are ready then).
    void initialize(int columnCount, int defaultSortColumn, Qt::SortOrder defaultOrder);

    [[nodiscard]] static QString localTime(const QVariant &utcMs);
    [[nodiscard]] static QVariant timeSortValue(const QVariant &utcMs);

private:
    [[nodiscard]] QString whereClause(QVariantList *binds) const;
    [[nodiscard]] QList<Row> query(int offset, int limit) const;
    void reset(int wantedRows);

    Store *m_store = nullptr;
    QList<Row> m_rows;
    QHash<qint64, int> m_rowOfId;
    int m_columnCount = 0;
    bool m_hasMore = false;
    bool m_busy = false;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QString m_textFilter;
    QString m_statusFilter;
};

} // namespace LeadBridge
