#pragma once

#include "pagedtablemodel.h"
#include "store/queries/orderstable.h"

namespace LeadBridge {

/// The orders LeadBridge touched in retailCRM: created, updated, skipped or matched, and why.
class OrderModel final : public RowTableModel<OrderRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderModel)
public:
    /// In the order of OrdersTable::Sort.
    enum Column {
        NumberColumn,
        ShopColumn,
        CustomerColumn,
        ActionColumn,
        ReasonColumn,
        LeadColumn,
        TimeColumn,
        ColumnCount
    };
    /// The local id of the order's lead (0 = none).
    static constexpr int LeadIdRole = Qt::UserRole + 10;

    explicit OrderModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

protected:
    [[nodiscard]] QVariant roleData(const OrderRow &row, int role) const override;

private:
    [[nodiscard]] static QVector<ColumnSpec> columns();
};

} // namespace LeadBridge
