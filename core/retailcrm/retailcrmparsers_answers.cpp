#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include "retailcrmparsers.h"
#include "retailcrmparsers_p.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;
namespace {

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

    template <typename T, typename Less> void sortBy(QList<T> &list, Less less)
    {
        std::stable_sort(list.begin(), list.end(), less);
    }

    /// Parses `root[name]` as a list of objects with @p parseOne; errors name the entry.
    template <typename T, typename ParseOne>
    Result<Page<T>> parseList(const QJsonObject &root, const QString &name, ParseOne parseOne)
    {
        Result<Page<T>> result;
        QJsonArray array;
        if (!objectList(root, name, &array, &result.error))
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
        const Result<Pagination> pagination = parsePagination(root, int(result.value.items.size()));
        if (!pagination.isOk()) {
            result.error = pagination.error;
            return result;
        }
        result.value.pagination = pagination.value;
        return result;
    }

    template <typename T, typename ParseOne>
    Result<Page<T>> parseList(const QByteArray &body, const QString &name, ParseOne parseOne)
    {
        const Result<QJsonObject> envelope = parseEnvelope(body);
        if (!envelope.isOk()) {
            Result<Page<T>> result;
            result.error = envelope.error;
            return result;
        }
        return parseList<T>(envelope.value, name, parseOne);
    }

} // namespace

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

namespace {
    Result<QList<ReferenceEntry>> parseSimpleBook(
        const QByteArray &body, const QString &key, const QString &what)
    {
        return parseReferenceBook<ReferenceEntry>(
            body, key, what,
            [](const QJsonObject &object, ReferenceEntry &entry) {
                if (entry.name.isEmpty())
                    entry.name = entry.code;
                entry.active = toBool(object.value(QLatin1String("active")), true);
            },
            byOrderingThenCode<ReferenceEntry>);
    }
} // namespace

Result<QList<OrderMethod>> parseOrderMethods(const QByteArray &body)
{
    return parseSimpleBook(body, QStringLiteral("orderMethods"), QStringLiteral("order method"));
}

Result<QList<OrderType>> parseOrderTypes(const QByteArray &body)
{
    return parseSimpleBook(body, QStringLiteral("orderTypes"), QStringLiteral("order type"));
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
    // One parse of the (possibly large) answer: the records and generatedAt come from the same tree.
    const Result<QJsonObject> envelope = parseEnvelope(body);
    if (!envelope.isOk()) {
        result.error = envelope.error;
        return result;
    }
    const Result<Page<HistoryRecord>> list =
        parseList<HistoryRecord>(envelope.value, QStringLiteral("history"),
            [&zone](const QJsonObject &object) { return parseHistoryRecord(object, zone); });
    if (!list.isOk()) {
        result.error = list.error;
        return result;
    }
    result.value.records = list.value.items;
    result.value.pagination = list.value.pagination;
    sortBy(result.value.records, [](const HistoryRecord &a, const HistoryRecord &b) { return a.id < b.id; });
    result.value.generatedAt = parseDateTime(text(envelope.value, QStringLiteral("generatedAt")), zone);
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
