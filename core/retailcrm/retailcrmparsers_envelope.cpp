#include <cctype>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include "retailcrmparsers.h"
#include "retailcrmparsers_p.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;
namespace {

    QString lowerMessage(const QJsonObject &root)
    {
        return root.value(QLatin1String("errorMsg")).toString().toLower();
    }

    bool looksLikeKeyProblem(const QString &message)
    {
        return message.contains(QLatin1String("apikey")) || message.contains(QLatin1String("api key"))
            || message.contains(QLatin1String("api-key")) || message.contains(QLatin1String("wrong key"))
            || message.contains(QLatin1String("invalid key"));
    }

    bool looksLikePermissionProblem(const QString &message)
    {
        return message.contains(QLatin1String("access denied"))
            || message.contains(QLatin1String("permission")) || message.contains(QLatin1String("forbidden"))
            || message.contains(QLatin1String("not allowed"))
            || message.contains(QLatin1String("access is denied"));
    }

} // namespace

// ---- envelope and errors ----

QMap<QString, QString> parseFieldErrors(const QJsonValue &errors)
{
    QMap<QString, QString> out;
    const std::function<void(const QString &, const QJsonValue &)> walk = [&](const QString &prefix,
                                                                              const QJsonValue &value) {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(prefix.isEmpty() ? it.key() : prefix + QLatin1Char('.') + it.key(), it.value());
        } else if (value.isArray()) {
            QStringList messages;
            const QJsonArray array = value.toArray();
            for (const QJsonValue &entry : array) {
                if (entry.isObject() || entry.isArray()) {
                    walk(prefix, entry);
                } else {
                    const QString message = scalarText(entry);
                    if (!message.isEmpty())
                        messages << message;
                }
            }
            if (!messages.isEmpty()) {
                QString &slot = out[prefix];
                slot = slot.isEmpty() ? messages.join(QStringLiteral("; "))
                                      : slot + QStringLiteral("; ") + messages.join(QStringLiteral("; "));
            }
        } else {
            const QString message = scalarText(value);
            if (!message.isEmpty()) {
                QString &slot = out[prefix];
                slot = slot.isEmpty() ? message : slot + QStringLiteral("; ") + message;
            }
        }
    };
    walk(QString(), errors);
    return out;
}

namespace {
    /// Whether the text has `"success": false` anywhere: a cheap look before a full parse, so that a
    /// large answer that succeeded is parsed once (by its reader), not twice.
    bool mayReportFailure(const QByteArray &body)
    {
        static const QByteArray key("\"success\"");
        for (qsizetype at = body.indexOf(key); at >= 0; at = body.indexOf(key, at + 1)) {
            qsizetype i = at + key.size();
            while (i < body.size() && std::isspace(static_cast<unsigned char>(body.at(i))))
                ++i;
            if (i >= body.size() || body.at(i) != ':')
                continue;
            ++i;
            while (i < body.size() && std::isspace(static_cast<unsigned char>(body.at(i))))
                ++i;
            if (body.mid(i, 5) == "false")
                return true;
        }
        return false;
    }
} // namespace

ApiError responseError(int httpStatus, const QByteArray &body, const ApiError &transportError)
{
    if (transportError.isOk() && !mayReportFailure(body))
        return {};
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isObject = parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject root = isObject ? document.object() : QJsonObject();
    const bool saysFailure = isObject && root.value(QLatin1String("success")) == QJsonValue(false);

    if (transportError.isOk() && !saysFailure)
        return {};
    if (!isObject) {
        // retailCRM's nginx answers 405 with an HTML page for an address without an account (both
        // official clients map it to "account does not exist"; sample error-account-does-not-exist-405).
        if (httpStatus == 405 && body.contains("<html")) {
            ApiError error = transportError;
            error.kind = Kind::AccountNotFound;
            return error;
        }
        return transportError; // HTML page, empty body, …: the transport's classification stands
    }
    // Not retailCRM's error envelope (no success:false): keep the status classification.
    if (!saysFailure && !root.contains(QLatin1String("errorMsg")))
        return transportError;

    ApiError error = transportError;
    const QString message = root.value(QLatin1String("errorMsg")).toString();
    const QString lower = lowerMessage(root);
    const bool keyProblem = looksLikeKeyProblem(lower);
    const bool accessProblem = looksLikePermissionProblem(lower);

    if (message.startsWith(QLatin1String("Account does not exist"))) {
        // 400 "Account does not exist." (sample error-account-does-not-exist-400).
        error.kind = Kind::AccountNotFound;
    } else if (httpStatus == 503 && transportError.kind == Kind::RateLimited) {
        // "Rate limit exceeded": the transport's classification stands.
    } else if (httpStatus >= 200 && httpStatus < 300) {
        // success:false inside a 2xx answer.
        error.kind = keyProblem ? Kind::Auth : accessProblem ? Kind::Permission : Kind::Validation;
    } else if (httpStatus == 401) {
        error.kind = Kind::Auth;
    } else if (httpStatus == 403) {
        // UNCONFIRMED exact texts: a wrong or missing key may come as 403 too; only "apiKey"-like
        // messages count as Auth, everything else on 403 is a missing permission (method or shop).
        error.kind = keyProblem ? Kind::Auth : Kind::Permission;
    } else if (httpStatus == 400) {
        error.kind = keyProblem ? Kind::Auth : accessProblem ? Kind::Permission : Kind::Validation;
    }
    error.httpStatus = httpStatus;
    error.fieldErrors = parseFieldErrors(root.value(QLatin1String("errors")));
    QString detail = transportError.detail;
    if (detail.isEmpty())
        detail = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!message.isEmpty())
        detail += QStringLiteral(": ") + message;
    for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it)
        detail += QStringLiteral(" [")
            + (it.key().isEmpty() ? it.value() : it.key() + QStringLiteral(": ") + it.value())
            + QLatin1Char(']');
    const ApiError redacted = ApiError::make(error.kind, detail, error.httpStatus);
    error.detail = redacted.detail;
    return error;
}

Result<QJsonObject> parseEnvelope(const QByteArray &body)
{
    Result<QJsonObject> result;
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool html = body.trimmed().startsWith('<');
        result.error = badResponse(html ? QStringLiteral("an HTML page instead of JSON")
                                        : QStringLiteral("not JSON (%1 at offset %2)")
                                              .arg(parseError.errorString())
                                              .arg(parseError.offset));
        return result;
    }
    if (!document.isObject()) {
        result.error = badResponse(QStringLiteral("the JSON answer is not an object"));
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("success")) == QJsonValue(false)) {
        result.error = responseError(200, body, {});
        return result;
    }
    // Tolerated: an answer without "success" (the contract says it is always there) is read for
    // what it carries; the required members below decide.
    result.value = root;
    return result;
}
} // namespace LeadBridge::RetailCrm
