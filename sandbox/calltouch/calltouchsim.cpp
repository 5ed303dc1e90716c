#include "sandbox/calltouchsim.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include "calltouch/calltouchparsers.h"
#include "sandbox/simhttpserver.h"
#include "util/contacts.h"

namespace LeadBridge::Calltouch {
namespace {

    const QRegularExpression &callsPath()
    {
        static const QRegularExpression re(
            QStringLiteral("^/calls-service/RestAPI/([^/]+)/calls-diary/calls/?$"));
        return re;
    }
    const QRegularExpression &ordersPath()
    {
        static const QRegularExpression re(
            QStringLiteral("^/calls-service/RestAPI/([^/]+)/orders-diary/orders/?$"));
        return re;
    }
    const QRegularExpression &requestsPath()
    {
        static const QRegularExpression re(QStringLiteral("^/calls-service/RestAPI/requests/?$"));
        return re;
    }
    const QRegularExpression &clientOrderPath()
    {
        static const QRegularExpression re(
            QStringLiteral("^/lead-service/v1/api/client-order/(create|update|delete)/?$"));
        return re;
    }

    QByteArray compact(const QJsonValue &value)
    {
        if (value.isArray())
            return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    }

    SimResponse jsonResponse(int status, const QJsonValue &value)
    {
        return SimResponse::json(status, compact(value));
    }

    /// RestAPI errors: the body is UNCONFIRMED; a short JSON message.
    SimResponse restError(int status, const QString &message)
    {
        return jsonResponse(status,
            QJsonObject { { QStringLiteral("status"), status }, { QStringLiteral("message"), message } });
    }

    struct Violation
    {
        QString field;
        QString message;
    };

    SimResponse validationError(const QList<Violation> &violations)
    {
        QJsonArray list;
        for (const Violation &violation : violations) {
            list.append(QJsonObject { { QStringLiteral("field"), violation.field },
                { QStringLiteral("message"), violation.message } });
        }
        const QJsonObject data { { QStringLiteral("validationErrorData"),
            QJsonObject { { QStringLiteral("violations"), list } } } };
        return jsonResponse(400, QJsonObject { { QStringLiteral("data"), data } });
    }

    /// A query value decoded as servers do for forms: '+' is a space, then %XX.
    QString queryValue(const SimRequest &request, const QString &key, bool *present = nullptr)
    {
        const auto items = request.query.queryItems(QUrl::FullyEncoded);
        for (const auto &item : items) {
            if (item.first == key) {
                if (present)
                    *present = true;
                QByteArray value = item.second.toLatin1();
                value.replace('+', ' ');
                return QUrl::fromPercentEncoding(value);
            }
        }
        if (present)
            *present = false;
        return {};
    }

    /// page / limit: absent -> fallback, not a number -> ok=false.
    int queryInt(const SimRequest &request, const QString &key, int fallback, bool *ok)
    {
        bool present = false;
        const QString text = queryValue(request, key, &present);
        *ok = true;
        if (!present)
            return fallback;
        const int value = text.trimmed().toInt(ok);
        return *ok ? value : fallback;
    }

    QString orEmptyTag(const QString &value)
    {
        return value.isEmpty() ? QStringLiteral("<не указано>") : value;
    }

    QString revenueText(const QJsonValue &value)
    {
        const QString text = textValue(value);
        return text.isEmpty() ? QStringLiteral("0") : text;
    }

    const QStringList kDealDateFields { QStringLiteral("orderDate"), QStringLiteral("statusDate"),
        QStringLiteral("updateDate") };

    /// Whole-request checks of create and update: the orders list and every date's format.
    bool checkOrders(
        const QJsonDocument &document, QJsonArray *orders, SimResponse *refusal, const QTimeZone &zone)
    {
        if (!document.isObject()) {
            *refusal =
                validationError({ { QString(), QStringLiteral("Тело запроса должно быть JSON-объектом") } });
            return false;
        }
        const QJsonValue list = document.object().value(QLatin1String("orders"));
        if (!list.isArray()) {
            *refusal =
                validationError({ { QStringLiteral("orders"), QStringLiteral("Поле orders обязательно") } });
            return false;
        }
        *orders = list.toArray();
        if (orders->isEmpty()) {
            *refusal =
                validationError({ { QStringLiteral("orders"), QStringLiteral("Список orders пуст") } });
            return false;
        }
        if (orders->size() > Simulator::kMaxOrdersPerRequest) {
            *refusal = validationError({ { QStringLiteral("orders"),
                QStringLiteral("Не более %1 сделок в одном запросе")
                    .arg(Simulator::kMaxOrdersPerRequest) } });
            return false;
        }
        QList<Violation> violations;
        const QString badDate = QStringLiteral("Некорректный формат даты, ожидается dd-mm-yyyy HH:mm:ss");
        for (int i = 0; i < orders->size(); ++i) {
            const QJsonObject order = orders->at(i).toObject();
            for (const QString &field : kDealDateFields) {
                const QString text = textValue(order.value(field));
                if (!text.isEmpty() && !parseDealDateTime(text, zone).isValid())
                    violations.append({ QStringLiteral("orders[%1].%2").arg(i).arg(field), badDate });
            }
            const QJsonArray matching = order.value(QLatin1String("matching")).toArray();
            for (int j = 0; j < matching.size(); ++j) {
                const QJsonObject strategy = matching.at(j).toObject();
                for (auto it = strategy.constBegin(); it != strategy.constEnd(); ++it) {
                    if (!it.value().isObject())
                        continue;
                    const QString text = textValue(it.value().toObject().value(QLatin1String("date")));
                    if (!text.isEmpty() && !parseDealDateTime(text, zone).isValid())
                        violations.append(
                            { QStringLiteral("orders[%1].matching[%2].date").arg(i).arg(j), badDate });
                }
            }
        }
        if (!violations.isEmpty()) {
            *refusal = validationError(violations);
            return false;
        }
        return true;
    }

    /// Paged answer, with the keys in the order the API sends them.
    QByteArray pageBody(int page, int pageTotal, int pageSize, int recordsTotal, const QJsonArray &records)
    {
        return QByteArrayLiteral("{\"page\":") + QByteArray::number(page) + ",\"pageTotal\":"
            + QByteArray::number(pageTotal) + ",\"pageSize\":" + QByteArray::number(pageSize)
            + ",\"recordsTotal\":" + QByteArray::number(recordsTotal) + ",\"records\":" + compact(records)
            + '}';
    }

} // namespace

Simulator::Simulator(QObject *parent)
    : QObject(parent)
    , m_server(new SimHttpServer(this))
    , m_siteId(sandboxSiteId())
    , m_token(sandboxToken())
    , m_zone(projectTimeZone(QStringLiteral("Europe/Moscow")))
{
    m_server->setHandler([this](const SimRequest &request) { return handle(request); },
        [](const SimRequest &request) { return routeName(request); });
    m_server->setRateLimit(kDefaultRateLimit);
}

Simulator::~Simulator() = default;

quint16 Simulator::start()
{
    return m_server->listen();
}

QUrl Simulator::url() const
{
    return QUrl(m_server->baseUrl());
}

void Simulator::setCredentials(const QString &siteId, const QString &token)
{
    m_siteId = siteId;
    m_token = token;
}

QString Simulator::sandboxSiteId()
{
    return QStringLiteral("43769");
}

QString Simulator::sandboxToken()
{
    return QStringLiteral("sbx4Kq9Zt/Lm2.Vw8Rn/Xp3Yc7.Hd5Fg6Jb1Na0Se9Tu2");
}

void Simulator::setTimeZone(const QString &ianaId)
{
    m_zone = projectTimeZone(ianaId);
}

void Simulator::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime Simulator::now() const
{
    if (m_clock)
        return m_clock().toUTC();
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return current.addMSecs(-current.time().msec());
}

// ---- routing ----

QString Simulator::routeName(const SimRequest &request)
{
    const QString method = QString::fromLatin1(request.method);
    if (callsPath().match(request.path).hasMatch())
        return method + QStringLiteral(" calls-diary");
    if (requestsPath().match(request.path).hasMatch())
        return method + QStringLiteral(" requests");
    if (ordersPath().match(request.path).hasMatch())
        return method + QStringLiteral(" orders-diary");
    const QRegularExpressionMatch order = clientOrderPath().match(request.path);
    if (order.hasMatch())
        return method + QStringLiteral(" client-order/") + order.captured(1);
    return QStringLiteral("other");
}

SimResponse Simulator::handle(const SimRequest &request)
{
    const bool isGet = request.method == "GET";
    const bool isPost = request.method == "POST";
    const QString &path = request.path;

    QRegularExpressionMatch match = callsPath().match(path);
    if (match.hasMatch()) {
        if (!isGet)
            return restError(405, QStringLiteral("Method Not Allowed"));
        if (!readAllowed(request, match.captured(1)))
            return restError(
                403, QStringLiteral("Доступ запрещён: неверный clientApiId или нет доступа к сайту"));
        return callsDiary(request);
    }
    match = ordersPath().match(path);
    if (match.hasMatch()) {
        if (!isGet)
            return restError(405, QStringLiteral("Method Not Allowed"));
        if (!readAllowed(request, match.captured(1)))
            return restError(
                403, QStringLiteral("Доступ запрещён: неверный clientApiId или нет доступа к сайту"));
        return ordersDiary(request);
    }
    if (requestsPath().match(path).hasMatch()) {
        if (!isGet)
            return restError(405, QStringLiteral("Method Not Allowed"));
        return requestsJournal(request);
    }
    match = clientOrderPath().match(path);
    if (match.hasMatch()) {
        if (!isPost)
            return restError(405, QStringLiteral("Method Not Allowed"));
        if (!writeAllowed(request)) {
            // As observed on widget-service: 403 with the text "Invalid credentials".
            SimResponse refusal;
            refusal.status = 403;
            refusal.contentType = "text/plain; charset=utf-8";
            refusal.body = "Invalid credentials";
            return refusal;
        }
        const QString action = match.captured(1);
        if (action == QLatin1String("create"))
            return createOrders(request);
        if (action == QLatin1String("update"))
            return updateOrders(request);
        return deleteOrders(request);
    }
    if (path.startsWith(QLatin1String("/support"))) {
        SimResponse page;
        page.contentType = "text/html; charset=utf-8";
        page.body = "<!DOCTYPE html><html><head><title>Calltouch: центр поддержки</title></head>"
                    "<body><h1>Центр поддержки</h1></body></html>";
        return page;
    }
    return redirectToHelp();
}

SimResponse Simulator::redirectToHelp() const
{
    // Unknown paths of api.calltouch.ru redirect to an HTML help page (reference §1.1).
    SimResponse response;
    response.status = 302;
    response.contentType = "text/html; charset=utf-8";
    const QByteArray location = m_server->baseUrl().toLatin1() + "/support/";
    response.headers.append({ QByteArrayLiteral("Location"), location });
    response.body = "<html><body>Moved: <a href=\"" + location + "\">" + location + "</a></body></html>";
    return response;
}

bool Simulator::readAllowed(const SimRequest &request, const QString &pathSiteId) const
{
    const QString site = QUrl::fromPercentEncoding(pathSiteId.toLatin1());
    return !m_token.isEmpty() && queryValue(request, QStringLiteral("clientApiId")) == m_token
        && site == m_siteId;
}

bool Simulator::writeAllowed(const SimRequest &request) const
{
    return !m_token.isEmpty() && QString::fromUtf8(request.header("Access-Token")) == m_token
        && QString::fromUtf8(request.header("SiteId")) == m_siteId;
}

// ---- journals ----

SimResponse Simulator::callsDiary(const SimRequest &request)
{
    const QDate from = parseJournalDate(queryValue(request, QStringLiteral("dateFrom")));
    const QDate to = parseJournalDate(queryValue(request, QStringLiteral("dateTo")));
    if (!from.isValid() || !to.isValid())
        return restError(
            400, QStringLiteral("Неверный формат даты: dateFrom и dateTo ожидаются как dd/mm/yyyy"));
    if (from > to)
        return restError(400, QStringLiteral("dateFrom не может быть позже dateTo"));

    QList<const StoredLead *> selected;
    for (const StoredLead &call : std::as_const(m_calls)) {
        const QDate day = call.data.at.toTimeZone(m_zone).date();
        if (day >= from && day <= to)
            selected.append(&call);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const StoredLead *a, const StoredLead *b) {
        return a->data.at != b->data.at ? a->data.at < b->data.at : a->id < b->id;
    });

    bool hasPage = false;
    bool hasLimit = false;
    queryValue(request, QStringLiteral("page"), &hasPage);
    queryValue(request, QStringLiteral("limit"), &hasLimit);
    if (!hasPage && !hasLimit) {
        // Standard mode: a bare array, and only for one day.
        if (from != to) {
            return restError(400,
                QStringLiteral("Без page и limit выборка возможна только за один день "
                               "(dateFrom должна совпадать с dateTo)"));
        }
        QJsonArray records;
        for (const StoredLead *call : std::as_const(selected))
            records.append(callJson(*call));
        return jsonResponse(200, records);
    }
    bool ok = false;
    const int page = qMax(1, queryInt(request, QStringLiteral("page"), 1, &ok));
    if (!ok)
        return restError(400, QStringLiteral("Параметр page должен быть числом"));
    const int limit = qBound(1, queryInt(request, QStringLiteral("limit"), kMaxPageSize, &ok), kMaxPageSize);
    if (!ok)
        return restError(400, QStringLiteral("Параметр limit должен быть числом"));
    const int total = int(selected.size());
    const int pageTotal = (total + limit - 1) / limit; // 0 for an empty period
    QJsonArray records;
    for (int i = (page - 1) * limit; i < qMin(total, page * limit); ++i)
        records.append(callJson(*selected.at(i)));
    return SimResponse::json(200, pageBody(page, pageTotal, limit, total, records));
}

SimResponse Simulator::requestsJournal(const SimRequest &request)
{
    if (m_token.isEmpty() || queryValue(request, QStringLiteral("clientApiId")) != m_token)
        return restError(403, QStringLiteral("Доступ запрещён: неверный clientApiId"));
    bool hasSite = false;
    const QString site = queryValue(request, QStringLiteral("siteId"), &hasSite);
    if (!hasSite || site.isEmpty())
        return restError(400, QStringLiteral("Параметр siteId обязателен"));
    if (site != m_siteId)
        return restError(403, QStringLiteral("Доступ запрещён: нет доступа к сайту %1").arg(site));
    const QDate from = parseRequestsDate(queryValue(request, QStringLiteral("dateFrom")));
    const QDate to = parseRequestsDate(queryValue(request, QStringLiteral("dateTo")));
    if (!from.isValid() || !to.isValid())
        return restError(
            400, QStringLiteral("Неверный формат даты: dateFrom и dateTo ожидаются как mm/dd/yyyy"));
    if (from > to)
        return restError(400, QStringLiteral("dateFrom не может быть позже dateTo"));

    QList<const StoredLead *> selected;
    for (const StoredLead &lead : std::as_const(m_requests)) {
        const QDate day = lead.data.at.toTimeZone(m_zone).date();
        if (day >= from && day <= to)
            selected.append(&lead);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const StoredLead *a, const StoredLead *b) {
        return a->data.at != b->data.at ? a->data.at < b->data.at : a->id < b->id;
    });
    QJsonArray records;
    for (const StoredLead *lead : std::as_const(selected))
        records.append(requestJson(*lead));
    return jsonResponse(200, records);
}

SimResponse Simulator::ordersDiary(const SimRequest &request)
{
    const QDate from = parseJournalDate(queryValue(request, QStringLiteral("dateFrom")));
    const QDate to = parseJournalDate(queryValue(request, QStringLiteral("dateTo")));
    if (!from.isValid() || !to.isValid())
        return restError(
            400, QStringLiteral("Неверный формат даты: dateFrom и dateTo ожидаются как dd/mm/yyyy"));
    if (from >= to)
        return restError(400, QStringLiteral("dateFrom должна быть меньше dateTo"));
    bool ok = false;
    const int page = qMax(1, queryInt(request, QStringLiteral("page"), 1, &ok));
    if (!ok)
        return restError(400, QStringLiteral("Параметр page должен быть числом"));
    const int limit = qBound(1, queryInt(request, QStringLiteral("limit"), kMaxPageSize, &ok), kMaxPageSize);
    if (!ok)
        return restError(400, QStringLiteral("Параметр limit должен быть числом"));

    QList<const SimDeal *> selected;
    for (const SimDeal &deal : std::as_const(m_deals)) {
        const QDate day = deal.orderDate.toTimeZone(m_zone).date();
        if (day >= from && day <= to)
            selected.append(&deal);
    }
    std::stable_sort(selected.begin(), selected.end(),
        [](const SimDeal *a, const SimDeal *b) { return a->calltouchOrderId < b->calltouchOrderId; });
    const int total = int(selected.size());
    const int pageTotal = (total + limit - 1) / limit;
    QJsonArray records;
    for (int i = (page - 1) * limit; i < qMin(total, page * limit); ++i)
        records.append(dealJson(*selected.at(i)));
    return SimResponse::json(200, pageBody(page, pageTotal, limit, total, records));
}

// ---- deals ----

SimResponse Simulator::createOrders(const SimRequest &request)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QJsonArray orders;
    SimResponse refusal;
    if (!checkOrders(document, &orders, &refusal, m_zone))
        return refusal;

    QJsonArray results;
    for (const QJsonValue &item : std::as_const(orders)) {
        const QJsonObject order = item.toObject();
        const QString number = idText(order.value(QLatin1String("orderNumber")));
        QJsonObject result { { QStringLiteral("orderNumber"), number } };
        const QJsonArray matching = order.value(QLatin1String("matching")).toArray();
        if (number.isEmpty()) {
            result.insert(QStringLiteral("error"), QStringLiteral("Не передан orderNumber"));
        } else if (m_deals.contains(number)) {
            result.insert(
                QStringLiteral("error"), QStringLiteral("Сделка с таким orderNumber уже существует"));
        } else if (matching.isEmpty()) {
            result.insert(QStringLiteral("error"), QStringLiteral("Не передан matching"));
        } else {
            SimDeal deal;
            deal.orderNumber = number;
            deal.calltouchOrderId = m_nextOrderId++;
            deal.orderName = textValue(order.value(QLatin1String("orderName")));
            deal.funnel = textValue(order.value(QLatin1String("funnel")));
            deal.status = textValue(order.value(QLatin1String("status")));
            deal.revenue = revenueText(order.value(QLatin1String("revenue")));
            deal.manager = textValue(order.value(QLatin1String("manager")));
            deal.currency = textValue(order.value(QLatin1String("currency")));
            deal.orderDate = parseDealDateTime(textValue(order.value(QLatin1String("orderDate"))), m_zone);
            if (!deal.orderDate.isValid())
                deal.orderDate = now();
            deal.statusDate = parseDealDateTime(textValue(order.value(QLatin1String("statusDate"))), m_zone);
            deal.updateDate = parseDealDateTime(textValue(order.value(QLatin1String("updateDate"))), m_zone);
            const Binding binding = bind(matching);
            deal.boundKind = binding.kind;
            deal.boundLeadId = binding.leadId;
            deal.matchedBy = binding.matchedBy;
            deal.customSource = binding.source;
            deal.customMedium = binding.medium;
            deal.customCampaign = binding.campaign;
            m_deals.insert(number, deal);
            result.insert(QStringLiteral("calltouchOrderId"), deal.calltouchOrderId);
        }
        results.append(result);
    }
    const QJsonObject data { { QStringLiteral("orders"), results } };
    return jsonResponse(200, QJsonObject { { QStringLiteral("data"), data } });
}

SimResponse Simulator::updateOrders(const SimRequest &request)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    QJsonArray orders;
    SimResponse refusal;
    if (!checkOrders(document, &orders, &refusal, m_zone))
        return refusal;

    QJsonArray results;
    for (const QJsonValue &item : std::as_const(orders)) {
        const QJsonObject order = item.toObject();
        const QString number = idText(order.value(QLatin1String("orderNumber")));
        QJsonObject result { { QStringLiteral("orderNumber"), number } };
        auto it = m_deals.find(number);
        if (number.isEmpty()) {
            result.insert(QStringLiteral("error"), QStringLiteral("Не передан orderNumber"));
        } else if (it == m_deals.end()) {
            result.insert(
                QStringLiteral("error"), QStringLiteral("Сделка с orderNumber %1 не найдена").arg(number));
        } else {
            SimDeal &deal = it.value();
            const auto text = [&order](const char *key, QString *target) {
                const QJsonValue value = order.value(QLatin1String(key));
                if (!value.isUndefined() && !value.isNull())
                    *target = textValue(value);
            };
            text("orderName", &deal.orderName);
            text("funnel", &deal.funnel);
            text("status", &deal.status);
            text("manager", &deal.manager);
            text("currency", &deal.currency);
            if (order.contains(QLatin1String("revenue")))
                deal.revenue = revenueText(order.value(QLatin1String("revenue")));
            const QDateTime statusDate =
                parseDealDateTime(textValue(order.value(QLatin1String("statusDate"))), m_zone);
            if (statusDate.isValid())
                deal.statusDate = statusDate;
            const QDateTime updateDate =
                parseDealDateTime(textValue(order.value(QLatin1String("updateDate"))), m_zone);
            if (updateDate.isValid())
                deal.updateDate = updateDate;
            // The binding is made once, at creation; an update cannot change it here.
            if (order.contains(QLatin1String("matching")))
                deal.matchingSentOnUpdate = true;
            ++deal.updateCount;
            result.insert(QStringLiteral("calltouchOrderId"), deal.calltouchOrderId);
        }
        results.append(result);
    }
    const QJsonObject data { { QStringLiteral("orders"), results } };
    return jsonResponse(200, QJsonObject { { QStringLiteral("data"), data } });
}

SimResponse Simulator::deleteOrders(const SimRequest &request)
{
    // Body {"orderNumbers":[…]} (single source); the answer shape is a guess.
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    const QJsonValue list = document.object().value(QLatin1String("orderNumbers"));
    if (!list.isArray() || list.toArray().isEmpty())
        return validationError(
            { { QStringLiteral("orderNumbers"), QStringLiteral("Поле orderNumbers обязательно") } });
    QJsonArray results;
    for (const QJsonValue &item : list.toArray()) {
        const QString number = idText(item);
        QJsonObject result { { QStringLiteral("orderNumber"), number } };
        if (m_deals.remove(number) > 0)
            result.insert(QStringLiteral("deleted"), true);
        else
            result.insert(
                QStringLiteral("error"), QStringLiteral("Сделка с orderNumber %1 не найдена").arg(number));
        results.append(result);
    }
    const QJsonObject data { { QStringLiteral("orders"), results } };
    return jsonResponse(200, QJsonObject { { QStringLiteral("data"), data } });
}

Simulator::Binding Simulator::bind(const QJsonArray &matching) const
{
    // Strategies are tried in array order; the first that finds something wins (reference §5.3).
    const auto findById = [](const QList<StoredLead> &pool, const QString &id) -> const StoredLead * {
        for (const StoredLead &lead : pool) {
            if (QString::number(lead.id) == id)
                return &lead;
        }
        return nullptr;
    };
    const auto leadBinding = [](const StoredLead *lead, const QString &matchedBy) {
        Binding binding;
        binding.found = true;
        binding.kind = Lead::kindName(lead->kind);
        binding.leadId = QString::number(lead->id);
        binding.matchedBy = matchedBy;
        return binding;
    };
    for (const QJsonValue &item : matching) {
        const QJsonObject strategy = item.toObject();
        const QString type = textValue(strategy.value(QLatin1String("type")));
        const QJsonObject params = strategy.value(type + QStringLiteral("Params")).toObject();
        const StoredLead *found = nullptr;
        if (type == QLatin1String("call")) {
            found = findById(m_calls, idText(params.value(QLatin1String("callId"))));
        } else if (type == QLatin1String("request")) {
            found = findById(m_requests, idText(params.value(QLatin1String("requestId"))));
        } else if (type == QLatin1String("chat")) {
            found = findById(m_chats, idText(params.value(QLatin1String("chatId"))));
        } else if (type == QLatin1String("callContact")) {
            found = nearest({ &m_calls }, params, true, false);
        } else if (type == QLatin1String("requestContact")) {
            found = nearest({ &m_requests }, params, true, true);
        } else if (type == QLatin1String("chatContact")) {
            found = nearest({ &m_chats }, params, true, true);
        } else if (type == QLatin1String("leadContact")) {
            QList<const QList<StoredLead> *> pools { &m_calls, &m_requests };
            if (boolValue(params.value(QLatin1String("withChats"))))
                pools.append(&m_chats);
            found = nearest(pools, params, true, true);
        } else if (type == QLatin1String("customSources")) {
            const QJsonObject custom = strategy.value(QLatin1String("customSourceParams")).toObject();
            Binding binding;
            binding.found = true;
            binding.kind = type;
            binding.matchedBy = type;
            binding.source = textValue(custom.value(QLatin1String("source")));
            binding.medium = textValue(custom.value(QLatin1String("medium")));
            binding.campaign = textValue(custom.value(QLatin1String("campaign")));
            return binding;
        } else if (type == QLatin1String("withoutSource")) {
            Binding binding;
            binding.found = true;
            binding.matchedBy = type;
            return binding;
        }
        if (found)
            return leadBinding(found, type);
    }
    return {};
}

const Simulator::StoredLead *Simulator::nearest(const QList<const QList<StoredLead> *> &pools,
    const QJsonObject &params, bool byPhone, bool byEmail) const
{
    QSet<QString> phones;
    QSet<QString> emails;
    if (byPhone) {
        for (const QJsonValue &value : params.value(QLatin1String("phones")).toArray()) {
            const QString phone = Contacts::canonicalPhone(textValue(value));
            if (!phone.isEmpty())
                phones.insert(phone);
        }
    }
    if (byEmail) {
        for (const QJsonValue &value : params.value(QLatin1String("emails")).toArray()) {
            const QString email = Contacts::canonicalEmail(textValue(value));
            if (!email.isEmpty())
                emails.insert(email);
        }
    }
    if (phones.isEmpty() && emails.isEmpty())
        return nullptr;
    QDateTime date = parseDealDateTime(textValue(params.value(QLatin1String("date"))), m_zone);
    if (!date.isValid())
        date = now();
    int depth = int(params.value(QLatin1String("searchDepth")).toDouble());
    if (depth <= 0)
        depth = kSearchDepthMinutes;
    const QDateTime earliest = date.addSecs(-qint64(depth) * 60);
    // "nearest": the latest lead at or before the date, within searchDepth minutes.
    const StoredLead *best = nullptr;
    for (const QList<StoredLead> *pool : pools) {
        for (const StoredLead &lead : *pool) {
            if (lead.data.at > date || lead.data.at < earliest)
                continue;
            const bool matches = (!lead.canonicalPhone.isEmpty() && phones.contains(lead.canonicalPhone))
                || (!lead.canonicalEmail.isEmpty() && emails.contains(lead.canonicalEmail));
            if (!matches)
                continue;
            if (!best || lead.data.at > best->data.at
                || (lead.data.at == best->data.at && lead.id > best->id))
                best = &lead;
        }
    }
    return best;
}

// ---- JSON of stored things ----

QJsonObject Simulator::callJson(const StoredLead &call) const
{
    const SimLead &d = call.data;
    const QDateTime local = d.at.toTimeZone(m_zone);
    QJsonObject o;
    o.insert(QStringLiteral("callId"), call.id);
    o.insert(QStringLiteral("date"), local.toString(QStringLiteral("dd/MM/yyyy H:mm:ss"))); // unpadded hour
    o.insert(QStringLiteral("timestamp"), d.at.toSecsSinceEpoch());
    o.insert(QStringLiteral("callerNumber"), d.phone);
    o.insert(QStringLiteral("phoneNumber"), QStringLiteral("74951234567"));
    o.insert(QStringLiteral("redirectNumber"), QStringLiteral("74957654321"));
    o.insert(QStringLiteral("duration"), int(call.id % 300));
    o.insert(QStringLiteral("waitingConnect"), 7);
    o.insert(QStringLiteral("successful"), true);
    o.insert(QStringLiteral("uniqueCall"), true);
    o.insert(QStringLiteral("targetCall"), true);
    o.insert(QStringLiteral("uniqTargetCall"), true);
    o.insert(QStringLiteral("callbackCall"), false);
    o.insert(QStringLiteral("callphase"), QStringLiteral("calldisconnected"));
    o.insert(QStringLiteral("attribution"), 1);
    o.insert(QStringLiteral("source"), d.source.isEmpty() ? QStringLiteral("(direct)") : d.source);
    o.insert(QStringLiteral("medium"), d.medium.isEmpty() ? QStringLiteral("(none)") : d.medium);
    o.insert(QStringLiteral("utmSource"), orEmptyTag(d.utmSource));
    o.insert(QStringLiteral("utmMedium"), orEmptyTag(d.utmMedium));
    o.insert(QStringLiteral("utmCampaign"), orEmptyTag(d.utmCampaign));
    o.insert(QStringLiteral("utmContent"), orEmptyTag(d.utmContent));
    o.insert(QStringLiteral("utmTerm"), orEmptyTag(d.utmTerm));
    o.insert(QStringLiteral("hostname"), QStringLiteral("shop.example.ru"));
    o.insert(QStringLiteral("sessionId"), 987650000 + call.id % 10000);
    o.insert(QStringLiteral("siteId"), m_siteId);
    o.insert(QStringLiteral("siteName"), QStringLiteral("shop.example.ru"));
    o.insert(QStringLiteral("additionalTags"), QJsonArray());
    o.insert(QStringLiteral("callTags"), QJsonArray());
    return o;
}

QJsonObject Simulator::requestJson(const StoredLead &request) const
{
    const SimLead &d = request.data;
    const QDateTime local = d.at.toTimeZone(m_zone);
    QJsonObject client;
    client.insert(QStringLiteral("clientId"), 30000000 + request.id % 1000000);
    client.insert(QStringLiteral("fio"), d.name);
    QJsonArray phones;
    if (!d.phone.isEmpty()) {
        phones.append(QJsonObject { { QStringLiteral("phoneNumber"), d.phone },
            { QStringLiteral("phoneType"), QStringLiteral("MOBILE") } });
    }
    client.insert(QStringLiteral("phones"), phones);
    QJsonArray contacts;
    if (!d.email.isEmpty()) {
        contacts.append(QJsonObject { { QStringLiteral("contactType"), QStringLiteral("EMAIL") },
            { QStringLiteral("contactValue"), d.email } });
    }
    client.insert(QStringLiteral("contacts"), contacts);

    QJsonObject session;
    session.insert(QStringLiteral("sessionId"), 987660000 + request.id % 10000);
    session.insert(
        QStringLiteral("sessionDate"), local.addSecs(-180).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    session.insert(QStringLiteral("source"), d.source.isEmpty() ? QStringLiteral("(direct)") : d.source);
    session.insert(QStringLiteral("medium"), d.medium.isEmpty() ? QStringLiteral("(none)") : d.medium);
    session.insert(QStringLiteral("utmSource"), orEmptyTag(d.utmSource));
    session.insert(QStringLiteral("utmMedium"), orEmptyTag(d.utmMedium));
    session.insert(QStringLiteral("utmCampaign"), orEmptyTag(d.utmCampaign));
    session.insert(QStringLiteral("utmContent"), orEmptyTag(d.utmContent));
    session.insert(QStringLiteral("utmTerm"), orEmptyTag(d.utmTerm));
    session.insert(QStringLiteral("url"), QStringLiteral("https://shop.example.ru/"));

    QJsonArray orders;
    for (const SimDeal &deal : m_deals) {
        if (deal.boundKind == QLatin1String("request") && deal.boundLeadId == QString::number(request.id)) {
            orders.append(QJsonObject { { QStringLiteral("orderId"), deal.calltouchOrderId },
                { QStringLiteral("dateCreated"), deal.orderDate.toMSecsSinceEpoch() },
                { QStringLiteral("status"), deal.status }, { QStringLiteral("sum"), deal.revenue },
                { QStringLiteral("orderNumber"), deal.orderNumber } });
        }
    }

    QJsonObject o;
    o.insert(QStringLiteral("requestId"), request.id);
    o.insert(QStringLiteral("requestNumber"), QStringLiteral("form-%1").arg(request.id));
    o.insert(QStringLiteral("subject"), d.subject);
    o.insert(QStringLiteral("requestUrl"), QStringLiteral("https://shop.example.ru/catalog/"));
    o.insert(QStringLiteral("requestType"), QStringLiteral("REQUEST"));
    o.insert(QStringLiteral("date"), d.at.toMSecsSinceEpoch());
    o.insert(QStringLiteral("dateStr"), local.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
    o.insert(QStringLiteral("status"), QString());
    o.insert(QStringLiteral("manager"), QString());
    o.insert(QStringLiteral("siteId"), m_siteId);
    o.insert(QStringLiteral("uniqueRequest"), true);
    o.insert(QStringLiteral("targetRequest"), true);
    o.insert(QStringLiteral("uniqTargetRequest"), true);
    o.insert(QStringLiteral("client"), client);
    o.insert(QStringLiteral("session"), session);
    o.insert(QStringLiteral("RequestTags"), QJsonArray());
    o.insert(QStringLiteral("comments"), QJsonArray());
    o.insert(QStringLiteral("orders"), orders);
    return o;
}

QJsonObject Simulator::dealJson(const SimDeal &deal) const
{
    // The record shape of orders-diary is UNCONFIRMED; the reference sample's keys.
    return QJsonObject {
        { QStringLiteral("orderId"), deal.calltouchOrderId },
        { QStringLiteral("orderNumber"), deal.orderNumber },
        { QStringLiteral("orderName"), deal.orderName },
        { QStringLiteral("funnel"), deal.funnel },
        { QStringLiteral("status"), deal.status },
        { QStringLiteral("orderDate"),
            deal.orderDate.toTimeZone(m_zone).toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")) },
        { QStringLiteral("revenue"), deal.revenue },
        { QStringLiteral("manager"), deal.manager },
    };
}

// ---- test hooks ----

qint64 Simulator::addLead(Lead::Kind kind, const SimLead &lead)
{
    StoredLead stored;
    stored.kind = kind;
    stored.data = lead;
    stored.data.at = lead.at.isValid() ? lead.at.toUTC() : now();
    stored.canonicalPhone = Contacts::canonicalPhone(lead.phone);
    stored.canonicalEmail = Contacts::canonicalEmail(lead.email);
    switch (kind) {
    case Lead::Kind::Call:
        stored.id = m_nextCallId++;
        m_calls.append(stored);
        break;
    case Lead::Kind::Request:
        stored.id = m_nextRequestId++;
        m_requests.append(stored);
        break;
    case Lead::Kind::Chat:
        stored.id = m_nextChatId++;
        m_chats.append(stored);
        break;
    }
    return stored.id;
}

qint64 Simulator::addCall(const SimLead &lead)
{
    return addLead(Lead::Kind::Call, lead);
}
qint64 Simulator::addRequest(const SimLead &lead)
{
    return addLead(Lead::Kind::Request, lead);
}
qint64 Simulator::addChat(const SimLead &lead)
{
    return addLead(Lead::Kind::Chat, lead);
}

qint64 Simulator::addCall(const QDateTime &atUtc, const QString &phone, const QString &utmSource,
    const QString &utmMedium, const QString &utmCampaign)
{
    SimLead lead;
    lead.at = atUtc;
    lead.phone = phone;
    lead.utmSource = utmSource;
    lead.utmMedium = utmMedium;
    lead.utmCampaign = utmCampaign;
    lead.source = utmSource;
    lead.medium = utmMedium;
    return addCall(lead);
}

qint64 Simulator::addRequest(const QDateTime &atUtc, const QString &phone, const QString &email,
    const QString &name, const QString &subject)
{
    SimLead lead;
    lead.at = atUtc;
    lead.phone = phone;
    lead.email = email;
    lead.name = name;
    lead.subject = subject;
    return addRequest(lead);
}

qint64 Simulator::addChat(
    const QDateTime &atUtc, const QString &phone, const QString &email, const QString &name)
{
    SimLead lead;
    lead.at = atUtc;
    lead.phone = phone;
    lead.email = email;
    lead.name = name;
    return addChat(lead);
}

void Simulator::seedSample(const QDateTime &nowUtc)
{
    const QDateTime base = nowUtc.toUTC().addMSecs(-nowUtc.time().msec());
    const auto lead = [&base](qint64 minutesAgo, const QString &phone, const QString &email,
                          const QString &name, const QString &subject, const QString &source,
                          const QString &medium, const QString &campaign, const QString &content,
                          const QString &term) {
        SimLead l;
        l.at = base.addSecs(-minutesAgo * 60);
        l.phone = phone;
        l.email = email;
        l.name = name;
        l.subject = subject;
        l.source = source;
        l.medium = medium;
        l.utmSource = source;
        l.utmMedium = medium;
        l.utmCampaign = campaign;
        l.utmContent = content;
        l.utmTerm = term;
        return l;
    };
    const QString none;
    const int day = 24 * 60;
    // Calls: callerNumber as the telephony saw it, in several shapes.
    addCall(lead(95, QStringLiteral("79991234567"), none, none, none, QStringLiteral("yandex"),
        QStringLiteral("cpc"), QStringLiteral("sofa_msk"), QStringLiteral("ad_42"),
        QStringLiteral("купить диван")));
    addCall(lead(day + 40, QStringLiteral("+7 (916) 555-12-34"), none, none, none, QStringLiteral("google"),
        QStringLiteral("cpc"), QStringLiteral("brand"), QStringLiteral("banner_1"),
        QStringLiteral("магазин мебели")));
    addCall(lead(2 * day + 300, QStringLiteral("8 903 555 00 11"), none, none, none, QStringLiteral("yandex"),
        QStringLiteral("organic"), none, none, none));
    addCall(lead(3 * day + 15, QStringLiteral("9261112233"), none, none, none, QStringLiteral("vk"),
        QStringLiteral("social"), QStringLiteral("spring_sale"), QStringLiteral("post_7"), none));
    addCall(lead(
        4 * day + 600, QStringLiteral("+7 495 123-45-67"), none, none, none, none, none, none, none, none));
    addCall(lead(5 * day + 120, QStringLiteral("7 917 000 11 22"), none, none, none, QStringLiteral("yandex"),
        QStringLiteral("cpc"), QStringLiteral("kitchen_msk"), QStringLiteral("ad_7"),
        QStringLiteral("кухня на заказ")));
    addCall(lead(6 * day + 30, QStringLiteral("79991234567"), none, none, none, QStringLiteral("google"),
        QStringLiteral("cpc"), QStringLiteral("brand"), none, none));
    // Requests (website forms).
    addRequest(
        lead(50, QStringLiteral("8(916)5551234"), QStringLiteral("maria@example.ru"), QStringLiteral("Мария"),
            QStringLiteral("Заказать обратный звонок"), QStringLiteral("yandex"), QStringLiteral("cpc"),
            QStringLiteral("sofa_msk"), QStringLiteral("ad_43"), QStringLiteral("диван угловой")));
    addRequest(lead(day + 200, none, QStringLiteral("Olga.K@Example.com"), QStringLiteral("Ольга"),
        QStringLiteral("Вопрос о доставке"), QStringLiteral("google"), QStringLiteral("organic"), none, none,
        none));
    addRequest(lead(3 * day + 400, QStringLiteral("+7 999 765-43-21"), none, QStringLiteral("Пётр"),
        QStringLiteral("Форма на странице товара"), QStringLiteral("yandex"), QStringLiteral("cpc"),
        QStringLiteral("chairs"), QStringLiteral("ad_12"), QStringLiteral("стул барный")));
    addRequest(lead(4 * day + 100, none, none, QStringLiteral("Аноним"),
        QStringLiteral("Подписка на новости"), none, none, none, none, none));
    addRequest(lead(7 * day + 60, QStringLiteral("79991234567"), QStringLiteral("ivan.petrov@example.ru"),
        QStringLiteral("Иван Петров"), QStringLiteral("Заказ в один клик"), QStringLiteral("email"),
        QStringLiteral("newsletter"), QStringLiteral("may_digest"), none, none));
    // Chats (no journal to read them; matching with withChats finds them).
    addChat(lead(day + 10, QStringLiteral("+79201234567"), QStringLiteral("chat.user@example.com"),
        QStringLiteral("Алексей"), none, QStringLiteral("yandex"), QStringLiteral("cpc"),
        QStringLiteral("sofa_msk"), none, none));
    addChat(lead(2 * day + 10, none, QStringLiteral("Anna.Chat@example.com"), QStringLiteral("Анна"), none,
        none, none, none, none, none));
}

} // namespace LeadBridge::Calltouch
