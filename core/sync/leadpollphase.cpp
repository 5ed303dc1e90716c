#include "leadpollphase.h"

#include "calltouch/calltouchclient.h"
#include "rules/leadrules.h"
#include "store/syncstore.h"
#include "sync/leadintake.h"
#include "sync/synccontext.h"

namespace LeadBridge {

using Calltouch::Lead;

LeadPollPhase::LeadPollPhase(SyncContext &context, Lead::Kind kind, QObject *parent)
    : SyncPhase(context, parent)
    , m_kind(kind)
{}

bool LeadPollPhase::isEnabled() const
{
    return m_ctx.config.leadKinds.contains(Lead::kindName(m_kind)) || m_ctx.config.dealSync;
}

void LeadPollPhase::start()
{
    const QString cursorName = QStringLiteral("poll.%1").arg(Lead::kindName(m_kind));
    const QDate today = m_ctx.now().toTimeZone(m_ctx.calltouchZone()).date(); // the journals' days are local
    QDate from = QDate::fromString(m_ctx.store->cursor(cursorName), Qt::ISODate);
    if (!from.isValid()) {
        // First poll: from the "since" date, and 12 months back when deals need the leads for binding.
        from = m_ctx.sinceDate();
        if (m_ctx.config.dealSync)
            from = qMin(from, today.addDays(-366));
        if (stopsOnStore(m_ctx.store->setCursor(
                QStringLiteral("index.%1").arg(Lead::kindName(m_kind)), from.toString(Qt::ISODate))))
            return;
    } else {
        from = qMin(from, today).addDays(-1); // calls change after the fact; re-read the last days
    }
    const auto done = [this, cursorName, today](const QList<Lead> &leads, const ApiError &error) {
        if (m_ctx.dead)
            return;
        if (!error.isOk()) {
            // Polling fails softly: the leads already known still go out; the poll repeats next cycle.
            m_ctx.leadIndexComplete = false; // deals are not bound against a stale index this cycle
            if (!error.isCredentialProblem())
                m_ctx.connected = false;
            failSoftly(error, QStringLiteral("Calltouch"), Db::ErrorDirection::Leads, cursorName);
            return;
        }
        if (stopsOnStore(m_ctx.sync->resolveError(Db::ErrorDirection::Leads, cursorName)))
            return;
        int fetched = 0;
        int withoutId = 0;
        // The cursor moves only with the leads: a failed write keeps both, and the poll repeats.
        const StoreResult written = m_ctx.store->inTransaction([&] {
            return store(leads, &fetched, &withoutId)
                && m_ctx.store->setCursor(cursorName, today.toString(Qt::ISODate)).ok;
        });
        if (stopsOnStore(written))
            return;
        m_ctx.summary.leadsFetched += fetched;
        // Records without an id cannot be synced; they are an error of the journal, never dropped silently.
        const QString unreadable = cursorName + QStringLiteral(".without-id");
        if (withoutId > 0) {
            ++m_ctx.summary.readsFailed;
            m_ctx.reportError(Db::ErrorDirection::Leads, unreadable,
                Problem::make(Db::ErrorCode::RecordsWithoutId, { { QStringLiteral("count"), withoutId } }));
            if (m_ctx.storeBroken) {
                endCycle();
                return;
            }
        } else if (stopsOnStore(m_ctx.sync->resolveError(Db::ErrorDirection::Leads, unreadable))) {
            return;
        }
        succeed();
    };
    if (m_kind == Lead::Kind::Call)
        m_ctx.calltouch->calls(from, today, this, done);
    else
        m_ctx.calltouch->requests(from, today, this, done);
}

bool LeadPollPhase::store(const QList<Lead> &leads, int *fetched, int *withoutId)
{
    LeadIntake intake(m_ctx);
    for (const Lead &lead : leads) {
        if (lead.id.isEmpty()) {
            ++*withoutId;
            continue;
        }
        const LeadIntake::Outcome outcome = intake.take(lead);
        if (outcome == LeadIntake::Outcome::StoreFailed)
            return false;
        if (outcome == LeadIntake::Outcome::Waiting)
            ++*fetched;
    }
    return true;
}

} // namespace LeadBridge
