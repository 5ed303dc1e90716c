#pragma once

#include <memory>

#include <QDate>
#include <QObject>

#include "sync/syncconfig.h"

namespace LeadBridge {

class Reconciler;
class Store;
struct ReconcileReport;

/// `leadbridge --reconcile [--from DATE] [--to DATE]`: runs the reconciliation report and prints the
/// estimate, the summary and one line per thing found off. Exit 0 clean; 1 something is off or a read
/// failed; 2 credentials were rejected (configuration problems are caught before, by the runner). The
/// report is kept in the database at @p databasePath (the window's Reconciliation tab shows it); a
/// database that cannot be opened is said on stderr and changes nothing else.
class ReconcileCommand final : public QObject
{
    Q_OBJECT
public:
    ReconcileCommand(const SyncConfig &config, const QDate &from, const QDate &to, QString databasePath,
        QObject *parent = nullptr);
    ~ReconcileCommand() override;

    void start();

signals:
    void finished(int exitCode);

private:
    void print(const ReconcileReport &report);
    void keep(ReconcileReport report);

    std::unique_ptr<Store> m_store; ///< the database the report is kept in; null when it cannot be opened
    std::unique_ptr<Reconciler> m_reconciler;
    QDate m_from;
    QDate m_to;
    QString m_databasePath;
};

} // namespace LeadBridge
