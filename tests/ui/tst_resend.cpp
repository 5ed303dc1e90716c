// Resend and counts as an admin sees them (issue 14 points 1, 2, 7): the real engine in its thread
// (SyncController) against the simulated services, the real main window offscreen. A resend asks first
// (Cancel is the default), keeps a lead that is in its order as it was, adds the attempt to its history
// and refreshes an open details dialog; the dashboard, the Leads tab and the Orders tab count alike.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>

#include "dashboard.h"
#include "desktopworld.h"
#include "detailsdialog.h"
#include "mainwindow.h"
#include "models/pagedtablemodel.h"
#include "resendconfirmation.h"
#include "screenshots.h"
#include "store/queries/dashboardquery.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "syncfixture.h"
#include "tabletab.h"
#include "translator.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_Resend : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dashboardLeadsAndOrdersTabsAgree();
    void toolbarResendAsksAndEnterCancels();
    void resentLeadKeepsItsOrderAndTheOpenDialogShowsTheAttempt();
    void orderDetailsShowContactAndUtm();
    void waitingLeadSaysWhenAndWhy();

private:
    /// Answers the next resend confirmation: presses Enter (the default), or clicks "Resend".
    void answerConfirmation(bool resend, int expectedLeads);
    /// Runs a cycle through the controller and waits for it.
    void syncNow();
    qint64 leadId(qint64 callId) const;
    /// The Leads tab's and the Orders tab's row counts for a status filter.
    int tabCount(MainWindow::Tab tab, const QString &status) const;

    TestSupport::DesktopWorld m_world;
    QString m_confirmationText;
    bool m_confirmationDefaultIsCancel = false;
    int m_confirmations = 0;
    qint64 m_calls[6] = {};
    QString m_phoneB;
};

void tst_Resend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_Resend::init()
{
    m_world = {};
    SyncFixture &f = *m_world.f;
    // A: a new caller calls twice (created, then skipped: the order has the first lead).
    m_calls[0] = f.ct->addCall(f.now.addSecs(-900), QStringLiteral("+7 916 555 12 34"),
        QStringLiteral("yandex"), QStringLiteral("cpc"), QStringLiteral("winter"));
    m_calls[1] = f.ct->addCall(f.now.addSecs(-800), QStringLiteral("89165551234"));
    // B: a customer with an open order without a lead (updated, then skipped).
    m_phoneB = QStringLiteral("+79035550011");
    const qint64 customerB = f.addCustomer(m_phoneB);
    f.addOrder(customerB, QStringLiteral("new"));
    m_calls[2] = f.ct->addCall(f.now.addSecs(-700), m_phoneB, QStringLiteral("google"), QStringLiteral("cpc"),
        QStringLiteral("sofa"));
    m_calls[3] = f.ct->addCall(f.now.addSecs(-600), m_phoneB);
    // C: a customer whose newest order is completed (a new order is created).
    const qint64 customerC = f.addCustomer(QStringLiteral("+79265550022"));
    f.addOrder(customerC, QStringLiteral("complete"));
    m_calls[4] = f.ct->addCall(f.now.addSecs(-500), QStringLiteral("+79265550022"));
    // D: a call too recent to send (it waits for the delay).
    m_calls[5] = f.ct->addCall(f.now.addSecs(-10), QStringLiteral("+79995550033"));

    QVERIFY(m_world.start());
    QCOMPARE(f.crm->orders().size(), 4); // B's, C's completed one, A's and C's new one
    m_confirmations = 0;
}

void tst_Resend::cleanup()
{
    QVERIFY(m_world.stop());
}

void tst_Resend::syncNow()
{
    QVERIFY(m_world.syncNow());
}

qint64 tst_Resend::leadId(qint64 callId) const
{
    return m_world.f
        ->sql(QStringLiteral("SELECT id FROM leads WHERE remote_id=?"), { QString::number(callId) })
        .toLongLong();
}

int tst_Resend::tabCount(MainWindow::Tab tab, const QString &status) const
{
    PagedTableModel *model = m_world.window->tableTab(tab)->model();
    model->setStatusFilter(status);
    const int count = model->matchingCount();
    model->setStatusFilter(QString());
    return count;
}

void tst_Resend::answerConfirmation(bool resend, int expectedLeads)
{
    QTimer::singleShot(0, this, [this, resend, expectedLeads] {
        auto *box = qobject_cast<ResendConfirmation *>(QApplication::activeModalWidget());
        if (!box) {
            QTimer::singleShot(
                20, this, [this, resend, expectedLeads] { answerConfirmation(resend, expectedLeads); });
            return;
        }
        ++m_confirmations;
        m_confirmationText = box->text() + QLatin1Char('\n') + box->informativeText();
        TestSupport::saveScreenshot(box, QStringLiteral("resend_confirmation_en"));
        m_confirmationDefaultIsCancel = box->defaultButton() == box->cancelButton()
            && !box->resendButton()->isDefault() && box->escapeButton() == box->cancelButton();
        Q_UNUSED(expectedLeads);
        if (resend)
            box->resendButton()->click();
        else
            QTest::keyClick(box, Qt::Key_Return); // Enter: the default button, Cancel
    });
}

void tst_Resend::dashboardLeadsAndOrdersTabsAgree()
{
    // What the engine did, per lead: A created + skipped, B updated + skipped, C created.
    Dashboard *dashboard = m_world.window->dashboard();
    QSignalSpy refreshed(dashboard, &Dashboard::refreshed);
    dashboard->refresh();
    QVERIFY(refreshed.wait(10000));
    const QMap<Db::OrderAction, int> pie = dashboard->numbers().orderActions;
    QCOMPARE(pie.value(Db::OrderAction::Created), 2);
    QCOMPARE(pie.value(Db::OrderAction::Updated), 1);
    QCOMPARE(pie.value(Db::OrderAction::Skipped), 2);
    // The Leads tab's filters and the Orders tab (one row per lead→order action) say the same.
    for (const auto action :
        { Db::OrderAction::Created, Db::OrderAction::Updated, Db::OrderAction::Skipped }) {
        const QString key = Db::toDb(action);
        QCOMPARE(tabCount(MainWindow::LeadsTab, key), pie.value(action));
        QCOMPARE(tabCount(MainWindow::OrdersTab, key), pie.value(action));
    }
    QCOMPARE(m_world.window->tableTab(MainWindow::OrdersTab)->model()->matchingCount(), 5);
    // An order with a created and a skipped lead shows both rows, not only the last action.
    const QString numberA =
        m_world.f->sql(QStringLiteral("SELECT order_number FROM leads WHERE id=?"), { leadId(m_calls[0]) })
            .toString();
    PagedTableModel *orders = m_world.window->tableTab(MainWindow::OrdersTab)->model();
    orders->setTextFilter(numberA);
    QCOMPARE(orders->matchingCount(), 2);
    orders->setTextFilter(QString());
    // After a resend of everything that is in an order, nothing moves.
    for (const int index : { 0, 1, 2, 3, 4 }) {
        QSignalSpy processed(m_world.controller.get(), &SyncController::leadProcessed);
        m_world.controller->resendLead(leadId(m_calls[index]));
        QVERIFY(processed.wait(20000));
    }
    QSignalSpy again(dashboard, &Dashboard::refreshed);
    dashboard->refresh();
    QVERIFY(again.wait(10000));
    QCOMPARE(dashboard->numbers().orderActions, pie);
    QCOMPARE(tabCount(MainWindow::LeadsTab, QStringLiteral("created")), 2);
    QCOMPARE(tabCount(MainWindow::OrdersTab, QStringLiteral("skipped")), 2);
    QCOMPARE(m_world.f->crm->orders().size(), 4);
    QCOMPARE(m_world.f->crm->customers().size(), 3);
}

void tst_Resend::toolbarResendAsksAndEnterCancels()
{
    const qint64 id = leadId(m_calls[0]);
    m_world.window->tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TableTab *leads = m_world.window->tableTab(MainWindow::LeadsTab);
    QTRY_VERIFY(leads->model()->rowOfId(id) >= 0);
    leads->view()->selectRow(leads->model()->rowOfId(id));
    leads->view()->selectionModel()->select(
        leads->model()->index(leads->model()->rowOfId(leadId(m_calls[4])), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(m_world.window->selectedLeadIds().size(), 2);
    QVERIFY(m_world.window->resendAction()->isEnabled());
    const int outcomesBefore = m_world.f->sql(QStringLiteral("SELECT count(*) FROM lead_outcomes")).toInt();
    QSignalSpy processed(m_world.controller.get(), &SyncController::leadProcessed);

    // Enter cancels: nothing is queued.
    answerConfirmation(false, 2);
    m_world.window->resendAction()->trigger();
    QCOMPARE(m_confirmations, 1);
    QVERIFY(m_confirmationDefaultIsCancel);
    QVERIFY2(m_confirmationText.contains(QStringLiteral("Send 2 lead")), qPrintable(m_confirmationText));
    QVERIFY(m_confirmationText.contains(QStringLiteral("keeps its result")));

    // "Resend" sends both; only these two are processed (the cancelled request sent nothing).
    answerConfirmation(true, 2);
    m_world.window->resendAction()->trigger();
    QCOMPARE(m_confirmations, 2);
    QTRY_VERIFY_WITH_TIMEOUT(processed.size() >= 2, 20000);
    syncNow(); // anything still queued would be processed here
    QCOMPARE(processed.size(), 2);
    QCOMPARE(
        m_world.f->sql(QStringLiteral("SELECT count(*) FROM lead_outcomes")).toInt(), outcomesBefore + 2);
    QCOMPARE(m_world.f->crm->orders().size(), 4);
}

void tst_Resend::resentLeadKeepsItsOrderAndTheOpenDialogShowsTheAttempt()
{
    const qint64 id = leadId(m_calls[0]);
    const QString number =
        m_world.f->sql(QStringLiteral("SELECT order_number FROM leads WHERE id=?"), { id }).toString();
    QVERIFY(!number.isEmpty());
    DetailsDialog *dialog = m_world.window->showDetails(MainWindow::LeadsTab, id);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->historyTable()->rowCount(), 1);
    QVERIFY(dialog->summaryTexts().contains(QStringLiteral("Customer and order created")));
    const int attemptsRow = int(dialog->summaryTexts().indexOf(QStringLiteral("Attempts:")));
    QVERIFY(attemptsRow >= 0);
    QCOMPARE(dialog->summaryTexts().at(attemptsRow + 1), QStringLiteral("1"));

    // Enter in the dialog does not resend: Close is the default.
    QSignalSpy requested(dialog, &DetailsDialog::resendRequested);
    QVERIFY(!dialog->resendButton()->isDefault());
    QVERIFY(!dialog->resendButton()->autoDefault());
    QTest::keyClick(dialog, Qt::Key_Return);
    QVERIFY(requested.isEmpty());
    QVERIFY(!dialog->isVisible());

    dialog = m_world.window->showDetails(MainWindow::LeadsTab, id);
    QVERIFY(dialog);
    QSignalSpy processed(m_world.controller.get(), &SyncController::leadProcessed);
    answerConfirmation(true, 1);
    dialog->resendButton()->click();
    QCOMPARE(m_confirmations, 1);
    QVERIFY(m_confirmationText.contains(QStringLiteral("1 lead")));
    QVERIFY(processed.wait(20000));
    // The open dialog shows the new attempt; the lead still says what it did.
    QTRY_COMPARE(dialog->historyTable()->rowCount(), 2);
    const QString why = dialog->historyTable()->item(1, 3)->text();
    QVERIFY2(why.contains(QStringLiteral("Already in order %1 (by this lead)").arg(number)), qPrintable(why));
    QCOMPARE(dialog->historyTable()->item(1, 2)->text(), number);
    QCOMPARE(dialog->historyTable()->item(1, 1)->text(), QStringLiteral("Checked again: in its order"));
    QCOMPARE(dialog->historyTable()->item(0, 1)->text(), QStringLiteral("Customer and order created"));
    QVERIFY(dialog->summaryTexts().contains(QStringLiteral("Customer and order created")));
    QCOMPARE(dialog->summaryTexts().at(int(dialog->summaryTexts().indexOf(QStringLiteral("Attempts:"))) + 1),
        QStringLiteral("2"));
    QVERIFY(!dialog->summaryTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Skipped")));
    TestSupport::saveScreenshot(dialog, QStringLiteral("details_lead_resent_en"));
    // Nothing was written to the CRM; the lead row kept its result.
    QCOMPARE(m_world.f->crm->orders().size(), 4);
    QCOMPARE(m_world.f->crm->customers().size(), 3);
    QCOMPARE(m_world.f->sql(QStringLiteral("SELECT state || '/' || action FROM leads WHERE id=?"), { id })
                 .toString(),
        QStringLiteral("done/created-customer-and-order"));
}

void tst_Resend::orderDetailsShowContactAndUtm()
{
    const qint64 id = leadId(m_calls[2]); // B's first call: it updated B's order
    DetailsDialog *dialog = m_world.window->showDetails(MainWindow::OrdersTab, id);
    QVERIFY(dialog);
    const QString texts = dialog->summaryTexts().join(QLatin1Char('\n'));
    QVERIFY2(texts.contains(m_phoneB), qPrintable(texts));
    QVERIFY(texts.contains(QStringLiteral("utm_source=google")));
    QVERIFY(texts.contains(QStringLiteral("utm_campaign=sofa")));
    QVERIFY(dialog->summaryTexts().contains(QStringLiteral("Updated")));
    QVERIFY(dialog->summaryTexts().contains(QStringLiteral("E-mail:")));
}

void tst_Resend::waitingLeadSaysWhenAndWhy()
{
    const qint64 id = leadId(m_calls[5]);
    QCOMPARE(m_world.f->sql(QStringLiteral("SELECT state FROM leads WHERE id=?"), { id }).toString(),
        QStringLiteral("waiting"));
    DetailsDialog *dialog = m_world.window->showDetails(MainWindow::LeadsTab, id);
    QVERIFY(dialog);
    const QStringList texts = dialog->summaryTexts();
    const int when = int(texts.indexOf(QStringLiteral("Will be sent:")));
    QVERIFY2(when >= 0, qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(texts.at(when + 1), QStringLiteral("with the next sync"));
    QVERIFY(texts.contains(QStringLiteral("Why it waits:")));
    QCOMPARE(dialog->historyTable()->rowCount(), 0);
}

QTEST_MAIN(tst_Resend)
#include "tst_resend.moc"
