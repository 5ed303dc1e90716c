#pragma once

#include "pagedsqlmodel.h"

namespace LeadBridge {

/// The orders LeadBridge touched in retailCRM: created, updated, skipped or matched, and why.
class OrderModel final : public PagedSqlModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrderModel)
public:
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
    /// The lead (leads.id) that touched the order.
    static constexpr int LeadIdRole = Qt::UserRole + 10;

    explicit OrderModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

protected:
    [[nodiscard]] QString selectSql() const override;
    [[nodiscard]] QStringList sortExpressions() const override;
    [[nodiscard]] QString keyExpression() const override;
    [[nodiscard]] QStringList searchExpressions() const override;
    [[nodiscard]] QString statusCondition(const QString &key) const override;
    [[nodiscard]] QString headerText(int column) const override;
    [[nodiscard]] QVariant cellData(const Row &row, int column, int role) const override;
};

} // namespace LeadBridge
