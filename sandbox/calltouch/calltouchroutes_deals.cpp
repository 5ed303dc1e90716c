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

// ---- deals ----

SimResponse Simulator::createOrders(const SimRequest &request)
{
    QJsonArray orders;
    SimResponse refusal;
    if (!checkOrders(request.body, &orders, &refusal, m_zone))
        return refusal;

    QJsonArray results;
    for (const QJsonValue &item : std::as_const(orders)) {
        const QJsonObject order = item.toObject();
        const QString number = Sim::jsonId(order.value(QLatin1String("orderNumber")));
        QJsonObject result { { QStringLiteral("orderNumber"), number } };
        const QJsonArray matching = order.value(QLatin1String("matching")).toArray();
        if (number.isEmpty()) {
            result.insert(QStringLiteral("error"), QStringLiteral("Не передан orderNumber"));
        } else if (m_deals.contains(number)) {
            ++m_refusedDuplicates[number];
            result.insert(
                QStringLiteral("error"), QStringLiteral("Сделка с таким orderNumber уже существует"));
        } else if (matching.isEmpty()) {
            result.insert(QStringLiteral("error"), QStringLiteral("Не передан matching"));
        } else {
            SimDeal deal;
            deal.orderNumber = number;
            deal.calltouchOrderId = m_nextOrderId++;
            deal.orderName = Sim::jsonText(order.value(QLatin1String("orderName")));
            deal.funnel = Sim::jsonText(order.value(QLatin1String("funnel")));
            deal.status = Sim::jsonText(order.value(QLatin1String("status")));
            deal.revenue = revenueText(order.value(QLatin1String("revenue")));
            deal.manager = Sim::jsonText(order.value(QLatin1String("manager")));
            deal.currency = Sim::jsonText(order.value(QLatin1String("currency")));
            deal.orderDate = dealDateTime(Sim::jsonText(order.value(QLatin1String("orderDate"))), m_zone);
            if (!deal.orderDate.isValid())
                deal.orderDate = now();
            deal.statusDate = dealDateTime(Sim::jsonText(order.value(QLatin1String("statusDate"))), m_zone);
            deal.updateDate = dealDateTime(Sim::jsonText(order.value(QLatin1String("updateDate"))), m_zone);
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
    QJsonArray orders;
    SimResponse refusal;
    if (!checkOrders(request.body, &orders, &refusal, m_zone))
        return refusal;

    QJsonArray results;
    for (const QJsonValue &item : std::as_const(orders)) {
        const QJsonObject order = item.toObject();
        const QString number = Sim::jsonId(order.value(QLatin1String("orderNumber")));
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
                    *target = Sim::jsonText(value);
            };
            text("orderName", &deal.orderName);
            text("funnel", &deal.funnel);
            text("status", &deal.status);
            text("manager", &deal.manager);
            text("currency", &deal.currency);
            if (order.contains(QLatin1String("revenue")))
                deal.revenue = revenueText(order.value(QLatin1String("revenue")));
            const QDateTime statusDate =
                dealDateTime(Sim::jsonText(order.value(QLatin1String("statusDate"))), m_zone);
            if (statusDate.isValid())
                deal.statusDate = statusDate;
            const QDateTime updateDate =
                dealDateTime(Sim::jsonText(order.value(QLatin1String("updateDate"))), m_zone);
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
        const QString number = Sim::jsonId(item);
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
        const QString type = Sim::jsonText(strategy.value(QLatin1String("type")));
        const QJsonObject params = strategy.value(type + QStringLiteral("Params")).toObject();
        const StoredLead *found = nullptr;
        if (type == QLatin1String("call")) {
            found = findById(m_calls, Sim::jsonId(params.value(QLatin1String("callId"))));
        } else if (type == QLatin1String("request")) {
            found = findById(m_requests, Sim::jsonId(params.value(QLatin1String("requestId"))));
        } else if (type == QLatin1String("chat")) {
            found = findById(m_chats, Sim::jsonId(params.value(QLatin1String("chatId"))));
        } else if (type == QLatin1String("callContact")) {
            found = nearest({ &m_calls }, params, true, false);
        } else if (type == QLatin1String("requestContact")) {
            found = nearest({ &m_requests }, params, true, true);
        } else if (type == QLatin1String("chatContact")) {
            found = nearest({ &m_chats }, params, true, true);
        } else if (type == QLatin1String("leadContact")) {
            QList<const QList<StoredLead> *> pools { &m_calls, &m_requests };
            if (Sim::jsonFlag(params.value(QLatin1String("withChats"))))
                pools.append(&m_chats);
            found = nearest(pools, params, true, true);
        } else if (type == QLatin1String("customSources")) {
            const QJsonObject custom = strategy.value(QLatin1String("customSourceParams")).toObject();
            Binding binding;
            binding.found = true;
            binding.kind = type;
            binding.matchedBy = type;
            binding.source = Sim::jsonText(custom.value(QLatin1String("source")));
            binding.medium = Sim::jsonText(custom.value(QLatin1String("medium")));
            binding.campaign = Sim::jsonText(custom.value(QLatin1String("campaign")));
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
            const QString phone = Sim::phoneDigits(Sim::jsonText(value));
            if (!phone.isEmpty())
                phones.insert(phone);
        }
    }
    if (byEmail) {
        for (const QJsonValue &value : params.value(QLatin1String("emails")).toArray()) {
            const QString email = Sim::emailKey(Sim::jsonText(value));
            if (!email.isEmpty())
                emails.insert(email);
        }
    }
    if (phones.isEmpty() && emails.isEmpty())
        return nullptr;
    QDateTime date = dealDateTime(Sim::jsonText(params.value(QLatin1String("date"))), m_zone);
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

} // namespace LeadBridge::Calltouch
