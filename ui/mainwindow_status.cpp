// MainWindow, part three: what the status bar and the banners say (engine state, store and credential
// problems, the sandbox marker).
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
#include "mainwindow.h"
#include "models/dealmodel.h"
#include "models/errormodel.h"
#include "models/leadmodel.h"
#include "models/ordermodel.h"
#include "refreshscheduler.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/backgroundreader.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "syncstatuswidget.h"
#include "tabletab.h"
#include "translator.h"
#include "util/formats.h"
#include "webhookstatuslabel.h"
#include "windowlayout.h"

namespace LeadBridge {

void MainWindow::setEngineStatus(const EngineStatus &status)
{
    m_status = status;
    m_hasStatus = true;
    if (m_pauseAction->isChecked() != status.paused) {
        const QSignalBlocker blocker(m_pauseAction);
        m_pauseAction->setChecked(status.paused);
    }
    retranslate();
}

void MainWindow::showStoreProblem(const QString &message)
{
    m_storeProblem = message;
    m_errorsMonitor->setStoreProblem(); // the banner's fix: Check database
    retranslate();
    m_banner->show();
}

void MainWindow::showCredentialsProblem(const QString &service, const QString &message)
{
    m_bannerService = service;
    m_bannerMessage = message;
    m_errorsMonitor->setCredentialsProblem(); // the banner's fix, from the stored error's code
    retranslate();
    m_banner->show();
}

QString MainWindow::statusText() const
{
    return m_syncStatus->statusText();
}

QString MainWindow::statusLine() const
{
    return m_syncStatus->statusLine();
}

void MainWindow::updateStatusBar()
{
    if (m_hasStatus)
        m_syncStatus->setEngineStatus(m_status);
    else
        m_syncStatus->setSetup(m_controller
                ? SyncStatusWidget::Setup::Starting
                : (m_setupNeeded ? SyncStatusWidget::Setup::NotSetUp : SyncStatusWidget::Setup::NoEngine));
}

void MainWindow::setSandboxMarker(bool sandbox)
{
    m_sandbox = sandbox;
    m_sandboxBanner->setVisible(sandbox);
    retranslate();
}

} // namespace LeadBridge
