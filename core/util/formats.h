#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace LeadBridge::Formats {

/// A date in the locale's short form with a four-digit year ("30.11.2026", "11/30/2026").
[[nodiscard]] QString date(const QDate &date, const QLocale &locale = QLocale());
/// Day and month only, in the locale's order, for chart axes ("30.11", "11/30").
[[nodiscard]] QString dayMonth(const QDate &date, const QLocale &locale = QLocale());
/// A date and time in local time, the locale's short form with a four-digit year and seconds
/// ("30.11.2026 14:02:05", "11/30/2026 2:02:05 PM"); empty for an invalid time.
[[nodiscard]] QString dateTime(const QDateTime &time, const QLocale &locale = QLocale());
/// The same for a UTC time in milliseconds since the epoch (as the store keeps them); empty for 0.
[[nodiscard]] QString dateTimeFromUtcMs(qint64 utcMs, const QLocale &locale = QLocale());
/// A time of day in local time, the locale's short form ("14:02", "2:02 PM").
[[nodiscard]] QString time(const QDateTime &time, const QLocale &locale = QLocale());

/// The symbol of an ISO 4217 code ("RUB" → "₽"); the code itself when it has no known symbol.
[[nodiscard]] QString currencySymbol(const QString &currencyCode);
/// An amount with the currency's symbol and digit grouping placed the locale's way ("12 345 ₽" in
/// Russian, "₽12,345" in English). @p decimals < 0: none for a whole amount, else two.
[[nodiscard]] QString money(double amount, const QString &currencyCode = QStringLiteral("RUB"),
    const QLocale &locale = QLocale(), int decimals = -1);

} // namespace LeadBridge::Formats
