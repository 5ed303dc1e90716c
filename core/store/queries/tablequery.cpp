#include "tablequery.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

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

bool TableQuery::run(Store *store, const TableRequest &request, int offset, int limit,
    const std::function<void(const QSqlQuery &)> &onRow) const
{
    if (!store || !store->isOpen())
        return false;
    QVariantList binds;
    const QString direction =
        request.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString sortBy = m_sql.sortBy.value(request.sortColumn, m_sql.key);
    const QString sql = m_sql.select + whereClause(request, &binds) + QStringLiteral(" ORDER BY ") + sortBy
        + direction + QStringLiteral(", ") + m_sql.key + direction + QStringLiteral(" LIMIT ? OFFSET ?");
    binds << limit << offset;
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
    while (q.next()) {
        onRow(q);
        ++rows;
    }
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
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (") + m_sql.select + whereClause(request, &binds)
        + QLatin1Char(')');
    QSqlQuery q(store->database());
    if (!prepare(q, sql, binds))
        return 0;
    m_statements.fetchAndAddRelaxed(1);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace LeadBridge
