#pragma once

#include <memory>

#include <QMainWindow>
#include <QPointer>

#include "sync/syncevents.h"
#include "util/problemtext.h"

class QTabWidget;
class QLabel;
class QAction;
class QMenu;
class QToolBar;
class QTableView;

namespace LeadBridge {

class AppSettings;
class EmptyState;
class ErrorsMonitor;
class LogTab;
class ReconciliationTab;
class SyncStatusWidget;
class SecretStore;
class SetupBackend;
class WebhookStatusLabel;
class Dashboard;
class DetailsDialog;
class DealModel;
class ErrorModel;
class LeadModel;
class OrderModel;
class RefreshScheduler;
class Store;
class SyncController;
class TableExport;
class TableTab;
class Translator;

/// The live sync monitor: a dashboard and tables of leads, orders, deals and errors, the actions on
/// them, and the status bar. It reads through its own database connection and talks to the engine only
/// through SyncController (which may be absent: then the sync actions are disabled).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    enum Tab { DashboardTab, LeadsTab, OrdersTab, DealsTab, ErrorsTab, RunLogTab, ReconcileTab };

    explicit MainWindow(Translator *translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the GUI's own read connection to the engine's database file.
    bool openDatabase(const QString &path, QString *error = nullptr);
    /// Connects the sync actions and the live refresh; nullptr disconnects.
    void setController(SyncController *controller);
    /// Settings for the Settings dialog and the chosen language.
    void setSettings(AppSettings *settings);
    /// Where the Settings dialog keeps the chat receiver's secret.
    void setSecretStore(SecretStore *secrets) { m_secrets = secrets; }
    /// How the Settings dialog loads the CRM's shops (with the saved key).
    void setSetupBackend(SetupBackend *backend) { m_backend = backend; }
    /// Not set up (the wizard was cancelled): an empty state with "Set up now" and "Try the sandbox"
    /// instead of the tabs.
    void setSetupNeeded(bool needed);
    [[nodiscard]] bool isSetupNeeded() const { return m_setupNeeded; }
    [[nodiscard]] EmptyState *emptyState() const { return m_emptyState; }
    /// Keeps the geometry, tool bar and column layout in the settings (also done on close and quit).
    void saveLayout();
    /// The chat receiver's state in the status bar.
    [[nodiscard]] WebhookStatusLabel *webhookStatus() const { return m_webhookStatus; }

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] TableTab *tableTab(Tab tab) const;
    [[nodiscard]] Dashboard *dashboard() const { return m_dashboard; }
    /// The open errors' count on the Errors tab and the banner's fix button.
    [[nodiscard]] ErrorsMonitor *errorsMonitor() const { return m_errorsMonitor; }
    [[nodiscard]] Store *store() const { return m_store.get(); }

    [[nodiscard]] QAction *showAction() const { return m_showAction; }
    [[nodiscard]] QAction *syncNowAction() const { return m_syncNowAction; }
    [[nodiscard]] QAction *pauseAction() const { return m_pauseAction; }
    [[nodiscard]] QAction *resendAction() const { return m_resendAction; }
    [[nodiscard]] QAction *retryDealsAction() const { return m_retryAction; }
    [[nodiscard]] QAction *settingsAction() const { return m_settingsAction; }
    [[nodiscard]] QAction *wizardAction() const { return m_wizardAction; }
    [[nodiscard]] QAction *quitAction() const { return m_quitAction; }
    /// Tools > Check database: checks the file's integrity now and says what it found.
    [[nodiscard]] QAction *checkDatabaseAction() const { return m_checkAction; }
    [[nodiscard]] RefreshScheduler *refreshScheduler() const { return m_refresh; }
    [[nodiscard]] QMenu *fileMenu() const { return m_fileMenu; }
    /// File > Export…: the visible table, as it is sorted and filtered, to a CSV file.
    [[nodiscard]] QAction *exportAction() const { return m_exportAction; }
    /// Exports the visible table to @p path (asks for a file when empty) with a progress dialog that
    /// shows when it takes a while; the running export (deleted when it finishes), or nullptr (also
    /// when the Log or Reconciliation table, all in memory, was written at once).
    TableExport *exportCurrentTable(const QString &path = {});

    /// When set (a tray icon exists), closing the window hides it instead of quitting.
    void setHideOnClose(bool hide) { m_hideOnClose = hide; }
    /// The sandbox: "Sandbox — demo data" in the title and a banner above the tabs.
    void setSandboxMarker(bool sandbox);
    [[nodiscard]] QLabel *sandboxBanner() const { return m_sandboxBanner; }
    [[nodiscard]] bool hideOnClose() const { return m_hideOnClose; }

    /// Opens the details of the row with key @p id in @p tab (non-modal); nullptr if there is none.
    DetailsDialog *showDetails(Tab tab, qint64 id);
    /// Reads the visible tab again now; the others when they are shown.
    void refreshNow();
    /// Asks for a whole refresh of every tab: the visible one within RefreshScheduler's interval, the
    /// others when they are shown. The engine's events refresh only the rows they name.
    void scheduleRefresh();
    /// Checks the database's integrity in the background; checkDatabaseFinished() and a message box
    /// tell the result.
    void checkDatabase();

    /// Lead ids to resend from the current selection (Leads tab, or lead items on the Errors tab).
    [[nodiscard]] QList<qint64> selectedLeadIds() const;
    /// Order ids to retry from the current selection (Deals tab, or deal items on the Errors tab).
    [[nodiscard]] QList<qint64> selectedDealIds() const;

    [[nodiscard]] QString statusText() const;
    /// The sync's state in one line (the tray's tooltip): what runs now, or the last result and the next.
    [[nodiscard]] QString statusLine() const;
    [[nodiscard]] SyncStatusWidget *syncStatus() const { return m_syncStatus; }
    /// The run log ("Log" tab).
    [[nodiscard]] LogTab *logTab() const { return m_logTab; }
    /// The reconciliation report ("Reconciliation" tab).
    [[nodiscard]] ReconciliationTab *reconciliationTab() const { return m_reconcileTab; }

public slots:
    void setEngineStatus(const LeadBridge::EngineStatus &status);
    void showCredentialsProblem(const QString &service, const QString &message);
    /// The local database failed and the sync stopped: a banner until a cycle writes again.
    void showStoreProblem(const QString &message);

signals:
    /// The Settings dialog changed the settings: the engine should be reconfigured.
    void settingsChanged();
    /// "Run setup wizard again" was chosen.
    void setupWizardRequested();
    /// "Try the sandbox" was chosen on the empty state.
    void sandboxRequested();
    /// The window was hidden instead of closed (tray).
    void hiddenToTray();
    /// Check database finished: @p ok when the file is sound; @p message is what the user was told.
    void checkDatabaseFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void createActions();
    void createTableActions(); // mainwindow_tables.cpp
    void createReconciliationTab(); // mainwindow_tables.cpp
    /// The view of a tab whose table is all in memory (Log, Reconciliation); nullptr for the others.
    [[nodiscard]] QTableView *plainTable(int index) const;
    void retranslateTableActions();
    void retranslate();
    void updateStatusBar();
    void updateActions();
    void applyRefresh(int index, bool whole, const QList<qint64> &ids);
    void updateVisibleTab();
    void connectRefresh(SyncController *controller);
    void resendSelected();
    void retrySelected();
    void openSettings();
    /// Settings; with @p chatReceiver, at the chat receiver's address (the fix of a busy port).
    void openSettingsAt(bool chatReceiver);
    /// The banner's fix (errorsmonitor.h): Settings, the setup wizard or Check database.
    void applyFix(LeadBridge::ProblemText::Fix fix);
    void setLanguage(const QString &code);

    Translator *m_translator;
    AppSettings *m_settings = nullptr;
    SecretStore *m_secrets = nullptr;
    SetupBackend *m_backend = nullptr;
    QPointer<SyncController> m_controller;
    std::unique_ptr<Store> m_store;
    EngineStatus m_status;
    bool m_hasStatus = false;
    bool m_hideOnClose = false;
    bool m_quitting = false;
    bool m_setupNeeded = false;
    EmptyState *m_emptyState = nullptr;

    QTabWidget *m_tabs = nullptr;
    Dashboard *m_dashboard = nullptr;
    LeadModel *m_leads = nullptr;
    OrderModel *m_orders = nullptr;
    DealModel *m_deals = nullptr;
    ErrorModel *m_errors = nullptr;
    QList<TableTab *> m_tables;
    RefreshScheduler *m_refresh = nullptr;
    bool m_checking = false;
    QLabel *m_banner = nullptr;
    ErrorsMonitor *m_errorsMonitor = nullptr;
    QLabel *m_sandboxBanner = nullptr;
    bool m_sandbox = false;
    QString m_bannerService;
    QString m_bannerMessage;
    QString m_storeProblem;

    SyncStatusWidget *m_syncStatus = nullptr;
    LogTab *m_logTab = nullptr;
    ReconciliationTab *m_reconcileTab = nullptr;
    WebhookStatusLabel *m_webhookStatus = nullptr;

    QToolBar *m_toolBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_syncMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_showAction = nullptr;
    QAction *m_syncNowAction = nullptr;
    QAction *m_pauseAction = nullptr;
    QAction *m_resendAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_wizardAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_russianAction = nullptr;
    QAction *m_englishAction = nullptr;
};

} // namespace LeadBridge
