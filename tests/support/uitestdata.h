#pragma once

// Realistic rows for the UI tests and their screenshots, written through the store's own writers
// (SyncStore, LeadAttempts) in the order the engine calls them: a lead is upserted as waiting and then
// given its result as LeadJob::succeed / LeadJob::fail do; a deal is inserted as the history phase does
// and then sent, pushed or refused as the deal push phase does. So no row holds a combination the engine
// never writes (a failed lead has its open error, a done lead its history entry and its orders row).
// Each function is one transaction (100 000 leads take about 20 s: seven statements each, as the
// engine writes them).

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTest>

#include "calltouch/calltouchtypes.h"
#include "net/apierror.h"
#include "store/leadattempts.h"
#include "store/problem.h"
#include "store/store.h"
#include "store/syncstore.h"

namespace LeadBridge::TestSupport {

inline qint64 uiTestNowMs()
{
    static const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return now;
}

namespace Sample {
    inline const QStringList names { QStringLiteral("Анна Смирнова"), QStringLiteral("Игорь Петров"),
        QStringLiteral("Ольга Кузнецова"), QStringLiteral("Дмитрий Волков"), QStringLiteral("Мария Соколова"),
        QStringLiteral("Сергей Морозов"), QStringLiteral("Елена Павлова"),
        QStringLiteral("Алексей Новиков") };
    inline const QStringList sources { QStringLiteral("yandex"), QStringLiteral("google"),
        QStringLiteral("vk"), QStringLiteral("(direct)"), QStringLiteral("avito") };
    inline const QStringList mediums { QStringLiteral("cpc"), QStringLiteral("cpc"), QStringLiteral("social"),
        QStringLiteral("(none)"), QStringLiteral("referral") };
    inline const QStringList campaigns { QStringLiteral("spring_sale"), QStringLiteral("brand"),
        QStringLiteral("retargeting"), QString(), QStringLiteral("sofas_msk") };
    inline const QStringList kinds { QStringLiteral("call"), QStringLiteral("request"),
        QStringLiteral("chat") };
    inline const QStringList shops { QStringLiteral("mebel-msk"), QStringLiteral("mebel-spb"),
        QStringLiteral("outlet") };
    inline const QStringList managers { QStringLiteral("Орлова Наталья"), QStringLiteral("Белов Артём"),
        QString() };
    inline const QStringList statuses { QStringLiteral("new"), QStringLiteral("assembling"),
        QStringLiteral("complete"), QStringLiteral("cancel-other") };
} // namespace Sample

inline QString samplePhone(int i)
{
    return QStringLiteral("+7999%1").arg(1000000 + (i * 7919) % 9000000, 7, 10, QLatin1Char('0'));
}

namespace UiTestDataDetail {

    constexpr qint64 kMinute = 60 * 1000;

    /// The errors' item of a lead (LeadJob) and of a deal (DealPushPhase).
    inline QString leadItem(const QString &kind, qint64 remoteId)
    {
        return QStringLiteral("lead:%1:%2").arg(kind).arg(remoteId);
    }
    inline QString dealItem(qint64 orderId)
    {
        return QStringLiteral("deal:%1").arg(orderId);
    }

    /// A failure as the engine makes it from an API error (Problem::fromApi).
    inline Problem apiProblem(ApiError::Kind kind, const QString &service)
    {
        return Problem::fromApi(ApiError::make(kind, {}), service);
    }

    /// What the rules decided for lead @p i (LeadJob::succeed's arguments).
    struct LeadResult
    {
        Db::LeadState state = Db::LeadState::Done;
        Db::LeadAction action = Db::LeadAction::CreatedOrder;
        Db::LeadReason reason = Db::LeadReason::NewestOrderCompleted;
    };

    /// LeadJob::succeed: the result, its order (if any), the lead's error resolved, its journal settled.
    inline bool succeed(SyncStore &sync, qint64 leadId, const QString &item, const LeadResult &result,
        qint64 customerId, const QString &customerName, qint64 orderId, const QString &site, qint64 stamp)
    {
        const QString number = orderId > 0 ? QStringLiteral("%1A").arg(orderId) : QString();
        return sync.store()
            .inTransaction([&] {
                return sync.setLeadOutcome(leadId, result.state, result.action, result.reason, customerId,
                               orderId, number, stamp)
                           .ok
                    && (orderId <= 0
                        || sync.recordOrder(orderId, number, site, customerId, customerName,
                                   Db::orderActionOf(result.action), result.reason, leadId, 0, stamp)
                               .ok)
                    && sync.resolveError(Db::ErrorDirection::Leads, item).ok
                    && sync.settlePending(item, stamp).ok;
            })
            .ok;
    }

    /// LeadJob::fail for a lead without an order: the failed attempt and its open error.
    inline bool fail(SyncStore &sync, qint64 leadId, const QString &item, const Problem &problem,
        int attempts, qint64 next, qint64 stamp)
    {
        return sync.store()
            .inTransaction([&] {
                return sync.setLeadFailed(leadId, problem, attempts, next, stamp).ok
                    && sync.recordError(Db::ErrorDirection::Leads, item, problem, attempts, next, stamp).ok;
            })
            .ok;
    }

    /// One lead: upserted as waiting (the poll), then given its result (the lead queue).
    inline bool writeLead(SyncStore &sync, int i, int n, qint64 now)
    {
        const QString kindName = Sample::kinds.at(i % 3);
        Calltouch::Lead lead;
        if (!Calltouch::Lead::kindFromName(kindName, &lead.kind))
            return false;
        const bool call = lead.kind == Calltouch::Lead::Kind::Call;
        const bool noContact = i % 23 == 0;
        const bool emailOnly = !noContact && !call && i % 5 == 0;
        const QString phone = noContact || emailOnly ? QString() : samplePhone(i);
        const QString email = noContact || call ? QString() : QStringLiteral("client%1@example.ru").arg(i);
        const qint64 remoteId = 512340000 + i;
        const qint64 at = now - qint64(n) * 13 * kMinute % (14LL * 24 * 60 * kMinute) - 90 * 1000;
        lead.id = QString::number(remoteId);
        lead.occurredAt = SyncStore::fromMs(at);
        lead.name = call ? QString() : Sample::names.at(i % 8);
        lead.subject = lead.kind == Calltouch::Lead::Kind::Request ? QStringLiteral("Заказ обратного звонка")
                                                                   : QString();
        lead.utmSource = Sample::sources.at(i % 5);
        lead.utmMedium = Sample::mediums.at(i % 5);
        lead.utmCampaign = Sample::campaigns.at(i % 5);
        lead.raw = QJsonObject { { QStringLiteral("id"), remoteId }, { QStringLiteral("phone"), phone },
            { QStringLiteral("utm_source"), lead.utmSource } };
        if (!sync.upsertLead(lead, phone, email, Db::LeadState::Waiting, at + 5000).ok)
            return false;
        const qint64 id = sync.store()
                              .scalar(QStringLiteral("SELECT id FROM leads WHERE kind = ? AND remote_id = ?"),
                                  { kindName, lead.id })
                              .toLongLong();
        if (id <= 0)
            return false;
        const QString item = leadItem(kindName, remoteId);
        const qint64 stamp = at + kMinute; // the queue took it a minute after it was received

        LeadResult result;
        if (noContact) {
            result = { Db::LeadState::NoContact, Db::LeadAction::NoContact, Db::LeadReason::NoContact };
            return succeed(sync, id, item, result, 0, {}, 0, {}, stamp);
        }
        if (i % 11 == 0) {
            // Three attempts, each a timeout at retailCRM; the next one is due in ten minutes.
            const Problem timeout = apiProblem(ApiError::Kind::Timeout, QStringLiteral("retailCRM"));
            for (int attempt = 1; attempt <= 3; ++attempt) {
                const qint64 tried = stamp + (attempt - 1) * 5 * kMinute;
                const qint64 next = attempt < 3 ? tried + 5 * kMinute : now + 10 * kMinute;
                if (!fail(sync, id, item, timeout, attempt, next, tried))
                    return false;
            }
            return true;
        }
        if (i % 7 == 0)
            result = { Db::LeadState::Skipped, Db::LeadAction::Skipped, Db::LeadReason::OpenOrderHasLead };
        else if (i % 4 == 0)
            result = { Db::LeadState::Done, Db::LeadAction::UpdatedOrder,
                Db::LeadReason::OpenOrderWithoutLead };
        else if (i % 3 == 0)
            result = { Db::LeadState::Done, Db::LeadAction::CreatedCustomerAndOrder,
                Db::LeadReason::NoCustomer };
        else if (n < 3)
            return true; // still waiting for the queue
        const QString customerName = lead.name.isEmpty() ? QStringLiteral("Звонок от ") + phone : lead.name;
        return succeed(
            sync, id, item, result, 500 + i, customerName, 10000 + i, Sample::shops.at(i % 3), stamp);
    }

    /// One deal: inserted with its binding (the history phase), then sent (the deal push phase).
    inline bool writeDeal(SyncStore &sync, int i, qint64 now)
    {
        DealRow row;
        row.orderId = 10000 + i;
        row.orderNumber = QStringLiteral("%1A").arg(row.orderId);
        row.site = Sample::shops.at(i % 3);
        row.status = Sample::statuses.at(i % 4);
        row.revenue = QString(QString::number(1490 + (i * 3137) % 90000) + QStringLiteral(".00"));
        row.manager = Sample::managers.at(i % 3);
        const qint64 created = now - qint64(i) * 60 * kMinute;
        row.orderCreatedAt = SyncStore::fromMs(created);
        row.statusChangedAt = row.orderCreatedAt;
        row.bindingKind = i % 3 == 0 ? Db::BindingKind::Call
            : i % 3 == 1             ? Db::BindingKind::Request
                                     : Db::BindingKind::Chain;
        if (i % 5 == 0)
            row.bindingKind = Db::BindingKind::NotFound;
        else if (i % 13 == 0)
            row.bindingKind = Db::BindingKind::NoContacts;
        // Only a call or a request is bound by its id; an order without contacts has none to bind by.
        if (row.bindingKind == Db::BindingKind::Call || row.bindingKind == Db::BindingKind::Request)
            row.bindingLeadId = QString::number(512340000 + i);
        if (row.bindingKind != Db::BindingKind::NoContacts)
            row.phone = samplePhone(i);
        if (!sync.insertDeal(row, created + kMinute).ok)
            return false;
        const QString item = dealItem(row.orderId);
        if (i % 9 == 0) {
            // Calltouch refused it twice (DealPushPhase::failDeal); it is due again.
            const Problem rejected = Problem::make(
                Db::ErrorCode::DealRejected, {}, QStringLiteral("funnel \"outlet\" is unknown"));
            for (int attempt = 1; attempt <= 2; ++attempt) {
                const qint64 sent = created + attempt * 5 * kMinute;
                const qint64 next = sent + 15 * kMinute;
                if (!sync.setDealState(row.orderId, Db::DealState::Sending, {}, {}, sent).ok
                    || !sync.setDealFailed(row.orderId, rejected, next, sent).ok
                    || !sync.recordError(Db::ErrorDirection::Deals, item, rejected, attempt, next, sent).ok)
                    return false;
            }
            return true;
        }
        if (i <= 2)
            return true; // not sent yet
        const qint64 pushed = now - qint64(i) * 10 * kMinute;
        return sync.setDealState(row.orderId, Db::DealState::Sending, {}, {}, pushed).ok
            && sync.setDealState(
                       row.orderId, Db::DealState::Created, {}, QStringLiteral("ct-%1").arg(i), pushed)
                   .ok
            && sync.setDealPushed(row.orderId, row.status, row.revenue, pushed).ok
            && sync.resolveError(Db::ErrorDirection::Deals, item).ok;
    }

} // namespace UiTestDataDetail

/// @p count leads over the last 14 days (lead i occurred (i - @p firstId) × 13 minutes ago), every state:
/// waiting, done (created a customer and an order, created an order, updated an order), skipped,
/// failed (three timeouts, with the open error) and without contact. The Calltouch id of lead i is
/// 512340000 + i; its row id is the store's (i itself in an empty store with @p firstId 1). A lead that
/// reached an order also has its orders row (order 10000 + i, number "<order>A").
inline void seedLeads(Store &store, int count, int firstId = 1)
{
    SyncStore sync(store);
    const qint64 now = uiTestNowMs();
    QVERIFY(store
                .inTransaction([&] {
                    for (int n = 0; n < count; ++n) {
                        if (!UiTestDataDetail::writeLead(sync, firstId + n, n, now))
                            return false;
                    }
                    return true;
                })
                .ok);
}

/// Two resends of lead @p leadId, which holds an order: the first re-check timed out at retailCRM (the
/// lead keeps its result, LeadJob::fail), the second found the lead in its order (LeadJob::keepResult).
/// Its history gains both attempts, after its result.
inline void seedOutcomes(Store &store, qint64 leadId)
{
    SyncStore sync(store);
    LeadAttempts attempts(store);
    const auto row = sync.lead(leadId);
    QVERIFY(row);
    QVERIFY(row->orderId > 0);
    const qint64 now = uiTestNowMs();
    const Problem timeout =
        UiTestDataDetail::apiProblem(ApiError::Kind::Timeout, QStringLiteral("retailCRM"));
    QVERIFY(store
                .inTransaction([&] {
                    return sync.requeueLead(leadId, now - 30 * UiTestDataDetail::kMinute).ok
                        && attempts
                               .addKeepingResult(leadId, Db::LeadState::Done, Db::LeadAction::Failed,
                                   Db::LeadReason::Error, 0, 0, timeout, now - 29 * UiTestDataDetail::kMinute)
                               .ok
                        && sync.requeueLead(leadId, now - 20 * UiTestDataDetail::kMinute).ok
                        && attempts
                               .addKeepingResult(leadId, Db::LeadState::Done, Db::LeadAction::AlreadyApplied,
                                   Db::LeadReason::AlreadyInOrder, row->customerId, row->orderId, {},
                                   now - 19 * UiTestDataDetail::kMinute)
                               .ok;
                })
                .ok);
}

/// The orders rows of the seeded leads. LeadJob::succeed writes a lead's orders row with its result, so
/// seedLeads already wrote them; this checks that every lead holding an order has its row.
inline void seedOrders(Store &store)
{
    QCOMPARE(store
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM leads l WHERE l.order_id IS NOT NULL AND NOT"
                                        " EXISTS (SELECT 1 FROM orders o WHERE o.order_id = l.order_id)"))
                 .toInt(),
        0);
}

/// @p count deals (order 10000 + i created i hours ago, number "<order>A") with every binding kind
/// (call, request, chain, not found, no contacts) and state: waiting to be sent (the first two),
/// in Calltouch, failed (every ninth: refused twice, with the open error).
inline void seedDeals(Store &store, int count)
{
    SyncStore sync(store);
    const qint64 now = uiTestNowMs();
    QVERIFY(store
                .inTransaction([&] {
                    for (int i = 1; i <= count; ++i) {
                        if (!UiTestDataDetail::writeDeal(sync, i, now))
                            return false;
                    }
                    return true;
                })
                .ok);
}

/// @p count errors (error i recorded i × 7 minutes ago), alternating between lead items (odd i: a
/// timeout at retailCRM) and deal items (even i: rate limited by Calltouch); every third one resolved
/// (as a later success resolves it). An item already in error is renewed, as the engine does.
inline void seedErrors(Store &store, int count)
{
    SyncStore sync(store);
    const qint64 now = uiTestNowMs();
    const Problem leadProblem =
        UiTestDataDetail::apiProblem(ApiError::Kind::Timeout, QStringLiteral("retailCRM"));
    const Problem dealProblem =
        UiTestDataDetail::apiProblem(ApiError::Kind::RateLimited, QStringLiteral("Calltouch"));
    QVERIFY(store
                .inTransaction([&] {
                    for (int i = 1; i <= count; ++i) {
                        const bool lead = i % 2 == 1;
                        const Db::ErrorDirection direction =
                            lead ? Db::ErrorDirection::Leads : Db::ErrorDirection::Deals;
                        const QString item = lead
                            ? UiTestDataDetail::leadItem(Sample::kinds.at(i % 3), 512340000 + i)
                            : UiTestDataDetail::dealItem(10000 + i);
                        const bool resolved = i % 3 == 0;
                        const qint64 at = now - qint64(i) * 7 * UiTestDataDetail::kMinute;
                        const qint64 next = resolved ? 0 : now + qint64(i) * UiTestDataDetail::kMinute;
                        if (!sync.recordError(
                                     direction, item, lead ? leadProblem : dealProblem, 1 + i % 4, next, at)
                                 .ok
                            || (resolved && !sync.resolveError(direction, item).ok))
                            return false;
                    }
                    return true;
                })
                .ok);
}

} // namespace LeadBridge::TestSupport
