#pragma once

#include "pagedtablemodel.h"
#include "store/queries/dealstable.h"

namespace LeadBridge {

/// Deals: every retailCRM order as a Calltouch deal, with the lead it is bound to and its push state.
class DealModel final : public RowTableModel<DealRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealModel)
public:
    /// In the order of DealsTable::Sort.
    enum Column {
        OrderColumn,
        ShopColumn,
        StatusColumn,
        RevenueColumn,
        ManagerColumn,
        LeadColumn,
        StateColumn,
        PushedColumn,
        ErrorColumn,
        ColumnCount
    };

    explicit DealModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

private:
    [[nodiscard]] static QVector<ColumnSpec> columns();
};

} // namespace LeadBridge
