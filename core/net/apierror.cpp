#include "apierror.h"

#include <QCoreApplication>

#include "util/logging.h"

namespace LeadBridge {

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
    case Kind::OutcomeUnknown:
    case Kind::BadResponse:
        return true;
    default:
        return false;
    }
}

bool ApiError::isCredentialProblem() const
{
    return kind == Kind::Auth || kind == Kind::Permission || kind == Kind::InsecureUrl || kind == Kind::Tls
        || kind == Kind::AccountNotFound;
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::InsecureUrl:
        return QStringLiteral("insecure-url");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::PlanLimit:
        return QStringLiteral("plan-limit");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadResponse:
        return QStringLiteral("bad-response");
    case Kind::AccountNotFound:
        return QStringLiteral("account-not-found");
    case Kind::OutcomeUnknown:
        return QStringLiteral("outcome-unknown");
    }
    return QStringLiteral("unknown");
}

ApiError ApiError::make(Kind kind, const QString &detail, int httpStatus)
{
    ApiError error;
    error.kind = kind;
    error.detail = redact(detail);
    error.httpStatus = httpStatus;
    return error;
}

QString ApiError::userMessage() const
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("LeadBridge::ApiError", text);
    };
    switch (kind) {
    case Kind::None:
        return tr("No error.");
    case Kind::Network:
        return tr("The service cannot be reached. Check the address and the Internet connection.");
    case Kind::Timeout:
        return tr("The service did not answer in time. LeadBridge will try again.");
    case Kind::Tls:
        return tr("The secure connection failed (certificate problem). Check the address; LeadBridge never "
                  "ignores certificate errors.");
    case Kind::InsecureUrl:
        return tr("The address must start with https://. Plain http:// is only allowed for this computer "
                  "(127.0.0.1).");
    case Kind::Auth:
        return tr("The key or token was rejected. Check it, or create a new one.");
    case Kind::Permission:
        return tr(
            "The key is valid but lacks a permission for this operation. Tick the missing permissions for "
            "the key and try again.");
    case Kind::NotFound:
        return tr("The service says it does not know this item or method.");
    case Kind::Validation: {
        QString text = tr("The service rejected the data.");
        if (!fieldErrors.isEmpty()) {
            QStringList parts;
            for (auto it = fieldErrors.constBegin(); it != fieldErrors.constEnd(); ++it)
                parts << (it.key().isEmpty() ? it.value() : it.key() + QStringLiteral(": ") + it.value());
            text += QLatin1Char(' ') + parts.join(QStringLiteral("; "));
        }
        return text;
    }
    case Kind::RateLimited:
        return tr("The service asks to slow down (too many requests). LeadBridge will wait and retry.");
    case Kind::PlanLimit:
        return tr("The retailCRM account has reached a limit of its plan.");
    case Kind::Server:
        return tr("The service has a problem on its side. LeadBridge will try again.");
    case Kind::BadResponse:
        return tr(
            "The service answered with something that is not its API (for example an HTML page). Check the "
            "address.");
    case Kind::OutcomeUnknown:
        return tr(
            "The answer to a write was lost. LeadBridge will check what was saved before it writes again.");
    case Kind::AccountNotFound:
        return tr("There is no retailCRM account at this address. Check the address: it usually looks like "
                  "https://<name>.retailcrm.ru.");
    }
    return {};
}

QString ApiError::fullMessage() const
{
    if (detail.isEmpty())
        return userMessage();
    return userMessage() + QStringLiteral(" (") + detail + QLatin1Char(')');
}

} // namespace LeadBridge
