#include "calltouchparsers.h"

#include <cmath>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include "calltouchparsers_p.h"
#include "util/checkednumbers.h"
#include "util/jsonvalues.h"

namespace LeadBridge::Calltouch {
namespace {

    const QString kNotSpecified = QStringLiteral("<не указано>");

} // namespace

namespace Detail {

    ApiError badResponse(const QString &detail, int httpStatus)
    {
        return ApiError::make(ApiError::Kind::BadResponse, detail, httpStatus);
    }

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

    QString utmValue(const QJsonValue &value)
    {
        const QString text = textValue(value);
        return text == kNotSpecified ? QString() : text;
    }

} // namespace Detail

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
    return Checked::plausibleMoment(QDateTime(date, time, zone));
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
    return Checked::plausibleMoment(QDateTime(date, time, zone));
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
    // Seconds up to 1e11, milliseconds beyond (the requests journal's `date`); only moments from 2000
    // to 2100 count: 1e19 or a 14-digit value read as ms (the year 5138) is no date.
    return Checked::momentFromUnixTime(number);
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

} // namespace LeadBridge::Calltouch
