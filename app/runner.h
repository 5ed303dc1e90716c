#pragma once

#include <memory>

#include <QDate>
#include <QObject>

#include "sync/syncconfig.h"
#include "sync/syncevents.h"

namespace LeadBridge {

class DryRunPlanner;
class ReconcileCommand;
class SecretStore;
class SyncController;

/// Runs the engine without windows: `--headless` until SIGTERM/SIGINT, `--once` for one cycle.
/// Exit codes: 0 all succeeded; 1 some read or write failed (transient: it is tried again); 2 configuration,
/// credentials (401/403), a second LeadBridge on the database, or a database error (SyncSummary::exitCode()).
class HeadlessRunner final : public QObject
{
    Q_OBJECT
public:
    HeadlessRunner(
        SyncConfig config, QString databasePath, bool once, SecretStore *secrets, QObject *parent = nullptr);
    ~HeadlessRunner() override;

    /// `--dry-run`: instead of syncing, reads the last @p days days and prints what the first sync would
    /// do (exit 0; 1 a read failed; 2 configuration or credentials). Set before start().
    void setDryRun(int days) { m_dryRunDays = days; }
    /// `--reconcile`: instead of syncing, runs the reconciliation report of [@p from, @p to] (invalid:
    /// the default period) and prints it (ReconcileCommand's exit codes). Set before start().
    void setReconcile(const QDate &from, const QDate &to);

    void start();
    void requestStop();

signals:
    void finished(int exitCode);

private:
    void readSecret(const QString &name, QString *target, std::function<void()> then);
    void startEngine();
    void startDryRun();
    void fail(const QString &message);

    SyncConfig m_config;
    QString m_databasePath;
    bool m_once;
    SecretStore *m_secrets;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<DryRunPlanner> m_dryRun;
    std::unique_ptr<ReconcileCommand> m_reconcile;
    bool m_reconcileWanted = false;
    QDate m_reconcileFrom;
    QDate m_reconcileTo;
    int m_dryRunDays = 0; ///< 0: a sync, not a dry run
    int m_exitCode = 0;
    bool m_finishing = false;
};

} // namespace LeadBridge
