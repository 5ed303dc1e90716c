// Numbers and moments that come from outside (service answers, webhooks, the database): every
// conversion is checked, nothing overflows, and what does not fit is reported instead of wrapped.
#pragma once

#include <cmath>
#include <limits>
#include <optional>

#include <QDateTime>
#include <QtGlobal>

namespace LeadBridge::Checked {

/// A whole number of type T when @p number is finite, whole and inside T's range; nothing otherwise
/// (a cast of 1e19 to qint64 is undefined behaviour, not a large number).
template <typename T> [[nodiscard]] std::optional<T> wholeNumber(double number)
{
    static_assert(
        std::numeric_limits<T>::is_integer && std::numeric_limits<T>::is_signed, "a signed integer");
    if (!std::isfinite(number) || std::floor(number) != number)
        return std::nullopt;
    // min is -2^(n-1), exact as a double; max + 1 is 2^(n-1), so "< -min" is the exact upper bound.
    const double low = double(std::numeric_limits<T>::min());
    const double highExclusive = -low;
    if (number < low || number >= highExclusive)
        return std::nullopt;
    return T(number);
}

/// a + b, or nothing when it would overflow.
[[nodiscard]] inline std::optional<qint64> add(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (qAddOverflow(a, b, &sum))
        return std::nullopt;
    return sum;
}

/// a * b, or nothing when it would overflow.
[[nodiscard]] inline std::optional<qint64> multiply(qint64 a, qint64 b)
{
    qint64 product = 0;
    if (qMulOverflow(a, b, &product))
        return std::nullopt;
    return product;
}

/// a + b, clamped to qint64's range.
[[nodiscard]] inline qint64 saturatingAdd(qint64 a, qint64 b)
{
    if (const auto sum = add(a, b))
        return *sum;
    return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
}

/// The moments a lead, an order or a deal can plausibly carry: from 2000-01-01 to 2100-01-01 (UTC,
/// in ms since the epoch). A 14-digit "timestamp" read as ms lands in the year 5138, one read as
/// seconds overflows: both are outside.
inline constexpr qint64 kEarliestMomentMs = 946684800000LL; // 2000-01-01T00:00:00Z
inline constexpr qint64 kLatestMomentMs = 4102444800000LL; // 2100-01-01T00:00:00Z

[[nodiscard]] inline bool isPlausibleMoment(qint64 msSinceEpoch)
{
    return msSinceEpoch >= kEarliestMomentMs && msSinceEpoch < kLatestMomentMs;
}

[[nodiscard]] inline bool isPlausibleMoment(const QDateTime &moment)
{
    return moment.isValid() && isPlausibleMoment(moment.toMSecsSinceEpoch());
}

/// The moment in UTC when it is plausible; an invalid QDateTime otherwise.
[[nodiscard]] inline QDateTime plausibleMoment(const QDateTime &moment)
{
    return isPlausibleMoment(moment) ? moment.toUTC() : QDateTime();
}

/// Unix time in seconds (up to 1e11) or milliseconds (beyond) as a UTC moment, when plausible.
[[nodiscard]] inline QDateTime momentFromUnixTime(double number)
{
    if (!std::isfinite(number) || !(number > 0) || number >= 1e15)
        return {};
    const double ms = number > 1e11 ? number : number * 1000.0;
    const auto whole = wholeNumber<qint64>(std::floor(ms));
    if (!whole || !isPlausibleMoment(*whole))
        return {};
    return QDateTime::fromMSecsSinceEpoch(*whole, Qt::UTC);
}

} // namespace LeadBridge::Checked
