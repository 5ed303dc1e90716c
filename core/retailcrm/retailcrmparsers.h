#pragma once

// Pure functions that turn retailCRM API v5 answers into value types (see
// shared/reference/retailcrm-api.md). No network, no state: table-driven tests cover them.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "net/apierror.h"
#include "retailcrmtypes.h"

namespace LeadBridge::RetailCrm {

/// A parsed value, or the reason there is none.
template <typename T> struct Result
{
    T value {};
    ApiError error;
    [[nodiscard]] bool isOk() const { return error.isOk(); }
};

/// The `pagination` object of list answers. Absent in an answer: one page, as many items as came.
struct Pagination
{
    int limit = 0;
    int totalCount = 0;
    int currentPage = 1;
    int totalPageCount = 1;
};

template <typename T> struct Page
{
    QList<T> items;
    Pagination pagination;
};

/// One batch of the orders history feed.
struct HistoryBatch
{
    QList<HistoryRecord> records; ///< ascending by id
    Pagination pagination;
    QDateTime generatedAt; ///< UTC; invalid when absent
};

// ---- dates: "Y-m-d H:i:s" / "Y-m-d" without zone, in the account's time zone ----

/// The account zone for an IANA id ("Europe/Moscow"). An unknown or empty id gives Europe/Moscow,
/// retailCRM's default account zone.
[[nodiscard]] QTimeZone accountTimeZone(const QString &ianaId);
/// "2024-03-01 12:30:00" in @p zone -> UTC. Also accepts "Y-m-d" (midnight). Invalid on bad text.
[[nodiscard]] QDateTime parseDateTime(const QString &text, const QTimeZone &zone);
/// A UTC (or any) moment -> "Y-m-d H:i:s" in @p zone. Empty for an invalid moment.
[[nodiscard]] QString formatDateTime(const QDateTime &moment, const QTimeZone &zone);
/// A moment -> "Y-m-d" (the calendar day in @p zone).
[[nodiscard]] QString formatDate(const QDateTime &moment, const QTimeZone &zone);
/// A money amount (JSON number or numeric string) -> canonical decimal text ("1500", "1500.5").
/// Empty when it is neither.
[[nodiscard]] QString decimalText(const QJsonValue &value);

// ---- envelope and errors ----

/// The root object of a successful answer. Not JSON, not an object, or `success:false` -> error
/// (BadResponse, or the refined error of the body).
[[nodiscard]] Result<QJsonObject> parseEnvelope(const QByteArray &body);
/// The error an answer stands for, or no error. @p transportError is ApiTransport's classification by
/// HTTP status; this refines it from a retailCRM error body
/// `{"success":false,"errorMsg":"…","errors":{field:msg}|[msg,…]}`: wrong key -> Auth, "Access denied"
/// -> Permission, 400 -> Validation with fieldErrors. A `success:false` inside HTTP 200 is an error too.
[[nodiscard]] ApiError responseError(int httpStatus, const QByteArray &body, const ApiError &transportError);
/// The `errors` member flattened to field -> message (nested objects as "a.b"; a list of messages is
/// joined under the empty field name).
[[nodiscard]] QMap<QString, QString> parseFieldErrors(const QJsonValue &errors);

// ---- answers (whole bodies) ----

[[nodiscard]] Result<QStringList> parseApiVersions(const QByteArray &body);
[[nodiscard]] Result<Credentials> parseCredentials(const QByteArray &body);
/// GET /api/v5/settings: the account's time zone (required, and a zone this system knows), currency
/// and language.
[[nodiscard]] Result<AccountSettings> parseSettings(const QByteArray &body);
/// Sorted by ordering, then name (the first is the "first shop").
[[nodiscard]] Result<QList<Site>> parseSites(const QByteArray &body);
/// Sorted by ordering, then code.
[[nodiscard]] Result<QList<Status>> parseStatuses(const QByteArray &body);
/// Sorted by ordering, then code.
[[nodiscard]] Result<QList<StatusGroup>> parseStatusGroups(const QByteArray &body);
/// reference/order-methods ("orderMethods") and reference/order-types ("orderTypes"): sorted by
/// ordering, then code; inactive entries are kept (active = false).
[[nodiscard]] Result<QList<OrderMethod>> parseOrderMethods(const QByteArray &body);
[[nodiscard]] Result<QList<OrderType>> parseOrderTypes(const QByteArray &body);
[[nodiscard]] Result<Page<CustomField>> parseCustomFields(const QByteArray &body);
/// 201 answer of custom-fields/{entity}/create: the code.
[[nodiscard]] Result<QString> parseCustomFieldCreated(const QByteArray &body);
[[nodiscard]] Result<Page<Customer>> parseCustomers(const QByteArray &body, const QTimeZone &zone);
[[nodiscard]] Result<Page<Order>> parseOrders(const QByteArray &body, const QTimeZone &zone);
/// `{"order":{…}}` (GET orders/{id}).
[[nodiscard]] Result<Order> parseOrderAnswer(const QByteArray &body, const QTimeZone &zone);
/// Create/edit answers `{"success":true,"id":456,"order":{…}?}`: the order when present, else an
/// Order with only the id.
[[nodiscard]] Result<Order> parseOrderWritten(const QByteArray &body, const QTimeZone &zone);
/// `{"success":true,"id":123}` (customers/create).
[[nodiscard]] Result<qint64> parseCreatedId(const QByteArray &body);
[[nodiscard]] Result<HistoryBatch> parseOrdersHistory(const QByteArray &body, const QTimeZone &zone);
[[nodiscard]] Result<Page<User>> parseUsers(const QByteArray &body);

// ---- single objects ----

[[nodiscard]] Result<Order> parseOrder(const QJsonObject &object, const QTimeZone &zone);
[[nodiscard]] Result<Customer> parseCustomer(const QJsonObject &object, const QTimeZone &zone);
[[nodiscard]] Result<HistoryRecord> parseHistoryRecord(const QJsonObject &object, const QTimeZone &zone);
[[nodiscard]] Result<Pagination> parsePagination(const QJsonObject &root, int itemCount);

} // namespace LeadBridge::RetailCrm
