#include "formats.h"

#include <cmath>

#include <QRegularExpression>
#include <QTimeZone>

namespace LeadBridge::Formats {
namespace {

    /// The locale's short date format with a four-digit year ("M/d/yy" → "M/d/yyyy").
    QString dateFormat(const QLocale &locale)
    {
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        return format;
    }

    /// The locale's short time format with seconds ("h:mm AP" → "h:mm:ss AP").
    QString timeFormat(const QLocale &locale)
    {
        QString format = locale.timeFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("ss")))
            format.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
        return format;
    }

} // namespace

QString date(const QDate &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value, dateFormat(locale)) : QString();
}

QString dayMonth(const QDate &value, const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // The year and the separator next to it go: "dd.MM.yyyy" → "dd.MM", "yyyy-MM-dd" → "MM-dd".
    format.remove(QRegularExpression(QStringLiteral("^y+[^dM]*|[^dM]*y+")));
    return value.isValid() ? locale.toString(value, format) : QString();
}

QString dateTime(const QDateTime &value, const QLocale &locale)
{
    if (!value.isValid())
        return {};
    return locale.toString(value.toLocalTime(), dateFormat(locale) + QLatin1Char(' ') + timeFormat(locale));
}

QString dateTimeFromUtcMs(qint64 utcMs, const QLocale &locale)
{
    if (utcMs <= 0)
        return {};
    return dateTime(QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::utc()), locale);
}

QString time(const QDateTime &value, const QLocale &locale)
{
    return value.isValid() ? locale.toString(value.toLocalTime().time(), QLocale::ShortFormat) : QString();
}

QString currencySymbol(const QString &currencyCode)
{
    const QString code = currencyCode.trimmed().toUpper();
    if (code.isEmpty() || code == QLatin1String("RUB") || code == QLatin1String("RUR"))
        return QStringLiteral("\u20BD");
    if (code == QLatin1String("USD"))
        return QStringLiteral("$");
    if (code == QLatin1String("EUR"))
        return QStringLiteral("\u20AC");
    if (code == QLatin1String("KZT"))
        return QStringLiteral("\u20B8");
    if (code == QLatin1String("UAH"))
        return QStringLiteral("\u20B4");
    if (code == QLatin1String("BYN"))
        return QStringLiteral("Br");
    return code;
}

QString money(double amount, const QString &currencyCode, const QLocale &locale, int decimals)
{
    if (decimals < 0)
        decimals = std::fabs(amount - std::round(amount)) < 0.005 ? 0 : 2;
    return locale.toCurrencyString(amount, currencySymbol(currencyCode), decimals);
}

} // namespace LeadBridge::Formats
