#include "silencehistory.h"

#include <QSqlError>
#include <QSqlQuery>

#include "store/store.h"

namespace LeadBridge {

namespace {

    constexpr qint64 kDayMs = 24LL * 3600 * 1000;

    /// @p column of @p table: the values from @p fromMs to @p nowMs (ascending), the first ever, and
    /// @p lastSql's value.
    Sync::SilenceInput read(Store *store, const QString &table, const QString &column, const QString &lastSql,
        qint64 nowMs, bool *ok)
    {
        Sync::SilenceInput input;
        input.nowMs = nowMs;
        *ok = false;
        if (!store || !store->isOpen())
            return input;
        QSqlQuery q(store->database());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT %1 FROM %2 WHERE %1 >= ? AND %1 <= ? ORDER BY %1").arg(column, table));
        q.addBindValue(nowMs - Sync::SilenceRule::kLearningDays * kDayMs);
        q.addBindValue(nowMs);
        if (!q.exec()) {
            store->noteError(q.lastError().text());
            return input;
        }
        while (q.next())
            input.history.append(q.value(0).toLongLong());
        const QVariant first = store->scalar(
            QStringLiteral("SELECT min(%1) FROM %2 WHERE %1 > 0 AND %1 <= ?").arg(column, table), { nowMs });
        const QVariant last = store->scalar(lastSql, { nowMs });
        if (!first.isValid() || !last.isValid())
            return input;
        input.firstMs = first.toLongLong();
        input.lastMs = last.toLongLong();
        *ok = true;
        return input;
    }

} // namespace

Sync::SilenceInput SilenceHistory::leads(Store *store, qint64 nowMs, bool *ok)
{
    return read(store, QStringLiteral("leads"), QStringLiteral("occurred_at"),
        QStringLiteral("SELECT IFNULL(max(occurred_at), 0) FROM leads WHERE occurred_at <= ?"), nowMs, ok);
}

Sync::SilenceInput SilenceHistory::deals(Store *store, qint64 nowMs, bool *ok)
{
    Sync::SilenceInput input = read(store, QStringLiteral("deals"), QStringLiteral("order_created_at"),
        QStringLiteral("SELECT IFNULL(max(last_pushed_at), 0) FROM deals WHERE last_pushed_at <= ?"), nowMs,
        ok);
    input.needsNewerHistory = true;
    return input;
}

std::optional<Problem> SilenceHistory::openAlert(Store *store, Db::ErrorDirection direction)
{
    if (!store || !store->isOpen())
        return std::nullopt;
    QSqlQuery q(store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT code, params, detail FROM errors WHERE direction=? AND item=? AND resolved=0"));
    q.addBindValue(Db::toDb(direction));
    q.addBindValue(kItem.toString());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Problem::fromDb(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

} // namespace LeadBridge
