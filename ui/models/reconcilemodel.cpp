#include "reconcilemodel.h"

#include "pagedtablemodel.h"
#include "util/formats.h"

namespace LeadBridge {

using Kind = ReconcileLine::Kind;
using Fix = ReconcileLine::Fix;

void ReconcileModel::setLines(const QList<ReconcileLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
}

const ReconcileLine *ReconcileModel::line(qint64 lineId) const
{
    for (const ReconcileLine &line : m_lines) {
        if (line.id == lineId)
            return &line;
    }
    return nullptr;
}

void ReconcileModel::setFix(qint64 lineId, Fix fix, const QDateTime &at)
{
    for (int row = 0; row < m_lines.size(); ++row) {
        if (m_lines.at(row).id != lineId)
            continue;
        m_lines[row].fix = fix;
        m_lines[row].fixAt = at;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void ReconcileModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_lines.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_lines.size()) - 1, ColumnCount - 1));
}

QString ReconcileModel::fixText(const ReconcileLine &line)
{
    const bool lead = line.kind == Kind::LeadInNoOrder;
    switch (line.fix) {
    case Fix::None:
        return lead ? tr("Resend the lead") : tr("Push the deal");
    case Fix::Requested: {
        const QString at = Formats::time(line.fixAt);
        return lead ? tr("Resent at %1: check again").arg(at) : tr("Pushed at %1: check again").arg(at);
    }
    case Fix::UnknownOrder:
        return tr("Cannot push: order not read yet");
    }
    return {};
}

int ReconcileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ReconcileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconcileModel::cellText(const ReconcileLine &line, int column) const
{
    switch (Column(column)) {
    case ProblemColumn:
        return ReconcileReport::kindText(line.kind);
    case DateColumn:
        return Formats::dateTime(line.leadAt.isValid() ? line.leadAt : line.orderCreatedAt);
    case LeadColumn:
        return ReconcileReport::leadText(line);
    case ContactColumn:
        return line.contact;
    case OrderColumn:
        return ReconcileReport::orderText(line);
    case FixColumn:
        return line.hasFix() && line.id > 0 ? fixText(line) : QString();
    case DetailColumn:
        return ReconcileReport::lineText(line);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReconcileModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const ReconcileLine &line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(line, index.column());
    case Qt::ToolTipRole:
        if (index.column() == FixColumn && line.fix == Fix::UnknownOrder)
            return tr("LeadBridge has not read this order from retailCRM's history yet, so it has no deal "
                      "to push. It reads the order when it changes in retailCRM; then check again.");
        if (index.column() == FixColumn && line.fix == Fix::Requested)
            return tr(
                "Handed to the sync, which does it at once. Check again to see that everything matches.");
        return ReconcileReport::lineText(line);
    case FixRole:
        return index.column() == FixColumn && line.hasFix() && line.fix == Fix::None ? line.id : 0;
    case PagedTableModel::OrderIdRole:
        return index.column() == OrderColumn ? line.orderId : 0;
    case KindRole:
        return int(line.kind);
    default:
        return {};
    }
}

QVariant ReconcileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ProblemColumn:
        return tr("Problem");
    case DateColumn:
        return tr("Date");
    case LeadColumn:
        return tr("Lead");
    case ContactColumn:
        return tr("Contact");
    case OrderColumn:
        return tr("Order");
    case FixColumn:
        return tr("Fix");
    case DetailColumn:
        return tr("What is off");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace LeadBridge
