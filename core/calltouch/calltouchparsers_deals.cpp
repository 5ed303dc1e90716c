#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include "calltouchparsers.h"
#include "calltouchparsers_p.h"
#include "util/logging.h"

namespace LeadBridge::Calltouch {
using Detail::badResponse;
using Detail::parseJson;

namespace {

    QJsonValue idJson(const QString &id)
    {
        bool ok = false;
        const qint64 number = id.toLongLong(&ok);
        if (ok)
            return QJsonValue(number);
        return QJsonValue(id);
    }

    QJsonArray textArray(const QStringList &values)
    {
        QJsonArray array;
        for (const QString &value : values) {
            const QString trimmed = value.trimmed();
            if (!trimmed.isEmpty())
                array.append(trimmed);
        }
        return array;
    }

    QJsonObject customSources()
    {
        QJsonObject params;
        params.insert(QStringLiteral("source"), leadNotFoundSource());
        params.insert(QStringLiteral("medium"), leadNotFoundSource());
        params.insert(QStringLiteral("campaign"), leadNotFoundSource());
        return { { QStringLiteral("type"), QStringLiteral("customSources") },
            { QStringLiteral("customSourceParams"), params } };
    }

    /// A per-deal `error`: text, an object with a message, or a list of either.
    QString errorText(const QJsonValue &value)
    {
        if (value.isString())
            return value.toString().trimmed();
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const char *key : { "message", "errorMessage", "error", "text" }) {
                const QString text = errorText(object.value(QLatin1String(key)));
                if (!text.isEmpty())
                    return text;
            }
            return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        if (value.isArray()) {
            QStringList parts;
            for (const QJsonValue &item : value.toArray()) {
                const QString text = errorText(item);
                if (!text.isEmpty())
                    parts << text;
            }
            return parts.join(QStringLiteral("; "));
        }
        if (value.isDouble() || value.isBool())
            return textValue(value);
        return {};
    }

    QString bodySnippet(const QByteArray &body)
    {
        QString text = QString::fromUtf8(body.left(300)).simplified();
        if (body.size() > 300)
            text += QStringLiteral("…");
        return text;
    }

    bool isJsonBody(const QByteArray &body)
    {
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError && !document.isNull();
    }

} // namespace

// ---- deals ----

QJsonArray dealMatching(const Deal &deal, const QTimeZone &zone)
{
    const QString date = formatDealDateTime(deal.orderDate, zone);
    // The create-deal doc shows "nearestUniq" for calls and requests; "nearest" is documented only for
    // leads (calltouch-api.md §5.3).
    const auto withCommon = [&date](QJsonObject params, const char *typeKey, const char *typeToMatch) {
        if (!date.isEmpty())
            params.insert(QStringLiteral("date"), date);
        params.insert(QLatin1String(typeKey), QLatin1String(typeToMatch));
        params.insert(QStringLiteral("searchDepth"), kSearchDepthMinutes);
        return params;
    };
    QJsonArray matching;
    switch (deal.binding) {
    case Deal::Binding::Call:
        if (!deal.boundLeadId.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("call") },
                { QStringLiteral("callParams"),
                    QJsonObject { { QStringLiteral("callId"), idJson(deal.boundLeadId) } } } });
        }
        break;
    case Deal::Binding::Request:
        if (!deal.boundLeadId.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("request") },
                { QStringLiteral("requestParams"),
                    QJsonObject { { QStringLiteral("requestId"), idJson(deal.boundLeadId) } } } });
        }
        break;
    case Deal::Binding::ContactChain: {
        // Calls by phone first, then requests by phone or e-mail, then any lead incl. chats; the
        // strategies are tried in array order (UNCONFIRMED, best-supported reading of the doc).
        const QJsonArray phones = textArray(deal.phones);
        const QJsonArray emails = textArray(deal.emails);
        if (!phones.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("callContact") },
                { QStringLiteral("callContactParams"),
                    withCommon(QJsonObject { { QStringLiteral("phones"), phones } }, "callTypeToMatch",
                        "nearestUniq") } });
        }
        if (!phones.isEmpty() || !emails.isEmpty()) {
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("requestContact") },
                { QStringLiteral("requestContactParams"),
                    withCommon(QJsonObject { { QStringLiteral("phones"), phones },
                                   { QStringLiteral("emails"), emails } },
                        "requestTypeToMatch", "nearestUniq") } });
            matching.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("leadContact") },
                { QStringLiteral("leadContactParams"),
                    withCommon(
                        QJsonObject { { QStringLiteral("phones"), phones },
                            { QStringLiteral("emails"), emails }, { QStringLiteral("withChats"), true } },
                        "leadTypeToMatch", "nearest") } });
        }
        break;
    }
    case Deal::Binding::None:
    case Deal::Binding::NotFound:
    case Deal::Binding::NoContacts:
        break;
    }
    // The fallback, last: "Лид не найден" as source, channel and campaign.
    matching.append(customSources());
    return matching;
}

QJsonObject dealJson(const Deal &deal, bool forCreate, const QTimeZone &zone)
{
    QJsonObject order;
    if (forCreate)
        order.insert(QStringLiteral("matching"), dealMatching(deal, zone));
    order.insert(QStringLiteral("orderNumber"), deal.orderNumber);
    order.insert(QStringLiteral("orderName"), deal.orderName);
    order.insert(QStringLiteral("funnel"), deal.funnel);
    order.insert(QStringLiteral("status"), deal.status);
    const QString statusDate = formatDealDateTime(deal.statusDate, zone);
    if (!statusDate.isEmpty()) {
        order.insert(QStringLiteral("statusDate"), statusDate);
        if (!forCreate)
            order.insert(QStringLiteral("updateDate"), statusDate);
    }
    if (forCreate) {
        const QString orderDate = formatDealDateTime(deal.orderDate, zone);
        if (!orderDate.isEmpty())
            order.insert(QStringLiteral("orderDate"), orderDate);
    }
    order.insert(QStringLiteral("currency"), QStringLiteral("rub"));
    // Revenue travels as a decimal string, as in the doc example.
    order.insert(QStringLiteral("revenue"),
        deal.revenue.trimmed().isEmpty() ? QStringLiteral("0") : deal.revenue.trimmed());
    order.insert(QStringLiteral("manager"), deal.manager);
    return order;
}

QByteArray createDealsBody(const QList<Deal> &deals, const QTimeZone &zone)
{
    QJsonArray orders;
    for (const Deal &deal : deals)
        orders.append(dealJson(deal, true, zone));
    const QJsonObject root { { QStringLiteral("crm"), QStringLiteral("retailCRM") },
        { QStringLiteral("orders"), orders } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray updateDealsBody(const QList<Deal> &deals, const QTimeZone &zone)
{
    QJsonArray orders;
    for (const Deal &deal : deals)
        orders.append(dealJson(deal, false, zone));
    const QJsonObject root { { QStringLiteral("orders"), orders } };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

ApiError parseV1Error(const QByteArray &body, int httpStatus)
{
    QJsonParseError parseError {};
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return {};
    const QJsonObject root = json.object();
    const QJsonObject data =
        root.value(QLatin1String("data")).isObject() ? root.value(QLatin1String("data")).toObject() : root;
    const QJsonValue validation = data.value(QLatin1String("validationErrorData"));
    if (validation.isObject()) {
        QMap<QString, QString> fieldErrors;
        QStringList messages;
        for (const QJsonValue &item : validation.toObject().value(QLatin1String("violations")).toArray()) {
            const QJsonObject violation = item.toObject();
            const QString field = textValue(violation.value(QLatin1String("field")));
            QString message = textValue(violation.value(QLatin1String("message")));
            if (message.isEmpty())
                message = errorText(item);
            if (message.isEmpty())
                continue;
            messages << (field.isEmpty() ? message : field + QStringLiteral(": ") + message);
            QString &slot = fieldErrors[field];
            slot = slot.isEmpty() ? message : slot + QStringLiteral("; ") + message;
        }
        if (messages.isEmpty()) {
            const QString message = errorText(validation);
            messages << message;
            fieldErrors.insert(QString(), message);
        }
        ApiError error = ApiError::make(ApiError::Kind::Validation,
            QCoreApplication::translate("LeadBridge::Calltouch", "Calltouch rejected the data: %1")
                .arg(messages.join(QStringLiteral("; "))),
            httpStatus);
        error.fieldErrors = fieldErrors;
        return error;
    }
    const QJsonValue apiError = data.value(QLatin1String("apiErrorData"));
    if (apiError.isObject()) {
        const QJsonObject object = apiError.toObject();
        const QString code = textValue(object.value(QLatin1String("errorCode")));
        QString message = textValue(object.value(QLatin1String("errorMessage")));
        if (message.isEmpty())
            message = errorText(apiError);
        ApiError error = ApiError::make(ApiError::Kind::Validation,
            QCoreApplication::translate("LeadBridge::Calltouch", "Calltouch error %1: %2").arg(code, message),
            httpStatus);
        error.fieldErrors.insert(
            QString(), code.isEmpty() ? message : message + QStringLiteral(" (") + code + QLatin1Char(')'));
        return error;
    }
    return {};
}

Result<QList<DealResult>> parseDealResults(const QByteArray &body, const QStringList &sentOrderNumbers)
{
    Result<QList<DealResult>> result;
    const Result<QJsonDocument> json = parseJson(body);
    if (!json.isOk()) {
        result.error = json.error;
        return result;
    }
    const ApiError whole = parseV1Error(body, 200);
    if (!whole.isOk()) {
        result.error = whole;
        return result;
    }
    const QJsonObject root = json.value.object();
    QJsonValue orders = root.value(QLatin1String("data")).toObject().value(QLatin1String("orders"));
    if (!orders.isArray())
        orders = root.value(QLatin1String("orders"));
    if (!orders.isArray()) {
        result.error = badResponse(QCoreApplication::translate(
            "LeadBridge::Calltouch", "The deals answer has no data.orders list."));
        return result;
    }

    QList<DealResult> &results = result.value;
    QList<bool> answered(sentOrderNumbers.size(), false);
    for (const QString &number : sentOrderNumbers) {
        DealResult item;
        item.orderNumber = number;
        results.append(item);
    }
    const QJsonArray items = orders.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const QString echoed = idText(item.value(QLatin1String("orderNumber")));
        int target = -1;
        if (!echoed.isEmpty()) {
            for (int j = 0; j < sentOrderNumbers.size(); ++j) {
                if (!answered.at(j) && sentOrderNumbers.at(j) == echoed) {
                    target = j;
                    break;
                }
            }
            if (target < 0) {
                qCWarning(lcApi) << "Calltouch answered for a deal that was not sent:" << echoed;
                continue;
            }
        } else if (i < sentOrderNumbers.size() && !answered.at(i)) {
            target = i; // no echo: the answer keeps the order of the request (UNCONFIRMED, best guess)
        } else {
            continue;
        }
        answered[target] = true;
        DealResult &deal = results[target];
        deal.error = errorText(item.value(QLatin1String("error")));
        if (deal.error.isEmpty())
            deal.error = errorText(item.value(QLatin1String("errors")));
        QString id = idText(item.value(QLatin1String("calltouchOrderId")));
        if (id.isEmpty())
            id = idText(item.value(QLatin1String("orderId")));
        if (deal.error.isEmpty())
            deal.calltouchOrderId = id;
        deal.problem = dealProblem(deal.error);
    }
    for (int j = 0; j < results.size(); ++j) {
        if (!answered.at(j)) {
            results[j].error = QCoreApplication::translate(
                "LeadBridge::Calltouch", "Calltouch returned no result for this deal.");
            results[j].problem = DealResult::Problem::Other;
        }
    }
    return result;
}

DealResult::Problem dealProblem(const QString &error)
{
    if (error.trimmed().isEmpty())
        return DealResult::Problem::None;
    // Calltouch's own texts are not published (UNCONFIRMED): match the usual wordings in both languages.
    static const QRegularExpression exists(QStringLiteral("already exist|уже существ|duplicate|дублик"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression missing(QStringLiteral("not found|не найден|does not exist|не существ"),
        QRegularExpression::CaseInsensitiveOption);
    if (exists.match(error).hasMatch())
        return DealResult::Problem::AlreadyExists;
    if (missing.match(error).hasMatch())
        return DealResult::Problem::NotFound;
    return DealResult::Problem::Other;
}

ApiError responseError(int httpStatus, const QByteArray &body, const ApiError &transportError)
{
    using Kind = ApiError::Kind;
    if (transportError.isOk())
        return parseV1Error(body, httpStatus);
    if (httpStatus == 401 || httpStatus == 403) {
        // RestAPI's answer for a bad clientApiId or a foreign site is UNCONFIRMED (401 or 403); v1/api
        // answers 403 "Invalid credentials". Both mean the token or the site ID is wrong.
        return ApiError::make(Kind::Auth,
            QCoreApplication::translate("LeadBridge::Calltouch",
                "Calltouch rejected the API token or the site ID "
                "(HTTP %1). Check both in the Calltouch account under "
                "Integrations, API.")
                .arg(httpStatus),
            httpStatus);
    }
    // Unknown paths of api.calltouch.ru redirect to an HTML help page (UNCONFIRMED, single source):
    // a redirect, or a body that is not JSON where JSON is due, means a wrong address setting.
    const bool redirect = httpStatus >= 300 && httpStatus < 400;
    const bool notJson = !body.isEmpty() && !isJsonBody(body);
    if (redirect || (notJson && ((httpStatus >= 200 && httpStatus < 300) || httpStatus == 404))
        || (httpStatus >= 200 && httpStatus < 300 && transportError.kind == Kind::BadResponse)) {
        const QString text = redirect
            ? QCoreApplication::translate("LeadBridge::Calltouch",
                "The address answered with a redirect (HTTP %1): it is not the Calltouch "
                "API address. Check the Calltouch API address setting (normally "
                "https://api.calltouch.ru).")
            : QCoreApplication::translate("LeadBridge::Calltouch",
                "The address answered with a page that is not JSON (HTTP %1): it is not "
                "the Calltouch API address. Check the Calltouch API address setting "
                "(normally https://api.calltouch.ru).");
        return ApiError::make(Kind::BadResponse, text.arg(httpStatus), httpStatus);
    }
    if (transportError.kind == Kind::Validation || transportError.kind == Kind::NotFound) {
        const ApiError v1 = parseV1Error(body, httpStatus);
        if (!v1.isOk())
            return v1;
        if (!body.isEmpty()) {
            ApiError error = transportError;
            error.detail = redact(transportError.detail + QStringLiteral(": ") + bodySnippet(body));
            return error;
        }
    }
    return transportError;
}

} // namespace LeadBridge::Calltouch
