#include "reconciler.h"

#include <algorithm>
#include <cmath>

#include <QTimeZone>

#include "calltouch/calltouchclient.h"
#include "retailcrm/retailcrmclient.h"
#include "rules/customfieldset.h"
#include "rules/leadrules.h"
#include "store/queries/reconcilebasis.h"
#include "sync/dryrunreport.h"
#include "sync/leaddecision.h"
#include "sync/readonlyclients.h"
#include "util/logging.h"

namespace LeadBridge {

using Calltouch::Lead;
using Kind = ReconcileLine::Kind;

namespace {
    /// The engine's money text (two decimals), so "45990" and "45990.00" compare equal.
    QString money(const QString &decimal)
    {
        bool ok = false;
        const double value = decimal.trimmed().toDouble(&ok);
        return ok ? QString::number(value, 'f', 2) : QStringLiteral("0.00");
    }

    QString leadKey(Lead::Kind kind, const QString &id)
    {
        return Lead::kindName(kind) + QLatin1Char(':') + id;
    }

    /// The Calltouch fields whose leads the journals can confirm (chats have no journal).
    const QList<QPair<QString, Lead::Kind>> &journalFields()
    {
        static const QList<QPair<QString, Lead::Kind>> fields {
            { Sync::FieldCode::CallId, Lead::Kind::Call },
            { Sync::FieldCode::RequestId, Lead::Kind::Request },
        };
        return fields;
    }
} // namespace

Reconciler::Reconciler(const SyncConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clients(std::make_unique<ReadOnlyClients>(config))
    , m_retail(m_clients->retail())
    , m_calltouch(m_clients->calltouch())
    , m_crmZone(QTimeZone(config.retailCrmTimeZone.toUtf8()))
{
    qRegisterMetaType<ReconcileReport>();
    if (!m_crmZone.isValid())
        m_crmZone = QTimeZone::utc();
}

Reconciler::~Reconciler() = default;

void Reconciler::setRateLimitsEnabled(bool enabled)
{
    m_clients->setRateLimitsEnabled(enabled);
}

QDateTime Reconciler::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QPair<QDate, QDate> Reconciler::defaultPeriod() const
{
    const QDate today = now().toTimeZone(m_calltouch->timeZone()).date();
    return { today.addDays(-(kDefaultDays - 1)), today };
}

void Reconciler::run(const QDate &from, const QDate &to)
{
    if (m_running)
        return;
    m_running = true;
    m_report = {};
    m_leads.clear();
    m_knownLeads.clear();
    m_orders.clear();
    m_leadsInOrders.clear();
    m_toLookUp.clear();
    m_lookUpIndex = 0;
    m_steps = 0;
    m_stepsDone = 0;
    const auto period = defaultPeriod();
    m_report.from = from.isValid() ? from : period.first;
    m_report.to = to.isValid() ? to : period.second;
    m_report.dealsChecked = m_config.dealSync;
    readSettings();
}

void Reconciler::readSettings()
{
    // The account's zone, as the engine reads it: every CRM date is converted with it.
    m_retail->settings(this, [this](const RetailCrm::AccountSettings &settings, const ApiError &error) {
        if (!error.isOk()) {
            stopWith(QStringLiteral("retailCRM"), error);
            return;
        }
        const QTimeZone zone(settings.timeZone.toUtf8());
        if (zone.isValid()) {
            m_retail->setTimeZone(zone);
            m_crmZone = zone;
        }
        readStatuses();
    });
}

void Reconciler::readStatuses()
{
    m_retail->statuses(this, [this](const QList<RetailCrm::Status> &statuses, const ApiError &error) {
        if (!error.isOk()) {
            stopWith(QStringLiteral("retailCRM"), error);
            return;
        }
        for (const auto &status : statuses)
            m_statusGroups.insert(status.code, status.group);
        readFields();
    });
}

void Reconciler::readFields()
{
    // A lead is found by its ID in an order field: without the field (never set up), every lookup
    // would fail the same way.
    m_retail->customFields(this, [this](const QList<RetailCrm::CustomField> &fields, const ApiError &error) {
        if (!error.isOk()) {
            stopWith(QStringLiteral("retailCRM"), error);
            return;
        }
        for (const auto &wanted : journalFields()) {
            if (!m_config.leadKinds.contains(Lead::kindName(wanted.second)))
                continue;
            const bool usable =
                std::any_of(fields.cbegin(), fields.cend(), [&wanted](const RetailCrm::CustomField &field) {
                    return field.code == wanted.first && field.inFilter;
                });
            if (!usable)
                m_report.missingFields << wanted.first;
        }
        if (!m_report.missingFields.isEmpty()) {
            finish();
            return;
        }
        readJournal(0);
    });
}

void Reconciler::readJournal(int kindIndex)
{
    if (kindIndex > 1) {
        readOrders(1);
        return;
    }
    const auto [from, to] = journalDays(m_report.from, m_report.to);
    const auto done = [this, kindIndex](const QList<Lead> &leads, const ApiError &error) {
        if (!error.isOk()) {
            stopWith(QStringLiteral("Calltouch"), error);
            return;
        }
        for (const Lead &lead : leads) {
            const QDate day = lead.occurredAt.toTimeZone(m_calltouch->timeZone()).date();
            const bool inPeriod = lead.id.isEmpty() || (day >= m_report.from && day <= m_report.to);
            if (inPeriod)
                ++m_report.leadsRead;
            if (lead.id.isEmpty()) {
                ++m_report.leadsWithoutId;
                continue;
            }
            m_knownLeads.insert(leadKey(lead.kind, lead.id));
            if (inPeriod)
                m_leads << lead;
        }
        readJournal(kindIndex + 1);
    };
    if (kindIndex == 0)
        m_calltouch->calls(from, to, this, done);
    else
        m_calltouch->requests(from, to, this, done);
}

QPair<QDate, QDate> Reconciler::journalDays(const QDate &from, const QDate &to) const
{
    // A day of margin on both sides: an order of the first day may hold a lead of the evening before,
    // and an order of the last day may be given a lead of the next morning.
    const QDate today = now().toTimeZone(m_calltouch->timeZone()).date();
    return { from.addDays(-1), qMin(to.addDays(1), qMax(today, to)) };
}

Reconciler::Estimate Reconciler::estimate(
    const ReconcileBasis &basis, const QDate &from, const QDate &to) const
{
    const auto period = defaultPeriod();
    const auto [first, last] =
        journalDays(from.isValid() ? from : period.first, to.isValid() ? to : period.second);
    const int chunks = int(
        (first.daysTo(last) + Calltouch::Client::kMaxDaysPerRequest) / Calltouch::Client::kMaxDaysPerRequest);
    const auto pages = [](int rows, int pageSize) { return qMax(1, (rows + pageSize - 1) / pageSize); };
    // retailCRM: settings, statuses, fields, the orders' pages, and for each lead not in an order of its
    // own its order, its customer and the customer's orders.
    const int retail = 3 + pages(basis.orders, RetailCrm::Client::kPageLimit) + 3 * basis.leadsOutsideOrders;
    // Calltouch: the calls' pages and the requests of each chunk, the deals journal.
    int calltouch = chunks + pages(basis.calls, Calltouch::Client::kPageLimit) - 1 + chunks;
    if (m_config.dealSync)
        calltouch += 1 + basis.orders / Calltouch::Client::kPageLimit;
    const double seconds = double(retail) / qMax(1, m_config.retailCrmRatePerSecond)
        + double(calltouch) / qMax(1, m_config.calltouchRatePerSecond);
    return { retail + calltouch, int(std::ceil(seconds)) };
}

Reconciler::Estimate Reconciler::estimate(Store &store, const QDate &from, const QDate &to) const
{
    const auto period = defaultPeriod();
    const QDate first = from.isValid() ? from : period.first;
    const QDate last = to.isValid() ? to : period.second;
    const QTimeZone zone = m_calltouch->timeZone(); // the days of the journals
    const auto startOf = [&zone](const QDate &day) {
        return QDateTime(day, QTime(0, 0), zone).toMSecsSinceEpoch();
    };
    return estimate(
        ReconcileBasis::read(store, startOf(first), startOf(last.addDays(1)), startOf(first.addDays(-1))),
        first, last);
}

void Reconciler::readOrders(int page)
{
    // The filter takes a day of the account's zone: from the day before the period on (a superset).
    const QDateTime from(m_report.from.addDays(-1), QTime(0, 0), m_calltouch->timeZone());
    m_retail->listOrders(from.toUTC(), page, this,
        [this, page](const QList<RetailCrm::Order> &orders, int totalPageCount, const ApiError &error) {
            if (!error.isOk()) {
                stopWith(QStringLiteral("retailCRM"), error);
                return;
            }
            m_orders << orders;
            if (page < totalPageCount && !orders.isEmpty()) {
                readOrders(page + 1);
                return;
            }
            plan();
        });
}

void Reconciler::plan()
{
    const QString siteId = m_config.calltouchSiteId;
    for (const RetailCrm::Order &order : std::as_const(m_orders)) {
        const QString site = order.customFields.value(Sync::FieldCode::SiteId);
        if (!site.isEmpty() && site != siteId)
            continue; // another Calltouch project's lead
        for (const auto &field : journalFields()) {
            const QString id = order.customFields.value(field.first);
            if (!id.isEmpty())
                m_leadsInOrders.insert(leadKey(field.second, id));
        }
    }
    // Leads the engine has had time to handle: from the sync start on, of kinds it syncs, older than
    // the lead delay plus a cycle.
    const QDateTime sinceStart = m_config.since.isValid() ? QDateTime(m_config.since, QTime(0, 0), m_crmZone)
                                                          : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    const QDateTime due =
        now().addSecs(-(qint64(m_config.leadDelaySeconds) + m_config.syncIntervalSeconds + 60));
    std::stable_sort(m_leads.begin(), m_leads.end(),
        [](const Lead &a, const Lead &b) { return a.occurredAt < b.occurredAt; });
    for (const Lead &lead : std::as_const(m_leads)) {
        if (!m_config.leadKinds.contains(Lead::kindName(lead.kind)) || lead.occurredAt < sinceStart
            || lead.occurredAt > due)
            continue;
        if (Sync::leadContact(lead, m_config.phoneRegion).isEmpty()) {
            ++m_report.leadsWithoutContact;
            continue;
        }
        ++m_report.leadsChecked;
        if (!m_leadsInOrders.contains(leadKey(lead.kind, lead.id)))
            m_toLookUp << lead; // maybe an older order was given this lead: ask the CRM
    }
    const int lookUps = int(m_toLookUp.size());
    const int dealPages = m_config.dealSync ? 1 + int(m_orders.size()) / Calltouch::Client::kPageLimit : 0;
    m_steps = lookUps + (m_config.dealSync ? 1 : 0);
    m_report.estimatedRequests = int(m_clients->requestsSent()) + lookUps + dealPages;
    const double seconds = double(3 * lookUps) / qMax(1, m_config.retailCrmRatePerSecond)
        + double(dealPages) / qMax(1, m_config.calltouchRatePerSecond);
    emit planned(int(m_clients->requestsSent()), lookUps + dealPages, 3 * lookUps + dealPages,
        int(std::ceil(seconds)));
    emit progress(0, m_steps);
    lookUpNext();
}

void Reconciler::step()
{
    ++m_stepsDone;
    emit progress(m_stepsDone, m_steps);
}

void Reconciler::lookUpNext()
{
    if (!m_running)
        return;
    if (m_lookUpIndex >= m_toLookUp.size()) {
        readDeals();
        return;
    }
    const Lead lead = m_toLookUp.at(m_lookUpIndex++);
    const Sync::LeadContact contact = Sync::leadContact(lead, m_config.phoneRegion);
    ReconcileLine line;
    line.leadId = lead.id;
    line.leadKind = lead.kind;
    line.leadAt = lead.occurredAt;
    line.contact = contact.byPhone() ? contact.phone : contact.email;
    m_retail->findOrdersByCustomField(Sync::leadIdField(lead.kind), lead.id, this,
        [this, lead, line](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                lookUpFailed(line, error);
                return;
            }
            if (orders.isEmpty()) {
                checkRules(lead, line);
                return;
            }
            lookedUp();
        });
}

void Reconciler::checkRules(const Lead &lead, ReconcileLine line)
{
    const Sync::LeadContact contact = Sync::leadContact(lead, m_config.phoneRegion);
    const auto found = [this, lead, line](
                           const QList<RetailCrm::Customer> &customers, const ApiError &error) {
        if (!error.isOk()) {
            lookUpFailed(line, error);
            return;
        }
        const auto customer = Sync::newestCustomer(customers);
        if (!customer) {
            decide(lead, line, customers, {});
            return;
        }
        m_retail->customerOrders(customer->id, this,
            [this, lead, line, customers](
                const QList<RetailCrm::Order> &orders, const ApiError &ordersError) {
                if (!ordersError.isOk()) {
                    lookUpFailed(line, ordersError);
                    return;
                }
                decide(lead, line, customers, orders);
            });
    };
    if (contact.byPhone())
        m_retail->findCustomersByPhone(contact.phone, this, found);
    else
        m_retail->findCustomersByEmail(contact.email, this, found);
}

void Reconciler::decide(const Lead &lead, ReconcileLine line, const QList<RetailCrm::Customer> &customers,
    const QList<RetailCrm::Order> &orders)
{
    const Sync::LeadDecision decision = decideAsTheSync(m_config, lead, customers, orders, m_statusGroups);
    if (decision.action == Sync::LeadAction::Skip) {
        ++m_report.leadsSkippedByRule; // in no order by design, as the sync decides
    } else {
        line.kind = Kind::LeadInNoOrder;
        line.reason = decision.reasonCode;
        line.lead = lead;
        m_report.lines << line;
    }
    lookedUp();
}

void Reconciler::lookUpFailed(ReconcileLine line, const ApiError &error)
{
    if (error.isCredentialProblem()) {
        stopWith(QStringLiteral("retailCRM"), error);
        return;
    }
    line.kind = Kind::LookupFailed;
    line.error = error;
    m_report.lines << line;
    lookedUp();
}

void Reconciler::lookedUp()
{
    step();
    lookUpNext();
}

void Reconciler::readDeals()
{
    if (!m_config.dealSync) {
        finish();
        return;
    }
    m_calltouch->dealRecords(m_report.from.addDays(-1), m_report.to.addDays(1), this,
        [this](const QList<Calltouch::JournalDeal> &deals, const ApiError &error) {
            if (!error.isOk()) {
                stopWith(QStringLiteral("Calltouch"), error);
                return;
            }
            step();
            compareDeals(deals);
            finish();
        });
}

void Reconciler::compareDeals(const QList<Calltouch::JournalDeal> &deals)
{
    QHash<QString, Calltouch::JournalDeal> byNumber;
    for (const auto &deal : deals)
        byNumber.insert(deal.orderNumber, deal);
    const QDateTime sinceStart = m_config.since.isValid() ? QDateTime(m_config.since, QTime(0, 0), m_crmZone)
                                                          : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    // An order younger than a cycle may not have been pushed yet.
    const QDateTime due = now().addSecs(-(qint64(m_config.syncIntervalSeconds) + 60));
    for (const RetailCrm::Order &order : std::as_const(m_orders)) {
        const QDate day = order.createdAt.toTimeZone(m_calltouch->timeZone()).date();
        if (day < m_report.from || day > m_report.to)
            continue;
        if (byNumber.contains(QString::number(order.id)))
            ++m_report.dealsRead;
        if (order.createdAt < sinceStart || order.createdAt > due)
            continue;
        ReconcileLine line;
        line.orderId = order.id;
        line.orderNumber = order.number;
        line.orderCreatedAt = order.createdAt;
        const auto it = byNumber.constFind(QString::number(order.id));
        if (it == byNumber.cend()) {
            line.kind = Kind::OrderWithoutDeal;
            m_report.lines << line;
            continue;
        }
        // A record without status or revenue (the journal's shape is UNCONFIRMED) is not compared on it.
        line.orderStatus = order.status;
        line.dealStatus = it->status.isEmpty() ? order.status : it->status;
        line.orderRevenue = money(order.totalSumm);
        line.dealRevenue = it->revenue.isEmpty() ? line.orderRevenue : money(it->revenue);
        if (line.orderStatus != line.dealStatus || line.orderRevenue != line.dealRevenue) {
            line.kind = Kind::DealDiffers;
            m_report.lines << line;
        }
    }
}

void Reconciler::stopWith(const QString &service, const ApiError &error)
{
    m_report.error = error;
    m_report.errorService = service;
    qCWarning(lcSync).noquote() << "reconciliation stopped:" << service << redact(error.fullMessage());
    finish();
}

void Reconciler::finish()
{
    if (!m_running)
        return;
    // Orders naming a lead the journals do not have (orders of the period only).
    if (m_report.error.isOk() && m_report.missingFields.isEmpty()) {
        const QString siteId = m_config.calltouchSiteId;
        for (const RetailCrm::Order &order : std::as_const(m_orders)) {
            const QDate day = order.createdAt.toTimeZone(m_calltouch->timeZone()).date();
            if (day < m_report.from || day > m_report.to)
                continue;
            ++m_report.ordersRead;
            const QString site = order.customFields.value(Sync::FieldCode::SiteId);
            if (!site.isEmpty() && site != siteId)
                continue;
            for (const auto &field : journalFields()) {
                const QString id = order.customFields.value(field.first);
                if (id.isEmpty() || m_knownLeads.contains(leadKey(field.second, id)))
                    continue;
                ReconcileLine line;
                line.kind = Kind::UnknownLead;
                line.leadId = id;
                line.leadKind = field.second;
                line.orderId = order.id;
                line.orderNumber = order.number;
                line.orderCreatedAt = order.createdAt;
                m_report.lines << line;
            }
        }
    }
    m_running = false;
    m_report.requests = m_clients->requestsSent();
    m_report.writesRefused = m_clients->writesRefused();
    m_report.finished = true;
    emit finished(m_report);
}

} // namespace LeadBridge
