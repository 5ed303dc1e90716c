#pragma once

#include "pagedtablemodel.h"
#include "store/queries/leadstable.h"

namespace LeadBridge {

/// The leads table: every Calltouch call, request and chat, what happened to it and why.
/// Its columns are LeadsTable::Column.
class LeadModel final : public RowTableModel<LeadRecord>, public LeadsTable
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeadModel)
public:
    explicit LeadModel(Store *store, QObject *parent = nullptr);

protected:
    [[nodiscard]] QVariant roleData(const LeadRecord &row, int role) const override;

private:
    [[nodiscard]] static Description description();
};

} // namespace LeadBridge
