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
        m_ctx.store->setCursor(
            QStringLiteral("index.%1").arg(Lead::kindName(m_kind)), from.toString(Qt::ISODate));
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
        m_ctx.sync->resolveError(Db::ErrorDirection::Leads, cursorName);
        m_ctx.store->inTransaction([&] {
            store(leads);
            return m_ctx.store->setCursor(cursorName, today.toString(Qt::ISODate));
        });
        succeed();
    };
    if (m_kind == Lead::Kind::Call)
        m_ctx.calltouch->calls(from, today, this, done);
    else
        m_ctx.calltouch->requests(from, today, this, done);
}

void LeadPollPhase::store(const QList<Lead> &leads)
{
    LeadIntake intake(m_ctx);
    for (const Lead &lead : leads) {
        if (intake.take(lead) == LeadIntake::Outcome::Waiting)
            ++m_ctx.summary.leadsFetched;
    }
}

} // namespace LeadBridge
