#include "runlog.h"

#include <QSqlError>
#include <QSqlQuery>

namespace LeadBridge {

namespace {
    const QString kColumns = QStringLiteral(
        "id, started_at, duration_ms, leads_fetched, orders_created, orders_updated, leads_skipped,"
        " leads_no_contact, leads_failed, deals_created, deals_updated, deals_failed, errors, reads_failed,"
        " result, stopped_by, stop_code, http_status");
} // namespace

QString RunLog::toDb(RunResult result)
{
    switch (result) {
    case RunResult::Ok:
        return QStringLiteral("ok");
    case RunResult::ItemsFailed:
        return QStringLiteral("items-failed");
    case RunResult::ReadsFailed:
        return QStringLiteral("reads-failed");
    case RunResult::Configuration:
        return QStringLiteral("configuration");
    case RunResult::StoreFailure:
        return QStringLiteral("store-failure");
    }
    return QStringLiteral("ok");
}

RunResult RunLog::resultFromDb(const QString &code)
{
    for (const RunResult result : { RunResult::Ok, RunResult::ItemsFailed, RunResult::ReadsFailed,
             RunResult::Configuration, RunResult::StoreFailure }) {
        if (toDb(result) == code)
            return result;
    }
    return RunResult::ReadsFailed; // an unknown code is no success
}

StoreResult RunLog::append(const RunRecord &record)
{
    return m_store.exec(QStringLiteral("INSERT INTO run_log (started_at, duration_ms, leads_fetched,"
                                       " orders_created, orders_updated, leads_skipped, leads_no_contact,"
                                       " leads_failed, deals_created, deals_updated, deals_failed, errors,"
                                       " reads_failed, result, stopped_by, stop_code, http_status)"
                                       " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
        { record.startedAtMs, record.durationMs, record.leadsFetched, record.ordersCreated,
            record.ordersUpdated, record.leadsSkipped, record.leadsWithoutContact, record.leadsFailed,
            record.dealsCreated, record.dealsUpdated, record.dealsFailed, record.errors, record.readsFailed,
            toDb(record.result), record.stoppedBy, record.stopCode, record.httpStatus });
}

StoreResult RunLog::prune(qint64 nowMs)
{
    return m_store.exec(
        QStringLiteral("DELETE FROM run_log WHERE started_at < ?"), { nowMs - kKeepDays * kDayMs });
}

QList<RunRecord> RunLog::read(const Filter &filter, bool *ok) const
{
    QString sql = QStringLiteral("SELECT %1 FROM run_log WHERE started_at >= ?").arg(kColumns);
    QVariantList values { filter.fromMs };
    if (filter.result) {
        sql += QStringLiteral(" AND result = ?");
        values << toDb(*filter.result);
    } else if (filter.failuresOnly) {
        sql += QStringLiteral(" AND result <> ?");
        values << toDb(RunResult::Ok);
    }
    sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT ?");
    values << filter.limit;
    QList<RunRecord> records;
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_store.noteError(query.lastError().text());
        if (ok)
            *ok = false;
        return records;
    }
    while (query.next()) {
        RunRecord r;
        int c = 0;
        r.id = query.value(c++).toLongLong();
        r.startedAtMs = query.value(c++).toLongLong();
        r.durationMs = query.value(c++).toLongLong();
        r.leadsFetched = query.value(c++).toInt();
        r.ordersCreated = query.value(c++).toInt();
        r.ordersUpdated = query.value(c++).toInt();
        r.leadsSkipped = query.value(c++).toInt();
        r.leadsWithoutContact = query.value(c++).toInt();
        r.leadsFailed = query.value(c++).toInt();
        r.dealsCreated = query.value(c++).toInt();
        r.dealsUpdated = query.value(c++).toInt();
        r.dealsFailed = query.value(c++).toInt();
        r.errors = query.value(c++).toInt();
        r.readsFailed = query.value(c++).toInt();
        r.result = resultFromDb(query.value(c++).toString());
        r.stoppedBy = query.value(c++).toString();
        r.stopCode = query.value(c++).toString();
        r.httpStatus = query.value(c++).toInt();
        records << r;
    }
    if (ok)
        *ok = true;
    return records;
}

int RunLog::count(bool *ok) const
{
    const QVariant value = m_store.scalar(QStringLiteral("SELECT COUNT(*) FROM run_log"));
    if (ok)
        *ok = value.isValid();
    return value.toInt();
}

} // namespace LeadBridge
