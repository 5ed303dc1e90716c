#pragma once

// Pure functions between Calltouch API bodies and value types (see shared/reference/calltouch-api.md):
// journal answers -> Lead, webhook parameters -> Lead, deal write answers -> DealResult, Deal -> request
// bodies, and the three date formats. No network, no state, no clock: table-driven tests cover them.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include "calltouchtypes.h"
#include "net/apierror.h"

namespace LeadBridge::Calltouch {

/// A parsed value, or the reason there is none.
template <typename T> struct Result
{
    T value {};
    ApiError error;
    [[nodiscard]] bool isOk() const { return error.isOk(); }
};

/// The paging envelope `{page, pageTotal, pageSize, recordsTotal, records}` of the paginated journals.
struct PageInfo
{
    bool paged = false; ///< false: the answer was a bare array (one page, everything in it)
    int page = 1;
    int pageTotal = 1; ///< 0 or 1 for an empty result (both happen)
    int pageSize = 0;
    int recordsTotal = 0;
    /// True when no page follows this one.
    [[nodiscard]] bool isLast() const { return !paged || page >= pageTotal; }
};

/// One answer of the calls journal, in either mode.
struct CallsPage
{
    QList<Lead> leads;
    PageInfo info;
    int skipped = 0; ///< records without a callId (logged, not returned)
};

/// One answer of the deals journal (orders-diary).
struct DealsJournalPage
{
    QStringList orderNumbers;
    QList<JournalDeal> deals; ///< the same records with status and revenue
    PageInfo info;
};

/// Matching constants of deal creation (reference §5.3).
inline constexpr int kSearchDepthMinutes = 262800; ///< half a year, the largest value seen
/// The custom source of a deal without a lead (SPEC §3): sent as source, medium and campaign.
[[nodiscard]] QString leadNotFoundSource();

// ---- dates ----

/// The project zone for an IANA id. An unknown or empty id gives Europe/Moscow (Calltouch's default);
/// without time zone data, a fixed UTC+3.
[[nodiscard]] QTimeZone projectTimeZone(const QString &ianaId);
/// Calls journal and deals journal query dates: `dd/MM/yyyy`.
[[nodiscard]] QString formatJournalDate(const QDate &date);
/// Requests journal query dates: `MM/dd/yyyy` (American order, only there).
[[nodiscard]] QString formatRequestsDate(const QDate &date);
/// Deal body dates: `dd-MM-yyyy HH:mm:ss` in @p zone. Empty for an invalid moment.
[[nodiscard]] QString formatDealDateTime(const QDateTime &moment, const QTimeZone &zone);
/// `dd/mm/yyyy H:MM[:SS]` (day, month and hour may be unpadded) in @p zone -> UTC. Invalid on bad text.
[[nodiscard]] QDateTime parseJournalDateTime(const QString &text, const QTimeZone &zone);
/// `dd-MM-yyyy HH:mm:ss` (deal bodies) in @p zone -> UTC. Invalid on bad text.
[[nodiscard]] QDateTime parseDealDateTime(const QString &text, const QTimeZone &zone);
/// Strict `dd/MM/yyyy` -> date (invalid otherwise). What the calls and deals journals accept.
[[nodiscard]] QDate parseJournalDate(const QString &text);
/// Strict `MM/dd/yyyy` -> date (invalid otherwise). What the requests journal accepts.
[[nodiscard]] QDate parseRequestsDate(const QString &text);
/// A Unix time as JSON number or numeric text: seconds, or milliseconds when it is that large. UTC.
[[nodiscard]] QDateTime parseUnixTime(const QJsonValue &value);

// ---- values ----

/// An id that may come as a JSON number or as text -> text ("512345678"). Empty when absent/other.
[[nodiscard]] QString idText(const QJsonValue &value);
/// A string field; numbers become text, null/absent/objects an empty string. Trimmed.
[[nodiscard]] QString textValue(const QJsonValue &value);
/// true / "true" / "True" / 1 / "1" -> true; false / "false" / "False" / 0 / "0" / null -> false.
/// @p ok (when given) is false for anything else.
[[nodiscard]] bool boolValue(const QJsonValue &value, bool *ok = nullptr);

// ---- journals ----

/// One call record -> Lead (kind Call). Needs callId.
[[nodiscard]] Result<Lead> parseCallRecord(const QJsonObject &record, const QTimeZone &zone);
/// The calls journal: a bare array (no page/limit) or the paginated object.
[[nodiscard]] Result<CallsPage> parseCallsJournal(const QByteArray &body, const QTimeZone &zone);
/// One request record -> Lead (kind Request). Needs requestId.
[[nodiscard]] Result<Lead> parseRequestRecord(const QJsonObject &record, const QTimeZone &zone);
/// The requests journal: a bare array (an object with `records` is accepted too).
/// @p skipped (optional) counts the records without a requestId (not returned).
[[nodiscard]] Result<QList<Lead>> parseRequestsJournal(
    const QByteArray &body, const QTimeZone &zone, int *skipped = nullptr);
/// The deals journal page -> the orderNumbers it lists (orderId where a record has no orderNumber).
[[nodiscard]] Result<DealsJournalPage> parseDealsJournal(const QByteArray &body);

// ---- webhooks ----

/// Form fields (`a=1&b=%D0%B0`, '+' is a space), as from a POST body or a GET query -> JSON strings.
[[nodiscard]] QJsonObject parseFormFields(const QByteArray &urlEncoded);
/// Webhook parameters -> Lead of @p kind. Call: id, callerphone, timestamp | calltime, utm_*,
/// source, medium. Request: requestId | id, phone, email, name | fio, subject. Chat: chatId | id, phone,
/// email, name. Missing fields are fine except the id. Times without a zone are read in @p zone; a
/// webhook without any time gets @p receivedAtUtc.
[[nodiscard]] Result<Lead> parseWebhook(
    Lead::Kind kind, const QJsonObject &params, const QTimeZone &zone, const QDateTime &receivedAtUtc);
/// The same from a raw body: a JSON object, else form fields.
[[nodiscard]] Result<Lead> parseWebhookBody(
    Lead::Kind kind, const QByteArray &body, const QTimeZone &zone, const QDateTime &receivedAtUtc);

// ---- deals ----

/// Classifies a per-deal error text: "already exists" (a create of a known orderNumber) or "not found"
/// (an update of an unknown one), in Russian or English wording; anything else is Other.
[[nodiscard]] DealResult::Problem dealProblem(const QString &error);

/// The `matching` array for a deal's binding (create only).
[[nodiscard]] QJsonArray dealMatching(const Deal &deal, const QTimeZone &zone);
/// One order object of a create (with matching) or update (never matching) body.
[[nodiscard]] QJsonObject dealJson(const Deal &deal, bool forCreate, const QTimeZone &zone);
/// `{"crm":"retailCRM","orders":[…]}` for client-order/create.
[[nodiscard]] QByteArray createDealsBody(const QList<Deal> &deals, const QTimeZone &zone);
/// `{"orders":[…]}` for client-order/update.
[[nodiscard]] QByteArray updateDealsBody(const QList<Deal> &deals, const QTimeZone &zone);

/// The whole-request error of a v1/api body, when there is one:
/// `data.validationErrorData.violations[].message` -> Validation (fieldErrors by `field`), and
/// `data.apiErrorData{errorCode,errorMessage}` -> Validation with the code. None otherwise.
[[nodiscard]] ApiError parseV1Error(const QByteArray &body, int httpStatus);
/// `{"data":{"orders":[…]}}` -> one result per sent order number, in the order sent. An answer item
/// is matched by its `orderNumber` when it echoes one, else by its position. An item with `error` is a
/// failed deal; a sent deal without any answer item gets an error too. A whole-request error inside the
/// body (see parseV1Error) is returned as the error.
[[nodiscard]] Result<QList<DealResult>> parseDealResults(
    const QByteArray &body, const QStringList &sentOrderNumbers);

/// The error an answer stands for, refined from ApiTransport's classification by status:
/// 401/403 -> Auth ("token or site ID rejected"); a redirect, or a body that is not JSON where JSON
/// was due -> BadResponse ("not the Calltouch API address"); v1/api error envelopes -> Validation.
/// Other errors (429, 5xx, timeouts, OutcomeUnknown) stay as the transport classified them.
[[nodiscard]] ApiError responseError(int httpStatus, const QByteArray &body, const ApiError &transportError);

} // namespace LeadBridge::Calltouch
