// Over 500 lines on purpose: every answer of retailCRM's API v5 that LeadBridge reads, over private
// readers they share (envelope, pagination, dates in the account's zone, tolerant numbers); the real
// samples in ../shared/reference/retailcrm/ are checked against it in tst_referencesamples.
#include "retailcrmparsers.h"

#include <algorithm>
#include <cmath>
#include <functional>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>
#include <QTimeZone>

#include "util/jsonvalues.h"

namespace LeadBridge::RetailCrm {
namespace {

    using Kind = ApiError::Kind;

    ApiError badResponse(const QString &detail)
    {
        return ApiError::make(Kind::BadResponse, detail);
    }

    /// An id: JSON number, or a numeric string (tolerated). 0 when absent or not an id.
    qint64 toId(const QJsonValue &value)
    {
        if (value.isDouble()) {
            const double number = value.toDouble();
            if (number >= 1 && number < 9.0e15 && std::floor(number) == number)
                return qint64(number);
            return 0;
        }
        if (value.isString()) {
            bool ok = false;
            const qint64 id = value.toString().trimmed().toLongLong(&ok);
            return ok && id > 0 ? id : 0;
        }
        return 0;
    }

    int toInt(const QJsonValue &value, int fallback)
    {
        if (value.isDouble())
            return value.toInt(fallback);
        if (value.isString()) {
            bool ok = false;
            const int number = value.toString().trimmed().toInt(&ok);
            return ok ? number : fallback;
        }
        return fallback;
    }

    /// Text of a scalar: strings as they are, numbers without a needless ".0", booleans as 0/1.
    QString scalarText(const QJsonValue &value)
    {
        return jsonScalarText(value, JsonBoolText::Digits);
    }

    bool toBool(const QJsonValue &value, bool fallback)
    {
        if (value.isBool())
            return value.toBool();
        if (value.isDouble())
            return value.toDouble() != 0;
        if (value.isString()) {
            const QString text = value.toString().trimmed().toLower();
            if (text == QLatin1String("1") || text == QLatin1String("true"))
                return true;
            if (text == QLatin1String("0") || text == QLatin1String("false") || text.isEmpty())
                return false;
        }
        return fallback;
    }

    /// A keyed collection: PHP serialises an empty map as [] and a map as {}; a list of objects is
    /// accepted too. Returns the member objects with their keys ("" for list entries).
    bool collection(const QJsonValue &value, QList<QPair<QString, QJsonObject>> *out, QString *problem)
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                if (!it.value().isObject()) {
                    *problem = QStringLiteral("entry \"%1\" is not an object").arg(it.key());
                    return false;
                }
                out->append({ it.key(), it.value().toObject() });
            }
            return true;
        }
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                if (!array.at(i).isObject()) {
                    *problem = QStringLiteral("entry %1 is not an object").arg(i);
                    return false;
                }
                out->append({ QString(), array.at(i).toObject() });
            }
            return true;
        }
        *problem =
            value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not an object or a list");
        return false;
    }

    /// An array member that must be present; `[]` and `{}` both count as empty.
    bool objectList(const QJsonObject &root, const QString &name, QJsonArray *out, ApiError *error)
    {
        const QJsonValue value = root.value(name);
        if (value.isArray()) {
            *out = value.toArray();
            return true;
        }
        if (value.isObject() && value.toObject().isEmpty()) {
            *out = {};
            return true;
        }
        if (value.isObject()) {
            // Tolerated: some PHP answers send a list with holes as an object keyed by index.
            QJsonArray array;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                array.append(it.value());
            *out = array;
            return true;
        }
        *error = badResponse(
            QStringLiteral("\"%1\" is %2")
                .arg(name, value.isUndefined() ? QStringLiteral("missing") : QStringLiteral("not a list")));
        return false;
    }

    QString text(const QJsonObject &object, const QString &name)
    {
        return scalarText(object.value(name));
    }

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

    QJsonObject asObject(const QJsonValue &value)
    {
        return value.isObject() ? value.toObject() : QJsonObject();
    }

    OrderSource parseSource(const QJsonValue &value)
    {
        const QJsonObject object = asObject(value);
        OrderSource source;
        source.source = text(object, QStringLiteral("source"));
        source.medium = text(object, QStringLiteral("medium"));
        source.campaign = text(object, QStringLiteral("campaign"));
        source.keyword = text(object, QStringLiteral("keyword"));
        source.content = text(object, QStringLiteral("content"));
        return source;
    }

    QStringList parsePhones(const QJsonValue &value)
    {
        QStringList phones;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &entry : array) {
            const QString number =
                entry.isObject() ? text(entry.toObject(), QStringLiteral("number")) : scalarText(entry);
            if (!number.trimmed().isEmpty())
                phones << number;
        }
        return phones;
    }

    template <typename T, typename Less> void sortBy(QList<T> &list, Less less)
    {
        std::stable_sort(list.begin(), list.end(), less);
    }

    /// Parses `root[name]` as a list of objects with @p parseOne; errors name the entry.
    template <typename T, typename ParseOne>
    Result<Page<T>> parseList(const QByteArray &body, const QString &name, ParseOne parseOne)
    {
        Result<Page<T>> result;
        const Result<QJsonObject> envelope = parseEnvelope(body);
        if (!envelope.isOk()) {
            result.error = envelope.error;
            return result;
        }
        QJsonArray array;
        if (!objectList(envelope.value, name, &array, &result.error))
            return result;
        for (int i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject()) {
                result.error = badResponse(QStringLiteral("%1[%2] is not an object").arg(name).arg(i));
                return result;
            }
            Result<T> one = parseOne(array.at(i).toObject());
            if (!one.isOk()) {
                result.error = one.error;
                result.error.detail = QStringLiteral("%1[%2]: %3").arg(name).arg(i).arg(one.error.detail);
                return result;
            }
            result.value.items.append(one.value);
        }
        result.value.pagination = parsePagination(envelope.value, int(result.value.items.size()));
        return result;
    }

} // namespace

// ---- dates ----

QTimeZone accountTimeZone(const QString &ianaId)
{
    const QByteArray id = ianaId.trimmed().toUtf8();
    if (!id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id)) {
        const QTimeZone zone(id);
        if (zone.isValid())
            return zone;
    }
    return QTimeZone(QByteArrayLiteral("Europe/Moscow"));
}

QDateTime parseDateTime(const QString &textValue, const QTimeZone &zone)
{
    const QString trimmed = textValue.trimmed();
    if (trimmed.isEmpty())
        return {};
    QDateTime local;
    if (trimmed.size() == 10) {
        const QDate date = QDate::fromString(trimmed, QStringLiteral("yyyy-MM-dd"));
        if (!date.isValid())
            return {};
        local = QDateTime(date, QTime(0, 0), zone);
    } else {
        // Tolerated: an ISO "T" separator, and fractional seconds some answers carry.
        QString normalised = trimmed.left(19);
        if (normalised.size() > 10 && normalised.at(10) == QLatin1Char('T'))
            normalised[10] = QLatin1Char(' ');
        const QDateTime parsed = QDateTime::fromString(normalised, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (!parsed.isValid())
            return {};
        local = QDateTime(parsed.date(), parsed.time(), zone);
    }
    if (!local.isValid())
        return {};
    return local.toUTC();
}

QString formatDateTime(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString formatDate(const QDateTime &moment, const QTimeZone &zone)
{
    if (!moment.isValid())
        return {};
    return moment.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd"));
}

QString decimalText(const QJsonValue &value)
{
    double number = 0;
    if (value.isDouble()) {
        number = value.toDouble();
    } else if (value.isString()) {
        bool ok = false;
        QString raw = value.toString().trimmed();
        raw.remove(QLatin1Char(' '));
        raw.replace(QLatin1Char(','), QLatin1Char('.'));
        number = QLocale::c().toDouble(raw, &ok);
        if (!ok)
            return {};
    } else {
        return {};
    }
    if (!std::isfinite(number))
        return {};
    QString out = QString::number(number, 'f', 2);
    while (out.endsWith(QLatin1Char('0')))
        out.chop(1);
    if (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    if (out == QLatin1String("-0"))
        out = QStringLiteral("0");
    return out;
}

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

ApiError responseError(int httpStatus, const QByteArray &body, const ApiError &transportError)
{
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

// ---- single objects ----

Pagination parsePagination(const QJsonObject &root, int itemCount)
{
    Pagination pagination;
    pagination.limit = itemCount;
    pagination.totalCount = itemCount;
    const QJsonObject object = asObject(root.value(QLatin1String("pagination")));
    if (object.isEmpty())
        return pagination;
    pagination.limit = toInt(object.value(QLatin1String("limit")), itemCount);
    pagination.totalCount = toInt(object.value(QLatin1String("totalCount")), itemCount);
    pagination.currentPage = qMax(1, toInt(object.value(QLatin1String("currentPage")), 1));
    // retailCRM answers totalPageCount 0 for an empty list; both mean "nothing more".
    pagination.totalPageCount = qMax(0, toInt(object.value(QLatin1String("totalPageCount")), 1));
    return pagination;
}

Result<Customer> parseCustomer(const QJsonObject &object, const QTimeZone &zone)
{
    Result<Customer> result;
    Customer &customer = result.value;
    customer.id = toId(object.value(QLatin1String("id")));
    if (customer.id == 0) {
        result.error = badResponse(QStringLiteral("customer without a numeric \"id\""));
        return result;
    }
    customer.externalId = text(object, QStringLiteral("externalId"));
    customer.firstName = text(object, QStringLiteral("firstName"));
    customer.lastName = text(object, QStringLiteral("lastName"));
    customer.patronymic = text(object, QStringLiteral("patronymic"));
    customer.email = text(object, QStringLiteral("email"));
    customer.phones = parsePhones(object.value(QLatin1String("phones")));
    customer.createdAt = parseDateTime(text(object, QStringLiteral("createdAt")), zone);
    customer.site = text(object, QStringLiteral("site"));
    customer.managerId = toId(object.value(QLatin1String("managerId")));
    return result;
}

Result<Order> parseOrder(const QJsonObject &object, const QTimeZone &zone)
{
    Result<Order> result;
    Order &order = result.value;
    order.id = toId(object.value(QLatin1String("id")));
    if (order.id == 0) {
        result.error = badResponse(QStringLiteral("order without a numeric \"id\""));
        return result;
    }
    order.number = text(object, QStringLiteral("number"));
    order.externalId = text(object, QStringLiteral("externalId"));
    order.site = text(object, QStringLiteral("site"));
    order.status = text(object, QStringLiteral("status"));
    order.createdAt = parseDateTime(text(object, QStringLiteral("createdAt")), zone);
    order.statusUpdatedAt = parseDateTime(text(object, QStringLiteral("statusUpdatedAt")), zone);
    order.totalSumm = decimalText(object.value(QLatin1String("totalSumm")));
    order.managerId = toId(object.value(QLatin1String("managerId")));
    order.firstName = text(object, QStringLiteral("firstName"));
    order.lastName = text(object, QStringLiteral("lastName"));
    order.phone = text(object, QStringLiteral("phone"));
    order.email = text(object, QStringLiteral("email"));
    order.source = parseSource(object.value(QLatin1String("source")));

    // customer: {"id":…, "phones":[…], "email":…}; corporate orders carry "contact" as the person.
    QJsonObject customer = asObject(object.value(QLatin1String("customer")));
    order.customerId = toId(customer.value(QLatin1String("id")));
    if (order.customerId == 0)
        order.customerId = toId(object.value(QLatin1String("customerId")));
    const QJsonObject contact = asObject(object.value(QLatin1String("contact")));
    if (!contact.isEmpty() && customer.value(QLatin1String("phones")).toArray().isEmpty()
        && text(customer, QStringLiteral("email")).isEmpty())
        customer = contact;
    order.customerPhones = parsePhones(customer.value(QLatin1String("phones")));
    order.customerEmail = text(customer, QStringLiteral("email"));

    // customFields: {"code":"value"} normally; [] when none is set (PHP); empty values dropped.
    const QJsonValue fields = object.value(QLatin1String("customFields"));
    if (fields.isObject()) {
        const QJsonObject map = fields.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            QString value;
            if (it.value().isObject()) {
                // Dictionary fields may come as {"code":…}; keep the code.
                const QJsonObject inner = it.value().toObject();
                value = text(inner, QStringLiteral("code"));
                if (value.isEmpty())
                    value = text(inner, QStringLiteral("value"));
            } else if (it.value().isArray()) {
                QStringList parts;
                const QJsonArray array = it.value().toArray();
                for (const QJsonValue &part : array)
                    parts << scalarText(part);
                parts.removeAll(QString());
                value = parts.join(QLatin1Char(','));
            } else {
                value = scalarText(it.value());
            }
            if (!value.isEmpty())
                order.customFields.insert(it.key(), value);
        }
    } else if (!fields.isUndefined() && !fields.isNull() && !fields.isArray()) {
        result.error = badResponse(
            QStringLiteral("order %1: \"customFields\" is neither an object nor a list").arg(order.id));
        return result;
    }
    return result;
}

Result<HistoryRecord> parseHistoryRecord(const QJsonObject &object, const QTimeZone &zone)
{
    Result<HistoryRecord> result;
    HistoryRecord &record = result.value;
    record.id = toId(object.value(QLatin1String("id")));
    if (record.id == 0) {
        result.error = badResponse(QStringLiteral("history record without a numeric \"id\""));
        return result;
    }
    record.createdAt = parseDateTime(text(object, QStringLiteral("createdAt")), zone);
    record.created = toBool(object.value(QLatin1String("created")), false);
    record.field = text(object, QStringLiteral("field"));
    record.source = text(object, QStringLiteral("source"));
    record.byThisKey =
        toBool(asObject(object.value(QLatin1String("apiKey"))).value(QLatin1String("current")), false);
    record.userId = toId(asObject(object.value(QLatin1String("user"))).value(QLatin1String("id")));

    const auto readValue = [](const QJsonValue &value, QJsonObject *objectOut, QString *textOut) {
        if (value.isObject()) {
            *objectOut = value.toObject();
            *textOut = text(*objectOut, QStringLiteral("code"));
            if (textOut->isEmpty())
                *textOut = text(*objectOut, QStringLiteral("id"));
        } else {
            *textOut = scalarText(value);
        }
    };
    readValue(object.value(QLatin1String("oldValue")), &record.oldValue, &record.oldValueText);
    readValue(object.value(QLatin1String("newValue")), &record.newValue, &record.newValueText);

    const QJsonValue orderValue = object.value(QLatin1String("order"));
    if (!orderValue.isObject()) {
        result.error = badResponse(QStringLiteral("history record %1 without \"order\"").arg(record.id));
        return result;
    }
    const Result<Order> order = parseOrder(orderValue.toObject(), zone);
    if (!order.isOk()) {
        result.error =
            badResponse(QStringLiteral("history record %1: %2").arg(record.id).arg(order.error.detail));
        return result;
    }
    record.order = order.value;
    return result;
}

// ---- answers ----

Result<QStringList> parseApiVersions(const QByteArray &body)
{
    Result<QStringList> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    const QJsonValue versions = envelope.value.value(QLatin1String("versions"));
    if (!versions.isArray()) {
        result.error = badResponse(QStringLiteral("no \"versions\" list: not a retailCRM API answer"));
        return result;
    }
    const QJsonArray array = versions.toArray();
    for (const QJsonValue &version : array) {
        const QString value = scalarText(version);
        if (!value.isEmpty())
            result.value << value;
    }
    return result;
}

Result<AccountSettings> parseSettings(const QByteArray &body)
{
    Result<AccountSettings> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    const QJsonObject settings = envelope.value.value(QLatin1String("settings")).toObject();
    const auto valueOf = [&settings](const char *key) {
        return scalarText(settings.value(QLatin1String(key)).toObject().value(QLatin1String("value")));
    };
    result.value.timeZone = valueOf("timezone");
    result.value.currency = valueOf("default_currency");
    result.value.language = valueOf("system_language");
    if (result.value.timeZone.isEmpty()) {
        result.error = badResponse(QStringLiteral("settings without \"timezone\""));
    } else if (!QTimeZone::isTimeZoneIdAvailable(result.value.timeZone.toUtf8())) {
        result.error = badResponse(QStringLiteral("unknown time zone \"%1\"").arg(result.value.timeZone));
    }
    return result;
}

Result<Credentials> parseCredentials(const QByteArray &body)
{
    Result<Credentials> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    const QJsonObject &root = envelope.value;
    const QJsonValue scopes = root.value(QLatin1String("scopes"));
    const QJsonValue credentials = root.value(QLatin1String("credentials"));
    if (!scopes.isArray() && !credentials.isArray()) {
        result.error = badResponse(QStringLiteral("neither \"scopes\" nor \"credentials\" in the answer"));
        return result;
    }
    const auto strings = [](const QJsonValue &value) {
        QStringList list;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &entry : array) {
            const QString item = scalarText(entry);
            if (!item.isEmpty())
                list << item;
        }
        return list;
    };
    result.value.scopes = strings(scopes);
    result.value.credentials = strings(credentials);
    result.value.siteAccess = text(root, QStringLiteral("siteAccess"));
    result.value.sitesAvailable = strings(root.value(QLatin1String("sitesAvailable")));
    return result;
}

namespace {

    /// A reference book (`{"<code>": {…}}`, or an array): every entry has a code (its own or its key),
    /// a name and an ordering; @p fill reads the rest; sorted by @p less.
    template <typename T, typename Fill, typename Less>
    Result<QList<T>> parseReferenceBook(
        const QByteArray &body, const QString &key, const QString &what, Fill fill, Less less)
    {
        Result<QList<T>> result;
        const Result<QJsonObject> envelope = parseEnvelope(body);
        if (!envelope.isOk()) {
            result.error = envelope.error;
            return result;
        }
        QList<QPair<QString, QJsonObject>> entries;
        QString problem;
        if (!collection(envelope.value.value(key), &entries, &problem)) {
            result.error = badResponse(QLatin1Char('"') + key + QStringLiteral("\": ") + problem);
            return result;
        }
        for (const auto &entry : std::as_const(entries)) {
            T item;
            item.code = text(entry.second, QStringLiteral("code"));
            if (item.code.isEmpty())
                item.code = entry.first;
            if (item.code.isEmpty()) {
                result.error = badResponse(QStringLiteral("a %1 without \"code\"").arg(what));
                return result;
            }
            item.name = text(entry.second, QStringLiteral("name"));
            item.ordering = toInt(entry.second.value(QLatin1String("ordering")), 0);
            fill(entry.second, item);
            result.value << item;
        }
        sortBy(result.value, less);
        return result;
    }

    template <typename T> bool byOrderingThenCode(const T &a, const T &b)
    {
        return a.ordering != b.ordering ? a.ordering < b.ordering : a.code < b.code;
    }

} // namespace

Result<QList<Site>> parseSites(const QByteArray &body)
{
    return parseReferenceBook<Site>(
        body, QStringLiteral("sites"), QStringLiteral("site"),
        [](const QJsonObject &object, Site &site) {
            if (site.name.isEmpty())
                site.name = site.code;
            site.url = text(object, QStringLiteral("url"));
        },
        [](const Site &a, const Site &b) {
            // "First shop" = lowest ordering, ties by name (reference), then code.
            if (a.ordering != b.ordering)
                return a.ordering < b.ordering;
            const int byName = QString::localeAwareCompare(a.name, b.name);
            return byName != 0 ? byName < 0 : a.code < b.code;
        });
}

Result<QList<Status>> parseStatuses(const QByteArray &body)
{
    return parseReferenceBook<Status>(
        body, QStringLiteral("statuses"), QStringLiteral("status"),
        [](const QJsonObject &object, Status &status) {
            status.group = text(object, QStringLiteral("group"));
            status.active = toBool(object.value(QLatin1String("active")), true);
        },
        byOrderingThenCode<Status>);
}

Result<QList<StatusGroup>> parseStatusGroups(const QByteArray &body)
{
    return parseReferenceBook<StatusGroup>(
        body, QStringLiteral("statusGroups"), QStringLiteral("status group"),
        [](const QJsonObject &object, StatusGroup &group) {
            const QJsonArray statuses = object.value(QLatin1String("statuses")).toArray();
            for (const QJsonValue &status : statuses) {
                const QString code = scalarText(status);
                if (!code.isEmpty())
                    group.statuses << code;
            }
        },
        byOrderingThenCode<StatusGroup>);
}

Result<Page<CustomField>> parseCustomFields(const QByteArray &body)
{
    return parseList<CustomField>(body, QStringLiteral("customFields"), [](const QJsonObject &object) {
        Result<CustomField> result;
        result.value.code = text(object, QStringLiteral("code"));
        if (result.value.code.isEmpty()) {
            result.error = badResponse(QStringLiteral("custom field without \"code\""));
            return result;
        }
        result.value.name = text(object, QStringLiteral("name"));
        result.value.type = text(object, QStringLiteral("type"));
        result.value.entity = text(object, QStringLiteral("entity"));
        result.value.inFilter = toBool(object.value(QLatin1String("inFilter")), false);
        result.value.inList = toBool(object.value(QLatin1String("inList")), false);
        return result;
    });
}

Result<QString> parseCustomFieldCreated(const QByteArray &body)
{
    Result<QString> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    result.value = text(envelope.value, QStringLiteral("code"));
    if (result.value.isEmpty())
        result.error = badResponse(QStringLiteral("custom field created without \"code\" in the answer"));
    return result;
}

Result<Page<Customer>> parseCustomers(const QByteArray &body, const QTimeZone &zone)
{
    return parseList<Customer>(body, QStringLiteral("customers"),
        [&zone](const QJsonObject &object) { return parseCustomer(object, zone); });
}

Result<Page<Order>> parseOrders(const QByteArray &body, const QTimeZone &zone)
{
    return parseList<Order>(body, QStringLiteral("orders"),
        [&zone](const QJsonObject &object) { return parseOrder(object, zone); });
}

Result<Order> parseOrderAnswer(const QByteArray &body, const QTimeZone &zone)
{
    Result<Order> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    const QJsonValue order = envelope.value.value(QLatin1String("order"));
    if (!order.isObject()) {
        result.error = badResponse(QStringLiteral("no \"order\" object in the answer"));
        return result;
    }
    return parseOrder(order.toObject(), zone);
}

Result<Order> parseOrderWritten(const QByteArray &body, const QTimeZone &zone)
{
    Result<Order> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    const qint64 id = toId(envelope.value.value(QLatin1String("id")));
    const QJsonValue order = envelope.value.value(QLatin1String("order"));
    if (order.isObject()) {
        result = parseOrder(order.toObject(), zone);
        if (!result.isOk() && id != 0) {
            // The write happened; an incomplete echo must not turn it into a failure.
            result.error = {};
            result.value = Order();
            result.value.id = id;
        }
        return result;
    }
    if (id == 0) {
        result.error = badResponse(QStringLiteral("neither \"id\" nor \"order\" in the answer"));
        return result;
    }
    result.value.id = id;
    return result;
}

Result<qint64> parseCreatedId(const QByteArray &body)
{
    Result<qint64> result;
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    result.value = toId(envelope.value.value(QLatin1String("id")));
    if (result.value == 0)
        result.error = badResponse(QStringLiteral("no numeric \"id\" in the answer"));
    return result;
}

Result<HistoryBatch> parseOrdersHistory(const QByteArray &body, const QTimeZone &zone)
{
    Result<HistoryBatch> result;
    const Result<Page<HistoryRecord>> list = parseList<HistoryRecord>(body, QStringLiteral("history"),
        [&zone](const QJsonObject &object) { return parseHistoryRecord(object, zone); });
    if (!list.isOk()) {
        result.error = list.error;
        return result;
    }
    result.value.records = list.value.items;
    result.value.pagination = list.value.pagination;
    sortBy(result.value.records, [](const HistoryRecord &a, const HistoryRecord &b) { return a.id < b.id; });
    const QJsonDocument document = QJsonDocument::fromJson(body);
    result.value.generatedAt = parseDateTime(text(document.object(), QStringLiteral("generatedAt")), zone);
    return result;
}

Result<Page<User>> parseUsers(const QByteArray &body)
{
    return parseList<User>(body, QStringLiteral("users"), [](const QJsonObject &object) {
        Result<User> result;
        result.value.id = toId(object.value(QLatin1String("id")));
        if (result.value.id == 0) {
            result.error = badResponse(QStringLiteral("user without a numeric \"id\""));
            return result;
        }
        result.value.firstName = text(object, QStringLiteral("firstName"));
        result.value.lastName = text(object, QStringLiteral("lastName"));
        result.value.patronymic = text(object, QStringLiteral("patronymic"));
        result.value.email = text(object, QStringLiteral("email"));
        result.value.active = toBool(object.value(QLatin1String("active")), true);
        return result;
    });
}

} // namespace LeadBridge::RetailCrm
