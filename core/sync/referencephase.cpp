#include "referencephase.h"

#include <QTimeZone>

#include "calltouch/calltouchclient.h"
#include "retailcrm/retailcrmclient.h"
#include "store/referencenames.h"
#include "sync/synccontext.h"

namespace LeadBridge {

namespace {
    constexpr int kReferenceTtlSecs = 600;
} // namespace

void ReferencePhase::start()
{
    if (m_ctx.referenceLoadedAt.isValid()
        && m_ctx.referenceLoadedAt.secsTo(m_ctx.now()) < kReferenceTtlSecs) {
        succeed();
        return;
    }
    // Every retailCRM date-time is in the account's zone, read from its settings (never asked); the
    // configured zone stays when they cannot be read. Calltouch's zone is a setting of its own.
    m_ctx.retail->settings(this, [this](const RetailCrm::AccountSettings &settings, const ApiError &error) {
        if (m_ctx.dead)
            return;
        if (error.isCredentialProblem()) {
            abort(QStringLiteral("retailCRM"), error);
            return;
        }
        if (error.isOk())
            m_ctx.setTimeZone(QTimeZone(settings.timeZone.toUtf8()));
        loadStatuses();
    });
}

void ReferencePhase::loadStatuses()
{
    m_ctx.retail->statuses(this, [this](const QList<RetailCrm::Status> &statuses, const ApiError &error) {
        if (stopsOn(error, QStringLiteral("retailCRM")))
            return;
        m_ctx.statusGroups.clear();
        QList<ReferenceNames::Entry> names;
        for (const auto &status : statuses) {
            m_ctx.statusGroups.insert(status.code, status.group);
            names.append({ status.code, status.name });
        }
        // The tables show the CRM's names; the rows keep the codes.
        if (stopsOnStore(ReferenceNames::replace(*m_ctx.store, ReferenceNames::Kind::Status, names)))
            return;
        loadSites();
    });
}

void ReferencePhase::loadSites()
{
    m_ctx.retail->sites(this, [this](const QList<RetailCrm::Site> &sites, const ApiError &error) {
        if (stopsOn(error, QStringLiteral("retailCRM")))
            return;
        m_ctx.defaultShop = sites.isEmpty() ? QString() : sites.first().code; // in the CRM's order
        QList<ReferenceNames::Entry> names;
        for (const auto &site : sites)
            names.append({ site.code, site.name });
        if (stopsOnStore(ReferenceNames::replace(*m_ctx.store, ReferenceNames::Kind::Site, names)))
            return;
        m_ctx.referenceLoadedAt = m_ctx.now();
        m_ctx.connected = true;
        succeed();
    });
}

} // namespace LeadBridge
