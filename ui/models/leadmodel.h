#pragma once

#include "pagedtablemodel.h"
#include "store/queries/leadstable.h"

namespace LeadBridge {

/// The leads table: every Calltouch call, request and chat, what happened to it and why.
class LeadModel final : public RowTableModel<LeadRow>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadModel)
public:
    /// In the order of LeadsTable::Sort.
    enum Column {
        KindColumn,
        ContactColumn,
        TimeColumn,
        UtmSourceColumn,
        UtmMediumColumn,
        UtmCampaignColumn,
        StateColumn,
        ReasonColumn,
        OrderColumn,
        AttemptsColumn,
        ColumnCount
    };

    explicit LeadModel(Store *store, QObject *parent = nullptr);
    [[nodiscard]] QList<StatusOption> statusOptions() const override;

private:
    [[nodiscard]] static QVector<ColumnSpec> columns();
};

} // namespace LeadBridge
