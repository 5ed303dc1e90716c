#include "pagedsqlmodel.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "store/store.h"

namespace LeadBridge {
namespace {

    QString escapeLike(QString text)
    {
        text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
        text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
        text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
        return QLatin1Char('%') + text + QLatin1Char('%');
    }

    /// SQLite's LIKE ignores case only for ASCII: try the text as typed, lower-case, upper-case and
    /// capitalised, which covers how Cyrillic names are written.
    QStringList caseVariants(const QString &text)
    {
        QStringList variants { text, text.toLower(), text.toUpper() };
        QString capitalised = text.toLower();
        if (!capitalised.isEmpty())
            capitalised[0] = capitalised.at(0).toUpper();
        variants << capitalised;
        variants.removeDuplicates();
        return variants;
    }

} // namespace

PagedSqlModel::PagedSqlModel(Store *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

PagedSqlModel::~PagedSqlModel() = default;

void PagedSqlModel::initialize(int columnCount, int defaultSortColumn, Qt::SortOrder defaultOrder)
{
    m_columnCount = columnCount;
    m_sortColumn = defaultSortColumn;
    m_sortOrder = defaultOrder;
    reset(kChunk);
}

void PagedSqlModel::setStore(Store *store)
{
    m_store = store;
    reset(kChunk);
}

int PagedSqlModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PagedSqlModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columnCount;
}

QVariant PagedSqlModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == IdRole)
        return row.value(0);
    return cellData(row, index.column(), role);
}

QVariant PagedSqlModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return headerText(section);
    return {};
}

bool PagedSqlModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore;
}

void PagedSqlModel::fetchMore(const QModelIndex &parent)
{
    // Not from inside a reset or another fetch (a slot of their signals may ask for more).
    if (parent.isValid() || !m_hasMore || m_busy)
        return;
    const QScopedValueRollback<bool> busy(m_busy, true);
    const QList<Row> more = query(int(m_rows.size()), kChunk);
    m_hasMore = more.size() == kChunk;
    if (more.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(more.size()) - 1);
    for (const Row &row : more) {
        m_rowOfId.insert(row.value(0).toLongLong(), int(m_rows.size()));
        m_rows.append(row);
    }
    endInsertRows();
}

void PagedSqlModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder && !m_rows.isEmpty())
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reset(kChunk);
}

void PagedSqlModel::setTextFilter(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_textFilter)
        return;
    m_textFilter = trimmed;
    reset(kChunk);
}

void PagedSqlModel::setStatusFilter(const QString &key)
{
    if (key == m_statusFilter)
        return;
    m_statusFilter = key;
    reset(kChunk);
}

void PagedSqlModel::reload()
{
    reset(qMax(kChunk, int(m_rows.size())));
}

void PagedSqlModel::retranslate()
{
    if (m_columnCount > 0)
        emit headerDataChanged(Qt::Horizontal, 0, m_columnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, m_columnCount - 1));
}

qint64 PagedSqlModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int PagedSqlModel::rowOfId(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

QString PagedSqlModel::whereClause(QVariantList *binds) const
{
    QStringList conditions;
    const QString status = statusCondition(m_statusFilter);
    if (!status.isEmpty())
        conditions << QLatin1Char('(') + status + QLatin1Char(')');
    if (!m_textFilter.isEmpty()) {
        QStringList parts;
        for (const QString &expression : searchExpressions())
            parts << QStringLiteral("IFNULL(%1,'')").arg(expression);
        const QString haystack = parts.join(QStringLiteral(" || ' ' || "));
        QStringList alternatives;
        for (const QString &variant : caseVariants(m_textFilter)) {
            alternatives << QStringLiteral("(%1) LIKE ? ESCAPE '\\'").arg(haystack);
            binds->append(escapeLike(variant));
        }
        // A phone typed as "8 (999) 123-45" matches the stored "+7999123..." by its digits.
        static const QRegularExpression phoneLike(QStringLiteral("^[0-9+()\\-\\s]+$"));
        QString digits = m_textFilter;
        digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (phoneLike.match(m_textFilter).hasMatch() && digits.size() >= 3) {
            if (digits.size() == 11
                && (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7'))))
                digits = digits.mid(1);
            for (const QString &expression : phoneExpressions()) {
                alternatives << QStringLiteral("IFNULL(%1,'') LIKE ? ESCAPE '\\'").arg(expression);
                binds->append(escapeLike(digits));
            }
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<PagedSqlModel::Row> PagedSqlModel::query(int offset, int limit) const
{
    QList<Row> rows;
    if (!m_store || !m_store->isOpen())
        return rows;
    QVariantList binds;
    const QString direction =
        m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QStringList sorts = sortExpressions();
    const QString sortBy = sorts.value(m_sortColumn, keyExpression());
    const QString sql = selectSql() + whereClause(&binds) + QStringLiteral(" ORDER BY ") + sortBy + direction
        + QStringLiteral(", ") + keyExpression() + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qWarning("PagedSqlModel: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec()) {
        qWarning("PagedSqlModel: %s", qPrintable(q.lastError().text()));
        return rows;
    }
    const int fields = q.record().count();
    rows.reserve(limit);
    while (q.next()) {
        Row row(fields);
        for (int i = 0; i < fields; ++i)
            row[i] = q.value(i);
        rows.append(row);
    }
    return rows;
}

int PagedSqlModel::matchingCount() const
{
    if (!m_store || !m_store->isOpen())
        return 0;
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT COUNT(*) FROM (") + selectSql() + whereClause(&binds) + QLatin1Char(')');
    QSqlQuery q(m_store->database());
    if (!q.prepare(sql))
        return 0;
    for (const QVariant &bind : std::as_const(binds))
        q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

void PagedSqlModel::reset(int wantedRows)
{
    const int limit = ((wantedRows + kChunk - 1) / kChunk) * kChunk;
    const QScopedValueRollback<bool> busy(m_busy, true);
    beginResetModel();
    m_rows = query(0, limit);
    m_hasMore = m_rows.size() == limit;
    m_rowOfId.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfId.insert(m_rows.at(i).value(0).toLongLong(), i);
    endResetModel();
}

QString PagedSqlModel::localTime(const QVariant &utcMs)
{
    const qint64 ms = utcMs.toLongLong();
    if (utcMs.isNull() || ms <= 0)
        return {};
    return QLocale().toString(
        QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
}

QVariant PagedSqlModel::timeSortValue(const QVariant &utcMs)
{
    return utcMs.isNull() ? QVariant(qint64(0)) : QVariant(utcMs.toLongLong());
}

} // namespace LeadBridge
