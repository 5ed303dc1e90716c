// Private to the retailCRM parsers (retailcrmparsers*.cpp): the tolerant readers their pieces share.
#pragma once

#include <optional>

#include "retailcrmparsers.h"

namespace LeadBridge::RetailCrm::Detail {

using Kind = ApiError::Kind;

ApiError badResponse(const QString &detail);

/// An id: JSON number, or a numeric string (tolerated). 0 when absent or not an id.
qint64 toId(const QJsonValue &value);

int toInt(const QJsonValue &value, int fallback);

/// A count or page number: @p fallback when absent, null or not a number; nothing when it is a number
/// but not a whole one from 0 to INT_MAX.
std::optional<int> toCount(const QJsonValue &value, int fallback);

/// Text of a scalar: strings as they are, numbers without a needless ".0", booleans as 0/1.
QString scalarText(const QJsonValue &value);

bool toBool(const QJsonValue &value, bool fallback);

QString text(const QJsonObject &object, const QString &name);

} // namespace LeadBridge::RetailCrm::Detail
