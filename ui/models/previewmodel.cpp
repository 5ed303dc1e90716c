#include "previewmodel.h"

#include <QBrush>
#include <QColor>

namespace LeadBridge {

using Outcome = DryRunRow::Outcome;

void PreviewModel::setRows(const QList<DryRunRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void PreviewModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const DryRunRow &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return DryRunReport::cells(row).value(index.column());
    case Qt::ToolTipRole:
        return DryRunReport::reasonText(row);
    case OutcomeRole:
        return int(row.outcome);
    case Qt::ForegroundRole:
        if (index.column() != OutcomeColumn)
            return {};
        switch (row.outcome) {
        case Outcome::CreateCustomerAndOrder:
        case Outcome::CreateOrder:
        case Outcome::UpdateOrder:
            return QBrush(QColor(0x1b, 0x6e, 0x20));
        case Outcome::Failed:
            return QBrush(QColor(0xa3, 0x15, 0x15));
        case Outcome::Skip:
        case Outcome::NoContact:
        case Outcome::KindDisabled:
            return QBrush(QColor(0x6b, 0x6b, 0x6b));
        }
        return {};
    default:
        return {};
    }
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return DryRunReport::headers().value(section);
}

} // namespace LeadBridge
