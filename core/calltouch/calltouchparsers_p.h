#pragma once

// Private to the calltouchparsers*.cpp files: the helpers that several of them share.

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include "calltouchparsers.h"

namespace LeadBridge::Calltouch::Detail {

ApiError badResponse(const QString &detail, int httpStatus = 0);

/// The root of a JSON body, or a BadResponse.
Result<QJsonDocument> parseJson(const QByteArray &body);

/// UTM values: Calltouch writes "<не указано>" (not specified) for a missing tag; that is no value.
QString utmValue(const QJsonValue &value);

} // namespace LeadBridge::Calltouch::Detail
