#include "jsonvalues.h"

#include <cmath>

namespace LeadBridge {

QString jsonScalarText(const QJsonValue &value, JsonBoolText boolText)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return {};
        if (std::floor(number) == number && std::fabs(number) < 9.0e15)
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool:
        if (boolText == JsonBoolText::Digits)
            return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

} // namespace LeadBridge
