#include "fieldsphase.h"

#include <algorithm>

#include "retailcrm/retailcrmclient.h"
#include "rules/customfieldset.h"
#include "sync/synccontext.h"

namespace LeadBridge {

bool FieldsPhase::isEnabled() const
{
    return !m_ctx.fieldsReady;
}

void FieldsPhase::start()
{
    // One list first; only the missing fields go through the (idempotent) create step.
    m_ctx.retail->customFields(
        this, [this](const QList<RetailCrm::CustomField> &existing, const ApiError &error) {
            if (stopsOn(error, QStringLiteral("retailCRM")))
                return;
            m_missing.clear();
            for (const auto &wanted : Sync::requiredCustomFields()) {
                const bool present = std::any_of(existing.cbegin(), existing.cend(),
                    [&wanted](const RetailCrm::CustomField &f) { return f.code == wanted.code; });
                if (!present)
                    m_missing << wanted;
            }
            createNext(0);
        });
}

void FieldsPhase::createNext(int index)
{
    if (index >= m_missing.size()) {
        m_ctx.fieldsReady = true;
        succeed();
        return;
    }
    m_ctx.retail->ensureCustomField(m_missing.at(index), this, [this, index](bool, const ApiError &error) {
        if (!m_ctx.dead && !error.isOk() && !error.isTransient() && !error.isCredentialProblem()) {
            // The CRM refused to make a field LeadBridge needs: the sync cannot go on without it.
            emit finished(PhaseResult {
                PhaseResult::Next::Abort, QStringLiteral("retailCRM"), error, m_missing.at(index).code });
            return;
        }
        if (stopsOn(error, QStringLiteral("retailCRM")))
            return;
        createNext(index + 1);
    });
}

} // namespace LeadBridge
