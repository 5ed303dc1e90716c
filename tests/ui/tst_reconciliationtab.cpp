// The Reconciliation tab as an admin uses it (issue 17 part 2): the real engine in its thread
// (SyncController) against the simulated services, the real main window offscreen. "Check now" shows a
// progress bar and then what does not match (an order deleted in the CRM, a deal whose revenue was
// changed in Calltouch); each line's fix asks first (Cancel is the default), then resends the lead or
// pushes the deal, and a new check finds everything matching; the last report is shown again after a
// restart; Stop ends a check. Screenshots in English and Russian (no untranslated text).
#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "desktopworld.h"
#include "mainwindow.h"
#include "models/reconcilemodel.h"
#include "reconciliationtab.h"
#include "resendconfirmation.h"
#include "rules/customfieldset.h"
#include "screenshots.h"
#include "store/reconcilestore.h"
#include "store/store.h"
#include "sync/reconciler.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "translator.h"
#include "untranslated.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;
using Kind = ReconcileLine::Kind;
using Fix = ReconcileLine::Fix;

class tst_ReconciliationTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void checkShowsProgressThenWhatIsOff();
    void fixesAskFirstThenResendAndPush();
    void theLastReportIsShownAfterARestart();
    void stopEndsACheck();
    void aReportKeptByTheCommandLineShowsWhenTheTabIsShown();

private:
    /// Syncs (the engine's own cycles) until both orders have their deals.
    void syncNow();
    /// Breaks the account: the order of call A deleted, the deal of call B with another revenue.
    void breakTheAccount();
    /// Clicks "Check now" and waits for the report.
    ReconcileReport check();
    /// The row of the first line of @p kind, or -1.
    int rowOf(Kind kind) const;
    /// Clicks a row's fix link, answering the question with @p yes; true when a question was asked.
    bool clickFix(int row, bool yes);
    QList<qint64> ordersHolding(qint64 callId) const;
    void shoot(const QString &name);

    TestSupport::DesktopWorld m_world;
    std::unique_ptr<UntranslatedDetector> m_detector;
    ReconciliationTab *m_tab = nullptr;
    qint64 m_callA = 0;
    qint64 m_callB = 0;
    QString m_questionText;
    bool m_questionDefaultIsCancel = false;
};

void tst_ReconciliationTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_detector = std::make_unique<UntranslatedDetector>(
        QStringLiteral(LEADBRIDGE_SOURCE_DIR "/translations/leadbridge_ru.ts"));
    QVERIFY(m_detector->isLoaded());
}

void tst_ReconciliationTab::init()
{
    m_world = {};
    SyncFixture &f = *m_world.f;
    f.config.dealSync = true;
    f.config.leadKinds = { QStringLiteral("call"), QStringLiteral("request") };
    m_callA = f.ct->addCall(f.now.addDays(-2), QStringLiteral("8 (916) 000-00-01"), QStringLiteral("yandex"),
        QStringLiteral("cpc"), QStringLiteral("spring"));
    m_callB = f.ct->addCall(f.now.addDays(-1), QStringLiteral("+79160000002"));

    QVERIFY(m_world.start([this, &f] {
        m_tab = m_world.window->reconciliationTab();
        m_tab->setToday(f.now.date());
        m_world.window->resize(1280, 720);
    }));
    syncNow();
    syncNow();
    QCOMPARE(f.crm->orders().size(), 2);
    // A manager fills the orders in; the next cycle takes their totals to the deals.
    for (const auto &order : f.crm->orders())
        QVERIFY(f.crm->setOrderTotal(order.id, QStringLiteral("%1.00").arg(12500 + order.id % 7 * 1000)));
    syncNow();
    for (const auto &order : f.crm->orders()) {
        QVERIFY(!f.ct->deal(QString::number(order.id)).orderNumber.isEmpty());
        QCOMPARE(f.ct->deal(QString::number(order.id)).revenue.toDouble(), order.totalSumm.toDouble());
    }
    f.now = f.now.addSecs(600); // the check runs a while after the sync
    m_world.window->tabs()->setCurrentIndex(MainWindow::ReconcileTab);
}

void tst_ReconciliationTab::cleanup()
{
    QVERIFY(m_world.stop());
}

void tst_ReconciliationTab::syncNow()
{
    QVERIFY(m_world.syncNow());
}

QList<qint64> tst_ReconciliationTab::ordersHolding(qint64 callId) const
{
    QList<qint64> ids;
    for (const auto &order : m_world.f->crm->orders()) {
        if (order.customFields.value(Sync::FieldCode::CallId) == QString::number(callId))
            ids << order.id;
    }
    return ids;
}

void tst_ReconciliationTab::breakTheAccount()
{
    QVERIFY(m_world.f->crm->removeOrder(ordersHolding(m_callA).value(0)));
    QVERIFY(m_world.f->ct->setDealRevenue(
        QString::number(ordersHolding(m_callB).value(0)), QStringLiteral("99999.00")));
}

ReconcileReport tst_ReconciliationTab::check()
{
    QSignalSpy shown(m_tab, &ReconciliationTab::reportShown);
    QTest::mouseClick(m_tab->checkButton(), Qt::LeftButton);
    if (!shown.wait(60000)) {
        QTest::qFail("the check did not finish", __FILE__, __LINE__);
        return {};
    }
    return shown.first().first().value<ReconcileReport>();
}

int tst_ReconciliationTab::rowOf(Kind kind) const
{
    const QList<ReconcileLine> &lines = m_tab->model()->lines();
    for (int row = 0; row < lines.size(); ++row) {
        if (lines.at(row).kind == kind)
            return row;
    }
    return -1;
}

bool tst_ReconciliationTab::clickFix(int row, bool yes)
{
    bool asked = false;
    QTimer::singleShot(0, this, [this, yes, &asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            QTest::qFail("no question before the fix", __FILE__, __LINE__);
            return;
        }
        asked = true;
        m_questionText = box->text() + QLatin1Char('\n') + box->informativeText();
        m_questionDefaultIsCancel = box->defaultButton() == box->button(QMessageBox::Cancel)
            && box->escapeButton() == box->button(QMessageBox::Cancel);
        if (!yes) {
            QTest::keyClick(box, Qt::Key_Return); // Enter: the default button
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == QMessageBox::AcceptRole)
                button->click();
        }
    });
    QTableView *view = m_tab->view();
    const QModelIndex index = m_tab->model()->index(row, ReconcileModel::FixColumn);
    view->scrollTo(index);
    const QRect cell = view->visualRect(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.topLeft() + QPoint(8, cell.height() / 2));
    return asked;
}

void tst_ReconciliationTab::shoot(const QString &name)
{
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        m_world.translator->setLanguage(language);
        const QString path = saveScreenshot(m_world.window.get(), name + QLatin1Char('_') + language);
        QVERIFY(QFileInfo(path).size() > 0);
        if (language == QLatin1String("ru")) {
            const QList<UntranslatedText> found = m_detector->scan(m_world.window.get());
            for (const UntranslatedText &text : found)
                qWarning("untranslated: %s", qPrintable(text.toString()));
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).toString()));
        }
    }
    m_world.translator->setLanguage(QStringLiteral("en"));
}

void tst_ReconciliationTab::checkShowsProgressThenWhatIsOff()
{
    // Before any check: an invitation, no progress bar.
    QVERIFY(!m_tab->progressBar()->isVisible());
    QVERIFY(m_tab->summaryLabel()->text().contains(QStringLiteral("No check")));
    shoot(QStringLiteral("reconcile_empty"));
    breakTheAccount();
    const int crmPosts = m_world.f->crm->server()->countByMethod("POST");
    const int ctPosts = m_world.f->ct->server()->countByMethod("POST");

    QSignalSpy estimated(m_world.controller.get(), &SyncController::reconcileEstimated);
    QSignalSpy planned(m_world.controller.get(), &SyncController::reconcilePlanned);
    QSignalSpy shown(m_tab, &ReconciliationTab::reportShown);
    QTest::mouseClick(m_tab->checkButton(), Qt::LeftButton);
    // While it runs: the progress bar, Stop, and no second check.
    QVERIFY(m_tab->progressBar()->isVisible());
    QVERIFY(m_tab->stopButton()->isVisible());
    QVERIFY(!m_tab->checkButton()->isEnabled());
    shoot(QStringLiteral("reconcile_running"));
    QVERIFY(!shown.isEmpty() || shown.wait(60000)); // it may have ended while the screenshots were taken
    // It said about how many requests it takes before the first, and exactly before the lookups.
    QCOMPARE(estimated.size(), 1);
    QVERIFY(estimated.first().first().toInt() > 0);
    QCOMPARE(planned.size(), 1);
    QVERIFY(!m_tab->progressBar()->isVisible());
    QVERIFY(m_tab->checkButton()->isEnabled());

    const ReconcileReport report = m_tab->report();
    QCOMPARE(report.lines.size(), 2);
    QCOMPARE(m_tab->model()->rowCount(), 2);
    const QString summary = m_tab->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("Leads in no order: 1")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("differs from the order: 1")));
    QVERIFY(summary.contains(QStringLiteral("nothing was written")));
    const QModelIndex lead = m_tab->model()->index(rowOf(Kind::LeadInNoOrder), ReconcileModel::FixColumn);
    const QModelIndex deal = m_tab->model()->index(rowOf(Kind::DealDiffers), ReconcileModel::FixColumn);
    QCOMPARE(lead.data().toString(), QStringLiteral("Resend the lead"));
    QCOMPARE(deal.data().toString(), QStringLiteral("Push the deal"));
    QVERIFY(m_tab->model()
                ->index(rowOf(Kind::DealDiffers), ReconcileModel::DetailColumn)
                .data()
                .toString()
                .contains(QStringLiteral("99999.00")));
    QCOMPARE(m_tab->model()->index(rowOf(Kind::LeadInNoOrder), ReconcileModel::LeadColumn).data().toString(),
        QStringLiteral("Call %1").arg(m_callA));
    // Nothing was written by the check.
    QCOMPARE(m_world.f->crm->server()->countByMethod("POST"), crmPosts);
    QCOMPARE(m_world.f->ct->server()->countByMethod("POST"), ctPosts);
    shoot(QStringLiteral("reconcile_report"));

    // File > Export writes the table as shown (CSV, UTF-8 with a BOM).
    QVERIFY(m_world.window->exportAction()->isEnabled());
    const QString csvPath = m_world.f->dir.filePath(QStringLiteral("reconciliation.csv"));
    QVERIFY(!m_world.window->exportCurrentTable(csvPath)); // written at once: no running export
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Problem,Date,Lead,Contact,Order,Fix,What is off")),
        qPrintable(lines.first()));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Call %1").arg(m_callA)));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("99999.00")));

    // A small screen: the controls and the summary stay whole, the table scrolls.
    m_world.window->resize(1024, 600);
    shoot(QStringLiteral("reconcile_report_1024"));
    QVERIFY(m_tab->checkButton()->isVisible());
    QVERIFY(m_tab->view()->height() > 100);
}

void tst_ReconciliationTab::fixesAskFirstThenResendAndPush()
{
    breakTheAccount();
    check();
    QCOMPARE(m_tab->model()->rowCount(), 2);
    const QString orderB = QString::number(ordersHolding(m_callB).value(0));
    QSignalSpy answered(m_tab, &ReconciliationTab::fixAnswered);

    // Enter cancels: nothing is sent.
    QVERIFY(clickFix(rowOf(Kind::LeadInNoOrder), false));
    QVERIFY(m_questionDefaultIsCancel);
    QVERIFY2(m_questionText.contains(QStringLiteral("1 lead")), qPrintable(m_questionText));
    QCOMPARE(m_tab->model()->lines().at(rowOf(Kind::LeadInNoOrder)).fix, Fix::None);

    // Resend: the lead gets a new order, once.
    QSignalSpy cycles(m_world.controller.get(), &SyncController::cycleFinished);
    QVERIFY(clickFix(rowOf(Kind::LeadInNoOrder), true));
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.last().at(1).value<Fix>(), Fix::Requested);
    QVERIFY(m_tab->model()
                ->index(rowOf(Kind::LeadInNoOrder), ReconcileModel::FixColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Resent at")));
    QTRY_COMPARE_WITH_TIMEOUT(ordersHolding(m_callA).size(), 1, 30000);
    // A fix that was asked for is no link any more: a second click asks nothing.
    QCOMPARE(m_tab->model()
                 ->index(rowOf(Kind::LeadInNoOrder), ReconcileModel::FixColumn)
                 .data(ReconcileModel::FixRole)
                 .toLongLong(),
        0);

    // Push the deal: Calltouch gets the order's revenue back.
    QVERIFY(clickFix(rowOf(Kind::DealDiffers), true));
    QVERIFY(m_questionDefaultIsCancel);
    QVERIFY2(m_questionText.contains(QStringLiteral("Push the deal of order")), qPrintable(m_questionText));
    QTRY_VERIFY_WITH_TIMEOUT(answered.size() == 2, 10000);
    QCOMPARE(answered.last().at(1).value<Fix>(), Fix::Requested);
    QTRY_VERIFY_WITH_TIMEOUT(m_world.f->ct->deal(orderB).revenue != QStringLiteral("99999.00"), 30000);
    shoot(QStringLiteral("reconcile_fixed"));

    // Checked again once the new order has its deal: everything matches.
    syncNow();
    const ReconcileReport after = check();
    QVERIFY2(after.isClean(), qPrintable(after.summaryText()));
    QCOMPARE(m_tab->model()->rowCount(), 0);
    QVERIFY(m_tab->summaryLabel()->text().contains(QStringLiteral("Everything matches.")));
    QCOMPARE(ordersHolding(m_callA).size(), 1);
    shoot(QStringLiteral("reconcile_clean"));
}

void tst_ReconciliationTab::theLastReportIsShownAfterARestart()
{
    breakTheAccount();
    const ReconcileReport report = check();
    QSignalSpy answered(m_tab, &ReconciliationTab::fixAnswered);
    QVERIFY(clickFix(rowOf(Kind::LeadInNoOrder), true));
    QVERIFY(answered.wait(10000));

    // A new window on the same database, before the engine runs: the kept report with its fix.
    MainWindow restarted(m_world.translator.get());
    QVERIFY(restarted.openDatabase(m_world.f->databasePath()));
    ReconciliationTab *tab = restarted.reconciliationTab();
    QCOMPARE(tab->model()->rowCount(), 2);
    QCOMPARE(tab->report().from, report.from);
    QCOMPARE(tab->report().to, report.to);
    QCOMPARE(tab->fromEdit()->date(), report.from);
    QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("Leads in no order: 1")));
    int resent = 0;
    for (int row = 0; row < tab->model()->rowCount(); ++row) {
        const QString fix = tab->model()->index(row, ReconcileModel::FixColumn).data().toString();
        resent += fix.startsWith(QStringLiteral("Resent at")) ? 1 : 0;
    }
    QCOMPARE(resent, 1);
    // Without a running sync nothing can be checked or fixed.
    QVERIFY(!tab->checkButton()->isEnabled());
}

void tst_ReconciliationTab::stopEndsACheck()
{
    breakTheAccount();
    check(); // a complete report to fall back on
    QSignalSpy cancelled(m_world.controller.get(), &SyncController::reconcileCancelled);
    QTest::mouseClick(m_tab->checkButton(), Qt::LeftButton);
    QVERIFY(m_tab->stopButton()->isVisible());
    QTest::mouseClick(m_tab->stopButton(), Qt::LeftButton);
    QVERIFY(cancelled.wait(10000));
    QVERIFY(!m_tab->progressBar()->isVisible());
    QVERIFY(m_tab->checkButton()->isEnabled());
    QVERIFY(m_tab->stateLabel()->text().contains(QStringLiteral("stopped")));
    QCOMPARE(m_tab->model()->rowCount(), 2); // the last complete check stays
    // And the sync goes on after it.
    syncNow();
}

void tst_ReconciliationTab::aReportKeptByTheCommandLineShowsWhenTheTabIsShown()
{
    QVERIFY(m_tab->summaryLabel()->text().contains(QStringLiteral("No check")));
    m_world.window->tabs()->setCurrentIndex(MainWindow::RunLogTab);
    breakTheAccount();
    // What `leadbridge --reconcile` does: a Reconciler of its own, the report kept through another
    // connection to the database.
    Reconciler reconciler(m_world.f->config);
    SyncFixture *fixture = m_world.f.get();
    reconciler.setClock([fixture] { return fixture->now; });
    reconciler.setRateLimitsEnabled(false);
    QSignalSpy finished(&reconciler, &Reconciler::finished);
    reconciler.run(m_world.f->now.date().addDays(-6), m_world.f->now.date());
    QVERIFY(finished.wait(30000));
    ReconcileReport report = reconciler.report();
    report.ranAt = m_world.f->now;
    Store store(QStringLiteral("command line"));
    QVERIFY(store.open(m_world.f->databasePath()).isOk());
    QVERIFY(ReconcileStore(store).save(report).ok);

    m_world.window->tabs()->setCurrentIndex(MainWindow::ReconcileTab);
    QCOMPARE(m_tab->model()->rowCount(), 2);
    QCOMPARE(m_tab->fromEdit()->date(), m_world.f->now.date().addDays(-6));
    QVERIFY(m_tab->summaryLabel()->text().contains(QStringLiteral("Leads in no order: 1")));
    // Its fixes work from the window.
    QSignalSpy answered(m_tab, &ReconciliationTab::fixAnswered);
    QVERIFY(clickFix(rowOf(Kind::DealDiffers), true));
    QVERIFY(answered.wait(10000));
    QCOMPARE(answered.first().at(1).value<Fix>(), Fix::Requested);
}

QTEST_MAIN(tst_ReconciliationTab)
#include "tst_reconciliationtab.moc"
