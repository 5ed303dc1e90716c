#pragma once

#include "pagedtablemodel.h"
#include "store/queries/orderstable.h"

namespace LeadBridge {

/// The orders LeadBridge touched in retailCRM: created, updated, skipped or matched, and why.
/// Its columns are OrdersTable::Column.
class OrderModel final : public RowTableModel<OrderRecord>, public OrdersTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderModel)
public:
    /// The local id of the order's lead (0 = none).
    static constexpr int LeadIdRole = Qt::UserRole + 10;

    explicit OrderModel(Store *store, QObject *parent = nullptr);

protected:
    [[nodiscard]] QVariant roleData(const OrderRecord &row, int role) const override;

private:
    [[nodiscard]] static Description description();
};

} // namespace LeadBridge
