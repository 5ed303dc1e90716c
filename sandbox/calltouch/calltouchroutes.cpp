#include <algorithm>

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

#include "calltouchwire.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/simvalues.h"

namespace LeadBridge::Calltouch {

using namespace SimWire;

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

QList<const Simulator::StoredLead *> Simulator::leadsOn(
    const QList<StoredLead> &pool, const QDate &from, const QDate &to) const
{
    QList<const StoredLead *> selected;
    for (const StoredLead &lead : pool) {
        const QDate day = lead.data.at.toTimeZone(m_zone).date();
        if (day >= from && day <= to)
            selected.append(&lead);
    }
    std::stable_sort(selected.begin(), selected.end(), [](const StoredLead *a, const StoredLead *b) {
        return a->data.at != b->data.at ? a->data.at < b->data.at : a->id < b->id;
    });
    return selected;
}

SimResponse Simulator::callsDiary(const SimRequest &request)
{
    const QDate from = journalDate(queryValue(request, QStringLiteral("dateFrom")));
    const QDate to = journalDate(queryValue(request, QStringLiteral("dateTo")));
    if (!from.isValid() || !to.isValid())
        return restError(
            400, QStringLiteral("Неверный формат даты: dateFrom и dateTo ожидаются как dd/mm/yyyy"));
    if (from > to)
        return restError(400, QStringLiteral("dateFrom не может быть позже dateTo"));

    const QList<const StoredLead *> selected = leadsOn(m_calls, from, to);

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
    int page = 1;
    int limit = kMaxPageSize;
    SimResponse refusal;
    if (!pageWindow(request, kMaxPageSize, &page, &limit, &refusal))
        return refusal;
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
    const QDate from = requestsDate(queryValue(request, QStringLiteral("dateFrom")));
    const QDate to = requestsDate(queryValue(request, QStringLiteral("dateTo")));
    if (!from.isValid() || !to.isValid())
        return restError(
            400, QStringLiteral("Неверный формат даты: dateFrom и dateTo ожидаются как mm/dd/yyyy"));
    if (from > to)
        return restError(400, QStringLiteral("dateFrom не может быть позже dateTo"));

    QJsonArray records;
    for (const StoredLead *lead : leadsOn(m_requests, from, to))
        records.append(requestJson(*lead));
    return jsonResponse(200, records);
}

SimResponse Simulator::ordersDiary(const SimRequest &request)
{
    const QDate from = journalDate(queryValue(request, QStringLiteral("dateFrom")));
    const QDate to = journalDate(queryValue(request, QStringLiteral("dateTo")));
    if (!from.isValid() || !to.isValid())
        return restError(
            400, QStringLiteral("Неверный формат даты: dateFrom и dateTo ожидаются как dd/mm/yyyy"));
    if (from >= to)
        return restError(400, QStringLiteral("dateFrom должна быть меньше dateTo"));
    int page = 1;
    int limit = kMaxPageSize;
    SimResponse refusal;
    if (!pageWindow(request, kMaxPageSize, &page, &limit, &refusal))
        return refusal;

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

} // namespace LeadBridge::Calltouch
