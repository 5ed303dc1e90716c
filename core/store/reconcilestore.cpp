#include "reconcilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include "util/logging.h"

// The database texts of a line's kind and of its fix, by the store's own enum ↔ text mechanism.
namespace LeadBridge::Db::Detail {
// clang-format off
template<> struct Texts<ReconcileLine::Kind> { static constexpr auto list = texts(ReconcileLine::Kind::LeadInNoOrder,
    { u"lead-in-no-order", u"unknown-lead", u"order-without-deal", u"deal-differs", u"lookup-failed" }); };
template<> struct Texts<ReconcileLine::Fix> { static constexpr auto list = texts(ReconcileLine::Fix::None,
    { u"", u"requested", u"unknown-order" }); };
// clang-format on
} // namespace LeadBridge::Db::Detail

namespace LeadBridge {

using Kind = ReconcileLine::Kind;
using Fix = ReconcileLine::Fix;
using Calltouch::Lead;

namespace {
    QString dayText(const QDate &day)
    {
        return day.toString(Qt::ISODate);
    }

    QVariant msOf(const QDateTime &at)
    {
        return at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
    }

    QDateTime atOf(const QVariant &ms)
    {
        return ms.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms.toLongLong(), Qt::UTC);
    }

    QString errorKind(const ApiError &error)
    {
        return error.isOk() ? QString() : ApiError::kindName(error.kind);
    }

    ApiError errorOf(const QString &kind, int status, const QString &detail)
    {
        if (kind.isEmpty())
            return {};
        for (int i = 1; i <= int(ApiError::Kind::AccountNotFound); ++i) {
            if (ApiError::kindName(ApiError::Kind(i)) == kind)
                return ApiError::make(ApiError::Kind(i), detail, status);
        }
        return ApiError::make(ApiError::Kind::BadResponse, detail, status); // a code of a newer version
    }

    /// The lead's own fields (its kind, id and time are columns of the line).
    QString leadJson(const ReconcileLine &line)
    {
        if (line.kind != Kind::LeadInNoOrder)
            return {};
        const Lead &lead = line.lead;
        QJsonObject object {
            { QStringLiteral("phone"), lead.phone },
            { QStringLiteral("email"), lead.email },
            { QStringLiteral("name"), lead.name },
            { QStringLiteral("subject"), lead.subject },
            { QStringLiteral("utmSource"), lead.utmSource },
            { QStringLiteral("utmMedium"), lead.utmMedium },
            { QStringLiteral("utmCampaign"), lead.utmCampaign },
            { QStringLiteral("utmContent"), lead.utmContent },
            { QStringLiteral("utmTerm"), lead.utmTerm },
            { QStringLiteral("source"), lead.source },
            { QStringLiteral("medium"), lead.medium },
            { QStringLiteral("raw"), lead.raw },
        };
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }

    Lead leadOf(const ReconcileLine &line, const QString &json)
    {
        Lead lead;
        lead.kind = line.leadKind;
        lead.id = line.leadId;
        lead.occurredAt = line.leadAt;
        const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
        const auto text = [&object](const char *key) { return object.value(QLatin1String(key)).toString(); };
        lead.phone = text("phone");
        lead.email = text("email");
        lead.name = text("name");
        lead.subject = text("subject");
        lead.utmSource = text("utmSource");
        lead.utmMedium = text("utmMedium");
        lead.utmCampaign = text("utmCampaign");
        lead.utmContent = text("utmContent");
        lead.utmTerm = text("utmTerm");
        lead.source = text("source");
        lead.medium = text("medium");
        lead.raw = object.value(QLatin1String("raw")).toObject();
        return lead;
    }

    const QString kLineColumns = QStringLiteral(
        "id, kind, lead_kind, lead_id, lead_at, contact, order_id, order_number, order_created_at,"
        " order_status, deal_status, order_revenue, deal_revenue, reason, error_kind, error_status,"
        " error_detail, lead_json, fix, fix_at");
} // namespace

StoreResult ReconcileStore::save(ReconcileReport &report)
{
    QList<qint64> ids;
    const StoreResult result = m_store.inTransaction([&] {
        if (!m_store.exec(QStringLiteral("DELETE FROM reconcile_lines")).ok
            || !m_store.exec(QStringLiteral("DELETE FROM reconcile_runs")).ok)
            return false;
        if (!m_store
                 .exec(QStringLiteral(
                           "INSERT INTO reconcile_runs (ran_at, from_day, to_day, leads_read, leads_checked,"
                           " leads_no_contact, leads_skipped_by_rule, leads_without_id, orders_read, "
                           "deals_read,"
                           " deals_checked, estimated_requests, requests, missing_fields, error_kind,"
                           " error_status, error_detail, error_service) VALUES "
                           "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                     { report.ranAt.toMSecsSinceEpoch(), dayText(report.from), dayText(report.to),
                         report.leadsRead, report.leadsChecked, report.leadsWithoutContact,
                         report.leadsSkippedByRule, report.leadsWithoutId, report.ordersRead,
                         report.dealsRead, report.dealsChecked ? 1 : 0, report.estimatedRequests,
                         report.requests, report.missingFields.join(QLatin1Char(',')),
                         errorKind(report.error), report.error.httpStatus, redact(report.error.detail),
                         report.errorService })
                 .ok)
            return false;
        const qint64 runId =
            m_store.scalar(QStringLiteral("SELECT max(id) FROM reconcile_runs")).toLongLong();
        for (const ReconcileLine &line : std::as_const(report.lines)) {
            if (!m_store
                     .exec(QStringLiteral("INSERT INTO reconcile_lines (run_id, kind, lead_kind, lead_id,"
                                          " lead_at, contact, order_id, order_number, order_created_at,"
                                          " order_status, deal_status, order_revenue, deal_revenue, reason,"
                                          " error_kind, error_status, error_detail, lead_json)"
                                          " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                         { runId, Db::toDb(line.kind),
                             line.leadId.isEmpty() ? QString() : Lead::kindName(line.leadKind), line.leadId,
                             msOf(line.leadAt), line.contact, line.orderId, line.orderNumber,
                             msOf(line.orderCreatedAt), line.orderStatus, line.dealStatus, line.orderRevenue,
                             line.dealRevenue, Db::toDb(line.reason), errorKind(line.error),
                             line.error.httpStatus, redact(line.error.detail), leadJson(line) })
                     .ok)
                return false;
            ids << m_store.scalar(QStringLiteral("SELECT max(id) FROM reconcile_lines")).toLongLong();
        }
        return true;
    });
    if (result.ok) {
        for (int i = 0; i < report.lines.size(); ++i)
            report.lines[i].id = ids.at(i);
    }
    return result;
}

QList<ReconcileLine> ReconcileStore::readLines(
    const QString &where, const QVariantList &values, bool *ok) const
{
    QList<ReconcileLine> lines;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM reconcile_lines %2 ORDER BY id").arg(kLineColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_store.noteError(query.lastError().text());
        *ok = false;
        return lines;
    }
    while (query.next()) {
        ReconcileLine line;
        line.id = query.value(0).toLongLong();
        line.kind = Db::fromDb<Kind>(query.value(1).toString());
        (void)Lead::kindFromName(query.value(2).toString(), &line.leadKind); // unknown: a call
        line.leadId = query.value(3).toString();
        line.leadAt = atOf(query.value(4));
        line.contact = query.value(5).toString();
        line.orderId = query.value(6).toLongLong();
        line.orderNumber = query.value(7).toString();
        line.orderCreatedAt = atOf(query.value(8));
        line.orderStatus = query.value(9).toString();
        line.dealStatus = query.value(10).toString();
        line.orderRevenue = query.value(11).toString();
        line.dealRevenue = query.value(12).toString();
        line.reason = Db::fromDb<Db::LeadReason>(query.value(13).toString());
        line.error = errorOf(query.value(14).toString(), query.value(15).toInt(), query.value(16).toString());
        if (line.kind == Kind::LeadInNoOrder)
            line.lead = leadOf(line, query.value(17).toString());
        line.fix = Db::fromDb<Fix>(query.value(18).toString());
        line.fixAt = atOf(query.value(19));
        lines << line;
    }
    return lines;
}

std::optional<ReconcileReport> ReconcileStore::last(bool *ok) const
{
    bool readOk = true;
    const auto done = [&]() {
        if (ok)
            *ok = readOk;
    };
    QSqlQuery query(m_store.database());
    query.prepare(
        QStringLiteral("SELECT id, ran_at, from_day, to_day, leads_read, leads_checked, leads_no_contact,"
                       " leads_skipped_by_rule, leads_without_id, orders_read, deals_read, deals_checked, "
                       "estimated_requests,"
                       " requests, missing_fields, error_kind, error_status, error_detail, error_service"
                       " FROM reconcile_runs ORDER BY id DESC LIMIT 1"));
    if (!query.exec()) {
        m_store.noteError(query.lastError().text());
        readOk = false;
        done();
        return std::nullopt;
    }
    if (!query.next()) {
        done();
        return std::nullopt;
    }
    ReconcileReport report;
    const qint64 runId = query.value(0).toLongLong();
    report.ranAt = QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC);
    report.from = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    report.to = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    report.leadsRead = query.value(4).toInt();
    report.leadsChecked = query.value(5).toInt();
    report.leadsWithoutContact = query.value(6).toInt();
    report.leadsSkippedByRule = query.value(7).toInt();
    report.leadsWithoutId = query.value(8).toInt();
    report.ordersRead = query.value(9).toInt();
    report.dealsRead = query.value(10).toInt();
    report.dealsChecked = query.value(11).toInt() != 0;
    report.estimatedRequests = query.value(12).toInt();
    report.requests = query.value(13).toLongLong();
    const QString missing = query.value(14).toString();
    report.missingFields = missing.isEmpty() ? QStringList() : missing.split(QLatin1Char(','));
    report.error = errorOf(query.value(15).toString(), query.value(16).toInt(), query.value(17).toString());
    report.errorService = query.value(18).toString();
    report.finished = true;
    report.lines = readLines(QStringLiteral("WHERE run_id = ?"), { runId }, &readOk);
    done();
    return readOk ? std::optional<ReconcileReport>(report) : std::nullopt;
}

std::optional<ReconcileLine> ReconcileStore::line(qint64 id) const
{
    bool ok = true;
    const QList<ReconcileLine> lines = readLines(QStringLiteral("WHERE id = ?"), { id }, &ok);
    if (lines.isEmpty())
        return std::nullopt;
    return lines.first();
}

StoreResult ReconcileStore::setFix(qint64 lineId, Fix fix, qint64 atMs)
{
    return m_store.exec(QStringLiteral("UPDATE reconcile_lines SET fix = ?, fix_at = ? WHERE id = ?"),
        { Db::toDb(fix), atMs, lineId });
}

} // namespace LeadBridge
