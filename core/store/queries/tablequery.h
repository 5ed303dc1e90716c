#pragma once

#include <functional>
#include <optional>

#include <QAtomicInt>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

class QSqlQuery;

namespace LeadBridge {

class Store;

/// What a table view asks for: the sort, the text typed into the filter and the status chosen.
struct TableRequest
{
    int sortColumn = 0; ///< an index into TableSql::sortBy (the table's Column enum)
    Qt::SortOrder order = Qt::DescendingOrder;
    QString text; ///< trimmed; empty for all rows
    QString status; ///< a key of TableSql::statusConditions; empty for all rows
};

/// Where the next page starts: after the last row read (keyset paging: the page is found in the sort
/// column's index, however deep). A default cursor starts at the first row.
struct PageCursor
{
    bool started = false; ///< a page was read: the fields below are its last row's
    QVariant sortValue; ///< the last row's sort expression (NULL: the next page goes by offset)
    qint64 key = 0;
    int offset = 0; ///< rows read so far
};

/// The SQL fragments of one table, owned by that table's query (leadstable.cpp, ...).
struct TableSql
{
    QString select; ///< "SELECT <fields> FROM ... [JOIN ...]", the key first; no WHERE, ORDER BY or LIMIT
    QString key; ///< the expression that makes the order total, e.g. "l.id"
    /// The expression each sort column sorts by; never NULL (IFNULL it): keyset pages compare it.
    QStringList sortBy;
    QStringList search; ///< text expressions searched by the text filter
    QStringList phones; ///< expressions holding phone numbers (searched by digits)
    QHash<QString, QString> statusConditions; ///< status key -> SQL condition
    /// "FROM ..." for counting when no text is searched: without the joins that only add columns
    /// (SQLite does not drop them itself); empty: the select's own.
    QString countFrom;
    /// A condition every row of the table meets (empty: none), e.g. "the lead reached an order".
    QString filter;

    /// A status key for each database text in @p values: the rows whose @p column holds it.
    void addValueStatuses(const QString &column, const QStringList &values);
};

/// A paged, sorted, filtered read of one table through a Store: keyset pages (after the last row's
/// sort value and key; migration 3 indexes every sort expression), sorting and filtering done in SQL,
/// so a view over 100 000 rows only reads what it shows.
class TableQuery
{
public:
    explicit TableQuery(TableSql sql);

    /// How many rows match the request's filters.
    [[nodiscard]] int count(Store *store, const TableRequest &request) const;

    /// How many statements this query ran and how many rows they read, since the program started
    /// (tests and benchmarks compare them before and after a refresh).
    [[nodiscard]] int statementCount() const { return m_statements.loadRelaxed(); }
    [[nodiscard]] int rowsRead() const { return m_rowsRead.loadRelaxed(); }

protected:
    /// Runs one page from @p cursor (and moves it past the page) and calls @p onRow for each row; false
    /// on a closed store or an SQL error.
    bool run(Store *store, const TableRequest &request, PageCursor *cursor, int limit,
        const std::function<void(const QSqlQuery &)> &onRow) const;
    /// Runs the row with this key through @p onRow; false when there is none.
    bool runOne(Store *store, qint64 key, const std::function<void(const QSqlQuery &)> &onRow) const;

private:
    [[nodiscard]] QString whereClause(const TableRequest &request, QVariantList *binds) const;

    TableSql m_sql;
    mutable QAtomicInt m_statements;
    mutable QAtomicInt m_rowsRead;
};

/// A TableQuery that returns typed rows; @p Row has a qint64 `id` (the key).
template <typename Row> class RowQuery final : public TableQuery
{
public:
    using Reader = Row (*)(const QSqlQuery &);
    RowQuery(TableSql sql, Reader reader)
        : TableQuery(std::move(sql))
        , m_reader(reader)
    {}

    /// Up to @p limit rows after @p cursor in the requested order; the cursor moves past them.
    [[nodiscard]] QVector<Row> page(
        Store *store, const TableRequest &request, PageCursor *cursor, int limit) const
    {
        QVector<Row> rows;
        rows.reserve(limit);
        run(store, request, cursor, limit, [this, &rows](const QSqlQuery &q) { rows.append(m_reader(q)); });
        return rows;
    }
    /// Rows [offset, offset + limit) in the requested order.
    [[nodiscard]] QVector<Row> page(Store *store, const TableRequest &request, int offset, int limit) const
    {
        PageCursor cursor;
        cursor.offset = offset;
        cursor.started = offset > 0; // no sort value: by offset
        return page(store, request, &cursor, limit);
    }

    /// The row with this key, whatever the filters.
    [[nodiscard]] std::optional<Row> row(Store *store, qint64 key) const
    {
        std::optional<Row> found;
        runOne(store, key, [this, &found](const QSqlQuery &q) { found = m_reader(q); });
        return found;
    }

private:
    Reader m_reader;
};

} // namespace LeadBridge
