#include "dryrun.h"

#include <algorithm>

#include <QTimeZone>

#include "calltouch/calltouchclient.h"
#include "retailcrm/retailcrmclient.h"
#include "rules/customfieldset.h"
#include "rules/leadrules.h"
#include "sync/leaddecision.h"
#include "sync/leadintake.h"
#include "sync/readonlyclients.h"
#include "util/logging.h"
#include "util/problemtext.h"

namespace LeadBridge {

using Calltouch::Lead;
using Outcome = DryRunRow::Outcome;

namespace {
    Outcome outcomeOf(Sync::LeadAction action)
    {
        switch (action) {
        case Sync::LeadAction::NoContact:
            return Outcome::NoContact;
        case Sync::LeadAction::CreateCustomerAndOrder:
            return Outcome::CreateCustomerAndOrder;
        case Sync::LeadAction::CreateOrder:
            return Outcome::CreateOrder;
        case Sync::LeadAction::UpdateOrder:
            return Outcome::UpdateOrder;
        case Sync::LeadAction::Skip:
        case Sync::LeadAction::AlreadyInOrder: // synced before: the order already holds this lead
            return Outcome::Skip;
        }
        return Outcome::Skip;
    }

    QString fullName(const RetailCrm::Customer &customer)
    {
        return QString(customer.firstName + QLatin1Char(' ') + customer.lastName).trimmed();
    }
} // namespace

DryRunPlanner::DryRunPlanner(const SyncConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clients(std::make_unique<ReadOnlyClients>(config))
    , m_retail(m_clients->retail())
    , m_calltouch(m_clients->calltouch())
{
    qRegisterMetaType<DryRunReport>();
}

DryRunPlanner::~DryRunPlanner() = default;

void DryRunPlanner::setRateLimitsEnabled(bool enabled)
{
    m_clients->setRateLimitsEnabled(enabled);
}

QDateTime DryRunPlanner::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void DryRunPlanner::run(int days)
{
    if (m_running)
        return;
    m_running = true;
    days = qBound(1, days, kMaxDays);
    m_report = {};
    m_leads.clear();
    m_contacts.clear();
    m_index = 0;
    // The journals' days are the Calltouch project's.
    m_report.to = now().toTimeZone(QTimeZone(m_config.calltouchTimeZone.toUtf8())).date();
    m_report.from = m_report.to.addDays(-(days - 1));
    readSettings();
}

void DryRunPlanner::readSettings()
{
    // The account's zone, as the engine reads it: every CRM date is converted with it.
    m_retail->settings(this, [this](const RetailCrm::AccountSettings &settings, const ApiError &error) {
        if (error.isCredentialProblem()) {
            stopWith(QStringLiteral("retailCRM"), error);
            return;
        }
        if (error.isOk()) {
            const QTimeZone zone(settings.timeZone.toUtf8());
            if (zone.isValid())
                m_retail->setTimeZone(zone);
        }
        readStatuses();
    });
}

void DryRunPlanner::readStatuses()
{
    m_retail->statuses(this, [this](const QList<RetailCrm::Status> &statuses, const ApiError &error) {
        if (!error.isOk()) {
            stopWith(QStringLiteral("retailCRM"), error);
            return;
        }
        for (const auto &status : statuses)
            m_statusGroups.insert(status.code, status.group);
        readJournal(0);
    });
}

void DryRunPlanner::readJournal(int kindIndex)
{
    if (kindIndex > 1) {
        std::stable_sort(m_leads.begin(), m_leads.end(),
            [](const Lead &a, const Lead &b) { return a.occurredAt < b.occurredAt; });
        emit progress(0, int(m_leads.size()));
        next();
        return;
    }
    const auto done = [this, kindIndex](const QList<Lead> &leads, const ApiError &error) {
        if (!error.isOk()) {
            stopWith(QStringLiteral("Calltouch"), error);
            return;
        }
        m_report.leadsRead += int(leads.size());
        for (const Lead &lead : leads) {
            if (lead.id.isEmpty())
                ++m_report.withoutId;
            else
                m_leads << lead;
        }
        readJournal(kindIndex + 1);
    };
    if (kindIndex == 0)
        m_calltouch->calls(m_report.from, m_report.to, this, done);
    else
        m_calltouch->requests(m_report.from, m_report.to, this, done);
}

void DryRunPlanner::next()
{
    if (!m_running)
        return;
    if (m_index >= m_leads.size()) {
        finish();
        return;
    }
    const Lead &lead = m_leads.at(m_index);
    DryRunRow row;
    row.lead = lead;
    const Sync::LeadContact contact = Sync::leadContact(lead, m_config.phoneRegion);
    row.contact = contact.byPhone() ? contact.phone : contact.email;
    const Problem problem = LeadIntake::dateProblem(lead, now().toMSecsSinceEpoch());
    const bool enabled = m_config.leadKinds.contains(Lead::kindName(lead.kind));
    if (!problem.isEmpty() || !enabled) {
        row.outcome = enabled ? Outcome::Skip : Outcome::KindDisabled;
        row.reason = enabled ? Db::LeadReason::Error : Db::LeadReason::KindDisabled;
        row.detail = problem.isEmpty() ? QString() : ProblemText::sentence(problem);
        m_report.rows << row;
        ++m_index;
        emit progress(m_index, int(m_leads.size()));
        QMetaObject::invokeMethod(this, &DryRunPlanner::next, Qt::QueuedConnection);
        return;
    }
    if (contact.isEmpty()) {
        decide({});
        return;
    }
    const QString key = contact.byPhone() ? QStringLiteral("phone:") + contact.phone
                                          : QStringLiteral("email:") + contact.email;
    if (m_contacts.contains(key))
        decide(key);
    else
        lookUp(key, contact.phone, contact.email);
}

void DryRunPlanner::lookUp(const QString &key, const QString &phone, const QString &email)
{
    const auto found = [this, key](const QList<RetailCrm::Customer> &customers, const ApiError &error) {
        if (!error.isOk()) {
            failLead(error);
            return;
        }
        loadOrders(key, customers);
    };
    if (!phone.isEmpty())
        m_retail->findCustomersByPhone(phone, this, found);
    else
        m_retail->findCustomersByEmail(email, this, found);
}

void DryRunPlanner::loadOrders(const QString &key, const QList<RetailCrm::Customer> &customers)
{
    const auto customer = Sync::newestCustomer(customers);
    if (!customer) {
        m_contacts.insert(key, { customers, {} });
        decide(key);
        return;
    }
    m_retail->customerOrders(customer->id, this,
        [this, key, customers](const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (!error.isOk()) {
                failLead(error);
                return;
            }
            if (const auto undated = Sync::orderWithoutValidDate(orders)) {
                failLead(ApiError::make(ApiError::Kind::BadResponse,
                    tr("retailCRM order %1 of this customer has no valid creation date, so the newest order "
                       "cannot be told; correct the order in retailCRM.")
                        .arg(undated->number.isEmpty() ? QString::number(undated->id) : undated->number)));
                return;
            }
            m_contacts.insert(key, { customers, orders });
            decide(key);
        });
}

void DryRunPlanner::decide(const QString &key)
{
    const Lead &lead = m_leads.at(m_index);
    ContactState &state = m_contacts[key];
    const Sync::LeadDecision decision =
        decideAsTheSync(m_config, lead, state.customers, state.orders, m_statusGroups);

    DryRunRow row;
    row.lead = lead;
    row.contact = decision.contact.byPhone() ? decision.contact.phone : decision.contact.email;
    row.outcome = outcomeOf(decision.action);
    row.reason = decision.reasonCode;
    row.orderNumber = decision.orderNumber;
    const auto customer = Sync::newestCustomer(state.customers);
    row.customerName = customer ? fullName(*customer) : decision.newCustomerName;

    // What the engine would have made, for the next leads of this contact: it handles them one after
    // the other, each seeing the CRM as the earlier ones left it. Made now, like the real writes.
    const QDateTime madeAt = now().addMSecs(m_index);
    RetailCrm::Order made;
    made.id = m_nextVirtualId--;
    made.number = tr("new (lead %1)").arg(lead.id);
    made.createdAt = madeAt;
    made.customFields = decision.fields.customFields;
    switch (decision.action) {
    case Sync::LeadAction::CreateCustomerAndOrder: {
        RetailCrm::Customer created;
        created.id = m_nextVirtualId--;
        created.firstName = decision.newCustomerName;
        created.createdAt = madeAt;
        made.customerId = created.id;
        state.customers = { created };
        state.orders = { made };
        break;
    }
    case Sync::LeadAction::CreateOrder:
        made.customerId = decision.customerId;
        state.orders << made;
        break;
    case Sync::LeadAction::UpdateOrder:
        for (RetailCrm::Order &order : state.orders) {
            if (order.id == decision.orderId) {
                for (auto it = decision.fields.customFields.cbegin();
                     it != decision.fields.customFields.cend(); ++it)
                    order.customFields.insert(it.key(), it.value());
            }
        }
        break;
    case Sync::LeadAction::NoContact:
    case Sync::LeadAction::Skip:
    case Sync::LeadAction::AlreadyInOrder:
        break;
    }
    if (key.isEmpty())
        m_contacts.remove(key);
    m_report.rows << row;
    ++m_index;
    emit progress(m_index, int(m_leads.size()));
    QMetaObject::invokeMethod(this, &DryRunPlanner::next, Qt::QueuedConnection);
}

void DryRunPlanner::failLead(const ApiError &error)
{
    if (error.isCredentialProblem()) {
        stopWith(QStringLiteral("retailCRM"), error);
        return;
    }
    DryRunRow row;
    row.lead = m_leads.at(m_index);
    const Sync::LeadContact contact = Sync::leadContact(row.lead, m_config.phoneRegion);
    row.contact = contact.byPhone() ? contact.phone : contact.email;
    row.outcome = Outcome::Failed;
    row.reason = Db::LeadReason::Error;
    row.detail = error.userMessage();
    m_report.rows << row;
    ++m_index;
    emit progress(m_index, int(m_leads.size()));
    QMetaObject::invokeMethod(this, &DryRunPlanner::next, Qt::QueuedConnection);
}

void DryRunPlanner::stopWith(const QString &service, const ApiError &error)
{
    m_report.error = error;
    m_report.errorService = service;
    qCWarning(lcSync).noquote() << "dry run stopped:" << service << redact(error.fullMessage());
    finish();
}

void DryRunPlanner::finish()
{
    m_running = false;
    m_report.requests = m_clients->requestsSent();
    m_report.writesRefused = m_clients->writesRefused();
    m_report.finished = true;
    emit finished(m_report);
}

} // namespace LeadBridge
