#include "leadintake.h"

#include "rules/leadrules.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "sync/synccontext.h"
#include "util/checkednumbers.h"
#include "util/logging.h"

namespace LeadBridge {

using Calltouch::Lead;

namespace {
    /// A lead may be dated a little ahead of our clock (clock skew); a day ahead is not a lead's date.
    constexpr qint64 kFutureToleranceMs = 24LL * 3600 * 1000;
} // namespace

Problem LeadIntake::dateProblem(const Lead &lead, qint64 nowMs)
{
    if (!Checked::isPlausibleMoment(lead.occurredAt)) {
        return Problem::make(Db::ErrorCode::BadLeadDate, {},
            QStringLiteral("occurredAt: %1")
                .arg(lead.occurredAt.isValid() ? lead.occurredAt.toString(Qt::ISODate)
                                               : QStringLiteral("invalid")));
    }
    if (lead.occurredAt.toMSecsSinceEpoch() > Checked::saturatingAdd(nowMs, kFutureToleranceMs)) {
        return Problem::make(Db::ErrorCode::FutureLeadDate,
            { { QStringLiteral("date"), lead.occurredAt.toString(Qt::ISODate) } });
    }
    return {};
}

LeadIntake::Outcome LeadIntake::take(const Lead &lead)
{
    const SyncConfig &config = m_ctx.config;
    const qint64 now = m_ctx.nowMs();
    const Sync::LeadContact contact = Sync::leadContact(lead, config.phoneRegion);
    const bool enabled = config.leadKinds.contains(Lead::kindName(lead.kind));
    const Problem problem = dateProblem(lead, now);
    if (problem.isEmpty()) {
        const Db::LeadState state = (!enabled || lead.occurredAt.toMSecsSinceEpoch() < m_ctx.sinceMs())
            ? Db::LeadState::History
            : Db::LeadState::Waiting;
        const StoreResult stored = m_ctx.sync->upsertLead(lead, contact.phone, contact.email, state, now);
        if (!m_ctx.stored(stored))
            return Outcome::StoreFailed;
        if (!stored.changed)
            return Outcome::Known;
        return state == Db::LeadState::Waiting ? Outcome::Waiting : Outcome::History;
    }
    // Kept under the time it reached us, so that "send again" takes it as a new lead; it is not tried
    // by itself (the date would be just as wrong next time), and it shows in the errors once.
    Lead kept = lead;
    kept.occurredAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    bool inserted = false;
    const StoreResult written = m_ctx.store->inTransaction([&] {
        const StoreResult upserted =
            m_ctx.sync->upsertLead(kept, contact.phone, contact.email, Db::LeadState::Failed, now);
        inserted = upserted.ok && upserted.changed;
        if (!upserted.ok || !inserted)
            return upserted.ok;
        const auto row = m_ctx.sync->leadByRemote(Lead::kindName(lead.kind), lead.id);
        return row && m_ctx.sync->setLeadFailed(row->id, problem, 1, Db::kNoAutomaticRetry, now).ok;
    });
    if (!m_ctx.stored(written))
        return Outcome::StoreFailed;
    if (!inserted)
        return Outcome::Known;
    const QString item = QStringLiteral("lead:%1:%2").arg(Lead::kindName(lead.kind), lead.id);
    qCWarning(lcSync) << "lead" << item << "rejected: its date is unusable";
    m_ctx.reportError(Db::ErrorDirection::Leads, item, problem);
    return Outcome::Rejected;
}

} // namespace LeadBridge
