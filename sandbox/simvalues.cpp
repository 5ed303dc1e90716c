#include "simvalues.h"

#include <cmath>

#include <QRegularExpression>

namespace LeadBridge::Sim {

QTimeZone zoneOrMoscow(const QString &ianaId)
{
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id))
        return QTimeZone(id);
    return QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

QDateTime localDateTime(const QString &text, const QString &format, const QTimeZone &zone)
{
    const QDateTime parsed = QDateTime::fromString(text.trimmed(), format);
    if (!parsed.isValid())
        return {};
    const QDateTime local(parsed.date(), parsed.time(), zone);
    return local.isValid() ? local.toUTC() : QDateTime();
}

QString localText(const QDateTime &moment, const QString &format, const QTimeZone &zone)
{
    return moment.isValid() ? moment.toTimeZone(zone).toString(format) : QString();
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (!value.isDouble())
        return {};
    const double number = value.toDouble();
    if (std::floor(number) == number && std::fabs(number) < 9.0e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

QString jsonId(const QJsonValue &value)
{
    if (value.isBool())
        return {};
    const QString text = jsonText(value);
    if (value.isDouble() && text.contains(QLatin1Char('.')))
        return {};
    return text;
}

bool jsonFlag(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool();
    if (value.isDouble())
        return value.toDouble() != 0.0;
    const QString text = value.toString().trimmed().toLower();
    return text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes");
}

QString digitsOf(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QString phoneDigits(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return {};
    }
    QString digits = digitsOf(text);
    if (digits.size() < 7)
        return {};
    if (digits.size() == 10)
        digits.prepend(QLatin1Char('7'));
    else if (digits.size() == 11 && digits.startsWith(QLatin1Char('8')))
        digits[0] = QLatin1Char('7');
    return digits;
}

QString emailKey(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString email = text.trimmed().toLower();
    return shape.match(email).hasMatch() ? email : QString();
}

} // namespace LeadBridge::Sim
