#pragma once

#include <QMap>
#include <QMetaType>
#include <QString>

namespace LeadBridge {

/// What went wrong with one API request, as a value. Technical text only in `detail` (redacted);
/// userMessage() gives the translated sentence for people.
struct ApiError
{
    enum class Kind {
        None,
        Network, ///< host unreachable, connection refused, DNS
        Timeout, ///< no answer in time (reads only; a write gets OutcomeUnknown)
        Tls, ///< certificate or handshake problem; never ignored
        InsecureUrl, ///< http:// for a host that is not loopback
        Auth, ///< the key or token is wrong or revoked
        Permission, ///< the key lacks this method or shop
        NotFound, ///< the entity or method does not exist
        Validation, ///< the service rejected the data; see fieldErrors
        RateLimited, ///< 429 after the retries
        PlanLimit, ///< retailCRM 460: the account's plan limit
        Server, ///< 5xx after the retries
        BadResponse, ///< not JSON, an HTML page, missing fields
        OutcomeUnknown, ///< a write whose answer was lost: look before writing again
        AccountNotFound, ///< the address answers, but there is no retailCRM account behind it
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString detail; ///< technical, redacted: logs and the errors table
    QMap<QString, QString> fieldErrors; ///< validation messages by field
    int retryAfterMs = 0;

    [[nodiscard]] bool isOk() const { return kind == Kind::None; }
    /// Worth trying again later (the item stays queued); false for permanent problems.
    [[nodiscard]] bool isTransient() const;
    /// Stops the whole sync until the admin acts (wrong key, missing permission, bad URL).
    [[nodiscard]] bool isCredentialProblem() const;
    /// A translated sentence that says what happened and what to do.
    [[nodiscard]] QString userMessage() const;
    /// userMessage() plus the technical detail, for tables.
    [[nodiscard]] QString fullMessage() const;
    [[nodiscard]] static QString kindName(Kind kind);

    static ApiError make(Kind kind, const QString &detail, int httpStatus = 0);
};

} // namespace LeadBridge

Q_DECLARE_METATYPE(LeadBridge::ApiError)
