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
#include "models/formats.h"
#include "models/leadmodel.h"
#include "models/ordermodel.h"
#include "refreshscheduler.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/backgroundreader.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tabletab.h"
#include "translator.h"
#include "webhookstatuslabel.h"
#include "windowlayout.h"

namespace LeadBridge {
namespace {

    QString timeText(const QDateTime &time)
    {
        return Formats::dateTime(time);
    }

} // namespace

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
    return QStringList { m_connectionLabel->text(), m_lastSyncLabel->text(), m_nextSyncLabel->text(),
        m_backlogLabel->text() }
        .join(QStringLiteral(" | "));
}

void MainWindow::updateStatusBar()
{
    if (!m_hasStatus) {
        m_connectionLabel->setText(m_controller
                ? tr("Starting…")
                : (m_setupNeeded ? tr("Not set up yet") : tr("Sync is not running")));
    } else if (m_status.paused) {
        m_connectionLabel->setText(tr("Paused"));
    } else if (m_status.connected) {
        m_connectionLabel->setText(tr("Connected"));
    } else {
        m_connectionLabel->setText(m_status.lastError.isEmpty()
                ? tr("Not connected")
                : tr("Not connected: %1").arg(m_status.lastError));
    }
    m_lastSyncLabel->setText(m_status.lastSync.isValid()
            ? tr("Last sync: %1").arg(timeText(m_status.lastSync))
            : tr("Last sync: never"));
    m_nextSyncLabel->setText(m_status.nextSync.isValid() && !m_status.paused
            ? tr("Next sync: %1").arg(timeText(m_status.nextSync))
            : QString());
    m_nextSyncLabel->setVisible(!m_nextSyncLabel->text().isEmpty());
    m_backlogLabel->setText(tr("Waiting to be sent: %n lead(s)", nullptr, m_status.backlog));
}

void MainWindow::setSandboxMarker(bool sandbox)
{
    m_sandbox = sandbox;
    m_sandboxBanner->setVisible(sandbox);
    retranslate();
}

} // namespace LeadBridge
