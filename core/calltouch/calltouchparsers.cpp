// Over 500 lines on purpose: Calltouch's three wire formats (journals, webhooks, the deals API) share
// its date formats, id and text readers; they are pure functions, table-tested in tst_calltouchparsers.
#include "calltouchparsers.h"

#include <cmath>

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include "util/jsonvalues.h"
#include "util/logging.h"

namespace LeadBridge::Calltouch {
namespace {

    const QString kNotSpecified = QStringLiteral("<не указано>");

    ApiError badResponse(const QString &detail, int httpStatus = 0)
    {
        return ApiError::make(ApiError::Kind::BadResponse, detail, httpStatus);
    }

    /// The root of a JSON body, or a BadResponse.
    Result<QJsonDocument> parseJson(const QByteArray &body)
    {
        Result<QJsonDocument> result;
        QJsonParseError parseError {};
        result.value = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || result.value.isNull()) {
            result.error = badResponse(
                QCoreApplication::translate("LeadBridge::Calltouch", "The answer is not valid JSON (%1).")
                    .arg(parseError.errorString()));
        }
        return result;
    }

    int intValue(const QJsonValue &value, int fallback)
    {
        if (value.isDouble())
            return int(value.toDouble());
        if (value.isString()) {
            bool ok = false;
            const int number = value.toString().trimmed().toInt(&ok);
            if (ok)
                return number;
        }
        return fallback;
    }

    /// UTM values: Calltouch writes "<не указано>" (not specified) for a missing tag; that is no value.
    QString utmValue(const QJsonValue &value)
    {
        const QString text = textValue(value);
        return text == kNotSpecified ? QString() : text;
    }

    PageInfo pageInfo(const QJsonObject &root, int recordCount)
    {
        PageInfo info;
        info.paged = true;
        info.page = qMax(1, intValue(root.value(QLatin1String("page")), 1));
        info.pageSize = intValue(root.value(QLatin1String("pageSize")), recordCount);
        info.recordsTotal = intValue(root.value(QLatin1String("recordsTotal")), recordCount);
        // `pageTotal` is canonical; one client reads `totalPage`. Without either, work it out from
        // recordsTotal and pageSize, else take this page as the last.
        QJsonValue total = root.value(QLatin1String("pageTotal"));
        if (total.isUndefined() || total.isNull())
            total = root.value(QLatin1String("totalPage"));
        if (!total.isUndefined() && !total.isNull()) {
            info.pageTotal = intValue(total, info.page);
        } else if (info.pageSize > 0) {
            info.pageTotal = (info.recordsTotal + info.pageSize - 1) / info.pageSize;
        } else {
            info.pageTotal = info.page;
        }
        return info;
    }

    /// Keys of webhook parameters are matched case-insensitively.
    class Params
    {
    public:
        explicit Params(const QJsonObject &object)
        {
            for (auto it = object.constBegin(); it != object.constEnd(); ++it)
                m_values.insert(it.key().toLower(), it.value());
        }
        [[nodiscard]] QJsonValue value(std::initializer_list<const char *> keys) const
        {
            for (const char *key : keys) {
                const QJsonValue found = m_values.value(QString::fromLatin1(key));
                if (!textValue(found).isEmpty())
                    return found;
            }
            return {};
        }
        [[nodiscard]] QString text(std::initializer_list<const char *> keys) const
        {
            return textValue(value(keys));
        }

    private:
        QHash<QString, QJsonValue> m_values;
    };

    /// A time of a webhook: Unix seconds/ms, `dd/mm/yyyy H:MM:SS`, `dd-MM-yyyy HH:mm:ss`,
    /// `yyyy-MM-dd HH:mm:ss` (zone-less: the project zone) or ISO 8601 with an offset.
    QDateTime parseLooseDateTime(const QJsonValue &value, const QTimeZone &zone)
    {
        const QDateTime unix = parseUnixTime(value);
        if (unix.isValid())
            return unix;
        const QString text = textValue(value);
        if (text.isEmpty())
            return {};
        QDateTime moment = parseJournalDateTime(text, zone);
        if (moment.isValid())
            return moment;
        moment = parseDealDateTime(text, zone);
        if (moment.isValid())
            return moment;
        static const QRegularExpression isoLocal(
            QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
        const QRegularExpressionMatch match = isoLocal.match(text);
        if (match.hasMatch()) {
            const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
            const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, zone).toUTC();
            return {};
        }
        moment = QDateTime::fromString(text, Qt::ISODate);
        if (moment.isValid() && moment.timeSpec() != Qt::LocalTime)
            return moment.toUTC();
        return {};
    }

    void readUtm(const Params &params, Lead *lead)
    {
        lead->utmSource = utmValue(params.value({ "utm_source", "utmsource" }));
        lead->utmMedium = utmValue(params.value({ "utm_medium", "utmmedium" }));
        lead->utmCampaign = utmValue(params.value({ "utm_campaign", "utmcampaign" }));
        lead->utmContent = utmValue(params.value({ "utm_content", "utmcontent" }));
        lead->utmTerm = utmValue(params.value({ "utm_term", "utmterm" }));
        lead->source = params.text({ "source" });
        lead->medium = params.text({ "medium" });
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

    QJsonValue idJson(const QString &id)
    {
        bool ok = false;
        const qint64 number = id.toLongLong(&ok);
        if (ok)
            return QJsonValue(number);
        return QJsonValue(id);
    }

    QJsonArray textArray(const QStringList &values)
    {
        QJsonArray array;
        for (const QString &value : values) {
            const QString trimmed = value.trimmed();
            if (!trimmed.isEmpty())
                array.append(trimmed);
        }
        return array;
    }

    QJsonObject customSources()
    {
        QJsonObject params;
        params.insert(QStringLiteral("source"), leadNotFoundSource());
        params.insert(QStringLiteral("medium"), leadNotFoundSource());
        params.insert(QStringLiteral("campaign"), leadNotFoundSource());
        return { { QStringLiteral("type"), QStringLiteral("customSources") },
            { QStringLiteral("customSourceParams"), params } };
    }

    /// A per-deal `error`: text, an object with a message, or a list of either.
    QString errorText(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString().trimmed();
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const char *key : { "message", "errorMessage", "error", "text" }) {
                const QString text = errorText(object.value(QLatin1String(key)));
                if (!text.isEmpty())
                    return text;
            }
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : value.toArray()) {
                const QString text = errorText(item);
                if (!text.isEmpty())
                    parts << text;
            }
            return parts.join(QStringLiteral("; "));
        }
        if (value.isDouble() || value.isBool())
            return textValue(value);
        return {};
    }

    QString bodySnippet(const QByteArray &body)
    {
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (body.size() > 300)
            text += QStringLiteral("…");
        return text;
    }

    bool isJsonBody(const QByteArray &body)
    {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError && !document.isNull();
    }

} // namespace

QString leadNotFoundSource()
{
    return QStringLiteral("Лид не найден");
}

// ---- dates ----

QTimeZone projectTimeZone(const QString &ianaId)
{
    if (!ianaId.trimmed().isEmpty()) {
        const QTimeZone zone(ianaId.trimmed().toUtf8());
        if (zone.isValid())
            return zone;
    }
    const QTimeZone moscow(QByteArrayLiteral("Europe/Moscow"));
    if (moscow.isValid())
        return moscow;
    return QTimeZone(3 * 3600);
}

QString formatJournalDate(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString formatRequestsDate(const QDate &date)
{
    return date.toString(QStringLiteral("MM/dd/yyyy"));
}

QString formatDealDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone).toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"));
}

QDateTime parseJournalDateTime(const QString &text, const QTimeZone &zone)
{
    // The hour may be unpadded ("16/03/2026 9:05:03"); an old client sends unpadded days and months.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

QDateTime parseDealDateTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{2})-(\\d{2})-(\\d{4}) (\\d{2}):(\\d{2}):(\\d{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, zone).toUTC();
}

QDate parseJournalDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})/(\\d{2})/(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

QDate parseRequestsDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2})/(\\d{2})/(\\d{4})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(3).toInt(), match.captured(1).toInt(), match.captured(2).toInt());
}

QDateTime parseUnixTime(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        static const QRegularExpression digits(QStringLiteral("^\\d{9,14}$"));
        const QString text = value.toString().trimmed();
        if (!digits.match(text).hasMatch())
            return {};
        number = text.toDouble();
    } else {
        return {};
    }
    if (!(number > 0))
        return {};
    // Seconds until the year 5138; anything larger is milliseconds (the requests journal's `date`).
    const qint64 ms = number > 1e11 ? qint64(number) : qint64(number * 1000.0);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// ---- values ----

QString idText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(qint64(number));
        return {};
    }
    if (value.isString())
        return value.toString().trimmed();
    return {};
}

QString textValue(const QJsonValue &value)
{
    return jsonScalarText(value, JsonBoolText::Words).trimmed();
}

bool boolValue(const QJsonValue &value, bool *ok)
{
    if (ok)
        *ok = true;
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool();
    case QJsonValue::Double:
        return value.toDouble() != 0.0;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return false;
    case QJsonValue::String: {
        const QString text = value.toString().trimmed().toLower();
        if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no")
            || text.isEmpty())
            return false;
        break;
    }
    default:
        break;
    }
    if (ok)
        *ok = false;
    return false;
}

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
    if (json.value.isArray()) {
        records = json.value.array();
        result.value.info.paged = false;
        result.value.info.recordsTotal = int(records.size());
        result.value.info.pageSize = int(records.size());
    } else {
        const QJsonObject root = json.value.object();
        const QJsonValue list = root.value(QLatin1String("records"));
        if (!list.isArray()) {
            result.error = badResponse(QCoreApplication::translate("LeadBridge::Calltouch",
                "The calls journal answer is neither a list nor a page with records."));
            return result;
        }
        records = list.toArray();
        result.value.info = pageInfo(root, int(records.size()));
    }
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

Result<QList<Lead>> parseRequestsJournal(const QByteArray &body, const QTimeZone &zone)
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
    if (json.value.isArray()) {
        records = json.value.array();
    } else {
        const QJsonObject root = json.value.object();
        const QJsonValue list = root.value(QLatin1String("records"));
        if (!list.isArray()) {
            result.error = badResponse(QCoreApplication::translate(
                "LeadBridge::Calltouch", "The deals journal answer is not a page with records."));
            return result;
        }
        records = list.toArray();
        result.value.info = pageInfo(root, int(records.size()));
    }
    for (const QJsonValue &item : std::as_const(records)) {
        const QJsonObject record = item.toObject();
        // The record shape is UNCONFIRMED: orderNumber (our key) when present, else orderId.
        QString number = idText(record.value(QLatin1String("orderNumber")));
        if (number.isEmpty())
            number = idText(record.value(QLatin1String("orderId")));
        if (!number.isEmpty())
            result.value.orderNumbers.append(number);
    }
    return result;
}

// ---- webhooks ----

QJsonObject parseFormFields(const QByteArray &urlEncoded)
{
    QJsonObject fields;
    const QList<QByteArray> pairs = urlEncoded.trimmed().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int equals = pair.indexOf('=');
        QByteArray key = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        const QString name = QUrl::fromPercentEncoding(key);
        if (name.isEmpty() || fields.contains(name))
            continue;
        fields.insert(name, QUrl::fromPercentEncoding(value));
    }
    return fields;
}

Result<Lead> parseWebhook(
    Lead::Kind kind, const QJsonObject &params, const QTimeZone &zone, const QDateTime &receivedAtUtc)
{
    // Field names are chosen per webhook in the Calltouch cabinet and only partly known (UNCONFIRMED):
    // the usual spellings are accepted, case-insensitively.
    Result<Lead> result;
    Lead &lead = result.value;
    lead.kind = kind;
    const Params p(params);
    QJsonValue time;
    switch (kind) {
    case Lead::Kind::Call:
        lead.id = p.text({ "id", "callid", "call_id" });
        lead.phone = p.text({ "callerphone", "caller_phone", "callernumber", "phone" });
        time = p.value({ "timestamp", "calltime", "call_time", "date" });
        break;
    case Lead::Kind::Request:
        lead.id = p.text({ "requestid", "request_id", "id" });
        lead.phone = p.text({ "phone", "phonenumber", "client_phone", "callerphone" });
        lead.email = p.text({ "email", "e-mail", "mail" });
        lead.name = p.text({ "name", "fio", "client_name" });
        lead.subject = p.text({ "subject", "form", "formname" });
        time = p.value({ "timestamp", "date", "requestdate", "request_date", "calltime" });
        break;
    case Lead::Kind::Chat:
        lead.id = p.text({ "chatid", "chat_id", "id" });
        lead.phone = p.text({ "phone", "phonenumber", "client_phone" });
        lead.email = p.text({ "email", "e-mail", "mail" });
        lead.name = p.text({ "name", "fio", "client_name" });
        time = p.value({ "timestamp", "date", "chatdate", "chat_date", "calltime" });
        break;
    }
    if (lead.id.isEmpty()) {
        result.error = ApiError::make(ApiError::Kind::Validation,
            QCoreApplication::translate("LeadBridge::Calltouch", "The webhook has no lead id (kind: %1).")
                .arg(Lead::kindName(kind)));
        return result;
    }
    lead.occurredAt = parseLooseDateTime(time, zone);
    if (!lead.occurredAt.isValid())
        lead.occurredAt = receivedAtUtc.toUTC();
    readUtm(p, &lead);
    lead.raw = params;
    return result;
}

Result<Lead> parseWebhookBody(
    Lead::Kind kind, const QByteArray &body, const QTimeZone &zone, const QDateTime &receivedAtUtc)
{
    QJsonParseError parseError {};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && json.isObject())
        return parseWebhook(kind, json.object(), zone, receivedAtUtc);
    return parseWebhook(kind, parseFormFields(body), zone, receivedAtUtc);
}

// ---- deals ----

QJsonArray dealMatching(const Deal &deal, const QTimeZone &zone)
{
    const QString date = formatDealDateTime(deal.orderDate, zone);
    // The create-deal doc shows "nearestUniq" for calls and requests; "nearest" is documented only for
    // leads (calltouch-api.md §5.3).
    const auto withCommon = [&date](QJsonObject params, const char *typeKey, const char *typeToMatch) {
        if (!date.isEmpty())
            params.insert(QStringLiteral("date"), date);
        params.insert(QLatin1String(typeKey), QLatin1String(typeToMatch));
        params.insert(QStringLiteral("searchDepth"), kSearchDepthMinutes);
        return params;
    };
    QJsonArray matching;
    switch (deal.binding) {
    case Deal::Binding::Call:
        if (!deal.boundLeadId.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                { QStringLiteral("callParams"),
                    QJsonObject { { QStringLiteral("callId"), idJson(deal.boundLeadId) } } } });
        }
        break;
    case Deal::Binding::Request:
        if (!deal.boundLeadId.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("request") },
                { QStringLiteral("requestParams"),
                    QJsonObject { { QStringLiteral("requestId"), idJson(deal.boundLeadId) } } } });
        }
        break;
    case Deal::Binding::ContactChain: {
        // Calls by phone first, then requests by phone or e-mail, then any lead incl. chats; the
        // strategies are tried in array order (UNCONFIRMED, best-supported reading of the doc).
        const QJsonArray phones = textArray(deal.phones);
        const QJsonArray emails = textArray(deal.emails);
        if (!phones.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("callContact") },
                { QStringLiteral("callContactParams"),
                    withCommon(QJsonObject { { QStringLiteral("phones"), phones } }, "callTypeToMatch",
                        "nearestUniq") } });
        }
        if (!phones.isEmpty() || !emails.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("requestContact") },
                { QStringLiteral("requestContactParams"),
                    withCommon(QJsonObject { { QStringLiteral("phones"), phones },
                                   { QStringLiteral("emails"), emails } },
                        "requestTypeToMatch", "nearestUniq") } });
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("leadContact") },
                { QStringLiteral("leadContactParams"),
                    withCommon(
                        QJsonObject { { QStringLiteral("phones"), phones },
                            { QStringLiteral("emails"), emails }, { QStringLiteral("withChats"), true } },
                        "leadTypeToMatch", "nearest") } });
        }
        break;
    }
    case Deal::Binding::None:
    case Deal::Binding::NotFound:
    case Deal::Binding::NoContacts:
        break;
    }
    // The fallback, last: "Лид не найден" as source, channel and campaign.
    matching.append(customSources());
    return matching;
}

QJsonObject dealJson(const Deal &deal, bool forCreate, const QTimeZone &zone)
{
    QJsonObject order;
    if (forCreate)
        order.insert(QStringLiteral("matching"), dealMatching(deal, zone));
    order.insert(QStringLiteral("orderNumber"), deal.orderNumber);
    order.insert(QStringLiteral("orderName"), deal.orderName);
    order.insert(QStringLiteral("funnel"), deal.funnel);
    order.insert(QStringLiteral("status"), deal.status);
    const QString statusDate = formatDealDateTime(deal.statusDate, zone);
    if (!statusDate.isEmpty()) {
        order.insert(QStringLiteral("statusDate"), statusDate);
        if (!forCreate)
            order.insert(QStringLiteral("updateDate"), statusDate);
    }
    if (forCreate) {
        const QString orderDate = formatDealDateTime(deal.orderDate, zone);
        if (!orderDate.isEmpty())
            order.insert(QStringLiteral("orderDate"), orderDate);
    }
    order.insert(QStringLiteral("currency"), QStringLiteral("rub"));
    // Revenue travels as a decimal string, as in the doc example.
    order.insert(QStringLiteral("revenue"),
        deal.revenue.trimmed().isEmpty() ? QStringLiteral("0") : deal.revenue.trimmed());
    order.insert(QStringLiteral("manager"), deal.manager);
    return order;
}

QByteArray createDealsBody(const QList<Deal> &deals, const QTimeZone &zone)
{
    QJsonArray orders;
    for (const Deal &deal : deals)
        orders.append(dealJson(deal, true, zone));
    const QJsonObject root { { QStringLiteral("crm"), QStringLiteral("retailCRM") },
        { QStringLiteral("orders"), orders } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray updateDealsBody(const QList<Deal> &deals, const QTimeZone &zone)
{
    QJsonArray orders;
    for (const Deal &deal : deals)
        orders.append(dealJson(deal, false, zone));
    const QJsonObject root { { QStringLiteral("orders"), orders } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ApiError parseV1Error(const QByteArray &body, int httpStatus)
{
    QJsonParseError parseError {};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return {};
    const QJsonObject root = json.object();
    const QJsonObject data =
        root.value(QLatin1String("data")).isObject() ? root.value(QLatin1String("data")).toObject() : root;
    const QJsonValue validation = data.value(QLatin1String("validationErrorData"));
    if (validation.isObject()) {
        QMap<QString, QString> fieldErrors;
        QStringList messages;
        for (const QJsonValue &item : validation.toObject().value(QLatin1String("violations")).toArray()) {
            const QJsonObject violation = item.toObject();
            const QString field = textValue(violation.value(QLatin1String("field")));
            QString message = textValue(violation.value(QLatin1String("message")));
            if (message.isEmpty())
                message = errorText(item);
            if (message.isEmpty())
                continue;
            messages << (field.isEmpty() ? message : field + QStringLiteral(": ") + message);
            QString &slot = fieldErrors[field];
            slot = slot.isEmpty() ? message : slot + QStringLiteral("; ") + message;
        }
        if (messages.isEmpty()) {
            const QString message = errorText(validation);
            messages << message;
            fieldErrors.insert(QString(), message);
        }
        ApiError error = ApiError::make(ApiError::Kind::Validation,
            QCoreApplication::translate("LeadBridge::Calltouch", "Calltouch rejected the data: %1")
                .arg(messages.join(QStringLiteral("; "))),
            httpStatus);
        error.fieldErrors = fieldErrors;
        return error;
    }
    const QJsonValue apiError = data.value(QLatin1String("apiErrorData"));
    if (apiError.isObject()) {
        const QJsonObject object = apiError.toObject();
        const QString code = textValue(object.value(QLatin1String("errorCode")));
        QString message = textValue(object.value(QLatin1String("errorMessage")));
        if (message.isEmpty())
            message = errorText(apiError);
        ApiError error = ApiError::make(ApiError::Kind::Validation,
            QCoreApplication::translate("LeadBridge::Calltouch", "Calltouch error %1: %2").arg(code, message),
            httpStatus);
        error.fieldErrors.insert(
            QString(), code.isEmpty() ? message : message + QStringLiteral(" (") + code + QLatin1Char(')'));
        return error;
    }
    return {};
}

Result<QList<DealResult>> parseDealResults(const QByteArray &body, const QStringList &sentOrderNumbers)
{
    Result<QList<DealResult>> result;
    const Result<QJsonDocument> json = parseJson(body);
    if (!json.isOk()) {
        result.error = json.error;
        return result;
    }
    const ApiError whole = parseV1Error(body, 200);
    if (!whole.isOk()) {
        result.error = whole;
        return result;
    }
    const QJsonObject root = json.value.object();
    QJsonValue orders = root.value(QLatin1String("data")).toObject().value(QLatin1String("orders"));
    if (!orders.isArray())
        orders = root.value(QLatin1String("orders"));
    if (!orders.isArray()) {
        result.error = badResponse(QCoreApplication::translate(
            "LeadBridge::Calltouch", "The deals answer has no data.orders list."));
        return result;
    }

    QList<DealResult> &results = result.value;
    QList<bool> answered(sentOrderNumbers.size(), false);
    for (const QString &number : sentOrderNumbers) {
        DealResult item;
        item.orderNumber = number;
        results.append(item);
    }
    const QJsonArray items = orders.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString echoed = idText(item.value(QLatin1String("orderNumber")));
        int target = -1;
        if (!echoed.isEmpty()) {
            for (int j = 0; j < sentOrderNumbers.size(); ++j) {
                if (!answered.at(j) && sentOrderNumbers.at(j) == echoed) {
                    target = j;
                    break;
                }
            }
            if (target < 0) {
                qCWarning(lcApi) << "Calltouch answered for a deal that was not sent:" << echoed;
                continue;
            }
        } else if (i < sentOrderNumbers.size() && !answered.at(i)) {
            target = i; // no echo: the answer keeps the order of the request (UNCONFIRMED, best guess)
        } else {
            continue;
        }
        answered[target] = true;
        DealResult &deal = results[target];
        deal.error = errorText(item.value(QLatin1String("error")));
        if (deal.error.isEmpty())
            deal.error = errorText(item.value(QLatin1String("errors")));
        QString id = idText(item.value(QLatin1String("calltouchOrderId")));
        if (id.isEmpty())
            id = idText(item.value(QLatin1String("orderId")));
        if (deal.error.isEmpty())
            deal.calltouchOrderId = id;
        deal.problem = dealProblem(deal.error);
    }
    for (int j = 0; j < results.size(); ++j) {
        if (!answered.at(j)) {
            results[j].error = QCoreApplication::translate(
                "LeadBridge::Calltouch", "Calltouch returned no result for this deal.");
            results[j].problem = DealResult::Problem::Other;
        }
    }
    return result;
}

DealResult::Problem dealProblem(const QString &error)
{
    if (error.trimmed().isEmpty())
        return DealResult::Problem::None;
    // Calltouch's own texts are not published (UNCONFIRMED): match the usual wordings in both languages.
    static const QRegularExpression exists(QStringLiteral("already exist|уже существ|duplicate|дублик"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missing(QStringLiteral("not found|не найден|does not exist|не существ"),
        QRegularExpression::CaseInsensitiveOption);
    if (exists.match(error).hasMatch())
        return DealResult::Problem::AlreadyExists;
    if (missing.match(error).hasMatch())
        return DealResult::Problem::NotFound;
    return DealResult::Problem::Other;
}

ApiError responseError(int httpStatus, const QByteArray &body, const ApiError &transportError)
{
    using Kind = ApiError::Kind;
    if (transportError.isOk())
        return parseV1Error(body, httpStatus);
    if (httpStatus == 401 || httpStatus == 403) {
        // RestAPI's answer for a bad clientApiId or a foreign site is UNCONFIRMED (401 or 403); v1/api
        // answers 403 "Invalid credentials". Both mean the token or the site ID is wrong.
        return ApiError::make(Kind::Auth,
            QCoreApplication::translate("LeadBridge::Calltouch",
                "Calltouch rejected the API token or the site ID "
                "(HTTP %1). Check both in the Calltouch account under "
                "Integrations, API.")
                .arg(httpStatus),
            httpStatus);
    }
    // Unknown paths of api.calltouch.ru redirect to an HTML help page (UNCONFIRMED, single source):
    // a redirect, or a body that is not JSON where JSON is due, means a wrong address setting.
    const bool redirect = httpStatus >= 300 && httpStatus < 400;
    const bool notJson = !body.isEmpty() && !isJsonBody(body);
    if (redirect || (notJson && ((httpStatus >= 200 && httpStatus < 300) || httpStatus == 404))
        || (httpStatus >= 200 && httpStatus < 300 && transportError.kind == Kind::BadResponse)) {
        const QString text = redirect
            ? QCoreApplication::translate("LeadBridge::Calltouch",
                "The address answered with a redirect (HTTP %1): it is not the Calltouch "
                "API address. Check the Calltouch API address setting (normally "
                "https://api.calltouch.ru).")
            : QCoreApplication::translate("LeadBridge::Calltouch",
                "The address answered with a page that is not JSON (HTTP %1): it is not "
                "the Calltouch API address. Check the Calltouch API address setting "
                "(normally https://api.calltouch.ru).");
        return ApiError::make(Kind::BadResponse, text.arg(httpStatus), httpStatus);
    }
    if (transportError.kind == Kind::Validation || transportError.kind == Kind::NotFound) {
        const ApiError v1 = parseV1Error(body, httpStatus);
        if (!v1.isOk())
            return v1;
        if (!body.isEmpty()) {
            ApiError error = transportError;
            error.detail = redact(transportError.detail + QStringLiteral(": ") + bodySnippet(body));
            return error;
        }
    }
    return transportError;
}

} // namespace LeadBridge::Calltouch
