#include "pagedtablemodel.h"

#include <cstdio>
#include <limits>

#include <QDateTime>
#include <QLocale>
#include <QScopedValueRollback>

#include "util/formats.h"

namespace LeadBridge {

PagedTableModel::PagedTableModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

PagedTableModel::~PagedTableModel() = default;

void PagedTableModel::initialize(int columnCount, int defaultSortColumn, Qt::SortOrder defaultOrder)
{
    m_columnCount = columnCount;
    m_request.sortColumn = defaultSortColumn;
    m_request.order = defaultOrder;
    reset(kChunk);
}

void PagedTableModel::setStore(Store *store)
{
    m_store = store;
    reset(kChunk);
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return keyOf(index.row());
    if (role == Qt::ToolTipRole) {
        // A narrow column elides its text: the tooltip has it in full.
        const QVariant tip = cellData(index.row(), index.column(), role);
        if (tip.isValid())
            return tip;
        const QString text = cellData(index.row(), index.column(), Qt::DisplayRole).toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    return cellData(index.row(), index.column(), role);
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
        return headerText(section);
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside a reset or another fetch (a slot of their signals may ask for more).
    if (parent.isValid() || !m_hasMore || m_busy)
        return;
    const QScopedValueRollback<bool> busy(m_busy, true);
    const int more = readPage(m_store, m_request, &m_cursor, kChunk);
    m_hasMore = more == kChunk;
    if (more == 0)
        return;
    const int first = m_rowCount;
    beginInsertRows({}, first, first + more - 1);
    takePage(false);
    m_rowCount += more;
    indexRows(first);
    endInsertRows();
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columnCount)
        return;
    if (column == m_request.sortColumn && order == m_request.order && m_rowCount > 0)
        return;
    m_request.sortColumn = column;
    m_request.order = order;
    reset(kChunk);
}

void PagedTableModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_request.text)
        return;
    m_request.text = trimmed;
    reset(kChunk);
}

void PagedTableModel::setStatusFilter(const QString &key)
{
    if (key == m_request.status)
        return;
    m_request.status = key;
    reset(kChunk);
}

void PagedTableModel::reload()
{
    reset(qMax(kChunk, m_rowCount));
}

QList<qint64> PagedTableModel::refreshRows(const QList<qint64> &ids)
{
    QList<qint64> missing;
    if (m_busy)
        return ids;
    const QScopedValueRollback<bool> busy(m_busy, true);
    for (qint64 id : ids) {
        const int row = m_rowOfId.value(id, -1);
        if (row < 0) {
            missing << id;
            continue;
        }
        if (readRow(m_store, id, row))
            emit dataChanged(index(row, 0), index(row, m_columnCount - 1));
    }
    return missing;
}

void PagedTableModel::retranslate()
{
    if (m_columnCount > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    if (m_rowCount > 0)
        emit dataChanged(index(0, 0), index(m_rowCount - 1, m_columnCount - 1));
}

qint64 PagedTableModel::idAt(int row) const
{
    return row >= 0 && row < m_rowCount ? keyOf(row) : 0;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

int PagedTableModel::matchingCount() const
{
    return countRows(m_store, m_request);
}

void PagedTableModel::reset(int wantedRows)
{
    const int limit = ((wantedRows + kChunk - 1) / kChunk) * kChunk;
    const QScopedValueRollback<bool> busy(m_busy, true);
    beginResetModel();
    m_cursor = PageCursor();
    m_rowCount = readPage(m_store, m_request, &m_cursor, limit);
    takePage(true);
    m_hasMore = m_rowCount == limit;
    m_rowOfId.clear();
    indexRows(0);
    endResetModel();
}

void PagedTableModel::indexRows(int first)
{
    for (int row = first; row < m_rowCount; ++row)
        m_rowOfId.insert(keyOf(row), row);
}

QString PagedTableModel::localTime(qint64 utcMs)
{
    return Formats::dateTimeFromUtcMs(utcMs);
}

QString PagedTableModel::isoLocalTime(qint64 utcMs)
{
    if (utcMs <= 0)
        return {};
    // An export writes one per row: the zone's offset is looked up once per quarter of an hour (zones
    // change their offsets only at such boundaries), and the text is written by hand (QDateTime's
    // toLocalTime() and toString() are the slowest part of a 100 000-row export otherwise).
    constexpr qint64 kQuarterMs = 15 * 60 * 1000;
    static thread_local qint64 cachedQuarter = std::numeric_limits<qint64>::min();
    static thread_local qint64 cachedOffsetMs = 0;
    const qint64 quarter = utcMs / kQuarterMs;
    if (quarter != cachedQuarter) {
        cachedOffsetMs =
            qint64(
                QDateTime::fromMSecsSinceEpoch(quarter * kQuarterMs, Qt::UTC).toLocalTime().offsetFromUtc())
            * 1000;
        cachedQuarter = quarter;
    }
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(utcMs + cachedOffsetMs, Qt::UTC);
    const QDate date = local.date();
    const QTime time = local.time();
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d:%02d", date.year(),
        date.month(), date.day(), time.hour(), time.minute(), time.second());
    return QString::fromLatin1(text, qMax(0, qMin(length, int(sizeof text) - 1)));
}

} // namespace LeadBridge
