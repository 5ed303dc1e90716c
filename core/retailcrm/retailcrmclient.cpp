#include "retailcrmclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "net/apitransport.h"
#include "retailcrmclient_p.h"
#include "util/logging.h"

namespace LeadBridge::RetailCrm {
using namespace Detail;

namespace {

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

} // namespace

namespace Detail {

    QByteArray compactJson(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    ApiError asOutcomeUnknownIfTaken(const ApiError &error, const QString &externalId)
    {
        if (externalId.isEmpty() || !externalIdTaken(error))
            return error;
        ApiError unknown = error;
        unknown.kind = Kind::OutcomeUnknown;
        unknown.detail = error.detail + QStringLiteral(" (externalId already used: look it up)");
        return unknown;
    }

} // namespace Detail

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

} // namespace LeadBridge::RetailCrm
