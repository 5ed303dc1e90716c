#include "historyphase.h"

#include <QTimeZone>

#include "retailcrm/retailcrmclient.h"
#include "rules/dealbinding.h"
#include "store/syncstore.h"
#include "sync/synccontext.h"
#include "util/checkednumbers.h"
#include "util/contacts.h"

namespace LeadBridge {

namespace {
    constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;
    constexpr int kHistoryPage = 100;
    constexpr int kOrdersPerRead = 100; ///< ids per GET orders?filter[ids][]
    constexpr int kUnboundPerCycle = 1000;

    /// Money as Calltouch's examples show it: a decimal text with two places ("100000.50").
    QString money(const QString &decimal)
    {
        bool ok = false;
        const double value = decimal.trimmed().toDouble(&ok);
        return ok ? QString::number(value, 'f', 2) : QStringLiteral("0.00");
    }

    void appendUnique(QStringList *list, const QString &value)
    {
        if (!value.isEmpty() && !list->contains(value))
            list->append(value);
    }
} // namespace

bool HistoryPhase::isEnabled() const
{
    return m_ctx.config.dealSync;
}

void HistoryPhase::start()
{
    m_sinceId = m_ctx.store->cursor(QStringLiteral("history.sinceId")).toLongLong();
    m_lastId = m_sinceId;
    m_toRead.clear();
    m_queued.clear();
    m_statusChangedAt.clear();
    readPage();
}

bool HistoryPhase::failedRead(const ApiError &error)
{
    if (m_ctx.dead)
        return true;
    if (error.isOk())
        return false;
    // The cursor stays: the same history (and so the same re-read) comes again next cycle.
    failSoftly(error, QStringLiteral("retailCRM"), Db::ErrorDirection::Deals, QStringLiteral("history"));
    return true;
}

void HistoryPhase::readPage()
{
    const QDateTime from(m_ctx.sinceDate(), QTime(0, 0), m_ctx.timeZone());
    m_ctx.retail->ordersHistory(m_lastId, from.toUTC(), this,
        [this](const QList<RetailCrm::HistoryRecord> &records, const ApiError &error) {
            if (failedRead(error))
                return;
            if (stopsOnStore(m_ctx.sync->resolveError(Db::ErrorDirection::Deals, QStringLiteral("history"))))
                return;
            const auto applyPage = [this, records] {
                if (stopsOnStore(apply(records)))
                    return;
                if (records.size() >= kHistoryPage) {
                    readPage(); // more pages: on from the last record read
                    return;
                }
                // Deals left unbound while the Calltouch journals were missing: bound now, from a re-read.
                if (m_ctx.leadIndexComplete) {
                    const QList<qint64> unbound = m_ctx.sync->unboundDeals(kUnboundPerCycle);
                    for (const qint64 orderId : unbound) {
                        if (!m_queued.contains(orderId)) {
                            m_queued.insert(orderId);
                            m_toRead << orderId;
                        }
                    }
                }
                reread(0);
            };
            if (!m_ctx.usersLoaded && !records.isEmpty())
                loadUsers(applyPage);
            else
                applyPage();
        });
}

void HistoryPhase::loadUsers(std::function<void()> then)
{
    m_ctx.retail->users(this, [this, then](const QList<RetailCrm::User> &users, const ApiError &error) {
        if (m_ctx.dead)
            return;
        if (error.isOk()) {
            m_ctx.usersLoaded = true;
            for (const auto &user : users)
                m_ctx.userNames.insert(user.id, user.fullName());
        }
        then(); // without names, deals go without a manager until the next cycle
    });
}

StoreResult HistoryPhase::apply(const QList<RetailCrm::HistoryRecord> &records)
{
    const qint64 since = m_ctx.sinceMs();
    const qint64 before = m_lastId;
    const StoreResult result = m_ctx.store->inTransaction([&] {
        for (const auto &record : records) {
            m_lastId = qMax(m_lastId, record.id);
            const qint64 orderId = record.order.id;
            if (record.created && !m_ctx.sync->deal(orderId)) {
                if (!Checked::isPlausibleMoment(record.order.createdAt)) {
                    // Neither "before since" nor a deal created at 0: the order is named in the errors.
                    m_ctx.reportError(Db::ErrorDirection::Deals, QStringLiteral("deal:%1").arg(orderId),
                        Problem::make(Db::ErrorCode::NoCreatedAt,
                            { { QStringLiteral("order"),
                                record.order.number.isEmpty() ? QString::number(orderId)
                                                              : record.order.number } }));
                    continue;
                }
                if (record.order.createdAt.toMSecsSinceEpoch() < since)
                    continue;
                if (!insertDeal(record.order)) // the record carries the whole order
                    return false;
                continue;
            }
            if (!m_ctx.sync->deal(orderId))
                continue; // an order from before LeadBridge's time
            // LeadBridge's own writes (custom fields, apiKey.current) change nothing in a deal: no loop.
            if (record.byThisKey)
                continue;
            if (record.field == QLatin1String("status") && record.createdAt.isValid())
                m_statusChangedAt.insert(orderId, record.createdAt);
            // Any other change (items, discounts, delivery, payments, status, manager...) may change
            // what the deal shows: the order is read again, once per cycle.
            if (!m_queued.contains(orderId)) {
                m_queued.insert(orderId);
                m_toRead << orderId;
            }
        }
        return true;
    });
    if (!result.ok)
        m_lastId = before; // the page is read again
    return result;
}

void HistoryPhase::reread(int offset)
{
    if (offset >= m_toRead.size()) {
        finish();
        return;
    }
    const QList<qint64> batch = m_toRead.mid(offset, kOrdersPerRead);
    m_ctx.retail->ordersByIds(batch, this,
        [this, offset, size = int(batch.size())](
            const QList<RetailCrm::Order> &orders, const ApiError &error) {
            if (failedRead(error))
                return;
            const qint64 stamp = m_ctx.nowMs();
            QList<qint64> changed;
            const StoreResult written = m_ctx.store->inTransaction([&] {
                for (const auto &order : orders) {
                    if (!applyOrder(order, stamp, &changed))
                        return false;
                }
                return true;
            });
            if (stopsOnStore(written))
                return;
            for (const qint64 orderId : qAsConst(changed))
                emit m_ctx.dealChanged(orderId);
            reread(offset + size);
        });
}

bool HistoryPhase::applyOrder(const RetailCrm::Order &order, qint64 stamp, QList<qint64> *changed)
{
    const auto row = m_ctx.sync->deal(order.id);
    if (!row)
        return true;
    if (row->bindingKind == Db::BindingKind::None && m_ctx.leadIndexComplete) {
        QString leadId;
        QString phone;
        QString email;
        const Db::BindingKind kind = bind(order, &leadId, &phone, &email);
        if (!m_ctx.sync->bindDeal(order.id, kind, leadId, phone, email, stamp).ok)
            return false;
    }
    const QString status = order.status;
    const QString revenue = order.totalSumm.isEmpty() ? QString() : money(order.totalSumm);
    const QString manager = m_ctx.userNames.value(order.managerId);
    QDateTime statusChangedAt;
    if (!status.isEmpty() && status != row->status) {
        statusChangedAt = order.statusUpdatedAt.isValid() ? order.statusUpdatedAt
                                                          : m_statusChangedAt.value(order.id, m_ctx.now());
    }
    if ((status.isEmpty() || status == row->status) && (revenue.isEmpty() || revenue == row->revenue)
        && (manager.isEmpty() || manager == row->manager) && row->bindingKind != Db::BindingKind::None)
        return true; // a re-read that changes nothing pushes nothing
    if (!m_ctx.sync->updateDealFields(order.id, status, revenue, manager, statusChangedAt, stamp).ok)
        return false;
    changed->append(order.id);
    return true;
}

void HistoryPhase::finish()
{
    if (stopsOnStore(m_ctx.store->setCursor(QStringLiteral("history.sinceId"), QString::number(m_lastId))))
        return;
    succeed();
}

Db::BindingKind HistoryPhase::bind(
    const RetailCrm::Order &order, QString *leadId, QString *phone, QString *email) const
{
    // The order's own contacts first, then its customer's (a real "created" record embeds the customer).
    Sync::DealBindingInput input;
    appendUnique(&input.phones, Contacts::canonicalPhone(order.phone, m_ctx.config.phoneRegion));
    for (const QString &customerPhone : order.customerPhones)
        appendUnique(&input.phones, Contacts::canonicalPhone(customerPhone, m_ctx.config.phoneRegion));
    appendUnique(&input.emails, Contacts::canonicalEmail(order.email));
    appendUnique(&input.emails, Contacts::canonicalEmail(order.customerEmail));
    *phone = input.phones.value(0);
    *email = input.emails.value(0);

    const qint64 created = order.createdAt.isValid() ? order.createdAt.toMSecsSinceEpoch() : m_ctx.nowMs();
    if (!input.phones.isEmpty() || !input.emails.isEmpty()) {
        if (const auto lead =
                m_ctx.sync->findLeadForDeal(input.phones, input.emails, created - kYearMs, created))
            input.lead = Sync::BindingCandidate { lead->lead.kind, lead->lead.id };
        const auto indexed = [this](const char *kind) {
            return QDate::fromString(
                m_ctx.store->cursor(QStringLiteral("index.%1").arg(QLatin1String(kind))), Qt::ISODate);
        };
        input.journalCoversWindow = Sync::journalCovers(indexed("call"), indexed("request"),
            QDateTime::fromMSecsSinceEpoch(created - kYearMs, Qt::UTC).date(),
            m_ctx.config.leadKinds.contains(QStringLiteral("chat")));
    }
    const Sync::DealBinding binding = Sync::bindDeal(input);
    *leadId = binding.leadId;
    return binding.kind;
}

bool HistoryPhase::insertDeal(const RetailCrm::Order &order)
{
    DealRow row;
    row.orderId = order.id;
    row.orderNumber = order.number;
    row.site = order.site;
    row.status = order.status;
    row.revenue = money(order.totalSumm);
    row.manager = m_ctx.userNames.value(order.managerId);
    row.orderCreatedAt = order.createdAt;
    row.statusChangedAt = order.statusUpdatedAt.isValid() ? order.statusUpdatedAt : order.createdAt;
    if (m_ctx.leadIndexComplete) {
        row.bindingKind = bind(order, &row.bindingLeadId, &row.phone, &row.email);
    } else {
        // The Calltouch journals could not be read this cycle: no binding against a stale index. The deal
        // waits, unbound, and is bound (from a re-read) in the next cycle with a complete index.
        QString unusedLead;
        bind(order, &unusedLead, &row.phone, &row.email);
        row.bindingKind = Db::BindingKind::None;
    }
    const StoreResult result = m_ctx.sync->insertDeal(row, m_ctx.nowMs());
    if (result.changed)
        emit m_ctx.dealChanged(order.id);
    return result.ok;
}

} // namespace LeadBridge
