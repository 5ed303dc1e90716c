#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QJsonDocument>

#include "calltouchparsers.h"
#include "calltouchparsers_p.h"
#include "util/checkednumbers.h"
#include "util/jsonvalues.h"
#include "util/logging.h"

namespace LeadBridge::Calltouch {
using Detail::badResponse;
using Detail::parseJson;
using Detail::utmValue;

namespace {

    std::optional<int> nonNegative(std::optional<int> number)
    {
        if (number && *number < 0)
            return std::nullopt;
        return number;
    }

    /// A count or page number of a journal page: @p fallback when absent or not a number; nothing
    /// when it is a number outside 0..INT_MAX (1e300, -5, 2.5).
    std::optional<int> countValue(const QJsonValue &value, int fallback)
    {
        if (value.isDouble())
            return nonNegative(Checked::wholeNumber<int>(value.toDouble()));
        if (value.isString()) {
            bool ok = false;
            const double number = value.toString().trimmed().toDouble(&ok);
            if (ok)
                return nonNegative(Checked::wholeNumber<int>(number));
        }
        return fallback;
    }

    /// The paging members of a journal page; a BadResponse naming the member that is out of range.
    Result<PageInfo> pageInfo(const QJsonObject &root, int recordCount)
    {
        Result<PageInfo> result;
        PageInfo &info = result.value;
        info.paged = true;
        const auto read = [&](const char *name, int fallback, int *out) {
            const QJsonValue value = root.value(QLatin1String(name));
            const std::optional<int> number = countValue(value, fallback);
            if (!number) {
                result.error =
                    badResponse(QCoreApplication::translate(
                        "LeadBridge::Calltouch", "The journal page has an impossible \"%1\": %2.")
                                    .arg(QLatin1String(name), jsonScalarText(value, JsonBoolText::Words)));
                return false;
            }
            *out = *number;
            return true;
        };
        if (!read("page", 1, &info.page) || !read("pageSize", recordCount, &info.pageSize)
            || !read("recordsTotal", recordCount, &info.recordsTotal))
            return result;
        info.page = qMax(1, info.page);
        // `pageTotal` is canonical; one client reads `totalPage`. Without either, work it out from
        // recordsTotal and pageSize (in 64 bits: INT_MAX records do not overflow), else take this page
        // as the last.
        const char *totalName = "pageTotal";
        if (root.value(QLatin1String(totalName)).isUndefined()
            || root.value(QLatin1String(totalName)).isNull())
            totalName = "totalPage";
        const QJsonValue total = root.value(QLatin1String(totalName));
        if (!total.isUndefined() && !total.isNull()) {
            read(totalName, info.page, &info.pageTotal);
        } else if (info.pageSize > 0) {
            const qint64 pages = (qint64(info.recordsTotal) + info.pageSize - 1) / info.pageSize;
            info.pageTotal = int(qMin<qint64>(pages, std::numeric_limits<int>::max()));
        } else {
            info.pageTotal = info.page;
        }
        return result;
    }

    void readUtmObject(const QJsonObject &object, Lead *lead)
    {
        lead->utmSource = utmValue(object.value(QLatin1String("utmSource")));
        lead->utmMedium = utmValue(object.value(QLatin1String("utmMedium")));
        lead->utmCampaign = utmValue(object.value(QLatin1String("utmCampaign")));
        lead->utmContent = utmValue(object.value(QLatin1String("utmContent")));
        lead->utmTerm = utmValue(object.value(QLatin1String("utmTerm")));
        lead->source = textValue(object.value(QLatin1String("source")));
        lead->medium = textValue(object.value(QLatin1String("medium")));
    }

    bool isEmailContactType(const QString &type)
    {
        // The value for e-mail is UNCONFIRMED ("EMAIL" is the guess): accept the usual spellings.
        const QString t = type.trimmed().toLower();
        return t == QLatin1String("email") || t == QLatin1String("e-mail") || t == QLatin1String("e_mail")
            || t == QLatin1String("mail");
    }

    /// A journal answers a bare array (everything) or a page object with "records"; @p records gets
    /// them, the result says which page it was. @p notAPage is the error for anything else.
    Result<PageInfo> journalRecords(const QJsonDocument &json, const QString &notAPage, QJsonArray *records)
    {
        Result<PageInfo> result;
        if (json.isArray()) {
            *records = json.array();
            result.value.paged = false;
            result.value.recordsTotal = int(records->size());
            result.value.pageSize = int(records->size());
            return result;
        }
        const QJsonObject root = json.object();
        const QJsonValue list = root.value(QLatin1String("records"));
        if (!list.isArray()) {
            result.error = badResponse(notAPage);
            return result;
        }
        *records = list.toArray();
        return pageInfo(root, int(records->size()));
    }
} // namespace

// ---- journals ----

Result<Lead> parseCallRecord(const QJsonObject &record, const QTimeZone &zone)
{
    Result<Lead> result;
    Lead &lead = result.value;
    lead.kind = Lead::Kind::Call;
    lead.id = idText(record.value(QLatin1String("callId")));
    if (lead.id.isEmpty()) {
        result.error =
            badResponse(QCoreApplication::translate("LeadBridge::Calltouch", "A call record has no callId."));
        return result;
    }
    // `timestamp` (Unix seconds) is unambiguous; `date` is local time of the project.
    lead.occurredAt = parseUnixTime(record.value(QLatin1String("timestamp")));
    if (!lead.occurredAt.isValid())
        lead.occurredAt = parseJournalDateTime(textValue(record.value(QLatin1String("date"))), zone);
    lead.phone = textValue(record.value(QLatin1String("callerNumber")));
    readUtmObject(record, &lead);
    lead.raw = record;
    return result;
}

Result<CallsPage> parseCallsJournal(const QByteArray &body, const QTimeZone &zone)
{
    Result<CallsPage> result;
    const Result<QJsonDocument> json = parseJson(body);
    if (!json.isOk()) {
        result.error = json.error;
        return result;
    }
    QJsonArray records;
    const Result<PageInfo> info = journalRecords(json.value,
        QCoreApplication::translate(
            "LeadBridge::Calltouch", "The calls journal answer is neither a list nor a page with records."),
        &records);
    if (!info.isOk()) {
        result.error = info.error;
        return result;
    }
    result.value.info = info.value;
    for (const QJsonValue &item : std::as_const(records)) {
        const Result<Lead> lead = parseCallRecord(item.toObject(), zone);
        if (!lead.isOk()) {
            ++result.value.skipped;
            qCWarning(lcApi) << "Calltouch call record without callId skipped";
            continue;
        }
        result.value.leads.append(lead.value);
    }
    return result;
}

Result<Lead> parseRequestRecord(const QJsonObject &record, const QTimeZone &zone)
{
    Result<Lead> result;
    Lead &lead = result.value;
    lead.kind = Lead::Kind::Request;
    lead.id = idText(record.value(QLatin1String("requestId")));
    if (lead.id.isEmpty()) {
        result.error = badResponse(
            QCoreApplication::translate("LeadBridge::Calltouch", "A request record has no requestId."));
        return result;
    }
    // `date` is Unix milliseconds; `dateStr` the same moment as local text of the project.
    const QJsonValue date = record.value(QLatin1String("date"));
    lead.occurredAt = parseUnixTime(date);
    if (!lead.occurredAt.isValid())
        lead.occurredAt = parseJournalDateTime(textValue(date), zone);
    if (!lead.occurredAt.isValid())
        lead.occurredAt = parseJournalDateTime(textValue(record.value(QLatin1String("dateStr"))), zone);
    lead.subject = textValue(record.value(QLatin1String("subject")));

    const QJsonObject client = record.value(QLatin1String("client")).toObject();
    lead.name = textValue(client.value(QLatin1String("fio")));
    for (const QJsonValue &phone : client.value(QLatin1String("phones")).toArray()) {
        const QString number = phone.isObject()
            ? textValue(phone.toObject().value(QLatin1String("phoneNumber")))
            : textValue(phone);
        if (!number.isEmpty()) {
            lead.phone = number;
            break;
        }
    }
    for (const QJsonValue &contact : client.value(QLatin1String("contacts")).toArray()) {
        const QJsonObject object = contact.toObject();
        const QString type = textValue(object.value(QLatin1String("contactType")));
        const QString value = textValue(object.value(QLatin1String("contactValue")));
        if (value.isEmpty())
            continue;
        if (isEmailContactType(type) || (type.isEmpty() && value.contains(QLatin1Char('@')))) {
            lead.email = value;
            break;
        }
    }
    // Requests created through the API may carry the contact at the top level.
    if (lead.name.isEmpty())
        lead.name = textValue(record.value(QLatin1String("fio")));
    if (lead.phone.isEmpty())
        lead.phone = textValue(record.value(QLatin1String("phoneNumber")));
    if (lead.email.isEmpty())
        lead.email = textValue(record.value(QLatin1String("email")));

    const QJsonValue session = record.value(QLatin1String("session"));
    readUtmObject(session.isObject() ? session.toObject() : record, &lead);
    lead.raw = record;
    return result;
}

Result<QList<Lead>> parseRequestsJournal(const QByteArray &body, const QTimeZone &zone, int *skipped)
{
    Result<QList<Lead>> result;
    const Result<QJsonDocument> json = parseJson(body);
    if (!json.isOk()) {
        result.error = json.error;
        return result;
    }
    QJsonArray records;
    if (json.value.isArray()) {
        records = json.value.array();
    } else if (json.value.object().value(QLatin1String("records")).isArray()) {
        // Not seen, but harmless to accept: the envelope of the other journals.
        records = json.value.object().value(QLatin1String("records")).toArray();
    } else {
        result.error = badResponse(QCoreApplication::translate(
            "LeadBridge::Calltouch", "The requests journal answer is not a list of requests."));
        return result;
    }
    for (const QJsonValue &item : std::as_const(records)) {
        const Result<Lead> lead = parseRequestRecord(item.toObject(), zone);
        if (!lead.isOk()) {
            qCWarning(lcApi) << "Calltouch request record without requestId skipped";
            if (skipped)
                ++*skipped;
            continue;
        }
        result.value.append(lead.value);
    }
    return result;
}

Result<DealsJournalPage> parseDealsJournal(const QByteArray &body)
{
    Result<DealsJournalPage> result;
    const Result<QJsonDocument> json = parseJson(body);
    if (!json.isOk()) {
        result.error = json.error;
        return result;
    }
    QJsonArray records;
    const Result<PageInfo> info = journalRecords(json.value,
        QCoreApplication::translate(
            "LeadBridge::Calltouch", "The deals journal answer is not a page with records."),
        &records);
    if (!info.isOk()) {
        result.error = info.error;
        return result;
    }
    result.value.info = info.value;
    for (const QJsonValue &item : std::as_const(records)) {
        const QJsonObject record = item.toObject();
        // The record shape is UNCONFIRMED: orderNumber (our key) when present, else orderId.
        QString number = idText(record.value(QLatin1String("orderNumber")));
        if (number.isEmpty())
            number = idText(record.value(QLatin1String("orderId")));
        if (number.isEmpty())
            continue;
        result.value.orderNumbers.append(number);
        JournalDeal deal;
        deal.orderNumber = number;
        deal.status = record.value(QLatin1String("status")).toString();
        const QJsonValue revenue = record.value(QLatin1String("revenue"));
        deal.revenue = revenue.isDouble() ? QString::number(revenue.toDouble(), 'f', 2) : revenue.toString();
        result.value.deals.append(deal);
    }
    return result;
}

} // namespace LeadBridge::Calltouch
