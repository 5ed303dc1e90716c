#include "silencecheck.h"

#include "store/queries/silencehistory.h"
#include "store/syncstore.h"
#include "sync/synccontext.h"
#include "util/logging.h"

namespace LeadBridge {

void SilenceCheck::run()
{
    bool ok = false;
    const qint64 now = m_ctx.nowMs();
    Sync::SilenceInput leads = SilenceHistory::leads(m_ctx.store, now, &ok);
    if (ok)
        check(Db::ErrorDirection::Leads, std::move(leads), Db::ErrorCode::LeadSilence);
    if (!m_ctx.config.dealSync)
        return;
    Sync::SilenceInput deals = SilenceHistory::deals(m_ctx.store, now, &ok);
    if (ok)
        check(Db::ErrorDirection::Deals, std::move(deals), Db::ErrorCode::DealSilence);
}

void SilenceCheck::check(Db::ErrorDirection direction, Sync::SilenceInput input, Db::ErrorCode code)
{
    input.zone = m_ctx.timeZone();
    const Sync::SilenceVerdict verdict = Sync::SilenceRule::evaluate(input, m_ctx.config.silence);
    const QString item = SilenceHistory::kItem.toString();
    const QString since = verdict.last.toString(Qt::ISODateWithMs);
    const QString sinceKey = QStringLiteral("since");
    const std::optional<Problem> open = SilenceHistory::openAlert(m_ctx.store, direction);
    bool isOpen = open.has_value();
    // A lead arrived (a deal was pushed) since the alert, or the alert was switched off: it is over.
    // (Compared as moments: the same last lead in another zone's offset is the same alert.)
    const QDateTime openSince =
        isOpen ? QDateTime::fromString(open->params.value(sinceKey).toString(), Qt::ISODate) : QDateTime();
    if (isOpen && (openSince != verdict.last || !m_ctx.config.silence.enabled)) {
        if (!m_ctx.stored(m_ctx.sync->resolveError(direction, item)))
            return;
        isOpen = false;
        qCInfo(lcSync).noquote() << "silence alert resolved:" << Db::toDb(direction);
    }
    if (!verdict.alert() || isOpen)
        return; // notified once: an open alert is not recorded again
    const qint64 minuteMs = 60 * 1000;
    const QString detail = QStringLiteral("silence %1 min (working hours), threshold %2 min")
                               .arg(verdict.silenceMs / minuteMs)
                               .arg(verdict.thresholdMs / minuteMs);
    qCWarning(lcSync).noquote() << "silence alert:" << Db::toDb(direction) << detail;
    m_ctx.reportError(direction, item,
        Problem::make(code,
            { { sinceKey, since }, { QStringLiteral("rate"), verdict.usualPerHour },
                { QStringLiteral("service"), QStringLiteral("Calltouch") } },
            detail));
}

} // namespace LeadBridge
