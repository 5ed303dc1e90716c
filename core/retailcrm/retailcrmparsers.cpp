#include "retailcrmparsers.h"

#include <cmath>

#include <QLocale>
#include <QTimeZone>

#include "retailcrmparsers_p.h"
#include "util/checkednumbers.h"
#include "util/jsonvalues.h"

namespace LeadBridge::RetailCrm {
namespace Detail {

    ApiError badResponse(const QString &detail)
    {
        return ApiError::make(Kind::BadResponse, detail);
    }

    qint64 toId(const QJsonValue &value)
    {
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (number >= 1 && number < 9.0e15 && std::floor(number) == number)
                return qint64(number);
            return 0;
        }
        if (value.isString()) {
            bool ok = false;
            const qint64 id = value.toString().trimmed().toLongLong(&ok);
            return ok && id > 0 ? id : 0;
        }
        return 0;
    }

    int toInt(const QJsonValue &value, int fallback)
    {
        if (value.isDouble())
            return value.toInt(fallback);
        if (value.isString()) {
            bool ok = false;
            const int number = value.toString().trimmed().toInt(&ok);
            return ok ? number : fallback;
        }
        return fallback;
    }

    std::optional<int> toCount(const QJsonValue &value, int fallback)
    {
        std::optional<int> number;
        if (value.isDouble()) {
            number = Checked::wholeNumber<int>(value.toDouble());
        } else if (value.isString()) {
            bool ok = false;
            const double parsed = QLocale::c().toDouble(value.toString().trimmed(), &ok);
            if (!ok)
                return fallback;
            number = Checked::wholeNumber<int>(parsed);
        } else {
            return fallback;
        }
        if (number && *number < 0)
            return std::nullopt;
        return number;
    }

    QString scalarText(const QJsonValue &value)
    {
        return jsonScalarText(value, JsonBoolText::Digits);
    }

    bool toBool(const QJsonValue &value, bool fallback)
    {
        if (value.isBool())
            return value.toBool();
        if (value.isDouble())
            return value.toDouble() != 0;
        if (value.isString()) {
            const QString text = value.toString().trimmed().toLower();
            if (text == QLatin1String("1") || text == QLatin1String("true"))
                return true;
            if (text == QLatin1String("0") || text == QLatin1String("false") || text.isEmpty())
                return false;
        }
        return fallback;
    }

    QString text(const QJsonObject &object, const QString &name)
    {
        return scalarText(object.value(name));
    }

} // namespace Detail

// ---- dates ----

QTimeZone accountTimeZone(const QString &ianaId)
{
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
        const QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

QDateTime parseDateTime(const QString &textValue, const QTimeZone &zone)
{
    const QString trimmed = textValue.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime local;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return {};
        local = QDateTime(date, QTime(0, 0), zone);
    } else {
        // Tolerated: an ISO "T" separator, and fractional seconds some answers carry.
        QString normalised = trimmed.left(19);
        if (normalised.size() > 10 && normalised.at(10) == QLatin1Char('T'))
            normalised[10] = QLatin1Char(' ');
        const QDateTime parsed = QDateTime::fromString(normalised, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!parsed.isValid())
            return {};
        local = QDateTime(parsed.date(), parsed.time(), zone);
    }
    // Only moments from 2000 to 2100: "0001-01-01" or "9999-12-31" is no order's date.
    return Checked::plausibleMoment(local);
}

QString formatDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDate(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd"));
}

QString decimalText(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        QString raw = value.toString().trimmed();
        raw.remove(QLatin1Char(' '));
        raw.replace(QLatin1Char(','), QLatin1Char('.'));
        number = QLocale::c().toDouble(raw, &ok);
        if (!ok)
            return {};
    } else {
        return {};
    }
    // Beyond 10^15 a double has no kopecks left and no order costs that much: 1e300 is no sum (it would
    // be a 300-digit revenue).
    if (!std::isfinite(number) || std::fabs(number) >= 1e15)
        return {};
    QString out = QString::number(number, 'f', 2);
    while (out.endsWith(QLatin1Char('0')))
        out.chop(1);
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    if (out == QLatin1String("-0"))
        out = QStringLiteral("0");
    return out;
}
} // namespace LeadBridge::RetailCrm
