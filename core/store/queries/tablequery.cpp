#include "tablequery.h"

#include <QRegularExpression>
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

    bool prepare(QSqlQuery &q, const QString &sql, const QVariantList &binds)
    {
        if (!q.prepare(sql)) {
            qWarning("TableQuery: %s", qPrintable(q.lastError().text()));
            return false;
        }
        for (const QVariant &bind : binds)
            q.addBindValue(bind);
        return true;
    }

} // namespace

void TableSql::addValueStatuses(const QString &column, const QStringList &values)
{
    for (const QString &value : values)
        statusConditions.insert(value, QStringLiteral("%1='%2'").arg(column, value));
}

TableQuery::TableQuery(TableSql sql)
    : m_sql(std::move(sql))
{}

QString TableQuery::whereClause(const TableRequest &request, QVariantList *binds) const
{
    QStringList conditions;
    if (!m_sql.filter.isEmpty())
        conditions << QLatin1Char('(') + m_sql.filter + QLatin1Char(')');
    const QString status = m_sql.statusConditions.value(request.status);
    if (!status.isEmpty())
        conditions << QLatin1Char('(') + status + QLatin1Char(')');
    if (!request.text.isEmpty()) {
        QStringList parts;
        for (const QString &expression : m_sql.search)
            parts << QStringLiteral("IFNULL(%1,'')").arg(expression);
        const QString haystack = parts.join(QStringLiteral(" || ' ' || "));
        QStringList alternatives;
        for (const QString &variant : caseVariants(request.text)) {
            alternatives << QStringLiteral("(%1) LIKE ? ESCAPE '\\'").arg(haystack);
            binds->append(escapeLike(variant));
        }
        // A phone typed as "8 (999) 123-45" matches the stored "+7999123..." by its digits.
        static const QRegularExpression phoneLike(QStringLiteral("^[0-9+()\\-\\s]+$"));
        static const QRegularExpression nonDigits(QStringLiteral("[^0-9]"));
        QString digits = request.text;
        digits.remove(nonDigits);
        if (phoneLike.match(request.text).hasMatch() && digits.size() >= 3) {
            if (digits.size() == 11
                && (digits.startsWith(QLatin1Char('8')) || digits.startsWith(QLatin1Char('7'))))
                digits = digits.mid(1);
            for (const QString &expression : m_sql.phones) {
                alternatives << QStringLiteral("IFNULL(%1,'') LIKE ? ESCAPE '\\'").arg(expression);
                binds->append(escapeLike(digits));
            }
        }
        conditions << QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

bool TableQuery::run(Store *store, const TableRequest &request, PageCursor *cursor, int limit,
    const std::function<void(const QSqlQuery &)> &onRow) const
{
    if (!store || !store->isOpen())
        return false;
    QVariantList binds;
    const bool ascending = request.order == Qt::AscendingOrder;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sortBy = m_sql.sortBy.value(request.sortColumn, m_sql.key);
    QString where = whereClause(request, &binds);
    // After the last row: "sort <= v AND (sort, key) < (v, k)" descending finds the start in the index.
    const bool keyset = cursor->started && !cursor->sortValue.isNull();
    if (keyset) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND "))
            + QStringLiteral("(%1) %2 ? AND ((%1), %3) %4 (?, ?)")
                  .arg(sortBy, ascending ? QStringLiteral(">=") : QStringLiteral("<="), m_sql.key,
                      ascending ? QStringLiteral(">") : QStringLiteral("<"));
        binds << cursor->sortValue << cursor->sortValue << cursor->key;
    }
    // The sort value comes last, after the row's own fields (the select's first " FROM " ends them).
    const qsizetype from = m_sql.select.indexOf(QLatin1String(" FROM "));
    const QString select =
        m_sql.select.left(from) + QStringLiteral(", (") + sortBy + QLatin1Char(')') + m_sql.select.mid(from);
    QString sql = select + where + QStringLiteral(" ORDER BY ") + sortBy + direction + QStringLiteral(", ")
        + m_sql.key + direction + QStringLiteral(" LIMIT ?");
    binds << limit;
    if (cursor->started && !keyset) {
        sql += QStringLiteral(" OFFSET ?");
        binds << cursor->offset;
    }
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    if (!prepare(q, sql, binds))
        return false;
    m_statements.fetchAndAddRelaxed(1);
    if (!q.exec()) {
        qWarning("TableQuery: %s", qPrintable(q.lastError().text()));
        return false;
    }
    int rows = 0;
    int sortField = -1;
    while (q.next()) {
        onRow(q);
        if (sortField < 0)
            sortField = q.record().count() - 1;
        cursor->sortValue = q.value(sortField);
        cursor->key = q.value(0).toLongLong();
        ++rows;
    }
    cursor->started = true;
    cursor->offset += rows;
    m_rowsRead.fetchAndAddRelaxed(rows);
    return true;
}

bool TableQuery::runOne(Store *store, qint64 key, const std::function<void(const QSqlQuery &)> &onRow) const
{
    if (!store || !store->isOpen())
        return false;
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    if (!prepare(q, m_sql.select + QStringLiteral(" WHERE %1 = ?").arg(m_sql.key), { key }))
        return false;
    m_statements.fetchAndAddRelaxed(1);
    if (!q.exec() || !q.next())
        return false;
    m_rowsRead.fetchAndAddRelaxed(1);
    onRow(q);
    return true;
}

int TableQuery::count(Store *store, const TableRequest &request) const
{
    if (!store || !store->isOpen())
        return 0;
    QVariantList binds;
    const QString where = whereClause(request, &binds);
    QString sql;
    if (request.text.isEmpty() && !m_sql.countFrom.isEmpty())
        sql = QStringLiteral("SELECT COUNT(*) ") + m_sql.countFrom + where;
    else
        sql = QStringLiteral("SELECT COUNT(*) FROM (") + m_sql.select + where + QLatin1Char(')');
    QSqlQuery q(store->database());
    if (!prepare(q, sql, binds))
        return 0;
    m_statements.fetchAndAddRelaxed(1);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace LeadBridge
