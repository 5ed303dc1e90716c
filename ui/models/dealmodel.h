#pragma once

#include "pagedsqlmodel.h"

namespace LeadBridge {

/// Deals: every retailCRM order as a Calltouch deal, with the lead it is bound to and its push state.
class DealModel final : public PagedSqlModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DealModel)
public:
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

protected:
    [[nodiscard]] QString selectSql() const override;
    [[nodiscard]] QStringList sortExpressions() const override;
    [[nodiscard]] QString keyExpression() const override;
    [[nodiscard]] QStringList searchExpressions() const override;
    [[nodiscard]] QStringList phoneExpressions() const override;
    [[nodiscard]] QString statusCondition(const QString &key) const override;
    [[nodiscard]] QString headerText(int column) const override;
    [[nodiscard]] QVariant cellData(const Row &row, int column, int role) const override;
};

} // namespace LeadBridge
