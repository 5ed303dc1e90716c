#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "sandbox/simhttpserver.h"

/// How the simulated Calltouch reads requests and writes answers: paths, query values, RestAPI and
/// lead-service errors, pages, and the date formats of each API. Its own code, not the product's.
namespace LeadBridge::Calltouch::SimWire {

/// How far back matching looks when a strategy gives no searchDepth: half a year, in minutes.
inline constexpr int kSearchDepthMinutes = 262800;

[[nodiscard]] const QRegularExpression &callsPath();
[[nodiscard]] const QRegularExpression &ordersPath();
[[nodiscard]] const QRegularExpression &requestsPath();
[[nodiscard]] const QRegularExpression &clientOrderPath();

[[nodiscard]] QByteArray compact(const QJsonValue &value);
[[nodiscard]] SimResponse jsonResponse(int status, const QJsonValue &value);
/// RestAPI errors: the body is UNCONFIRMED; a short JSON message.
[[nodiscard]] SimResponse restError(int status, const QString &message);

struct Violation
{
    QString field;
    QString message;
};
[[nodiscard]] SimResponse validationError(const QList<Violation> &violations);

/// A query value decoded as servers do for forms: '+' is a space, then %XX.
QString queryValue(const SimRequest &request, const QString &key, bool *present = nullptr);
/// page / limit: absent -> fallback, not a number -> ok=false.
int queryInt(const SimRequest &request, const QString &key, int fallback, bool *ok);
/// page (from 1) and limit (1..@p maxLimit, default @p maxLimit) of a paged journal; 400 when not numbers.
bool pageWindow(const SimRequest &request, int maxLimit, int *page, int *limit, SimResponse *refusal);

[[nodiscard]] QString orEmptyTag(const QString &value);
[[nodiscard]] QString revenueText(const QJsonValue &value);

/// Whole-request checks of create and update: the orders list and every date's format.
bool checkOrders(const QByteArray &body, QJsonArray *orders, SimResponse *refusal, const QTimeZone &zone);
/// Paged answer, with the keys in the order the API sends them.
[[nodiscard]] QByteArray pageBody(
    int page, int pageTotal, int pageSize, int recordsTotal, const QJsonArray &records);

/// "dd-MM-yyyy HH:mm:ss" in @p zone (deals and matching) -> UTC.
[[nodiscard]] QDateTime dealDateTime(const QString &text, const QTimeZone &zone);
/// "dd/MM/yyyy" (calls and orders journals).
[[nodiscard]] QDate journalDate(const QString &text);
/// "MM/dd/yyyy" (requests journal).
[[nodiscard]] QDate requestsDate(const QString &text);

} // namespace LeadBridge::Calltouch::SimWire
