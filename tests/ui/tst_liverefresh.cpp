// The main window during a sync: an engine event re-reads only the rows it names, only on the tab a
// person sees, at most twice a second; the dashboard's aggregates are computed off the GUI thread;
// Tools > Check database reports on the file.
#include <QAction>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard.h"
#include "mainwindow.h"
#include "models/labels.h"
#include "models/leadmodel.h"
#include "refreshscheduler.h"
#include "store/queries/leadstable.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "tabletab.h"
#include "translator.h"
#include "uitestdata.h"

using namespace LeadBridge;

class tst_LiveRefresh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void changedLeadShowsItsNewStateWithoutReadingTheTable();
    void hiddenTabsAreReadWhenShown();
    void refreshesAreThrottled();
    void dashboardIsComputedInTheBackground();
    void checkDatabaseSaysTheFileIsSound();

private:
    struct Window
    {
        Translator translator;
        MainWindow window { &translator };
        SyncController controller;
        explicit Window(const QString &db)
            : controller(SyncConfig(), db)
        {
            translator.setLanguage(QStringLiteral("en"));
        }
    };
    std::unique_ptr<Window> open();
    /// Writes a failed attempt for @p leadId through the engine's writer, then sends the engine's event.
    void failLead(Window &w, qint64 leadId, const QString &detail);

    QTemporaryDir m_dir;
    QString m_db;
};

void tst_LiveRefresh::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("leadbridge.db"));
    Store store(QStringLiteral("seed"));
    QVERIFY(store.open(m_db).isOk());
    TestSupport::seedLeads(store, 3000);
    TestSupport::seedOrders(store);
}

std::unique_ptr<tst_LiveRefresh::Window> tst_LiveRefresh::open()
{
    auto w = std::make_unique<Window>(m_db);
    if (!w->window.openDatabase(m_db))
        return {};
    w->window.setController(&w->controller);
    w->window.show();
    if (!QTest::qWaitForWindowExposed(&w->window))
        return {};
    return w;
}

void tst_LiveRefresh::failLead(Window &w, qint64 leadId, const QString &detail)
{
    Store writer(QStringLiteral("engine-writer"));
    QVERIFY(writer.open(m_db).isOk());
    SyncStore sync(writer);
    const qint64 now = TestSupport::uiTestNowMs();
    // A legacy problem shows its detail as is: the test finds its own text in the row.
    QVERIFY(sync.setLeadFailed(leadId, Problem::make(Db::ErrorCode::Legacy, {}, detail), 3, now + 600000, now)
                .ok);
    LeadOutcome outcome;
    outcome.leadId = leadId;
    outcome.state = Db::LeadState::Failed;
    outcome.reason = Db::LeadReason::Error;
    outcome.detail = detail;
    emit w.controller.engine()->leadProcessed(outcome);
}

void tst_LiveRefresh::changedLeadShowsItsNewStateWithoutReadingTheTable()
{
    const auto w = open();
    QVERIFY(w);
    w->window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TableTab *leads = w->window.tableTab(MainWindow::LeadsTab);
    PagedTableModel *model = leads->model();
    QCOMPARE(model->rowCount(), PagedTableModel::kChunk);
    const int row = 7;
    const qint64 id = model->idAt(row);
    QVERIFY(id > 0);
    const QString detail = QStringLiteral("retailCRM answered 500: try later");
    QVERIFY(!model->index(row, LeadModel::ReasonColumn).data().toString().contains(detail));

    const RowQuery<LeadRecord> &query = LeadsTable::query();
    const int statements = query.statementCount();
    const int rowsRead = query.rowsRead();
    failLead(*w, id, detail);
    QTRY_VERIFY(model->index(row, LeadModel::ReasonColumn).data().toString().contains(detail));
    QCOMPARE(model->index(row, LeadModel::AttemptsColumn).data().toInt(), 3);
    QCOMPARE(model->idAt(row), id);
    // One statement for one row: neither the page nor the count was read again.
    QCOMPARE(query.statementCount() - statements, 1);
    QCOMPARE(query.rowsRead() - rowsRead, 1);
    QCOMPARE(model->rowCount(), PagedTableModel::kChunk);
}

void tst_LiveRefresh::hiddenTabsAreReadWhenShown()
{
    const auto w = open();
    QVERIFY(w);
    w->window.tabs()->setCurrentIndex(MainWindow::OrdersTab);
    PagedTableModel *model = w->window.tableTab(MainWindow::LeadsTab)->model();
    const int row = 11;
    const qint64 id = model->idAt(row);
    const QString detail = QStringLiteral("Calltouch answered 502");
    const RowQuery<LeadRecord> &query = LeadsTable::query();
    const int statements = query.statementCount();
    failLead(*w, id, detail);
    QTest::qWait(3 * RefreshScheduler::kDefaultIntervalMs);
    QCOMPARE(query.statementCount(), statements); // the leads tab is not seen: not read
    QVERIFY(!model->index(row, LeadModel::ReasonColumn).data().toString().contains(detail));

    // A hidden window reads nothing either, whatever its current tab.
    w->window.hide();
    w->window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    QTest::qWait(2 * RefreshScheduler::kDefaultIntervalMs);
    QCOMPARE(query.statementCount(), statements);

    // Shown again: what it missed, at once, by row.
    w->window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w->window));
    QTRY_VERIFY(model->index(row, LeadModel::ReasonColumn).data().toString().contains(detail));
    QCOMPARE(query.statementCount() - statements, 1);
}

void tst_LiveRefresh::refreshesAreThrottled()
{
    const auto w = open();
    QVERIFY(w);
    w->window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    PagedTableModel *model = w->window.tableTab(MainWindow::LeadsTab)->model();
    QSignalSpy refreshes(w->window.refreshScheduler(), &RefreshScheduler::refreshRequested);
    QElapsedTimer timer;
    timer.start();
    // 20 leads processed over about a second, as a fast sync sends them.
    for (int i = 0; i < 20; ++i) {
        failLead(*w, model->idAt(100 + i), QStringLiteral("failure %1").arg(i));
        QTest::qWait(50);
    }
    const qint64 elapsed = timer.elapsed();
    QTRY_VERIFY(
        model->index(119, LeadModel::ReasonColumn).data().toString().contains(QStringLiteral("failure 19")));
    // At most one refresh per interval (and one right away), not one per event.
    QVERIFY2(refreshes.size() <= 2 + int(elapsed / RefreshScheduler::kDefaultIntervalMs),
        qPrintable(QStringLiteral("%1 refreshes in %2 ms").arg(refreshes.size()).arg(elapsed)));
    QVERIFY(refreshes.size() >= 2);
    for (int i = 0; i < 20; ++i)
        QVERIFY(model->index(100 + i, LeadModel::ReasonColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("failure %1").arg(i)));
}

void tst_LiveRefresh::dashboardIsComputedInTheBackground()
{
    const auto w = open();
    QVERIFY(w);
    Dashboard *dashboard = w->window.dashboard();
    QTRY_VERIFY(!dashboard->isRefreshing());
    QSignalSpy refreshed(dashboard, &Dashboard::refreshed);
    dashboard->refresh();
    QVERIFY(dashboard->isRefreshing()); // not computed in the GUI thread's call
    dashboard->refresh(); // coalesced into one more run
    QVERIFY(refreshed.wait());
    QTRY_COMPARE(refreshed.size(), 2);
    QVERIFY(!dashboard->isRefreshing());
    Store store(QStringLiteral("check"));
    QVERIFY(store.open(m_db).isOk());
    const DashboardNumbers expected = DashboardQuery::compute(&store, QDate::currentDate());
    QCOMPARE(dashboard->numbers().orderActions, expected.orderActions);
    QCOMPARE(dashboard->numbers().leadsPerDay, expected.leadsPerDay);
    QVERIFY(!expected.orderActions.isEmpty());
}

void tst_LiveRefresh::checkDatabaseSaysTheFileIsSound()
{
    const auto w = open();
    QVERIFY(w);
    QSignalSpy finished(&w->window, &MainWindow::checkDatabaseFinished);
    w->window.checkDatabaseAction()->trigger();
    QVERIFY(!w->window.checkDatabaseAction()->isEnabled()); // running in the background
    QVERIFY(finished.wait(30000));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("sound")));
    auto *box = w->window.findChild<QMessageBox *>(QStringLiteral("checkDatabaseResult"));
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QCOMPARE(box->text(), finished.at(0).at(1).toString());
    box->accept();
    QVERIFY(w->window.checkDatabaseAction()->isEnabled());
}

QTEST_MAIN(tst_LiveRefresh)
#include "tst_liverefresh.moc"
