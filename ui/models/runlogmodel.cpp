#include "runlogmodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

#include "timetext.h"

namespace LeadBridge {

void RunLogModel::setRecords(const QList<RunRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

int RunLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int RunLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunLogModel::resultText(RunResult result)
{
    switch (result) {
    case RunResult::Ok:
        return tr("OK");
    case RunResult::ItemsFailed:
        return tr("Some items failed");
    case RunResult::ReadsFailed:
        return tr("Reading failed");
    case RunResult::Configuration:
        return tr("Stopped: settings");
    case RunResult::StoreFailure:
        return tr("Stopped: database");
    }
    return {};
}

QString RunLogModel::stopText(const RunRecord &record)
{
    if (record.stoppedBy.isEmpty())
        return {};
    QString text = tr("Stopped by %1 (%2)").arg(record.stoppedBy, record.stopCode);
    if (record.httpStatus > 0)
        text += QLatin1Char(' ') + tr("HTTP %1").arg(record.httpStatus);
    return text;
}

QVariant RunLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &r = m_records.at(index.row());
    const auto number = [](int value) -> QVariant { return value; };
    if (role == ResultCodeRole)
        return RunLog::toDb(r.result);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case StartedColumn:
            if (role == SortRole)
                return r.startedAtMs;
            return clockText(QDateTime::fromMSecsSinceEpoch(r.startedAtMs, Qt::UTC));
        case DurationColumn:
            if (role == SortRole)
                return r.durationMs;
            return tr("%1 s").arg(QLocale().toString(double(r.durationMs) / 1000.0, 'f', 1));
        case ResultColumn:
            return role == SortRole ? QVariant(int(r.result)) : QVariant(resultText(r.result));
        case FetchedColumn:
            return number(r.leadsFetched);
        case CreatedColumn:
            return number(r.ordersCreated);
        case UpdatedColumn:
            return number(r.ordersUpdated);
        case SkippedColumn:
            return number(r.leadsSkipped);
        case NoContactColumn:
            return number(r.leadsWithoutContact);
        case FailedColumn:
            return number(r.leadsFailed);
        case DealsColumn:
            return number(r.dealsCreated + r.dealsUpdated);
        case DealsFailedColumn:
            return number(r.dealsFailed);
        case ErrorsColumn:
            return number(r.errors);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == ResultColumn) {
        QString tip = resultText(r.result) + QStringLiteral(" [") + RunLog::toDb(r.result) + QLatin1Char(']');
        if (!r.stoppedBy.isEmpty())
            tip += QLatin1Char('\n') + stopText(r);
        if (r.readsFailed > 0)
            tip += QLatin1Char('\n') + tr("Failed reads: %1").arg(r.readsFailed);
        return tip;
    }
    if (role == Qt::ToolTipRole && index.column() == StartedColumn)
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(r.startedAtMs, Qt::UTC).toLocalTime(), QLocale::LongFormat);
    if (role == Qt::TextAlignmentRole && index.column() != StartedColumn && index.column() != ResultColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && r.result != RunResult::Ok)
        return QBrush(
            r.result == RunResult::ItemsFailed ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb0, 0x20, 0x20));
    return {};
}

QVariant RunLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case FetchedColumn:
        return tr("Leads read");
    case CreatedColumn:
        return tr("Orders created");
    case UpdatedColumn:
        return tr("Orders updated");
    case SkippedColumn:
        return tr("Skipped");
    case NoContactColumn:
        return tr("No contact");
    case FailedColumn:
        return tr("Leads failed");
    case DealsColumn:
        return tr("Deals sent");
    case DealsFailedColumn:
        return tr("Deals failed");
    case ErrorsColumn:
        return tr("Errors");
    case ColumnCount:
        break;
    }
    return {};
}

void RunLogModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_records.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace LeadBridge
