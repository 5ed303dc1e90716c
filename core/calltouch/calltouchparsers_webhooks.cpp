#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrl>

#include "calltouchparsers.h"
#include "calltouchparsers_p.h"
#include "util/checkednumbers.h"

namespace LeadBridge::Calltouch {
using Detail::utmValue;

namespace {

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
                return Checked::plausibleMoment(QDateTime(date, time, zone));
            return {};
        }
        moment = QDateTime::fromString(text, Qt::ISODate);
        if (moment.isValid() && moment.timeSpec() != Qt::LocalTime)
            return Checked::plausibleMoment(moment);
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

} // namespace

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
    // A time in a form we do not know means "now"; a number or a date that is out of range (the
    // year 5138, a negative Unix time) stays invalid: the engine records the lead as failed, with why.
    static const QRegularExpression meantAsMoment(QStringLiteral("^[+-]?\\d"));
    if (!lead.occurredAt.isValid() && !time.isDouble() && !meantAsMoment.match(textValue(time)).hasMatch())
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

} // namespace LeadBridge::Calltouch
