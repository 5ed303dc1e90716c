#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

/// Small readers the simulated services use on what clients send them. They are the simulators' own,
/// on purpose: a simulator that read requests with the product's parsers would agree with the product's
/// mistakes.
namespace LeadBridge::Sim {

/// An IANA zone; Europe/Moscow when the id is empty or unknown.
[[nodiscard]] QTimeZone zoneOrMoscow(const QString &ianaId);
/// A date and time in @p format (QDateTime::fromString), read as local time in @p zone -> UTC.
/// Invalid for anything else.
[[nodiscard]] QDateTime localDateTime(const QString &text, const QString &format, const QTimeZone &zone);
/// A moment as local time in @p zone, in @p format; empty for an invalid moment.
[[nodiscard]] QString localText(const QDateTime &moment, const QString &format, const QTimeZone &zone);

/// A JSON scalar as text: strings trimmed, whole numbers without a fraction, booleans "true"/"false".
[[nodiscard]] QString jsonText(const QJsonValue &value);
/// An identifier: a whole number or a (trimmed) string; empty otherwise.
[[nodiscard]] QString jsonId(const QJsonValue &value);
/// true, a non-zero number, or the strings "true", "1", "yes".
[[nodiscard]] bool jsonFlag(const QJsonValue &value);

/// Only the digits of @p text.
[[nodiscard]] QString digitsOf(const QString &text);
/// A Russian phone as 11 digits starting with 7 ("8 (916) 555-12-34" -> "79165551234"; ten digits get
/// the 7); other lengths are their digits. Empty when the text holds letters or fewer than 7 digits.
[[nodiscard]] QString phoneDigits(const QString &text);
/// The address lower-cased, when it looks like one (something@domain.tld); empty otherwise.
[[nodiscard]] QString emailKey(const QString &text);

} // namespace LeadBridge::Sim
