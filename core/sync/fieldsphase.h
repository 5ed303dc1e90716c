#pragma once

#include <QList>

#include "retailcrm/retailcrmtypes.h"
#include "sync/syncphase.h"

namespace LeadBridge {

/// Makes sure the nine custom order fields exist in retailCRM: one list, then a create for each missing
/// field. Once done it is not started again until the configuration changes.
class FieldsPhase final : public SyncPhase
{
    Q_OBJECT
public:
    using SyncPhase::SyncPhase;
    [[nodiscard]] bool isEnabled() const override;
    void start() override;

private:
    void createNext(int index);

    QList<RetailCrm::CustomField> m_missing;
};

} // namespace LeadBridge
