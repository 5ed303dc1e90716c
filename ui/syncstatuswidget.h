#pragma once

#include <QWidget>

#include "sync/syncevents.h"
#include "sync/syncprogress.h"

namespace LeadBridge {

class ElidedLabel;

/// The status bar's account of the sync (permanent widgets, so a temporary message never covers it):
/// the connection state, what the running cycle does ("Syncing… Sending leads 3 of 12") or how the last
/// one ended ("Last sync: 14:02:31 · 12 leads, 3 orders · 4.2 s"), the next cycle's time and the
/// backlog. Texts are made when shown, in the current language; times have seconds, in the locale's
/// format. Each part elides at a word with the whole text as tooltip.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)
public:
    /// Before the engine reports: what the window knows.
    enum class Setup { NoEngine, NotSetUp, Starting };

    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setSetup(Setup setup);
    void setEngineStatus(const EngineStatus &status);
    void setProgress(const SyncProgress &progress);
    void setLastRun(const SyncSummary &summary);
    /// "Sync now" was chosen: "Syncing…" at once, until the engine says what it does (or that it did not
    /// start a cycle: paused, not set up).
    void showSyncRequested();

    [[nodiscard]] ElidedLabel *connectionLabel() const { return m_connection; }
    [[nodiscard]] ElidedLabel *activityLabel() const { return m_activity; }
    [[nodiscard]] ElidedLabel *nextSyncLabel() const { return m_next; }
    [[nodiscard]] ElidedLabel *backlogLabel() const { return m_backlog; }
    [[nodiscard]] bool isSyncing() const { return m_progress.isRunning() || m_requested; }

    /// One line for a tooltip (the tray): the activity or the last result, and the next sync.
    [[nodiscard]] QString statusLine() const;
    /// The texts of the visible parts, joined with " | " (tests, the window's statusText()).
    [[nodiscard]] QString statusText() const;

    /// A time of today with seconds ("14:02:31", "2:02:31 PM"); another day's with its date too.
    [[nodiscard]] static QString timeText(const QDateTime &time);
    /// What a step is called ("Sending leads 3 of 12").
    [[nodiscard]] static QString stepText(const SyncProgress &progress);

signals:
    /// The texts changed (for the tray's tooltip).
    void statusLineChanged(const QString &line);

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    [[nodiscard]] QString lastRunText() const;

    ElidedLabel *m_connection;
    ElidedLabel *m_activity;
    ElidedLabel *m_next;
    ElidedLabel *m_backlog;
    Setup m_setup = Setup::NoEngine;
    bool m_hasStatus = false;
    EngineStatus m_status;
    SyncProgress m_progress;
    bool m_requested = false;
    bool m_hasRun = false;
    SyncSummary m_lastRun;
};

} // namespace LeadBridge
