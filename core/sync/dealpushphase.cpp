#include "dealpushphase.h"

#include <QCoreApplication>
#include <QHash>

#include "calltouch/calltouchclient.h"
#include "rules/dealbinding.h"
#include "sync/synccontext.h"
#include "util/checkednumbers.h"
#include "util/problemtext.h"

namespace LeadBridge {

namespace {
    constexpr int kDealBatch = 100;

    QString dealItem(qint64 orderId)
    {
        return QStringLiteral("deal:%1").arg(orderId);
    }
} // namespace

DealPushPhase::DealPushPhase(SyncContext &context, Mode mode, QObject *parent)
    : SyncPhase(context, parent)
    , m_mode(mode)
{}

bool DealPushPhase::isEnabled() const
{
    return m_ctx.config.dealSync;
}

Calltouch::Deal DealPushPhase::payload(const DealRow &row)
{
    Calltouch::Deal deal;
    deal.orderNumber = QString::number(row.orderId);
    deal.orderName = row.orderNumber;
    deal.funnel = row.site;
    deal.status = row.status;
    deal.revenue = row.revenue;
    deal.manager = row.manager;
    deal.orderDate = row.orderCreatedAt;
    deal.statusDate = row.statusChangedAt.isValid() ? row.statusChangedAt : row.orderCreatedAt;
    deal.binding = Sync::calltouchBinding(row.bindingKind);
    if (row.bindingKind == Db::BindingKind::Call || row.bindingKind == Db::BindingKind::Request)
        deal.boundLeadId = row.bindingLeadId;
    if (row.bindingKind == Db::BindingKind::Chain) {
        if (!row.phone.isEmpty())
            deal.phones << row.phone;
        if (!row.email.isEmpty())
            deal.emails << row.email;
    }
    return deal;
}

void DealPushPhase::start()
{
    const qint64 stamp = m_ctx.nowMs();
    const QList<DealRow> rows = m_mode == Mode::Create ? m_ctx.sync->dealsToCreate(stamp, kDealBatch)
                                                       : m_ctx.sync->dealsToUpdate(stamp, kDealBatch);
    if (rows.isEmpty() || m_ctx.stopping) {
        succeed();
        return;
    }
    QList<Calltouch::Deal> deals;
    QList<DealRow> sendable;
    for (const auto &row : rows) {
        if (m_mode == Mode::Create && !Checked::isPlausibleMoment(row.orderCreatedAt)) {
            if (!refuseWithoutDate(row, stamp))
                return; // the store failed: reported, the cycle stops
            continue;
        }
        sendable << row;
        deals << payload(row);
    }
    if (sendable.isEmpty()) {
        succeed(); // the refused rows are not due any more; the rest follows in the next cycle
        return;
    }
    m_ctx.reportProgress(
        m_mode == Mode::Create ? SyncProgress::Step::SendingDeals : SyncProgress::Step::UpdatingDeals, 0,
        int(sendable.size()));
    const auto done = [this, sendable](const QList<Calltouch::DealResult> &results, const ApiError &error) {
        handleResults(sendable, results, error);
    };
    if (m_mode == Mode::Update) {
        m_ctx.calltouch->updateDeals(deals, this, done);
        return;
    }
    // The journal: Sending survives a crash as Unknown, which is looked up before a re-send.
    const StoreResult journalled = m_ctx.store->inTransaction([&] {
        for (const auto &row : sendable) {
            if (!m_ctx.sync->setDealState(row.orderId, Db::DealState::Sending, {}, {}, stamp).ok)
                return false;
        }
        return true;
    });
    if (stopsOnStore(journalled))
        return; // not journalled: not sent
    if (m_ctx.crashAt(QStringLiteral("create-deals:before")))
        return;
    m_ctx.calltouch->createDeals(deals, this, done);
}

bool DealPushPhase::refuseWithoutDate(const DealRow &row, qint64 now)
{
    // A deal without the order's creation date would reach Calltouch dated 1970 and bind to nothing.
    const Problem problem = Problem::make(Db::ErrorCode::NoCreatedAt,
        { { QStringLiteral("order"),
            row.orderNumber.isEmpty() ? QString::number(row.orderId) : row.orderNumber } });
    const QString message = ProblemText::sentence(problem);
    const StoreResult written = m_ctx.store->inTransaction([&] {
        return m_ctx.sync->setDealFailed(row.orderId, problem, Db::kNoAutomaticRetry, now).ok
            && m_ctx.sync->recordError(Db::ErrorDirection::Deals, dealItem(row.orderId), problem, 1, 0, now)
                   .ok;
    });
    if (stopsOnStore(written))
        return false;
    ++m_ctx.summary.newErrors;
    emit m_ctx.errorRecorded(Db::ErrorDirection::Deals, dealItem(row.orderId), message);
    return true;
}

void DealPushPhase::handleResults(
    const QList<DealRow> &rows, const QList<Calltouch::DealResult> &results, const ApiError &error)
{
    if (m_ctx.dead || (m_mode == Mode::Create && m_ctx.crashAt(QStringLiteral("create-deals:after"))))
        return;
    if (!error.isOk()) {
        handleBatchError(rows, error);
        return;
    }
    QHash<QString, Calltouch::DealResult> byNumber;
    for (const auto &result : results)
        byNumber.insert(result.orderNumber, result);
    const qint64 now = m_ctx.nowMs();
    const SyncSummary before = m_ctx.summary;
    QList<qint64> changed;
    const StoreResult written = m_ctx.store->inTransaction([&] {
        for (const auto &row : rows) {
            const auto it = byNumber.constFind(QString::number(row.orderId));
            if (!handleResult(row, it == byNumber.constEnd() ? nullptr : &it.value(), now))
                return false;
            changed << row.orderId;
        }
        return true;
    });
    if (!written.ok) {
        // Rolled back: the deals stay Sending, which the next start turns into Unknown (looked up).
        m_ctx.summary = before;
    }
    if (stopsOnStore(written))
        return;
    for (const qint64 orderId : qAsConst(changed))
        emit m_ctx.dealChanged(orderId);
    start(); // the next batch
}

void DealPushPhase::handleBatchError(const QList<DealRow> &rows, const ApiError &error)
{
    const qint64 now = m_ctx.nowMs();
    const Problem problem = Problem::fromApi(error, QStringLiteral("Calltouch"));
    const StoreResult written = m_ctx.store->inTransaction([&] {
        for (const auto &row : rows) {
            if (m_mode == Mode::Create && error.kind == ApiError::Kind::OutcomeUnknown) {
                if (!m_ctx.sync->setDealState(row.orderId, Db::DealState::Unknown, problem, {}, now).ok)
                    return false;
                continue;
            }
            // An update with a lost answer is simply sent again (it is idempotent), with no error row.
            const qint64 next = m_ctx.retryAt(row.attempts + 1, error);
            if (!m_ctx.sync->setDealFailed(row.orderId, problem, next, now).ok)
                return false;
            if (m_mode == Mode::Create
                && !m_ctx.sync
                        ->recordError(Db::ErrorDirection::Deals, dealItem(row.orderId), problem,
                            row.attempts + 1, next, now)
                        .ok)
                return false;
        }
        return true;
    });
    if (stopsOnStore(written))
        return;
    m_ctx.summary.dealsFailed += int(rows.size());
    ++m_ctx.summary.newErrors;
    emit m_ctx.errorRecorded(
        Db::ErrorDirection::Deals, QStringLiteral("batch"), ProblemText::sentence(problem));
    if (error.isCredentialProblem()) {
        abort(QStringLiteral("Calltouch"), error);
        return;
    }
    succeed(); // Calltouch is down: the backlog waits, in order, for the next cycle
}

bool DealPushPhase::handleResult(const DealRow &row, const Calltouch::DealResult *result, qint64 now)
{
    const bool create = m_mode == Mode::Create;
    if (!result && create)
        return m_ctx.sync->setDealState(row.orderId, Db::DealState::Unknown, {}, {}, now).ok;
    if (!result)
        return failDeal(row, Problem::make(Db::ErrorCode::DealNoAnswer), now);
    if (result->error.isEmpty()) {
        if (create
            && !m_ctx.sync
                    ->setDealState(row.orderId, Db::DealState::Created, {}, result->calltouchOrderId, now)
                    .ok)
            return false;
        if (!m_ctx.sync->setDealPushed(row.orderId, row.status, row.revenue, now).ok
            || !m_ctx.sync->resolveError(Db::ErrorDirection::Deals, dealItem(row.orderId)).ok)
            return false;
        ++(create ? m_ctx.summary.dealsCreated : m_ctx.summary.dealsUpdated);
        return true;
    }
    if (create && result->problem == Calltouch::DealResult::Problem::AlreadyExists) {
        // Already in Calltouch (an earlier answer was lost): update it instead.
        return m_ctx.sync->setDealState(row.orderId, Db::DealState::Created, {}, {}, now).ok;
    }
    if (!create && result->problem == Calltouch::DealResult::Problem::NotFound) {
        // Calltouch does not know it: create it (safe: it is not there).
        return m_ctx.sync
            ->setDealState(row.orderId, Db::DealState::Pending,
                Problem::make(Db::ErrorCode::DealRejected, {}, result->error), {}, now)
            .ok;
    }
    if (!failDeal(row, Problem::make(Db::ErrorCode::DealRejected, {}, result->error), now))
        return false;
    if (create)
        ++m_ctx.summary.newErrors;
    return true;
}

bool DealPushPhase::failDeal(const DealRow &row, const Problem &problem, qint64 now)
{
    const qint64 next = m_ctx.retryAt(row.attempts + 1, ApiError {});
    if (!m_ctx.sync->setDealFailed(row.orderId, problem, next, now).ok
        || !m_ctx.sync
                ->recordError(
                    Db::ErrorDirection::Deals, dealItem(row.orderId), problem, row.attempts + 1, next, now)
                .ok)
        return false;
    ++m_ctx.summary.dealsFailed;
    return true;
}

} // namespace LeadBridge
