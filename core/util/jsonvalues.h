#pragma once

#include <QJsonValue>
#include <QString>

namespace LeadBridge {

/// How a JSON boolean is written as text: retailCRM's forms and history use 1/0, Calltouch's
/// parameters true/false.
enum class JsonBoolText { Digits, Words };

/// The text of a JSON scalar, the one helper for both services: strings as they are, whole numbers
/// without a needless ".0" (up to 2^53), other numbers with 15 significant digits, booleans per
/// @p boolText; arrays, objects, null and undefined give an empty text.
[[nodiscard]] QString jsonScalarText(const QJsonValue &value, JsonBoolText boolText);

} // namespace LeadBridge
