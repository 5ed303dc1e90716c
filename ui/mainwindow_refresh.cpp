// MainWindow, part two: keeping the tables and the dashboard current during a sync (only what changed,
// only the tab on screen, throttled) and the on-demand database check.
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
#include "tabletab.h"
#include "translator.h"
#include "webhookstatuslabel.h"
#include "windowlayout.h"

namespace LeadBridge {

void MainWindow::connectRefresh(SyncController *controller)
{
    // What changed, by key; the scheduler reads only the visible tab, at most twice a second.
    connect(controller, &SyncController::cycleFinished, this, &MainWindow::scheduleRefresh);
    connect(controller, &SyncController::leadProcessed, this, [this](const LeadOutcome &outcome) {
        m_refresh->markRow(LeadsTab, outcome.leadId);
        if (outcome.orderId > 0)
            m_refresh->markRow(OrdersTab, outcome.leadId); // a row per lead→order action
        m_refresh->markWhole(DashboardTab);
        // An open details dialog of this lead shows it as it is now (e.g. the attempt a resend added).
        for (DetailsDialog *dialog : findChildren<DetailsDialog *>()) {
            if (dialog->leadId() == outcome.leadId)
                dialog->reload();
        }
    });
    connect(controller, &SyncController::dealChanged, this, [this](qint64 orderId) {
        m_refresh->markRow(DealsTab, orderId);
        m_refresh->markWhole(DashboardTab);
    });
    connect(controller, &SyncController::errorRecorded, this, [this] { m_refresh->markWhole(ErrorsTab); });
}

void MainWindow::scheduleRefresh()
{
    m_refresh->markEverything();
}

void MainWindow::refreshNow()
{
    m_refresh->markEverything();
    m_refresh->flush();
}

void MainWindow::updateVisibleTab()
{
    m_refresh->setVisibleTab(isVisible() && !isMinimized() ? m_tabs->currentIndex() : -1);
}

void MainWindow::applyRefresh(int index, bool whole, const QList<qint64> &ids)
{
    if (index == DashboardTab)
        m_dashboard->refresh();
    else if (index > DashboardTab && index < m_tables.size())
        whole ? m_tables.at(index)->refresh() : m_tables.at(index)->refreshRows(ids);
}

void MainWindow::checkDatabase()
{
    if (!m_store || m_checking)
        return;
    m_checking = true;
    m_checkAction->setEnabled(false);
    statusBar()->showMessage(tr("Checking the database…"));
    // In the background with a connection of its own: a large file takes a while.
    auto *reader = new BackgroundReader(this);
    reader->setDatabasePath(m_store->path());
    auto ok = std::make_shared<bool>(false);
    auto problems = std::make_shared<QStringList>();
    reader->run(
        [ok, problems](Store *store) {
            if (store)
                *ok = store->verifyIntegrity(problems.get());
            else
                *problems = QStringList { tr("The database could not be opened.") };
        },
        [this, reader, ok, problems] {
            reader->deleteLater();
            m_checking = false;
            m_checkAction->setEnabled(true);
            statusBar()->clearMessage();
            const QString message = *ok
                ? tr("The database is sound: SQLite found no damage in %1.").arg(m_store->path())
                : tr("The database %1 is damaged: %2\nQuit LeadBridge and start it again: a damaged "
                     "file is moved aside and kept, and the sync starts with an empty history.")
                      .arg(m_store->path(), problems->mid(0, 5).join(QLatin1Char('\n')));
            auto *box = new QMessageBox(*ok ? QMessageBox::Information : QMessageBox::Warning,
                tr("Check database"), message, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("checkDatabaseResult"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit checkDatabaseFinished(*ok, message);
        });
}

} // namespace LeadBridge
