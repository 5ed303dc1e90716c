#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include "states.h"

namespace LeadBridge {
struct ApiError;
}

namespace LeadBridge::Db {

/// What went wrong, as the store keeps it (errors.code, leads.error_code, lead_outcomes.error_code,
/// deals.error_code). The words are made at display time (util/problemtext.h), never stored.
enum class ErrorCode {
    Legacy, ///< a row written before codes: its detail is the old text, shown as is
    // The kinds of ApiError (same names as ApiError::kindName()).
    Network,
    Timeout,
    Tls,
    InsecureUrl,
    Auth,
    Permission,
    NotFound,
    Validation,
    RateLimited,
    PlanLimit,
    Server,
    BadResponse,
    OutcomeUnknown,
    AccountNotFound,
    // The product's own.
    StoreFailed, ///< the local database cannot be written
    BadLeadDate, ///< a lead's date is missing or impossible
    FutureLeadDate, ///< a lead dated in the future; params: date
    NoCreatedAt, ///< a retailCRM order without a valid creation date; params: order
    CustomerOrderNoCreatedAt, ///< a lead's customer has such an order; params: order
    RecordsWithoutId, ///< a Calltouch journal had records without an id; params: count
    WebhookListenFailed, ///< the chat receiver cannot listen; params: address
    DealRejected, ///< Calltouch refused one deal (its text in the detail)
    DealNoAnswer, ///< Calltouch's answer did not mention this deal
    LeadSilence, ///< no lead for implausibly long; params: since (ISO date-time), rate (leads an hour)
    DealSilence, ///< orders keep coming, no deal pushed for as long; params: since, rate (orders an hour)
    FieldMissing, ///< a custom field LeadBridge needs could not be made; params: field (keep last)
};

namespace Detail {
    // clang-format off
    template<> struct Texts<ErrorCode> { static constexpr auto list = texts(ErrorCode::Legacy,
        { u"legacy", u"network", u"timeout", u"tls", u"insecure-url", u"auth", u"permission", u"not-found",
          u"validation", u"rate-limited", u"plan-limit", u"server", u"bad-response", u"outcome-unknown",
          u"account-not-found", u"store-failed", u"bad-lead-date", u"future-lead-date", u"no-created-at",
          u"customer-order-no-created-at", u"records-without-id", u"webhook-listen-failed", u"deal-rejected",
          u"deal-no-answer", u"lead-silence", u"deal-silence", u"field-missing" }); };
    // clang-format on
} // namespace Detail

} // namespace LeadBridge::Db

namespace LeadBridge {

/// A failure as the store keeps it: a code, the values its sentence needs, and technical detail
/// (redacted, never translated, shown only behind "Details").
struct Problem
{
    Db::ErrorCode code = Db::ErrorCode::Legacy;
    QJsonObject params; ///< e.g. service, status, order, date, count, address, field, fields
    QString detail;

    [[nodiscard]] bool isEmpty() const { return code == Db::ErrorCode::Legacy && detail.isEmpty(); }

    /// The code of an API failure; params: service (when given), status (when any), fields (validation).
    [[nodiscard]] static Problem fromApi(const ApiError &error, const QString &service = {});
    [[nodiscard]] static Problem make(
        Db::ErrorCode code, const QJsonObject &params = {}, const QString &detail = {});

    /// params as compact JSON text for the database ("" when empty).
    [[nodiscard]] QString paramsText() const;
    /// A problem as read from the database (unknown code -> Legacy).
    [[nodiscard]] static Problem fromDb(const QString &code, const QString &params, const QString &detail);

    /// True for problems that stop the whole sync until the admin acts.
    [[nodiscard]] bool stopsSync() const;

    friend bool operator==(const Problem &a, const Problem &b)
    {
        return a.code == b.code && a.params == b.params && a.detail == b.detail;
    }
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::Problem)
