#include "historyphase.h"

#include <QTimeZone>

#include "retailcrm/retailcrmclient.h"
#include "rules/dealbinding.h"
#include "store/syncstore.h"
#include "sync/synccontext.h"
#include "util/contacts.h"

namespace LeadBridge {

namespace {
    constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;
    constexpr int kHistoryPage = 100;

    /// Money as Calltouch's examples show it: a decimal text with two places ("100000.50").
    QString money(const QString &decimal)
    {
        bool ok = false;
        const double value = decimal.trimmed().toDouble(&ok);
        return ok ? QString::number(value, 'f', 2) : QStringLiteral("0.00");
    }
} // namespace

bool HistoryPhase::isEnabled() const
{
    return m_ctx.config.dealSync;
}

void HistoryPhase::start()
{
    const qint64 sinceId = m_ctx.store->cursor(QStringLiteral("history.sinceId")).toLongLong();
    const QTimeZone zone(m_ctx.config.retailCrmTimeZone.toUtf8());
    const QDateTime from(m_ctx.sinceDate(), QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc());
    m_ctx.retail->ordersHistory(sinceId, from.toUTC(), this,
        [this](const QList<RetailCrm::HistoryRecord> &records, const ApiError &error) {
            if (m_ctx.dead)
                return;
            if (!error.isOk()) {
                failSoftly(
                    error, QStringLiteral("retailCRM"), Db::ErrorDirection::Deals, QStringLiteral("history"));
                return;
            }
            m_ctx.sync->resolveError(Db::ErrorDirection::Deals, QStringLiteral("history"));
            if (records.isEmpty()) {
                succeed();
                return;
            }
            const auto applyPage = [this, records] {
                apply(records);
                if (records.size() >= kHistoryPage)
                    start(); // more pages: move sinceId on
                else
                    succeed();
            };
            if (!m_ctx.usersLoaded)
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

void HistoryPhase::apply(const QList<RetailCrm::HistoryRecord> &records)
{
    const qint64 stamp = m_ctx.nowMs();
    const qint64 since = m_ctx.sinceMs();
    m_ctx.store->inTransaction([&] {
        qint64 lastId = 0;
        for (const auto &record : records) {
            lastId = qMax(lastId, record.id);
            const qint64 orderId = record.order.id;
            if (record.created) {
                if (record.order.createdAt.isValid() && record.order.createdAt.toMSecsSinceEpoch() < since)
                    continue;
                insertDeal(record.order);
                continue;
            }
            if (!m_ctx.sync->deal(orderId))
                continue; // an order from before LeadBridge's time
            if (record.field == QLatin1String("status")) {
                const QString status = record.newValue.value(QStringLiteral("code")).toString();
                m_ctx.sync->updateDealFields(orderId, status, {}, {}, record.createdAt, stamp);
                emit m_ctx.dealChanged(orderId);
            } else if (record.field == QLatin1String("total_summ")) {
                m_ctx.sync->updateDealFields(orderId, {}, money(record.newValueText), {}, {}, stamp);
                emit m_ctx.dealChanged(orderId);
            } else if (record.field == QLatin1String("manager")) {
                const qint64 managerId = record.newValue.value(QStringLiteral("id")).toVariant().toLongLong();
                m_ctx.sync->updateDealFields(orderId, {}, {}, m_ctx.userNames.value(managerId), {}, stamp);
            }
            // Other fields (including LeadBridge's own custom-field writes, apiKey.current) change nothing
            // in the deal: no loop.
        }
        return m_ctx.store->setCursor(QStringLiteral("history.sinceId"), QString::number(lastId));
    });
}

void HistoryPhase::insertDeal(const RetailCrm::Order &order)
{
    if (m_ctx.sync->deal(order.id))
        return; // the binding is made once, at creation, never again
    DealRow row;
    row.orderId = order.id;
    row.orderNumber = order.number;
    row.site = order.site;
    row.status = order.status;
    row.revenue = money(order.totalSumm);
    row.manager = m_ctx.userNames.value(order.managerId);
    row.phone = Contacts::canonicalPhone(order.phone, m_ctx.config.phoneRegion);
    row.email = Contacts::canonicalEmail(order.email);
    row.orderCreatedAt = order.createdAt;
    row.statusChangedAt = order.statusUpdatedAt.isValid() ? order.statusUpdatedAt : order.createdAt;

    const qint64 created = order.createdAt.isValid() ? order.createdAt.toMSecsSinceEpoch() : m_ctx.nowMs();
    Sync::DealBindingInput input;
    input.phone = row.phone;
    input.email = row.email;
    if (!row.phone.isEmpty() || !row.email.isEmpty()) {
        if (const auto lead = m_ctx.sync->findLeadForDeal(row.phone, row.email, created - kYearMs, created))
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
    row.bindingKind = binding.kind;
    row.bindingLeadId = binding.leadId;
    row.bindingNote = Sync::bindingNote(binding);
    if (m_ctx.sync->insertDeal(row, m_ctx.nowMs()))
        emit m_ctx.dealChanged(order.id);
}

} // namespace LeadBridge
