#pragma once

#include <functional>

#include <QPointer>
#include <QUrl>
#include <QWidget>

#include "sync/reconcilereport.h"

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace LeadBridge {

class LinkDelegate;
class ReconcileModel;
class Store;
class SyncController;

/// The "Reconciliation" tab (issue 17): pick a period, "Check now", and the engine reads Calltouch's
/// leads and deals and retailCRM's orders of the period without writing anything (with a progress bar
/// and the number of requests it takes), then lists what does not match. Each line has its one-click
/// fix where one exists (resend the lead, push the deal), asked first. The last report is kept by the
/// engine and shown again after a restart.
class ReconciliationTab final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReconciliationTab)
public:
    explicit ReconciliationTab(QWidget *parent = nullptr);
    ~ReconciliationTab() override;

    /// The window's read connection: the kept report is read from it.
    void setStore(Store *store);
    /// The engine's controller (nullptr: nothing can be checked or fixed).
    void setController(SyncController *controller);
    /// The retailCRM account's address, for the order links.
    void setAccountUrl(std::function<QUrl()> accountUrl) { m_accountUrl = std::move(accountUrl); }
    /// Asks before a fix writes anything (tests answer it); by default a message box with Cancel as the
    /// default button.
    void setConfirm(std::function<bool(const ReconcileLine &)> confirm) { m_confirm = std::move(confirm); }

    /// The day the period ends on by default and cannot pass (the computer's today unless set: tests).
    void setToday(const QDate &today);

    /// Starts a check of the chosen period (as "Check now" does).
    void check();
    /// Asks for and applies the fix of line @p lineId (as a click on its fix does).
    void fix(qint64 lineId);
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ReconcileReport &report() const { return m_report; }

    [[nodiscard]] ReconcileModel *model() const { return m_model; }
    [[nodiscard]] QTableView *view() const { return m_view; }
    [[nodiscard]] QDateEdit *fromEdit() const { return m_from; }
    [[nodiscard]] QDateEdit *toEdit() const { return m_to; }
    [[nodiscard]] QPushButton *checkButton() const { return m_check; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }
    [[nodiscard]] QLabel *stateLabel() const { return m_state; }
    [[nodiscard]] QLabel *summaryLabel() const { return m_summary; }

signals:
    /// A check ended and its report is shown (also a stopped one: @p report is the kept one).
    void reportShown(const LeadBridge::ReconcileReport &report);
    /// The engine answered a fix.
    void fixAnswered(qint64 lineId, LeadBridge::ReconcileLine::Fix fix);

protected:
    void changeEvent(QEvent *event) override;
    /// Reads the kept report again: `leadbridge --reconcile` may have kept a newer one meanwhile.
    void showEvent(QShowEvent *event) override;

private:
    void loadKept();
    void showReport(const ReconcileReport &report);
    void showState();
    void fitColumns();
    void retranslate();
    [[nodiscard]] bool confirm(const ReconcileLine &line);

    Store *m_store = nullptr;
    QPointer<SyncController> m_controller;
    std::function<QUrl()> m_accountUrl;
    std::function<bool(const ReconcileLine &)> m_confirm;
    ReconcileReport m_report;
    bool m_running = false;
    bool m_started = false; ///< the engine began reading (not waiting for a cycle any more)
    bool m_stopped = false; ///< the last check was stopped
    int m_done = 0;
    int m_total = 0;
    /// What the engine said before its first request (requests, seconds; -1: not yet), and after
    /// reading the journals and orders (requests so far, more, at most, seconds; empty: not yet). Kept
    /// as numbers: the texts follow a language switch.
    int m_estimatedRequests = -1;
    int m_estimatedSeconds = 0;
    QList<int> m_plan;

    QLabel *m_intro;
    QLabel *m_periodLabel;
    QDateEdit *m_from;
    QLabel *m_toLabel;
    QDateEdit *m_to;
    QPushButton *m_check;
    QPushButton *m_stop;
    QProgressBar *m_progress;
    QLabel *m_state;
    QLabel *m_summary;
    ReconcileModel *m_model;
    QTableView *m_view;
    LinkDelegate *m_orderLinks;
    LinkDelegate *m_fixLinks;
};

} // namespace LeadBridge
