// The wizard's preview of the first sync (issue 17, the dry run), offscreen against the simulated
// services: the counts and the table, nothing written (zero POSTs), the CSV export, and the "start
// syncing from" choice that sets the Since page's date and so the saved sync/since.
#include <QFile>
#include <QHeaderView>
#include <QTableView>

#include "models/previewmodel.h"
#include "sync/dryrun.h"
#include "wizard/previewpage.h"
#include "wizardtestbase.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;
using Outcome = DryRunRow::Outcome;

class tst_PreviewPage : public WizardTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void previewShowsWhatWouldHappenAndWritesNothing();

private:
    static int rowWith(PreviewModel *model, Outcome outcome);
};

void tst_PreviewPage::initTestCase()
{
    startServices();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    RetailCrm::Customer customer;
    customer.firstName = QStringLiteral("Ирина");
    customer.lastName = QStringLiteral("Соколова");
    customer.phones << QStringLiteral("+7 903 111-00-02");
    customer.createdAt = now.addDays(-60);
    RetailCrm::Order order;
    order.customerId = m_crm.addCustomer(customer);
    order.status = QStringLiteral("new");
    order.createdAt = now.addDays(-3);
    QVERIFY(m_crm.addOrder(order) != 0);
    m_calltouch.addCall(now.addSecs(-5400), QStringLiteral("8 903 111 00 01"), QStringLiteral("yandex"),
        QStringLiteral("cpc"), QStringLiteral("winter"));
    m_calltouch.addCall(now.addSecs(-3600), QStringLiteral("+79031110002"));
    m_calltouch.addRequest(
        now.addSecs(-1800), {}, {}, QStringLiteral("Гость"), QStringLiteral("Обратный звонок"));
    m_calltouch.addCall(now.addDays(-9), QStringLiteral("+79031110003")); // outside the default 7 days
}

int tst_PreviewPage::rowWith(PreviewModel *model, Outcome outcome)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PreviewModel::OutcomeRole).toInt() == int(outcome))
            return row;
    }
    return -1;
}

void tst_PreviewPage::previewShowsWhatWouldHappenAndWritesNothing()
{
    Fixture f(m_dir.filePath(QStringLiteral("preview.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    QSignalSpy finished(&wizard, &SetupWizard::setupFinished);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    passRetailCrm(wizard);
    calltouchPage(wizard)->siteIdEdit()->setText(m_calltouch.siteId());
    calltouchPage(wizard)->tokenEdit()->setText(m_calltouch.token());
    calltouchPage(wizard)->apiUrlEdit()->setText(m_calltouch.url().toString());
    passCalltouchAndSince(wizard); // "Today", the default
    wizard.next();
    createFields(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::ChatsPageId));
    // From here on, nothing may be written to either service.
    m_crm.server()->resetCounters();
    m_calltouch.server()->resetCounters();
    const int ordersBefore = int(m_crm.orders().size());
    const int customersBefore = int(m_crm.customers().size());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::PreviewPageId));
    auto *page = qobject_cast<PreviewPage *>(wizard.currentPage());
    QVERIFY(page);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // the preview is optional
    QCOMPARE(page->daysSpin()->value(), 7);
    QTRY_VERIFY_WITH_TIMEOUT(page->report().finished && !page->isRunning(), kCheckTimeoutMs);

    // The counts above: three leads of the last 7 days, one of each outcome.
    const QString counts = page->countsLabel()->text();
    QVERIFY2(
        counts.contains(QStringLiteral("3 lead(s) read from Calltouch: 1 new customer(s) with an order")),
        qPrintable(counts));
    QVERIFY2(counts.contains(QStringLiteral("1 open order(s) completed with the lead")), qPrintable(counts));
    QVERIFY2(counts.contains(QStringLiteral("nothing was written")), qPrintable(counts));
    // The table below, a row per lead.
    PreviewModel *model = page->model();
    QCOMPARE(page->table()->model(), model);
    QCOMPARE(model->rowCount(), 3);
    const int created = rowWith(model, Outcome::CreateCustomerAndOrder);
    QVERIFY(created >= 0);
    QCOMPARE(
        model->index(created, PreviewModel::ContactColumn).data().toString(), QStringLiteral("+79031110001"));
    QCOMPARE(model->index(created, PreviewModel::OutcomeColumn).data().toString(),
        QStringLiteral("Create customer and order"));
    const int updated = rowWith(model, Outcome::UpdateOrder);
    QVERIFY(updated >= 0);
    QCOMPARE(model->index(updated, PreviewModel::CustomerColumn).data().toString(),
        QStringLiteral("Ирина Соколова"));
    QVERIFY(!model->index(updated, PreviewModel::OrderColumn).data().toString().isEmpty());
    QVERIFY(rowWith(model, Outcome::NoContact) >= 0);
    QCOMPARE(model->headerData(PreviewModel::OutcomeColumn, Qt::Horizontal).toString(),
        QStringLiteral("What would happen"));

    // Nothing was written: zero POSTs in both services, no order, no customer.
    QCOMPARE(m_crm.server()->countByMethod("POST"), 0);
    QCOMPARE(m_calltouch.server()->countByMethod("POST"), 0);
    QVERIFY(m_crm.server()->countByMethod("GET") > 0);
    QCOMPARE(int(m_crm.orders().size()), ordersBefore);
    QCOMPARE(int(m_crm.customers().size()), customersBefore);
    QCOMPARE(page->report().writesRefused, 0);

    shoot(wizard, QStringLiteral("wizard_5c_preview"));

    // The CSV: a BOM, the header and a line per lead.
    const QString csvPath = m_dir.filePath(QStringLiteral("preview.csv"));
    QString error;
    QVERIFY(page->exportButton()->isEnabled());
    QVERIFY2(page->exportCsv(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(bytes.count("\r\n"), 4);
    QVERIFY(bytes.contains("Ирина Соколова"));
    QVERIFY(!page->exportCsv(m_dir.filePath(QStringLiteral("no-such-folder/preview.csv")), &error));
    QVERIFY(!error.isEmpty());

    // More days: the older lead appears too (read again, still without a write).
    page->daysSpin()->setValue(10);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() == 4 && !page->isRunning(), kCheckTimeoutMs);
    QCOMPARE(m_crm.server()->countByMethod("POST"), 0);

    // "Start syncing from": the Since page holds the one date that is saved.
    auto *since = qobject_cast<SincePage *>(wizard.page(SetupWizard::SincePageId));
    QVERIFY(page->startTodayButton()->isChecked()); // the Since page said "Today"
    QTest::mouseClick(page->includeButton(), Qt::LeftButton);
    QCOMPARE(since->since(), QDate::currentDate().addDays(-9));
    page->daysSpin()->setValue(7);
    QCOMPARE(since->since(), QDate::currentDate().addDays(-6));
    QTest::mouseClick(page->startTodayButton(), Qt::LeftButton);
    QCOMPARE(since->since(), QDate::currentDate());
    QTest::mouseClick(page->includeButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), kCheckTimeoutMs);

    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::FinishPageId));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(f.settings.since(), QDate::currentDate().addDays(-6));
    QCOMPARE(m_crm.server()->countByMethod("POST"), 0);
    QCOMPARE(m_calltouch.server()->countByMethod("POST"), 0);
}

QTEST_MAIN(tst_PreviewPage)
#include "tst_previewpage.moc"
