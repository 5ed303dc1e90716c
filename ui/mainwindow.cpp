// MainWindow, part one: building the window, its actions and tabs, settings, details and resend.
// The refresh during a sync is in mainwindow_refresh.cpp, the status bar in mainwindow_status.cpp.
#include "mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QShowEvent>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include "dashboard.h"
#include "detailsdialog.h"
#include "emptystate.h"
#include "errorsmonitor.h"
#include "logtab.h"
#include "models/dealmodel.h"
#include "models/errormodel.h"
#include "models/leadmodel.h"
#include "models/ordermodel.h"
#include "reconciliationtab.h"
#include "refreshscheduler.h"
#include "resendconfirmation.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/backgroundreader.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "syncstatuswidget.h"
#include "tabletab.h"
#include "translator.h"
#include "tray/trayicons.h"
#include "webhookstatuslabel.h"
#include "windowlayout.h"

namespace LeadBridge {

MainWindow::MainWindow(Translator *translator, QWidget *parent)
    : QMainWindow(parent)
    , m_translator(translator)
{
    setWindowIcon(TrayIcons::appIcon());

    m_dashboard = new Dashboard(this);
    m_leads = new LeadModel(nullptr);
    m_orders = new OrderModel(nullptr);
    m_deals = new DealModel(nullptr);
    m_errors = new ErrorModel(nullptr);
    m_errors->setStatusFilter(QStringLiteral("open")); // resolved errors only when asked for
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_dashboard, QString());
    m_tables = { nullptr, new TableTab(m_leads, LeadModel::ReasonColumn, m_tabs),
        new TableTab(m_orders, OrderModel::ReasonColumn, m_tabs),
        new TableTab(m_deals, DealModel::ErrorColumn, m_tabs),
        new TableTab(
            m_errors, ErrorModel::RemedyColumn, m_tabs) }; // the sentence fitted, "what to do" takes the rest
    m_refresh = new RefreshScheduler(int(m_tables.size()), this);
    connect(m_refresh, &RefreshScheduler::refreshRequested, this, &MainWindow::applyRefresh);
    for (int i = LeadsTab; i <= ErrorsTab; ++i) {
        m_tabs->addTab(m_tables.at(i), QString());
        connect(
            m_tables.at(i), &TableTab::rowActivated, this, [this, i](qint64 id) { showDetails(Tab(i), id); });
        connect(m_tables.at(i)->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
        connect(m_tables.at(i)->model(), &QAbstractItemModel::modelReset, this, [this, i] {
            // A new selection model comes with no reset, but its selection is gone.
            Q_UNUSED(i)
            updateActions();
        });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateVisibleTab();
        updateActions();
    });

    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #611a15; border: 1px solid #f5c2c0;"
                       " border-radius: 4px; padding: 8px; }"));
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this] { emit setupWizardRequested(); });
    m_errorsMonitor = new ErrorsMonitor(
        m_tabs, ErrorsTab, m_banner, [this] { return m_store.get(); }, this);
    connect(m_errorsMonitor, &ErrorsMonitor::fixRequested, this, &MainWindow::applyFix);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_sandboxBanner = new QLabel(this);
    m_sandboxBanner->setObjectName(QStringLiteral("sandboxBanner"));
    m_sandboxBanner->setWordWrap(true);
    m_sandboxBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4d3b00; border: 1px solid #f0d27a;"
                       " border-radius: 4px; padding: 8px; }"));
    m_sandboxBanner->hide();
    layout->addWidget(m_sandboxBanner);
    m_emptyState = new EmptyState(central);
    m_emptyState->hide();
    connect(m_emptyState, &EmptyState::setupRequested, this, &MainWindow::setupWizardRequested);
    connect(m_emptyState, &EmptyState::sandboxRequested, this, &MainWindow::sandboxRequested);
    layout->addWidget(m_errorsMonitor->bannerFrame());
    layout->addWidget(m_emptyState, 1);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_logTab = new LogTab(m_tabs);
    m_tabs->addTab(m_logTab, QString());
    createReconciliationTab();
    // Permanent widgets: a temporary message (showMessage) takes the space left of them, never theirs.
    m_syncStatus = new SyncStatusWidget(this);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_webhookStatus = new WebhookStatusLabel(this);
    statusBar()->addPermanentWidget(m_webhookStatus);

    createActions();
    createTableActions();
    WindowLayout::restore(this, nullptr, {}); // fits the screen; setSettings() restores a saved layout
    retranslate();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The models read through m_store: detach them before it closes.
    for (TableTab *tab : std::as_const(m_tables)) {
        if (tab)
            tab->model()->setStore(nullptr);
    }
    m_dashboard->setStore(nullptr);
}

void MainWindow::createActions()
{
    QStyle *style = this->style();
    m_showAction = new QAction(this);
    connect(m_showAction, &QAction::triggered, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    m_syncNowAction = new QAction(style->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_syncNowAction->setShortcut(QKeySequence::Refresh);
    connect(m_syncNowAction, &QAction::triggered, this, [this] {
        if (m_controller) {
            m_syncStatus->showSyncRequested();
            m_controller->syncNow();
        }
    });
    m_pauseAction = new QAction(style->standardIcon(QStyle::SP_MediaPause), QString(), this);
    m_pauseAction->setCheckable(true);
    connect(m_pauseAction, &QAction::toggled, this, [this](bool paused) {
        if (m_controller)
            m_controller->setPaused(paused);
        m_status.paused = paused;
        retranslate();
    });
    m_resendAction = new QAction(style->standardIcon(QStyle::SP_ArrowForward), QString(), this);
    connect(m_resendAction, &QAction::triggered, this, &MainWindow::resendSelected);
    m_retryAction = new QAction(style->standardIcon(QStyle::SP_MediaSeekForward), QString(), this);
    connect(m_retryAction, &QAction::triggered, this, &MainWindow::retrySelected);
    m_settingsAction = new QAction(QString(), this);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_wizardAction = new QAction(QString(), this);
    connect(m_wizardAction, &QAction::triggered, this, &MainWindow::setupWizardRequested);
    m_quitAction = new QAction(QString(), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, [this] {
        m_quitting = true;
        saveLayout();
        QCoreApplication::quit();
    });

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addAction(m_wizardAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_syncMenu = menuBar()->addMenu(QString());
    m_syncMenu->addAction(m_syncNowAction);
    m_syncMenu->addAction(m_pauseAction);
    m_syncMenu->addSeparator();
    m_syncMenu->addAction(m_resendAction);
    m_syncMenu->addAction(m_retryAction);
    m_checkAction = new QAction(QString(), this);
    connect(m_checkAction, &QAction::triggered, this, &MainWindow::checkDatabase);
    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_checkAction);
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_russianAction = m_languageMenu->addAction(QStringLiteral("Русский"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *action : { m_russianAction, m_englishAction }) {
        action->setCheckable(true);
        group->addAction(action);
    }
    if (m_translator)
        (m_translator->language() == QLatin1String("ru") ? m_russianAction : m_englishAction)
            ->setChecked(true);
    connect(m_russianAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("ru")); });
    connect(m_englishAction, &QAction::triggered, this, [this] { setLanguage(QStringLiteral("en")); });

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_syncNowAction);
    m_toolBar->addAction(m_pauseAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_resendAction);
    m_toolBar->addAction(m_retryAction);
}

void MainWindow::setLanguage(const QString &code)
{
    if (m_settings) {
        m_settings->setLanguage(code);
        m_settings->sync();
    }
    if (m_translator)
        m_translator->setLanguage(code);
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    auto store = std::make_unique<Store>(QStringLiteral("ui"));
    const StoreError result = store->open(path);
    if (!result.isOk()) {
        if (error)
            *error = result.message;
        return false;
    }
    for (TableTab *tab : std::as_const(m_tables)) {
        if (tab)
            tab->model()->setStore(nullptr);
    }
    m_dashboard->setStore(nullptr);
    m_store = std::move(store);
    for (TableTab *tab : std::as_const(m_tables)) {
        if (tab) {
            tab->model()->setStore(m_store.get());
            tab->fitColumns();
        }
    }
    m_dashboard->setStore(m_store.get());
    m_errorsMonitor->refresh();
    m_logTab->setStore(m_store.get());
    m_reconcileTab->setStore(m_store.get());
    updateActions();
    return true;
}

void MainWindow::setController(SyncController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_webhookStatus->setController(controller);
    m_errorsMonitor->setController(controller);
    m_reconcileTab->setController(controller);
    if (controller) {
        connectRefresh(controller);
        connect(controller, &SyncController::statusChanged, this, &MainWindow::setEngineStatus);
        connect(controller, &SyncController::credentialsRejected, this, &MainWindow::showCredentialsProblem);
        connect(controller, &SyncController::storeFailed, this, &MainWindow::showStoreProblem);
        // A database that cannot be used (read-only, locked, not ours) stops the engine at start: say so.
        connect(controller, &SyncController::initialized, this, [this](bool ok, const QString &error) {
            if (!ok)
                showStoreProblem(error);
        });
        connect(controller, &SyncController::progress, m_syncStatus, &SyncStatusWidget::setProgress);
        connect(controller, &SyncController::cycleFinished, m_syncStatus, &SyncStatusWidget::setLastRun);
        connect(controller, &SyncController::cycleFinished, m_logTab, &LogTab::markStale);
        connect(controller, &SyncController::cycleFinished, this, [this](const SyncSummary &summary) {
            if (!summary.credentialsRejected && summary.storeError.isEmpty() && m_banner->isVisible()) {
                m_bannerService.clear();
                m_storeProblem.clear();
                m_banner->hide();
            }
        });
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(controller->isPaused());
    }
    updateActions();
}

void MainWindow::setSettings(AppSettings *settings)
{
    m_settings = settings;
    m_webhookStatus->setSettings(settings);
    QList<QHeaderView *> headers;
    for (TableTab *tab : std::as_const(m_tables)) {
        if (tab)
            headers << tab->view()->horizontalHeader();
    }
    WindowLayout::restore(this, settings, headers);
    for (TableTab *tab : std::as_const(m_tables)) {
        if (tab && settings
            && !settings
                    ->windowState(
                        WindowLayout::headerKey(int(headers.indexOf(tab->view()->horizontalHeader()))))
                    .isEmpty())
            tab->keepColumnLayout();
    }
}

void MainWindow::saveLayout()
{
    if (!m_settings)
        return;
    QList<QHeaderView *> headers;
    for (TableTab *tab : std::as_const(m_tables)) {
        if (tab)
            headers << tab->view()->horizontalHeader();
    }
    WindowLayout::save(this, m_settings, headers);
    m_settings->sync();
}

void MainWindow::setSetupNeeded(bool needed)
{
    m_setupNeeded = needed;
    m_emptyState->setVisible(needed);
    m_tabs->setVisible(!needed);
    updateStatusBar();
}

TableTab *MainWindow::tableTab(Tab tab) const
{
    return tab > DashboardTab && tab < m_tables.size() ? m_tables.at(tab) : nullptr;
}

DetailsDialog *MainWindow::showDetails(Tab tab, qint64 id)
{
    DetailsDialog::Kind kind = DetailsDialog::Kind::Lead;
    switch (tab) {
    case LeadsTab:
        kind = DetailsDialog::Kind::Lead;
        break;
    case OrdersTab:
        kind = DetailsDialog::Kind::Order;
        break;
    case DealsTab:
        kind = DetailsDialog::Kind::Deal;
        break;
    case ErrorsTab:
        kind = DetailsDialog::Kind::Error;
        break;
    default:
        return nullptr;
    }
    auto *dialog = new DetailsDialog(m_store.get(), kind, id, this);
    if (!dialog->isValid()) {
        delete dialog;
        return nullptr;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DetailsDialog::resendRequested, this, [this, dialog](qint64 leadId) {
        if (m_controller && ResendConfirmation::ask(1, dialog)) {
            m_controller->resendLead(leadId);
            statusBar()->showMessage(tr("The lead is being sent again."), 5000);
        }
    });
    connect(dialog, &DetailsDialog::fixRequested, this, &MainWindow::applyFix);
    connect(dialog, &DetailsDialog::retryRequested, this, [this](qint64 orderId) {
        if (m_controller) {
            m_controller->retryDeal(orderId);
            statusBar()->showMessage(tr("The deal is being sent again."), 5000);
        }
    });
    dialog->show();
    return dialog;
}

void MainWindow::openSettings()
{
    openSettingsAt(false);
}

void MainWindow::openSettingsAt(bool chatReceiver)
{
    SettingsDialog dialog(m_settings, this, m_secrets, m_backend);
    if (chatReceiver)
        dialog.showChatReceiver();
    if (dialog.exec() == QDialog::Accepted)
        emit settingsChanged();
}

void MainWindow::updateActions()
{
    const bool running = !m_controller.isNull();
    m_syncNowAction->setEnabled(running);
    m_pauseAction->setEnabled(running);
    const int current = m_tabs->currentIndex();
    const bool leadsSelectable = current == LeadsTab || current == OrdersTab || current == ErrorsTab;
    const bool dealsSelectable = current == DealsTab || current == ErrorsTab;
    m_resendAction->setEnabled(running && leadsSelectable && !selectedLeadIds().isEmpty());
    m_retryAction->setEnabled(running && dealsSelectable && !selectedDealIds().isEmpty());
    m_settingsAction->setEnabled(m_settings != nullptr);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::WindowStateChange)
        updateVisibleTab();
    QMainWindow::changeEvent(event);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    updateVisibleTab();
}

void MainWindow::hideEvent(QHideEvent *event)
{
    QMainWindow::hideEvent(event);
    updateVisibleTab();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    if (m_hideOnClose && !m_quitting) {
        hide();
        event->ignore();
        emit hiddenToTray();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(m_sandbox ? tr("LeadBridge: Calltouch and retailCRM — Sandbox, demo data")
                             : tr("LeadBridge: Calltouch and retailCRM"));
    m_sandboxBanner->setText(
        tr("Sandbox — demo data. LeadBridge works with a simulated retailCRM and Calltouch on this "
           "computer: a new lead arrives about every 20 seconds (some without a contact, some meeting a "
           "CRM error that is retried) and orders change now and then. Nothing reaches a real account."));
    m_tabs->setTabText(DashboardTab, tr("Dashboard"));
    m_tabs->setTabText(LeadsTab, tr("Leads"));
    m_tabs->setTabText(OrdersTab, tr("Orders"));
    m_tabs->setTabText(DealsTab, tr("Deals"));
    m_errorsMonitor->retranslate(); // "Errors (3)"
    m_tabs->setTabText(RunLogTab, tr("Log"));
    m_tabs->setTabText(ReconcileTab, tr("Reconciliation"));
    m_fileMenu->setTitle(tr("&File"));
    m_syncMenu->setTitle(tr("&Sync"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_checkAction->setText(tr("&Check database"));
    m_checkAction->setToolTip(tr("Check the local database file for damage"));
    m_toolBar->setWindowTitle(tr("Sync"));
    m_showAction->setText(tr("&Show LeadBridge"));
    m_syncNowAction->setText(tr("Sync &now"));
    m_syncNowAction->setToolTip(tr("Fetch new leads and orders now instead of waiting"));
    m_pauseAction->setText(m_pauseAction->isChecked() ? tr("&Resume") : tr("&Pause"));
    m_pauseAction->setIcon(
        style()->standardIcon(m_pauseAction->isChecked() ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_resendAction->setText(tr("&Resend selected leads"));
    m_resendAction->setToolTip(tr("Run the selected leads through the rules again now"));
    m_retryAction->setText(tr("Re&try selected deals"));
    m_retryAction->setToolTip(tr("Send the selected deals to Calltouch again now"));
    m_settingsAction->setText(tr("&Settings…"));
    m_wizardAction->setText(tr("Run setup &wizard again…"));
    m_quitAction->setText(tr("&Quit"));
    retranslateTableActions();
    if (!m_bannerService.isEmpty()) {
        m_banner->setText(
            tr("<b>%1 rejected the credentials.</b> %2 The sync is stopped until this is fixed. "
               "<a href=\"wizard\">Run the setup wizard</a>")
                .arg(m_bannerService.toHtmlEscaped(), m_bannerMessage.toHtmlEscaped()));
    } else if (!m_storeProblem.isEmpty()) {
        m_banner->setText(tr("<b>The local database failed.</b> %1").arg(m_storeProblem.toHtmlEscaped()));
    }
    updateStatusBar();
}

} // namespace LeadBridge
