#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include "retailcrmwire.h"
#include "sandbox/retailcrmsim.h"

namespace LeadBridge::RetailCrm {

using namespace SimWire;

// ---- HTTP ----

QString Simulator::routeName(const SimRequest &request) const
{
    static const QRegularExpression orderPath(
        QStringLiteral("^/api/v5/orders/(?!create$|history$)([^/]+)(/edit)?$"));
    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const QRegularExpressionMatch match = orderPath.match(path);
    if (match.hasMatch())
        path = QStringLiteral("/api/v5/orders/{id}") + match.captured(2);
    return QString::fromLatin1(request.method) + QLatin1Char(' ') + path;
}

bool Simulator::authorise(
    const SimRequest &request, const Route &route, QString *key, SimResponse *refusal) const
{
    // The header is what clients should use; retailCRM also reads apiKey from the query or the form.
    QString given = QString::fromUtf8(request.header("X-API-KEY")).trimmed();
    if (given.isEmpty())
        given = value(items(request.query), QStringLiteral("apiKey"));
    if (given.isEmpty())
        given = value(items(request.form), QStringLiteral("apiKey"));
    *key = given;
    if (given.isEmpty()) {
        // Every path, /api/api-versions and /api/credentials included, wants a key.
        *refusal = failure(403, QStringLiteral("\"apiKey\" is missing."));
        return false;
    }
    const auto it = m_keys.constFind(given);
    if (it == m_keys.constEnd()) {
        *refusal = failure(401, QStringLiteral("Wrong \"apiKey\" value."));
        return false;
    }
    if (route.scope.isEmpty())
        return true;
    const bool allowed = it->legacy
        ? it->methods.contains(route.methodPath)
        : (it->scopes.contains(route.scope)
            || (!route.altScope.isEmpty() && it->scopes.contains(route.altScope)));
    if (!allowed) {
        *refusal = failure(403, QStringLiteral("Access denied."));
        return false;
    }
    return true;
}

SimResponse Simulator::handle(const SimRequest &request)
{
    static const QRegularExpression customFieldCreatePath(
        QStringLiteral("^/api/v5/custom-fields/([^/]+)/create$"));
    static const QRegularExpression orderEditPath(QStringLiteral("^/api/v5/orders/([^/]+)/edit$"));
    static const QRegularExpression orderGetPath(QStringLiteral("^/api/v5/orders/([^/]+)$"));

    QString path = request.path;
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";
    if (!m_accountExists)
        return missingAccount();

    QString key;
    SimResponse refusal;
    const auto allowed = [&](const QString &scope, const QString &methodPath, const QString &altScope = {}) {
        return authorise(request, { scope, altScope, methodPath }, &key, &refusal);
    };

    if (isGet && path == QLatin1String("/api/api-versions")) {
        if (!allowed(QString(), QString()))
            return refusal;
        return apiVersions();
    }
    if (isGet && path == QLatin1String("/api/v5/settings")) {
        if (!allowed(QString(), QString()))
            return refusal;
        return settings();
    }
    if (isGet && path == QLatin1String("/api/credentials")) {
        if (!allowed(QString(), QString()))
            return refusal;
        return credentialsOf(key);
    }
    if (isGet && path == QLatin1String("/api/v5/reference/sites")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/sites")))
            return refusal;
        return referenceSites();
    }
    if (isGet && path == QLatin1String("/api/v5/reference/statuses")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/statuses")))
            return refusal;
        return referenceStatuses();
    }
    if (isGet && path == QLatin1String("/api/v5/reference/status-groups")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/status-groups")))
            return refusal;
        return referenceStatusGroups();
    }
    if (isGet && path == QLatin1String("/api/v5/reference/order-methods")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/order-methods")))
            return refusal;
        return referenceBook(QStringLiteral("orderMethods"), m_orderMethods);
    }
    if (isGet && path == QLatin1String("/api/v5/reference/order-types")) {
        if (!allowed(QStringLiteral("reference_read"), QStringLiteral("/api/reference/order-types")))
            return refusal;
        return referenceBook(QStringLiteral("orderTypes"), m_orderTypes);
    }
    if (isGet && path == QLatin1String("/api/v5/users")) {
        if (!allowed(QStringLiteral("user_read"), QStringLiteral("/api/users")))
            return refusal;
        return usersList(request);
    }
    if (isGet && path == QLatin1String("/api/v5/custom-fields")) {
        if (!allowed(QStringLiteral("custom_fields_read"), QStringLiteral("/api/custom-fields"),
                QStringLiteral("custom_fields_write")))
            return refusal;
        return customFieldsList(request);
    }
    if (isPost) {
        const QRegularExpressionMatch match = customFieldCreatePath.match(path);
        if (match.hasMatch()) {
            if (!allowed(QStringLiteral("custom_fields_write"),
                    QStringLiteral("/api/custom-fields/{entity}/create")))
                return refusal;
            return customFieldCreate(request, match.captured(1));
        }
    }
    if (isGet && path == QLatin1String("/api/v5/customers")) {
        if (!allowed(QStringLiteral("customer_read"), QStringLiteral("/api/customers")))
            return refusal;
        return customersList(request);
    }
    if (isPost && path == QLatin1String("/api/v5/customers/create")) {
        if (!allowed(QStringLiteral("customer_write"), QStringLiteral("/api/customers/create")))
            return refusal;
        return customerCreate(request);
    }
    if (isGet && path == QLatin1String("/api/v5/orders")) {
        if (!allowed(QStringLiteral("order_read"), QStringLiteral("/api/orders")))
            return refusal;
        return ordersList(request);
    }
    if (isPost && path == QLatin1String("/api/v5/orders/create")) {
        if (!allowed(QStringLiteral("order_write"), QStringLiteral("/api/orders/create")))
            return refusal;
        return orderCreate(request, key);
    }
    if (isGet && path == QLatin1String("/api/v5/orders/history")) {
        if (!allowed(QStringLiteral("order_read"), QStringLiteral("/api/orders/history")))
            return refusal;
        return ordersHistory(request, key);
    }
    if (isPost) {
        const QRegularExpressionMatch match = orderEditPath.match(path);
        if (match.hasMatch()) {
            if (!allowed(QStringLiteral("order_write"), QStringLiteral("/api/orders/{externalId}/edit")))
                return refusal;
            return orderEdit(request, match.captured(1), key);
        }
    }
    if (isGet) {
        const QRegularExpressionMatch match = orderGetPath.match(path);
        if (match.hasMatch() && match.captured(1) != QLatin1String("create")) {
            if (!allowed(QStringLiteral("order_read"), QStringLiteral("/api/orders/{externalId}")))
                return refusal;
            return orderGet(request, match.captured(1));
        }
    }
    return failure(404, QStringLiteral("API method not found"));
}

SimResponse Simulator::missingAccount() const
{
    if (m_missingAccount == MissingAccount::Json400)
        return failure(400, QStringLiteral("Account does not exist."));
    // As sample error-account-does-not-exist-405.html.
    SimResponse response;
    response.status = 405;
    response.contentType = "text/html";
    response.body = "<html>\n\n<head>\n\t<title>405 Not Allowed</title>\n</head>\n\n<body>\n\t<center>\n"
                    "\t\t<h1>405 Not Allowed</h1>\n\t</center>\n\t<hr>\n\t<center>nginx/1.18.0</center>\n"
                    "</body>\n\n</html>\n";
    return response;
}

SimResponse Simulator::settings()
{
    // As sample settings.json; the zone is the one every date-time of this account is written in.
    const QString updated = dateTimeText(now().addDays(-30), m_zone);
    const auto setting = [&updated](const QString &text) {
        return QJsonObject { { QStringLiteral("value"), text }, { QStringLiteral("updated_at"), updated } };
    };
    const auto workTime = [](const char *day) {
        return QJsonObject { { QStringLiteral("day_type"), QLatin1String(day) },
            { QStringLiteral("start_time"), QStringLiteral("09:00") },
            { QStringLiteral("end_time"), QStringLiteral("18:00") },
            { QStringLiteral("lunch_start_time"), QStringLiteral("13:00") },
            { QStringLiteral("lunch_end_time"), QStringLiteral("14:00") } };
    };
    return ok({ { QStringLiteral("settings"),
        QJsonObject { { QStringLiteral("default_currency"), setting(QStringLiteral("RUB")) },
            { QStringLiteral("system_language"), setting(QStringLiteral("RU")) },
            { QStringLiteral("timezone"), setting(QString::fromLatin1(m_zone.id())) },
            { QStringLiteral("work_times"), QJsonArray { workTime("Monday"), workTime("Tuesday") } } } } });
}

SimResponse Simulator::apiVersions()
{
    return ok({ { QStringLiteral("versions"),
        QJsonArray { QStringLiteral("3.0"), QStringLiteral("4.0"), QStringLiteral("5.0") } } });
}

SimResponse Simulator::credentialsOf(const QString &key)
{
    const ApiKey apiKey = m_keys.value(key);
    QJsonArray sitesAvailable;
    for (const Site &site : sites())
        sitesAvailable.append(site.code);
    QJsonObject payload { { QStringLiteral("siteAccess"), QStringLiteral("access_full") },
        { QStringLiteral("sitesAvailable"), sitesAvailable } };
    if (apiKey.legacy)
        payload.insert(QStringLiteral("credentials"), QJsonArray::fromStringList(apiKey.methods));
    else
        payload.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(apiKey.scopes));
    return ok(payload);
}

SimResponse Simulator::referenceSites()
{
    QJsonObject map;
    for (const Site &site : std::as_const(m_sites)) {
        map.insert(site.code,
            QJsonObject { { QStringLiteral("name"), site.name }, { QStringLiteral("code"), site.code },
                { QStringLiteral("url"), site.url }, { QStringLiteral("ordering"), site.ordering },
                { QStringLiteral("defaultForCrm"), false } });
    }
    return ok({ { QStringLiteral("sites"), map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

SimResponse Simulator::referenceStatuses()
{
    QJsonObject map;
    for (const Status &status : std::as_const(m_statuses)) {
        map.insert(status.code,
            QJsonObject { { QStringLiteral("name"), status.name }, { QStringLiteral("code"), status.code },
                { QStringLiteral("active"), status.active }, { QStringLiteral("ordering"), status.ordering },
                { QStringLiteral("group"), status.group } });
    }
    return ok({ { QStringLiteral("statuses"), map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

SimResponse Simulator::referenceStatusGroups()
{
    QJsonObject map;
    for (const StatusGroup &group : std::as_const(m_groups)) {
        map.insert(group.code,
            QJsonObject { { QStringLiteral("name"), group.name }, { QStringLiteral("code"), group.code },
                { QStringLiteral("active"), true }, { QStringLiteral("ordering"), group.ordering },
                { QStringLiteral("process"),
                    group.code != QLatin1String("complete") && group.code != QLatin1String("cancel") },
                { QStringLiteral("statuses"), QJsonArray::fromStringList(group.statuses) } });
    }
    return ok(
        { { QStringLiteral("statusGroups"), map.isEmpty() ? QJsonValue(QJsonArray()) : QJsonValue(map) } });
}

SimResponse Simulator::usersList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(params, { QStringLiteral("active"), QStringLiteral("email") }, &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const QString active = value(params, QStringLiteral("filter[active]"));
    const QString email = value(params, QStringLiteral("filter[email]")).toLower();
    QJsonArray all;
    for (const User &user : std::as_const(m_users)) {
        if (!active.isEmpty() && user.active != (active == QLatin1String("1")))
            continue;
        if (!email.isEmpty() && user.email.toLower() != email)
            continue;
        QJsonObject object { { QStringLiteral("id"), double(user.id) },
            { QStringLiteral("firstName"), user.firstName }, { QStringLiteral("lastName"), user.lastName },
            { QStringLiteral("active"), user.active }, { QStringLiteral("email"), user.email } };
        if (!user.patronymic.isEmpty())
            object.insert(QStringLiteral("patronymic"), user.patronymic);
        all.append(object);
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("users"), slice }, { QStringLiteral("pagination"), pagination } });
}

SimResponse Simulator::customFieldsList(const SimRequest &request)
{
    const Params params = items(request.query);
    SimResponse refusal;
    int limit = 0;
    int page = 0;
    if (!checkFilters(
            params, { QStringLiteral("entity"), QStringLiteral("code"), QStringLiteral("type") }, &refusal)
        || !pageParams(params, &limit, &page, &refusal))
        return refusal;
    const QString entity = value(params, QStringLiteral("filter[entity]"));
    const QString code = value(params, QStringLiteral("filter[code]"));
    QJsonArray all;
    for (const CustomField &field : std::as_const(m_customFields)) {
        if ((!entity.isEmpty() && field.entity != entity) || (!code.isEmpty() && field.code != code))
            continue;
        all.append(
            QJsonObject { { QStringLiteral("name"), field.name }, { QStringLiteral("code"), field.code },
                { QStringLiteral("type"), field.type }, { QStringLiteral("entity"), field.entity },
                { QStringLiteral("required"), false }, { QStringLiteral("inFilter"), field.inFilter },
                { QStringLiteral("inList"), field.inList }, { QStringLiteral("ordering"), 50 } });
    }
    QJsonArray slice;
    const QJsonObject pagination = paginate(all, limit, page, &slice);
    return ok({ { QStringLiteral("customFields"), slice }, { QStringLiteral("pagination"), pagination } });
}

SimResponse Simulator::customFieldCreate(const SimRequest &request, const QString &entity)
{
    if (entity != QLatin1String("order") && entity != QLatin1String("customer"))
        return failure(404, QStringLiteral("API method not found"));
    const Params form = items(request.form);
    QJsonObject object;
    SimResponse refusal;
    if (!formEntity(form, QStringLiteral("customField"), &object, &refusal))
        return refusal;
    static const QRegularExpression codeShape(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
    static const QSet<QString> types { QStringLiteral("string"), QStringLiteral("text"),
        QStringLiteral("integer"), QStringLiteral("numeric"), QStringLiteral("boolean"),
        QStringLiteral("date"), QStringLiteral("email"), QStringLiteral("dictionary"),
        QStringLiteral("multiselect_dictionary") };
    CustomField field;
    field.code = object.value(QLatin1String("code")).toString();
    field.name = object.value(QLatin1String("name")).toString();
    field.type = object.value(QLatin1String("type")).toString();
    field.entity = entity;
    field.inFilter = object.value(QLatin1String("inFilter")).toBool(false);
    field.inList = object.value(QLatin1String("inList")).toBool(false);
    QJsonObject errors;
    if (!codeShape.match(field.code).hasMatch())
        errors.insert(QStringLiteral("code"),
            QStringLiteral("Code must start with a latin letter and contain only "
                           "latin letters, digits and underscores."));
    if (field.name.trimmed().isEmpty())
        errors.insert(QStringLiteral("name"), QStringLiteral("This value should not be blank."));
    if (!types.contains(field.type))
        errors.insert(
            QStringLiteral("type"), QStringLiteral("The value you selected is not a valid choice."));
    if (errors.isEmpty()) {
        for (const CustomField &existing : std::as_const(m_customFields)) {
            if (existing.entity == entity && existing.code == field.code) {
                errors.insert(QStringLiteral("code"),
                    QStringLiteral("Custom field with code \"%1\" already exists.").arg(field.code));
                break;
            }
        }
    }
    if (!errors.isEmpty())
        return failure(400, kInputErrors, errors);
    m_customFields << field;
    return ok({ { QStringLiteral("code"), field.code } }, 201);
}

} // namespace LeadBridge::RetailCrm
