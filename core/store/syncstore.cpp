#include "syncstore.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include "syncstore_p.h"
#include "util/logging.h"

namespace LeadBridge {
using namespace SyncStoreDetail;
namespace {

    const QString kLeadColumns = QStringLiteral(
        "id, kind, remote_id, occurred_at, phone, email, name, subject, utm_source, utm_medium, utm_campaign,"
        " utm_content, utm_term, source, medium, raw_json, state, action, reason, customer_id, order_id,"
        " order_number, attempts, next_attempt_at, detail, error_code, error_params");

    QString inList(int count)
    {
        QStringList marks;
        for (int i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        return marks.join(QLatin1Char(','));
    }

} // namespace

SyncStore::SyncStore(Store &store)
    : m_store(store)
{}

LeadRow SyncStore::readLead(const QSqlQuery &q) const
{
    LeadRow row;
    row.id = q.value(0).toLongLong();
    if (!Calltouch::Lead::kindFromName(q.value(1).toString(), &row.lead.kind))
        row.lead.kind = Calltouch::Lead::Kind::Call;
    row.lead.id = q.value(2).toString();
    row.lead.occurredAt = fromMs(q.value(3).toLongLong());
    row.phone = q.value(4).toString();
    row.email = q.value(5).toString();
    row.lead.name = q.value(6).toString();
    row.lead.subject = q.value(7).toString();
    row.lead.utmSource = q.value(8).toString();
    row.lead.utmMedium = q.value(9).toString();
    row.lead.utmCampaign = q.value(10).toString();
    row.lead.utmContent = q.value(11).toString();
    row.lead.utmTerm = q.value(12).toString();
    row.lead.source = q.value(13).toString();
    row.lead.medium = q.value(14).toString();
    row.lead.raw = QJsonDocument::fromJson(q.value(15).toByteArray()).object();
    row.state = Db::fromDb<Db::LeadState>(q.value(16).toString());
    row.action = Db::fromDb<Db::LeadAction>(q.value(17).toString());
    row.reason = Db::fromDb<Db::LeadReason>(q.value(18).toString());
    row.customerId = q.value(19).toLongLong();
    row.orderId = q.value(20).toLongLong();
    row.orderNumber = q.value(21).toString();
    row.attempts = q.value(22).toInt();
    row.nextAttemptAt = q.value(23).toLongLong();
    if (!q.value(25).toString().isEmpty())
        row.failure = Problem::fromDb(q.value(25).toString(), q.value(26).toString(), q.value(24).toString());
    // The lead's own phone and e-mail as received are kept in raw; the canonical ones drive the rules.
    row.lead.phone = row.phone;
    row.lead.email = row.email;
    return row;
}

StoreResult SyncStore::upsertLead(const Calltouch::Lead &lead, const QString &phone, const QString &email,
    Db::LeadState initialState, qint64 now)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
        "INSERT INTO leads(kind, remote_id, occurred_at, received_at, phone, email, name, subject, "
        "utm_source,"
        " utm_medium, utm_campaign, utm_content, utm_term, source, medium, raw_json, state, updated_at)"
        " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(kind, remote_id) DO NOTHING"));
    return runWrite(m_store, query,
        { Calltouch::Lead::kindName(lead.kind), lead.id, toMs(lead.occurredAt), now, phone, email, lead.name,
            lead.subject, lead.utmSource, lead.utmMedium, lead.utmCampaign, lead.utmContent, lead.utmTerm,
            lead.source, lead.medium,
            QString::fromUtf8(QJsonDocument(lead.raw).toJson(QJsonDocument::Compact)), Db::toDb(initialState),
            now });
}

QList<LeadRow> SyncStore::dueLeads(
    qint64 now, qint64 occurredBefore, qint64 occurredFrom, const QStringList &kinds, int limit)
{
    QList<LeadRow> rows;
    if (kinds.isEmpty())
        return rows;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM leads WHERE state IN (?,?) AND next_attempt_at <= ?"
                                 " AND occurred_at <= ? AND occurred_at >= ? AND kind IN (%2)"
                                 " ORDER BY occurred_at, id LIMIT ?")
                      .arg(kLeadColumns, inList(int(kinds.size()))));
    QVariantList values { Db::toDb(Db::LeadState::Waiting), Db::toDb(Db::LeadState::Failed), now,
        occurredBefore, occurredFrom };
    for (const QString &kind : kinds)
        values << kind;
    values << limit;
    if (run(m_store, query, values)) {
        while (query.next())
            rows << readLead(query);
    }
    return rows;
}

int SyncStore::backlog(qint64 occurredFrom, const QStringList &kinds)
{
    if (kinds.isEmpty())
        return 0;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM leads WHERE state IN (?,?)"
                                 " AND occurred_at >= ? AND kind IN (%1)")
                      .arg(inList(int(kinds.size()))));
    QVariantList values { Db::toDb(Db::LeadState::Waiting), Db::toDb(Db::LeadState::Failed), occurredFrom };
    for (const QString &kind : kinds)
        values << kind;
    if (run(m_store, query, values) && query.next())
        return query.value(0).toInt();
    return 0;
}

std::optional<LeadRow> SyncStore::lead(qint64 id)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM leads WHERE id = ?").arg(kLeadColumns));
    if (run(m_store, query, { id }) && query.next())
        return readLead(query);
    return std::nullopt;
}

std::optional<LeadRow> SyncStore::leadByRemote(const QString &kind, const QString &remoteId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM leads WHERE kind = ? AND remote_id = ?").arg(kLeadColumns));
    if (run(m_store, query, { kind, remoteId }) && query.next())
        return readLead(query);
    return std::nullopt;
}

StoreResult SyncStore::setLeadOutcome(qint64 id, Db::LeadState state, Db::LeadAction action,
    Db::LeadReason reason, qint64 customerId, qint64 orderId, const QString &orderNumber, qint64 now)
{
    return m_store.inTransaction([&] {
        return m_store
                   .exec(QStringLiteral("UPDATE leads SET state=?, action=?, reason=?, detail='', "
                                        "error_code='', error_params='',"
                                        " customer_id=?, order_id=?, order_number=?, next_attempt_at=0,"
                                        " updated_at=? WHERE id=?"),
                       { Db::toDb(state), Db::toDb(action), Db::toDb(reason),
                           customerId ? QVariant(customerId) : QVariant(),
                           orderId ? QVariant(orderId) : QVariant(), orderNumber, now, id })
                   .ok
            && m_store
                   .exec(QStringLiteral("INSERT INTO lead_outcomes(lead_id, at, action, reason, customer_id,"
                                        " order_id) VALUES(?,?,?,?,?,?)"),
                       { id, now, Db::toDb(action), Db::toDb(reason),
                           customerId ? QVariant(customerId) : QVariant(),
                           orderId ? QVariant(orderId) : QVariant() })
                   .ok;
    });
}

StoreResult SyncStore::setLeadFailed(
    qint64 id, const Problem &problem, int attempts, qint64 nextAttemptAt, qint64 now)
{
    const QString reason = Db::toDb(Db::LeadReason::Error);
    const QString text = redact(problem.detail);
    const QString code = Db::toDb(problem.code);
    const QString params = problem.paramsText();
    return m_store.inTransaction([&] {
        return m_store
                   .exec(QStringLiteral(
                             "UPDATE leads SET state=?, reason=?, detail=?, error_code=?,"
                             " error_params=?, attempts=?, next_attempt_at=?, updated_at=? WHERE id=?"),
                       { Db::toDb(Db::LeadState::Failed), reason, text, code, params, attempts, nextAttemptAt,
                           now, id })
                   .ok
            && m_store
                   .exec(QStringLiteral("INSERT INTO lead_outcomes(lead_id, at, action, reason, detail,"
                                        " error_code, error_params) VALUES(?,?,?,?,?,?,?)"),
                       { id, now, Db::toDb(Db::LeadAction::Failed), reason, text, code, params })
                   .ok;
    });
}

StoreResult SyncStore::requeueLead(qint64 id, qint64 now)
{
    return m_store.exec(
        QStringLiteral("UPDATE leads SET state=?, next_attempt_at=0, updated_at=? WHERE id=?"),
        { Db::toDb(Db::LeadState::Waiting), now, id });
}

std::optional<LeadRow> SyncStore::findLeadForDeal(
    const QStringList &phones, const QStringList &emails, qint64 from, qint64 until)
{
    // Calls by any phone first, then requests by any phone or e-mail; the newest wins in each.
    const auto placeholders = [](qsizetype count) {
        QStringList marks;
        for (qsizetype i = 0; i < count; ++i)
            marks << QStringLiteral("?");
        return marks.join(QLatin1Char(','));
    };
    const auto newest = [&](const QString &where, QVariantList values) -> std::optional<LeadRow> {
        QSqlQuery query(m_store.database());
        query.prepare(QStringLiteral("SELECT %1 FROM leads WHERE %2 AND occurred_at BETWEEN ? AND ?"
                                     " ORDER BY occurred_at DESC, id DESC LIMIT 1")
                          .arg(kLeadColumns, where));
        values << from << until;
        if (run(m_store, query, values) && query.next())
            return readLead(query);
        return std::nullopt;
    };
    QVariantList phoneValues;
    for (const QString &phone : phones) {
        if (!phone.isEmpty())
            phoneValues << phone;
    }
    QVariantList emailValues;
    for (const QString &email : emails) {
        if (!email.isEmpty())
            emailValues << email;
    }
    const QString byPhone =
        QStringLiteral("(phone<>'' AND phone IN (%1))").arg(placeholders(phoneValues.size()));
    const QString byEmail =
        QStringLiteral("(email<>'' AND email IN (%1))").arg(placeholders(emailValues.size()));
    if (!phoneValues.isEmpty()) {
        if (auto call = newest(QStringLiteral("kind='call' AND ") + byPhone, phoneValues))
            return call;
    }
    QStringList contacts;
    if (!phoneValues.isEmpty())
        contacts << byPhone;
    if (!emailValues.isEmpty())
        contacts << byEmail;
    if (contacts.isEmpty())
        return std::nullopt;
    return newest(QStringLiteral("kind='request' AND (%1)").arg(contacts.join(QStringLiteral(" OR "))),
        phoneValues + emailValues);
}

StoreResult SyncStore::journal(
    Db::OutboxOp op, const QString &item, const QString &key, const QString &payload, qint64 now)
{
    // The key is UNIQUE: a second journal of the same write keeps the first entry (and its payload); a
    // confirmed write stays confirmed, an unconfirmed one is pending again.
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("INSERT INTO outbox(op, item, idempotency_key, payload, state, created_at, updated_at)"
                       " VALUES(?,?,?,?,?,?,?) ON CONFLICT(idempotency_key) DO NOTHING"));
    const StoreResult inserted = runWrite(
        m_store, query, { Db::toDb(op), item, key, payload, Db::toDb(Db::OutboxState::Pending), now, now });
    if (!inserted.ok || inserted.changed)
        return inserted;
    const StoreResult again = m_store.exec(
        QStringLiteral("UPDATE outbox SET state=?, updated_at=? WHERE idempotency_key=? AND state<>?"),
        { Db::toDb(Db::OutboxState::Pending), now, key, Db::toDb(Db::OutboxState::Confirmed) });
    return again.ok ? StoreResult::success(false) : again;
}

StoreResult SyncStore::confirm(const QString &key, const QString &result, qint64 now)
{
    return m_store.exec(
        QStringLiteral("UPDATE outbox SET state=?, result=?, updated_at=? WHERE idempotency_key=?"),
        { Db::toDb(Db::OutboxState::Confirmed), result, now, key });
}

bool SyncStore::hasJournal(const QString &item, bool *ok)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM outbox WHERE item=? LIMIT 1"));
    *ok = run(m_store, query, { item });
    return *ok && query.next();
}

StoreResult SyncStore::settlePending(const QString &item, qint64 now)
{
    return m_store.exec(
        QStringLiteral("UPDATE outbox SET state=?, result=?, updated_at=? WHERE item=? AND state=?"),
        { Db::toDb(Db::OutboxState::Failed), QStringLiteral("not applied"), now, item,
            Db::toDb(Db::OutboxState::Pending) });
}

QList<OutboxEntry> SyncStore::pendingFor(const QString &item, bool *ok)
{
    QList<OutboxEntry> entries;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, op, item, idempotency_key, payload, state, result FROM outbox"
                                 " WHERE item=? AND state<>? ORDER BY id"));
    const bool read = run(m_store, query, { item, Db::toDb(Db::OutboxState::Confirmed) });
    if (ok)
        *ok = read;
    if (read) {
        while (query.next()) {
            entries << OutboxEntry { query.value(0).toLongLong(),
                Db::fromDb<Db::OutboxOp>(query.value(1).toString()), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(),
                Db::fromDb<Db::OutboxState>(query.value(5).toString()), query.value(6).toString() };
        }
    }
    return entries;
}

StoreResult SyncStore::recordOrder(qint64 orderId, const QString &number, const QString &site,
    qint64 customerId, const QString &customerName, Db::OrderAction action, Db::LeadReason reason,
    qint64 leadId, qint64 createdAt, qint64 now)
{
    return m_store.exec(
        QStringLiteral(
            "INSERT INTO orders(order_id, number, site, customer_id, customer_name, action, reason,"
            " lead_id, created_at, updated_at) VALUES(?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(order_id) DO UPDATE SET number=excluded.number, site=excluded.site,"
            " customer_id=excluded.customer_id,"
            " customer_name=CASE WHEN excluded.customer_name<>'' THEN excluded.customer_name"
            " ELSE customer_name END, action=excluded.action, reason=excluded.reason,"
            " lead_id=excluded.lead_id, updated_at=excluded.updated_at"),
        { orderId, number, site, customerId ? QVariant(customerId) : QVariant(), customerName,
            Db::toDb(action), Db::toDb(reason), leadId, createdAt ? QVariant(createdAt) : QVariant(), now });
}

StoreResult SyncStore::recordError(Db::ErrorDirection direction, const QString &item, const Problem &problem,
    int attempts, qint64 nextRetryAt, qint64 now)
{
    return m_store.exec(
        QStringLiteral(
            "INSERT INTO errors(at, direction, item, code, params, detail, attempts, next_retry_at,"
            " resolved) VALUES(?,?,?,?,?,?,?,?,0) ON CONFLICT(direction, item) DO UPDATE SET"
            " at=excluded.at, code=excluded.code, params=excluded.params, detail=excluded.detail,"
            " attempts=excluded.attempts, next_retry_at=excluded.next_retry_at, resolved=0"),
        { now, Db::toDb(direction), item, Db::toDb(problem.code), problem.paramsText(),
            redact(problem.detail), attempts, nextRetryAt ? QVariant(nextRetryAt) : QVariant() });
}

StoreResult SyncStore::resolveError(Db::ErrorDirection direction, const QString &item)
{
    return m_store.exec(
        QStringLiteral("UPDATE errors SET resolved=1, next_retry_at=NULL WHERE direction=? AND item=?"),
        { Db::toDb(direction), item });
}

int SyncStore::openErrorCount()
{
    return m_store.scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0")).toInt();
}

} // namespace LeadBridge
