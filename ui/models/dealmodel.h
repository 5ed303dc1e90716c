#pragma once

#include "pagedtablemodel.h"
#include "store/queries/dealstable.h"

namespace LeadBridge {

/// Deals: every retailCRM order as a Calltouch deal, with the lead it is bound to and its push state.
/// Its columns are DealsTable::Column.
class DealModel final : public RowTableModel<DealRecord>, public DealsTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealModel)
public:
    explicit DealModel(Store *store, QObject *parent = nullptr);

protected:
    [[nodiscard]] QVariant roleData(const DealRecord &row, int role) const override;

private:
    [[nodiscard]] static Description description();
};

} // namespace LeadBridge
