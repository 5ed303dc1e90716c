// Over 500 lines on purpose: one method per retailCRM API call LeadBridge makes (probes, reference
// books, customers, orders, history), each a few lines over the shared plumbing at the top; splitting
// them by entity would spread one contract over several files.
#include "retailcrmclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>

#include "net/apitransport.h"
#include "util/contacts.h"
#include "util/logging.h"

namespace LeadBridge::RetailCrm {
namespace {

    using Kind = ApiError::Kind;

    QByteArray encodePairs(const QList<QPair<QString, QString>> &pairs)
    {
        // Everything but unreserved characters is percent-encoded (also '+', '[' and ']'), so PHP on
        // the other side reads back exactly what was meant.
        QByteArray out;
        for (const auto &pair : pairs) {
            if (!out.isEmpty())
                out += '&';
            out += QUrl::toPercentEncoding(pair.first) + '=' + QUrl::toPercentEncoding(pair.second);
        }
        return out;
    }

    QByteArray compactJson(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    QJsonObject sourceJson(const OrderSource &source)
    {
        QJsonObject object;
        const auto put = [&object](const char *name, const QString &value) {
            if (!value.isEmpty())
                object.insert(QLatin1String(name), value);
        };
        put("source", source.source);
        put("medium", source.medium);
        put("campaign", source.campaign);
        put("keyword", source.keyword);
        put("content", source.content);
        return object;
    }

    /// "/api/v5/orders/{id}/edit" and "/api/orders/{externalId}/edit" -> "/api/orders/{}/edit".
    QString normaliseMethodPath(const QString &path)
    {
        static const QRegularExpression version(QStringLiteral("^/api/v\\d+(?=/)"));
        static const QRegularExpression placeholder(QStringLiteral("\\{[^}]*\\}"));
        QString out = path.trimmed().toLower();
        const int query = out.indexOf(QLatin1Char('?'));
        if (query >= 0)
            out.truncate(query);
        out.replace(version, QStringLiteral("/api"));
        out.replace(placeholder, QStringLiteral("{}"));
        while (out.size() > 1 && out.endsWith(QLatin1Char('/')))
            out.chop(1);
        return out;
    }

    bool granted(
        const Client::Permission &permission, const QSet<QString> &scopes, const QSet<QString> &methods)
    {
        for (const QString &scope : permission.scopes) {
            if (scopes.contains(scope))
                return true;
        }
        if (permission.methods.isEmpty() || methods.isEmpty())
            return false;
        for (const QString &method : permission.methods) {
            if (!methods.contains(method))
                return false;
        }
        return true;
    }

    /// A create refused because the externalId is taken (UNCONFIRMED exact text: any field error that
    /// names externalId counts).
    bool externalIdTaken(const ApiError &error)
    {
        if (error.kind != Kind::Validation)
            return false;
        for (auto it = error.fieldErrors.constBegin(); it != error.fieldErrors.constEnd(); ++it) {
            if (it.key().contains(QLatin1String("externalId"), Qt::CaseInsensitive)
                || it.value().contains(QLatin1String("externalId"), Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

    /// A create with an externalId that already exists: an earlier attempt of this very write (a retry,
    /// or Qt resending a POST on a dropped keep-alive connection) may have created it. Reported as
    /// OutcomeUnknown, so the caller looks it up by externalId instead of failing the item for good.
    ApiError asOutcomeUnknownIfTaken(const ApiError &error, const QString &externalId)
    {
        if (externalId.isEmpty() || !externalIdTaken(error))
            return error;
        ApiError unknown = error;
        unknown.kind = Kind::OutcomeUnknown;
        unknown.detail = error.detail + QStringLiteral(" (externalId already used: look it up)");
        return unknown;
    }

    template <typename T, typename Parse>
    std::function<void(const QByteArray &, const ApiError &)> typed(Done<T> done, Parse parse)
    {
        return [done = std::move(done), parse](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done(T {}, error);
                return;
            }
            const Result<T> result = parse(body);
            if (!result.isOk()) {
                done(T {}, result.error);
                return;
            }
            done(result.value, {});
        };
    }

} // namespace

Client::Client(ApiTransport *transport, const QUrl &accountUrl, const QString &apiKey,
    const QString &timeZoneId, const QString &phoneRegion, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_apiKey(apiKey.trimmed().toUtf8())
    , m_zone(accountTimeZone(timeZoneId))
    , m_phoneRegion(phoneRegion.isEmpty() ? QStringLiteral("RU") : phoneRegion)
{
    QUrl account = accountUrl;
    if (account.scheme().isEmpty() && account.host().isEmpty() && !account.path().isEmpty()) {
        // "myshop.retailcrm.ru" typed without a scheme: retailCRM is HTTPS only.
        account = QUrl(QStringLiteral("https://") + accountUrl.toString(), QUrl::TolerantMode);
    }
    m_base.setScheme(account.scheme().toLower());
    m_base.setHost(account.host());
    if (account.port() > 0)
        m_base.setPort(account.port());
    registerSecret(apiKey.trimmed());
}

Client::~Client() = default;

// ---- permissions ----

QList<Client::Permission> Client::requiredPermissions()
{
    const auto make = [](const char *id, const QString &label, const QStringList &scopes,
                          const QStringList &methods) {
        Permission permission;
        permission.id = QLatin1String(id);
        permission.label = label + QStringLiteral(" (") + scopes.first() + QLatin1Char(')');
        permission.scopes = scopes;
        permission.methods = methods;
        return permission;
    };
    return {
        make("orders-read", tr("Orders: read"), { QStringLiteral("order_read") },
            { QStringLiteral("/api/orders") }),
        make("orders-write", tr("Orders: write"), { QStringLiteral("order_write") },
            { QStringLiteral("/api/orders/create"), QStringLiteral("/api/orders/{}/edit") }),
        make("customers-read", tr("Customers: read"), { QStringLiteral("customer_read") },
            { QStringLiteral("/api/customers") }),
        make("customers-write", tr("Customers: write"), { QStringLiteral("customer_write") },
            { QStringLiteral("/api/customers/create") }),
        // ensureCustomField() lists before it creates; a write scope is taken to include reading.
        make("custom-fields-read", tr("Custom fields: read"),
            { QStringLiteral("custom_fields_read"), QStringLiteral("custom_fields_write") },
            { QStringLiteral("/api/custom-fields") }),
        make("custom-fields-write", tr("Custom fields: write"), { QStringLiteral("custom_fields_write") },
            { QStringLiteral("/api/custom-fields/{}/create") }),
        make("reference-read", tr("Reference books: read"), { QStringLiteral("reference_read") },
            { QStringLiteral("/api/reference/sites"), QStringLiteral("/api/reference/statuses"),
                QStringLiteral("/api/reference/status-groups") }),
        // UNCONFIRMED: retailCRM has no scope of its own for the history; orders/history is taken to
        // come with order_read (and, in the method-path form, with "/api/orders/history").
        make("history-read", tr("Order history: read"), { QStringLiteral("order_read") },
            { QStringLiteral("/api/orders/history") }),
        make("users-read", tr("Users: read"), { QStringLiteral("user_read") },
            { QStringLiteral("/api/users") }),
    };
}

QStringList Client::missingPermissionIds(const Credentials &credentials)
{
    QSet<QString> scopes;
    for (const QString &scope : credentials.scopes)
        scopes.insert(scope.trimmed().toLower());
    QSet<QString> methods;
    for (const QString &method : credentials.credentials)
        methods.insert(normaliseMethodPath(method));
    QStringList missing;
    const QList<Permission> permissions = requiredPermissions();
    for (const Permission &permission : permissions) {
        if (!granted(permission, scopes, methods))
            missing << permission.id;
    }
    return missing;
}

QStringList Client::missingPermissions(const Credentials &credentials)
{
    const QStringList ids = missingPermissionIds(credentials);
    QStringList labels;
    const QList<Permission> permissions = requiredPermissions();
    for (const Permission &permission : permissions) {
        if (ids.contains(permission.id))
            labels << permission.label;
    }
    return labels;
}

// ---- plumbing ----

QUrl Client::endpoint(const QString &path, const Params &query) const
{
    QUrl url = m_base;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encodePairs(query)), QUrl::StrictMode);
    return url;
}

void Client::send(const ApiRequest &request, QObject *context, RawDone done)
{
    ApiCall *call = m_transport->send(request);
    QObject *receiver = context ? context : this;
    connect(call, &ApiCall::finished, receiver, [done = std::move(done)](const ApiResponse &response) {
        done(response.body, responseError(response.httpStatus, response.body, response.error));
    });
}

void Client::get(const QString &path, const Params &query, QObject *context, RawDone done)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Get;
    request.url = endpoint(path, query);
    request.headers.append({ QByteArrayLiteral("X-API-KEY"), m_apiKey });
    send(request, context, std::move(done));
}

void Client::post(const QString &path, const Params &form, QObject *context, RawDone done)
{
    ApiRequest request;
    request.method = ApiRequest::Method::Post;
    request.url = endpoint(path);
    request.headers.append({ QByteArrayLiteral("X-API-KEY"), m_apiKey });
    request.contentType = QByteArrayLiteral("application/x-www-form-urlencoded; charset=utf-8");
    request.body = encodePairs(form);
    request.isWrite = true;
    send(request, context, std::move(done));
}

template <typename T>
void Client::fetchAllPages(const QString &path, const Params &query, PageParser<T> parse, QObject *context,
    Done<QList<T>> done, int page, QList<T> collected)
{
    Params pageQuery = query;
    pageQuery.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    if (page > 1)
        pageQuery.append({ QStringLiteral("page"), QString::number(page) });
    QPointer<Client> self(this);
    get(path, pageQuery, context,
        [self, path, query, parse, context, done, page, collected](
            const QByteArray &body, const ApiError &error) mutable {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            const Result<Page<T>> result = parse(body);
            if (!result.isOk()) {
                done({}, result.error);
                return;
            }
            collected += result.value.items;
            const bool more = page < result.value.pagination.totalPageCount && !result.value.items.isEmpty();
            if (!more) {
                done(collected, {});
                return;
            }
            if (page >= kMaxPages) {
                done({},
                    ApiError::make(Kind::BadResponse,
                        QStringLiteral("%1: more than %2 pages").arg(path).arg(kMaxPages)));
                return;
            }
            if (!self) {
                done({}, ApiError::make(Kind::Network, QStringLiteral("the retailCRM client was deleted")));
                return;
            }
            self->fetchAllPages<T>(
                path, query, std::move(parse), context, std::move(done), page + 1, std::move(collected));
        });
}

// ---- probes ----

void Client::apiVersions(QObject *context, Done<QStringList> done)
{
    // With the key, as every official client sends it: retailCRM refuses a request without one.
    get(QStringLiteral("/api/api-versions"), {}, context,
        typed<QStringList>(std::move(done), parseApiVersions));
}

void Client::settings(QObject *context, Done<AccountSettings> done)
{
    get(QStringLiteral("/api/v5/settings"), {}, context,
        typed<AccountSettings>(std::move(done), parseSettings));
}

void Client::credentials(QObject *context, Done<Credentials> done)
{
    get(QStringLiteral("/api/credentials"), {}, context,
        typed<Credentials>(std::move(done), parseCredentials));
}

// ---- reference data ----

void Client::sites(QObject *context, Done<QList<Site>> done)
{
    get(QStringLiteral("/api/v5/reference/sites"), {}, context,
        typed<QList<Site>>(std::move(done), parseSites));
}

void Client::statuses(QObject *context, Done<QList<Status>> done)
{
    get(QStringLiteral("/api/v5/reference/statuses"), {}, context,
        typed<QList<Status>>(std::move(done), parseStatuses));
}

void Client::statusGroups(QObject *context, Done<QList<StatusGroup>> done)
{
    get(QStringLiteral("/api/v5/reference/status-groups"), {}, context,
        typed<QList<StatusGroup>>(std::move(done), parseStatusGroups));
}

void Client::users(QObject *context, Done<QList<User>> done)
{
    fetchAllPages<User>(QStringLiteral("/api/v5/users"),
        { { QStringLiteral("filter[active]"), QStringLiteral("1") } }, parseUsers, context, std::move(done));
}

void Client::customFields(QObject *context, Done<QList<CustomField>> done)
{
    listCustomFields(QStringLiteral("order"), context, std::move(done));
}

void Client::listCustomFields(const QString &entity, QObject *context, Done<QList<CustomField>> done)
{
    fetchAllPages<CustomField>(QStringLiteral("/api/v5/custom-fields"),
        { { QStringLiteral("filter[entity]"), entity } }, parseCustomFields, context, std::move(done));
}

void Client::ensureCustomField(const CustomField &wantedField, QObject *context, Done<bool> done)
{
    CustomField wanted = wantedField;
    if (wanted.entity.isEmpty())
        wanted.entity = QStringLiteral("order");
    if (wanted.type.isEmpty())
        wanted.type = QStringLiteral("string");
    QPointer<Client> self(this);
    listCustomFields(wanted.entity, context,
        [self, wanted, context, done](const QList<CustomField> &fields, const ApiError &error) {
            if (!error.isOk()) {
                done(false, error);
                return;
            }
            for (const CustomField &field : fields) {
                if (field.code != wanted.code)
                    continue;
                if (!field.type.isEmpty() && field.type != wanted.type) {
                    ApiError mismatch = ApiError::make(Kind::Validation,
                        QStringLiteral("custom field \"%1\" exists with type \"%2\", "
                                       "not \"%3\"")
                            .arg(wanted.code, field.type, wanted.type));
                    mismatch.fieldErrors.insert(QStringLiteral("code"), mismatch.detail);
                    done(false, mismatch);
                    return;
                }
                done(false, {});
                return;
            }
            if (!self) {
                done(
                    false, ApiError::make(Kind::Network, QStringLiteral("the retailCRM client was deleted")));
                return;
            }
            self->createCustomField(wanted, context, done);
        });
}

void Client::createCustomField(const CustomField &wanted, QObject *context, Done<bool> done)
{
    QJsonObject definition;
    definition.insert(QStringLiteral("name"), wanted.name.isEmpty() ? wanted.code : wanted.name);
    definition.insert(QStringLiteral("code"), wanted.code);
    definition.insert(QStringLiteral("type"), wanted.type);
    definition.insert(QStringLiteral("inFilter"), wanted.inFilter);
    definition.insert(QStringLiteral("inList"), wanted.inList);
    const QString path = QStringLiteral("/api/v5/custom-fields/%1/create").arg(wanted.entity);
    QPointer<Client> self(this);
    post(path, { { QStringLiteral("customField"), QString::fromUtf8(compactJson(definition)) } }, context,
        [self, wanted, context, done](const QByteArray &, const ApiError &error) {
            if (error.isOk()) {
                // The 201 is what counts; the echoed code (parseCustomFieldCreated) is not needed.
                done(true, {});
                return;
            }
            // "code exists" (a parallel run, or a list that lagged), or a lost answer: look again.
            const bool worthRelisting = error.kind == Kind::Validation || error.kind == Kind::OutcomeUnknown;
            if (!worthRelisting || !self) {
                done(false, error);
                return;
            }
            self->listCustomFields(wanted.entity, context,
                [wanted, done, error](const QList<CustomField> &fields, const ApiError &again) {
                    if (!again.isOk()) {
                        done(false, error);
                        return;
                    }
                    for (const CustomField &field : fields) {
                        if (field.code == wanted.code
                            && (field.type.isEmpty() || field.type == wanted.type)) {
                            // Validation: it existed; OutcomeUnknown: our create landed.
                            done(error.kind == Kind::OutcomeUnknown, {});
                            return;
                        }
                    }
                    done(false, error);
                });
        });
}

// ---- customers ----

void Client::findCustomersByPhone(const QString &phone, QObject *context, Done<QList<Customer>> done)
{
    const QString canonical = Contacts::canonicalPhone(phone, m_phoneRegion);
    if (canonical.isEmpty()) {
        // No request: report it on the next turn of the event loop, like every other answer.
        QPointer<QObject> guard(context ? context : this);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done] {
                if (guard)
                    done({}, ApiError::make(Kind::Validation, QStringLiteral("not a phone number")));
            },
            Qt::QueuedConnection);
        return;
    }
    // There is no filter[phone]: filter[name] matches names and phones, and how it compares digits with
    // a stored "8 (999) 123-45-67" is not confirmed. So: the national number first (a digit substring
    // of every spelling), then the full number if that finds nobody; every candidate is verified,
    // since a name may contain the digits too.
    const QString national = Contacts::nationalDigits(canonical);
    const QString full = Contacts::phoneDigits(canonical);
    QPointer<Client> self(this);
    searchCustomersByDigits(national.isEmpty() ? full : national, canonical, context,
        [self, full, national, canonical, context, done](
            const QList<Customer> &found, const ApiError &error) {
            if (!error.isOk() || !found.isEmpty() || national.isEmpty() || national == full || !self) {
                done(found, error);
                return;
            }
            self->searchCustomersByDigits(full, canonical, context, done);
        });
}

void Client::searchCustomersByDigits(
    const QString &digits, const QString &canonical, QObject *context, Done<QList<Customer>> done)
{
    const QString region = m_phoneRegion;
    fetchAllPages<Customer>(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[name]"), digits } },
        [zone = m_zone](const QByteArray &body) { return parseCustomers(body, zone); }, context,
        [done, canonical, region](const QList<Customer> &candidates, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Customer> matches;
            for (const Customer &customer : candidates) {
                for (const QString &stored : customer.phones) {
                    if (Contacts::canonicalPhone(stored, region) == canonical) {
                        matches << customer;
                        break;
                    }
                }
            }
            done(matches, {});
        });
}

void Client::findCustomersByEmail(const QString &email, QObject *context, Done<QList<Customer>> done)
{
    const QString wanted = email.trimmed().toLower();
    fetchAllPages<Customer>(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[email]"), wanted } },
        [zone = m_zone](const QByteArray &body) { return parseCustomers(body, zone); }, context,
        [done, wanted](const QList<Customer> &candidates, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Customer> matches;
            for (const Customer &customer : candidates) {
                if (!wanted.isEmpty() && customer.email.trimmed().toLower() == wanted)
                    matches << customer;
            }
            done(matches, {});
        });
}

void Client::findCustomerByExternalId(const QString &externalId, QObject *context, Done<Customer> done)
{
    fetchAllPages<Customer>(
        QStringLiteral("/api/v5/customers"), { { QStringLiteral("filter[externalIds][]"), externalId } },
        [zone = m_zone](const QByteArray &body) { return parseCustomers(body, zone); }, context,
        [done, externalId](const QList<Customer> &candidates, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            for (const Customer &customer : candidates) {
                if (customer.externalId == externalId) {
                    done(customer, {});
                    return;
                }
            }
            done(Customer(), {});
        });
}

void Client::createCustomer(const CustomerDraft &draft, QObject *context, Done<qint64> done)
{
    QJsonObject customer;
    if (!draft.firstName.isEmpty())
        customer.insert(QStringLiteral("firstName"), draft.firstName);
    if (!draft.phone.isEmpty())
        customer.insert(QStringLiteral("phones"),
            QJsonArray { QJsonObject { { QStringLiteral("number"), draft.phone } } });
    if (!draft.email.isEmpty())
        customer.insert(QStringLiteral("email"), draft.email);
    if (!draft.externalId.isEmpty())
        customer.insert(QStringLiteral("externalId"), draft.externalId);
    Params form { { QStringLiteral("customer"), QString::fromUtf8(compactJson(customer)) } };
    if (!draft.site.isEmpty())
        form.append({ QStringLiteral("site"), draft.site });
    const QString externalId = draft.externalId;
    post(QStringLiteral("/api/v5/customers/create"), form, context,
        [done, externalId](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done(0, asOutcomeUnknownIfTaken(error, externalId));
                return;
            }
            const Result<qint64> created = parseCreatedId(body);
            if (!created.isOk()) {
                // 201 without an id we can read: the customer may exist. Treat as a lost answer.
                ApiError unknown = created.error;
                unknown.kind = Kind::OutcomeUnknown;
                done(0, unknown);
                return;
            }
            done(created.value, {});
        });
}

// ---- orders ----

void Client::customerOrders(qint64 customerId, QObject *context, Done<QList<Order>> done)
{
    fetchAllPages<Order>(
        QStringLiteral("/api/v5/orders"),
        { { QStringLiteral("filter[customerId]"), QString::number(customerId) } },
        [zone = m_zone](const QByteArray &body) { return parseOrders(body, zone); }, context,
        [done, customerId](const QList<Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Order> own;
            for (const Order &order : orders) {
                // Orders that do not say whose they are are kept: the filter chose them.
                if (order.customerId == 0 || order.customerId == customerId)
                    own << order;
            }
            done(own, {});
        });
}

void Client::findOrdersByCustomField(
    const QString &code, const QString &value, QObject *context, Done<QList<Order>> done)
{
    fetchAllPages<Order>(
        QStringLiteral("/api/v5/orders"), { { QStringLiteral("filter[customFields][%1]").arg(code), value } },
        [zone = m_zone](const QByteArray &body) { return parseOrders(body, zone); }, context,
        [done, code, value](const QList<Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            // UNCONFIRMED whether string filters match exactly or by substring: keep exact matches.
            QList<Order> matches;
            for (const Order &order : orders) {
                if (order.customFields.value(code) == value)
                    matches << order;
            }
            done(matches, {});
        });
}

void Client::findOrdersByExternalId(const QString &externalId, QObject *context, Done<QList<Order>> done)
{
    fetchAllPages<Order>(
        QStringLiteral("/api/v5/orders"), { { QStringLiteral("filter[externalIds][]"), externalId } },
        [zone = m_zone](const QByteArray &body) { return parseOrders(body, zone); }, context,
        [done, externalId](const QList<Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            QList<Order> matches;
            for (const Order &order : orders) {
                if (order.externalId == externalId)
                    matches << order;
            }
            done(matches, {});
        });
}

void Client::createOrder(const OrderDraft &draft, QObject *context, Done<Order> done)
{
    QJsonObject order;
    if (draft.customerId > 0)
        order.insert(
            QStringLiteral("customer"), QJsonObject { { QStringLiteral("id"), double(draft.customerId) } });
    if (!draft.firstName.isEmpty())
        order.insert(QStringLiteral("firstName"), draft.firstName);
    if (!draft.phone.isEmpty())
        order.insert(QStringLiteral("phone"), draft.phone);
    if (!draft.email.isEmpty())
        order.insert(QStringLiteral("email"), draft.email);
    if (!draft.externalId.isEmpty())
        order.insert(QStringLiteral("externalId"), draft.externalId);
    if (!draft.customFields.isEmpty()) {
        QJsonObject fields;
        for (auto it = draft.customFields.constBegin(); it != draft.customFields.constEnd(); ++it) {
            if (!it.value().isEmpty())
                fields.insert(it.key(), it.value());
        }
        order.insert(QStringLiteral("customFields"), fields);
    }
    const QJsonObject source = sourceJson(draft.source);
    if (!source.isEmpty())
        order.insert(QStringLiteral("source"), source);
    // No "status" and no "number": the CRM sets its default first status and its own numbering.
    Params form { { QStringLiteral("order"), QString::fromUtf8(compactJson(order)) } };
    if (!draft.site.isEmpty())
        form.append({ QStringLiteral("site"), draft.site });

    QPointer<Client> self(this);
    const QTimeZone zone = m_zone;
    const QString site = draft.site;
    const QString externalId = draft.externalId;
    post(QStringLiteral("/api/v5/orders/create"), form, context,
        [self, zone, site, externalId, context, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, asOutcomeUnknownIfTaken(error, externalId));
                return;
            }
            Result<Order> created = parseOrderWritten(body, zone);
            if (!created.isOk()) {
                // 201 without an id we can read: the order may exist. Treat as a lost answer.
                ApiError unknown = created.error;
                unknown.kind = Kind::OutcomeUnknown;
                done({}, unknown);
                return;
            }
            if (created.value.site.isEmpty())
                created.value.site = site;
            if (!created.value.number.isEmpty() || !self) {
                done(created.value, {});
                return;
            }
            // The answer carried only the id: read the number back; the create stands either way.
            const Order minimal = created.value;
            self->getOrder(
                minimal.id, minimal.site, context, [done, minimal](const Order &full, const ApiError &e) {
                    done(e.isOk() ? full : minimal, {});
                });
        });
}

void Client::editOrder(qint64 id, const QString &site, const QMap<QString, QString> &customFields,
    const OrderSource &source, QObject *context, Done<Order> done)
{
    QJsonObject order;
    if (!customFields.isEmpty()) {
        QJsonObject fields;
        // UNCONFIRMED how a field is cleared: an empty string is sent (retailCRM stores no empty values).
        for (auto it = customFields.constBegin(); it != customFields.constEnd(); ++it)
            fields.insert(it.key(), it.value());
        order.insert(QStringLiteral("customFields"), fields);
    }
    const QJsonObject sourceObject = sourceJson(source);
    if (!sourceObject.isEmpty())
        order.insert(QStringLiteral("source"), sourceObject);
    // Without by=id the path segment would be read as an externalId.
    Params form { { QStringLiteral("by"), QStringLiteral("id") },
        { QStringLiteral("order"), QString::fromUtf8(compactJson(order)) } };
    if (!site.isEmpty())
        form.append({ QStringLiteral("site"), site });
    const QTimeZone zone = m_zone;
    post(QStringLiteral("/api/v5/orders/%1/edit").arg(id), form, context,
        [zone, id, site, customFields, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            const Result<Order> edited = parseOrderWritten(body, zone);
            if (edited.isOk() && edited.value.id != 0 && !edited.value.number.isEmpty()) {
                done(edited.value, {});
                return;
            }
            // The edit was accepted; the answer did not echo the order.
            Order minimal;
            minimal.id = id;
            minimal.site = site;
            for (auto it = customFields.constBegin(); it != customFields.constEnd(); ++it) {
                if (!it.value().isEmpty())
                    minimal.customFields.insert(it.key(), it.value());
            }
            done(minimal, {});
        });
}

void Client::getOrder(qint64 id, const QString &site, QObject *context, Done<Order> done)
{
    Params query { { QStringLiteral("by"), QStringLiteral("id") } };
    if (!site.isEmpty())
        query.append({ QStringLiteral("site"), site });
    get(QStringLiteral("/api/v5/orders/%1").arg(id), query, context,
        typed<Order>(std::move(done),
            [zone = m_zone](const QByteArray &body) { return parseOrderAnswer(body, zone); }));
}

void Client::listOrders(const QDateTime &createdAtFromUtc, int page, QObject *context, OrdersPageDone done)
{
    Params query;
    if (createdAtFromUtc.isValid())
        query.append({ QStringLiteral("filter[createdAtFrom]"), formatDate(createdAtFromUtc, m_zone) });
    query.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    query.append({ QStringLiteral("page"), QString::number(qMax(1, page)) });
    get(QStringLiteral("/api/v5/orders"), query, context,
        [zone = m_zone, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, 0, error);
                return;
            }
            const Result<Page<Order>> result = parseOrders(body, zone);
            if (!result.isOk()) {
                done({}, 0, result.error);
                return;
            }
            done(result.value.items, result.value.pagination.totalPageCount, {});
        });
}

void Client::ordersByIds(const QList<qint64> &ids, QObject *context, Done<QList<Order>> done)
{
    // One request of up to 100 ids (filter[ids][] with limit=100); callers batch larger sets.
    Params query;
    for (const qint64 id : ids.mid(0, kPageLimit))
        query.append({ QStringLiteral("filter[ids][]"), QString::number(id) });
    query.append({ QStringLiteral("limit"), QString::number(kPageLimit) });
    get(QStringLiteral("/api/v5/orders"), query, context,
        [zone = m_zone, done](const QByteArray &body, const ApiError &error) {
            if (!error.isOk()) {
                done({}, error);
                return;
            }
            const Result<Page<Order>> result = parseOrders(body, zone);
            done(result.value.items, result.error);
        });
}

void Client::ordersHistoryBatch(
    qint64 sinceId, const QDateTime &startDateUtc, QObject *context, Done<HistoryBatch> done)
{
    Params query;
    if (sinceId > 0)
        query.append({ QStringLiteral("filter[sinceId]"), QString::number(sinceId) });
    else if (startDateUtc.isValid())
        query.append({ QStringLiteral("filter[startDate]"), formatDateTime(startDateUtc, m_zone) });
    query.append({ QStringLiteral("limit"), QString::number(kHistoryLimit) });
    // Never "page": since 2023 sinceId together with page is rejected; move sinceId instead.
    get(QStringLiteral("/api/v5/orders/history"), query, context,
        typed<HistoryBatch>(std::move(done),
            [zone = m_zone](const QByteArray &body) { return parseOrdersHistory(body, zone); }));
}

void Client::ordersHistory(
    qint64 sinceId, const QDateTime &startDateUtc, QObject *context, Done<QList<HistoryRecord>> done)
{
    ordersHistoryBatch(sinceId, startDateUtc, context,
        [done](const HistoryBatch &batch, const ApiError &error) { done(batch.records, error); });
}

} // namespace LeadBridge::RetailCrm
