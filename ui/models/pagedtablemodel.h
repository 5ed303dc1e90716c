#pragma once

#include <optional>

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVector>

#include "store/queries/tablequery.h"

namespace LeadBridge {

class Store;

/// A read-only table over one of core/store/queries' tables, loaded lazily in pages
/// (canFetchMore/fetchMore, each page found after the last by its sort value and key), sorted and
/// filtered by the query, so a view over 100 000 rows only holds
/// what it has shown. It reads through the GUI thread's own Store connection.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedTableModel)
public:
    enum Role {
        SortRole = Qt::UserRole + 1, ///< the raw value the column sorts by
        IdRole, ///< the row's key (lead id, order id, error id)
        OrderIdRole, ///< the retailCRM order id the row is about (any column); none when there is none
    };
    static constexpr int kChunk = 500;

    struct StatusOption
    {
        QString key; ///< empty = all rows
        QString label;
    };

    explicit PagedTableModel(Store *store, QObject *parent = nullptr);
    ~PagedTableModel() override;

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
    [[nodiscard]] QString textFilter() const { return m_request.text; }
    /// One of statusOptions()' keys; empty for all rows.
    void setStatusFilter(const QString &key);
    [[nodiscard]] QString statusFilter() const { return m_request.status; }
    /// The choices for the status combo box, translated, "All" first.
    [[nodiscard]] virtual QList<StatusOption> statusOptions() const = 0;

    /// The current sort and filters (what an export reads).
    [[nodiscard]] const TableRequest &request() const { return m_request; }
    [[nodiscard]] int sortColumn() const { return m_request.sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_request.order; }

    /// Reads the rows again (at least as many as are loaded now, so the view keeps its scroll position).
    void reload();
    /// Reads only the loaded rows with these keys again, one statement each, in place (they keep their
    /// place even when their new values would sort or filter them elsewhere: the next reload does that).
    /// Returns the keys that are not loaded.
    QList<qint64> refreshRows(const QList<qint64> &ids);
    /// How many rows match the filters (the view may have loaded fewer).
    [[nodiscard]] int matchingCount() const;
    /// The key of a loaded row; 0 when out of range.
    [[nodiscard]] qint64 idAt(int row) const;
    /// The loaded row with this key, or -1.
    [[nodiscard]] int rowOfId(qint64 id) const;
    /// Headers and texts again in the current language (call on QEvent::LanguageChange).
    void retranslate();

    /// Reads up to @p limit rows after @p cursor (which moves past them) as @p request sorts and
    /// filters them, straight from the store (not the loaded rows), as the texts of @p columns: what the
    /// view shows, except that times are ISO 8601 local times ("2026-11-20 15:04:05"). Appends to @p out;
    /// returns how many rows were read. Reads through this model's store, in the caller's thread.
    virtual int readTexts(const TableRequest &request, PageCursor *cursor, int limit,
        const QList<int> &columns, QVector<QStringList> *out) const = 0;
    /// How many rows @p request matches.
    [[nodiscard]] int countMatching(const TableRequest &request) const { return countRows(m_store, request); }
    /// A time for an export: ISO 8601 in local time, seconds, no zone ("2026-11-20 15:04:05"); empty for 0.
    [[nodiscard]] static QString isoLocalTime(qint64 utcMs);

protected:
    /// Reads the first page; called once the reading virtuals are ready (RowTableModel's constructor).
    void initialize(int columnCount, int defaultSortColumn, Qt::SortOrder defaultOrder);

    /// Reads a page into a buffer and returns how many rows it has.
    virtual int readPage(Store *store, const TableRequest &request, PageCursor *cursor, int limit) = 0;
    /// Moves the buffer into the loaded rows, after them or (@p replace) instead of them.
    virtual void takePage(bool replace) = 0;
    [[nodiscard]] virtual int countRows(Store *store, const TableRequest &request) const = 0;
    /// Reads the row with this key into loaded row @p row; false when it is gone.
    virtual bool readRow(Store *store, qint64 key, int row) = 0;
    [[nodiscard]] virtual qint64 keyOf(int row) const = 0;
    [[nodiscard]] virtual QString headerText(int column) const = 0;
    [[nodiscard]] virtual QVariant cellData(int row, int column, int role) const = 0;

    [[nodiscard]] static QString localTime(qint64 utcMs);

private:
    void reset(int wantedRows);
    void indexRows(int first);

    Store *m_store = nullptr;
    TableRequest m_request;
    PageCursor m_cursor; // after the last loaded row
    QHash<qint64, int> m_rowOfId;
    int m_rowCount = 0;
    int m_columnCount = 0;
    bool m_hasMore = false;
    bool m_busy = false;
};

/// A PagedTableModel over typed rows, described by a table: each column a header and what it shows,
/// sorts by, explains and how it is coloured, plus the status choices. The models only write that table.
template <typename Row> class RowTableModel : public PagedTableModel
{
public:
    using Text = QString (*)();
    using Cell = QVariant (*)(const Row &);
    struct ColumnSpec
    {
        Text header = nullptr;
        Cell display = nullptr;
        Cell sort = nullptr; ///< null: sorts by the display value
        Cell toolTip = nullptr;
        Cell foreground = nullptr;
        bool alignRight = false;
        Cell exportText = nullptr; ///< null: an export writes the display text (isoTime for times)
    };
    struct StatusSpec
    {
        QString key; ///< a status key of the table's query; empty = all rows
        Text label = nullptr;
    };
    struct Description
    {
        QVector<ColumnSpec> columns; ///< in the order of the table's Column enum
        QVector<StatusSpec> statuses; ///< "All" first
        int sortColumn = 0; ///< the default sort
        Qt::SortOrder order = Qt::DescendingOrder;
    };

    /// A Cell that shows a field as it is: `&field<&Row::site>`.
    template <auto member> static QVariant field(const Row &row) { return QVariant::fromValue(row.*member); }
    /// An export Cell for a time field (UTC ms): `&isoTime<&Row::updatedAt>`.
    template <auto member> static QVariant isoTime(const Row &row) { return isoLocalTime(row.*member); }

    [[nodiscard]] QList<StatusOption> statusOptions() const override
    {
        QList<StatusOption> options;
        for (const StatusSpec &status : m_description.statuses)
            options.append({ status.key, status.label() });
        return options;
    }

protected:
    RowTableModel(const RowQuery<Row> &query, Description description, Store *store, QObject *parent)
        : PagedTableModel(store, parent)
        , m_query(query)
        , m_description(std::move(description))
    {
        // The rows are read here: everything reading them is this class's.
        initialize(int(m_description.columns.size()), m_description.sortColumn, m_description.order);
    }

    /// Roles beyond the columns' (e.g. a lead id), for any column.
    [[nodiscard]] virtual QVariant roleData(const Row &row, int role) const
    {
        Q_UNUSED(row)
        Q_UNUSED(role)
        return {};
    }

    int readPage(Store *store, const TableRequest &request, PageCursor *cursor, int limit) override
    {
        m_page = m_query.page(store, request, cursor, limit);
        return int(m_page.size());
    }
    void takePage(bool replace) override
    {
        if (replace)
            m_rows = std::move(m_page);
        else
            m_rows += m_page;
        m_page.clear();
    }
    [[nodiscard]] int countRows(Store *store, const TableRequest &request) const override
    {
        return m_query.count(store, request);
    }
    bool readRow(Store *store, qint64 key, int row) override
    {
        std::optional<Row> fresh = m_query.row(store, key);
        if (!fresh)
            return false;
        m_rows[row] = std::move(*fresh);
        return true;
    }
    int readTexts(const TableRequest &request, PageCursor *cursor, int limit, const QList<int> &columns,
        QVector<QStringList> *out) const override
    {
        const QVector<Row> rows = m_query.page(store(), request, cursor, limit);
        out->reserve(out->size() + rows.size());
        for (const Row &values : rows) {
            QStringList texts;
            texts.reserve(columns.size());
            for (int column : columns) {
                const ColumnSpec &spec = m_description.columns.at(column);
                const Cell cell = spec.exportText ? spec.exportText : spec.display;
                texts.append(cell ? cell(values).toString() : QString());
            }
            out->append(std::move(texts));
        }
        return int(rows.size());
    }
    [[nodiscard]] qint64 keyOf(int row) const override { return m_rows.at(row).id; }
    [[nodiscard]] QString headerText(int column) const override
    {
        return m_description.columns.at(column).header();
    }
    [[nodiscard]] QVariant cellData(int row, int column, int role) const override
    {
        const Row &values = m_rows.at(row);
        const ColumnSpec &spec = m_description.columns.at(column);
        const auto call = [&values](Cell cell) { return cell ? cell(values) : QVariant(); };
        switch (role) {
        case Qt::DisplayRole:
            return call(spec.display);
        case SortRole:
            return call(spec.sort ? spec.sort : spec.display);
        case Qt::ToolTipRole:
            return call(spec.toolTip);
        case Qt::ForegroundRole:
            return call(spec.foreground);
        case Qt::TextAlignmentRole:
            return spec.alignRight ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        default:
            return roleData(values, role);
        }
    }

private:
    const RowQuery<Row> &m_query;
    const Description m_description;
    QVector<Row> m_rows;
    QVector<Row> m_page;
};

} // namespace LeadBridge
