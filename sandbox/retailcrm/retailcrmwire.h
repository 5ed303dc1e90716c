#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrlQuery>

#include "sandbox/simhttpserver.h"

/// How the simulated retailCRM reads requests and writes answers: PHP-style parameters, `success`
/// envelopes, pagination, "Y-m-d H:i:s" dates in the account zone. Its own code, not the product's.
namespace LeadBridge::RetailCrm::SimWire {

using Params = QList<QPair<QString, QString>>;

inline const QString kInputErrors = QStringLiteral("Errors in the input parameters");
inline const QString kExtraFields = QStringLiteral("This form should not contain extra fields.");

[[nodiscard]] QByteArray toJson(const QJsonObject &object);
/// `{"success":true, …payload}`.
[[nodiscard]] SimResponse ok(const QJsonObject &payload, int status = 200);
/// `{"success":false,"errorMsg":…,"errors":{…}}`.
[[nodiscard]] SimResponse failure(int status, const QString &message, const QJsonObject &errors = {});
/// 400 with one field error.
[[nodiscard]] SimResponse invalid(const QString &field, const QString &message);

/// Query or form items, fully decoded.
[[nodiscard]] Params items(const QUrlQuery &query);
[[nodiscard]] QString value(const Params &params, const QString &key);
[[nodiscard]] bool has(const Params &params, const QString &key);
[[nodiscard]] QStringList values(const Params &params, const QString &key);

/// The JSON object in form field @p field (`order={…}`); 400 when it is not one.
bool formEntity(const Params &form, const QString &field, QJsonObject *object, SimResponse *refusal);

/// A PHP-style filter key: "filter[name]" -> ("name", ""), "filter[customFields][code]" ->
/// ("customFields", "code"), "filter[externalIds][]" -> ("externalIds", "").
struct FilterKey
{
    QString name;
    QString sub;
    bool valid = false;
};
[[nodiscard]] FilterKey filterKey(const QString &key);
/// 400 when a filter is not one the method knows (retailCRM: "extra fields").
bool checkFilters(const Params &params, const QSet<QString> &allowed, SimResponse *refusal);
/// limit (20, 50 or 100; default 20) and page (from 1); 400 otherwise.
bool pageParams(const Params &params, int *limit, int *page, SimResponse *refusal);
/// Puts page @p page of @p all into @p slice; returns the `pagination` object.
QJsonObject paginate(const QJsonArray &all, int limit, int page, QJsonArray *slice);

[[nodiscard]] QJsonValue money(const QString &decimal);
/// A JSON scalar as PHP prints it (booleans "1"/"0").
[[nodiscard]] QString scalar(const QJsonValue &value);
[[nodiscard]] qint64 idOf(const QJsonValue &value);
/// `{"code":…}`, or null for an empty code.
[[nodiscard]] QJsonValue codeValue(const QString &code);
/// The text, or null when empty.
[[nodiscard]] QJsonValue textValue(const QString &text);

/// "Y-m-d H:i:s" (also "Y-m-dTH:i:s", fractions ignored) or "Y-m-d" (midnight) in @p zone -> UTC.
[[nodiscard]] QDateTime readDateTime(const QString &text, const QTimeZone &zone);
/// A moment -> "Y-m-d H:i:s" in @p zone.
[[nodiscard]] QString dateTimeText(const QDateTime &moment, const QTimeZone &zone);

} // namespace LeadBridge::RetailCrm::SimWire
