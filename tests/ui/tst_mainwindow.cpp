#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard.h"
#include "detailsdialog.h"
#include "mainwindow.h"
#include "models/errormodel.h"
#include "models/leadmodel.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/store.h"
#include "tabletab.h"
#include "translator.h"
#include "uitestdata.h"

using namespace LeadBridge;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void opensWithTheTabs();
    void filtersNarrowTheRows();
    void statusComboFilters();
    void detailsDialogOpens();
    void errorsTabResendsLeadItems();
    void statusBarShowsEngineStatus();
    void closeHidesWhenTrayExists();
    void storeFailureShowsABanner();
    void switchesLanguageWithoutRestart();
    void screenshotsOfEveryTab();

private:
    QString seededDatabase();
    QTemporaryDir m_dir;
    QString m_db;
};

void tst_MainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

QString tst_MainWindow::seededDatabase()
{
    if (!m_db.isEmpty())
        return m_db;
    m_db = m_dir.filePath(QStringLiteral("leadbridge.db"));
    Store store(QStringLiteral("seed"));
    if (!store.open(m_db).isOk())
        return {};
    TestSupport::seedLeads(store, 1500);
    TestSupport::seedOutcomes(store, 5);
    TestSupport::seedOrders(store);
    TestSupport::seedDeals(store, 400);
    TestSupport::seedErrors(store, 40);
    return m_db;
}

void tst_MainWindow::opensWithTheTabs()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), 5);
    QCOMPARE(window.tabs()->tabText(MainWindow::DashboardTab), QStringLiteral("Dashboard"));
    QCOMPARE(window.tabs()->tabText(MainWindow::LeadsTab), QStringLiteral("Leads"));
    QCOMPARE(window.tabs()->tabText(MainWindow::ErrorsTab), QStringLiteral("Errors"));
    // Without a controller the sync actions are off, and nothing crashes.
    QVERIFY(!window.syncNowAction()->isEnabled());
    window.syncNowAction()->trigger();
    QVERIFY(window.statusText().contains(QStringLiteral("not running")));
    QCOMPARE(window.tableTab(MainWindow::LeadsTab)->model()->rowCount(), 0);
}

void tst_MainWindow::filtersNarrowTheRows()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    window.show();
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TableTab *leads = window.tableTab(MainWindow::LeadsTab);
    QCOMPARE(leads->model()->matchingCount(), 1500);
    QTest::keyClicks(leads->filterEdit(), QStringLiteral("yandex"));
    QTRY_COMPARE(leads->model()->textFilter(), QStringLiteral("yandex"));
    QCOMPARE(leads->model()->matchingCount(), 300);
    QCOMPARE(leads->view()->model()->index(0, LeadModel::UtmSourceColumn).data().toString(),
        QStringLiteral("yandex"));
    leads->filterEdit()->clear();
    leads->applyFilterNow();
    QCOMPARE(leads->model()->matchingCount(), 1500);
}

void tst_MainWindow::statusComboFilters()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    window.show();
    TableTab *leads = window.tableTab(MainWindow::LeadsTab);
    QComboBox *combo = leads->statusCombo();
    QVERIFY(combo->count() >= 6);
    combo->setCurrentIndex(combo->findData(QStringLiteral("failed")));
    QCOMPARE(leads->model()->statusFilter(), QStringLiteral("failed"));
    QVERIFY(leads->model()->rowCount() > 0);
    for (int row = 0; row < leads->model()->rowCount(); ++row)
        QVERIFY(leads->model()
                    ->index(row, LeadModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Failed")));
    TableTab *errors = window.tableTab(MainWindow::ErrorsTab);
    errors->statusCombo()->setCurrentIndex(errors->statusCombo()->findData(QStringLiteral("open")));
    QCOMPARE(errors->model()->rowCount(), 27);
}

void tst_MainWindow::detailsDialogOpens()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TableTab *leads = window.tableTab(MainWindow::LeadsTab);
    leads->filterEdit()->setText(QStringLiteral("512340005"));
    leads->applyFilterNow();
    QCOMPARE(leads->model()->rowCount(), 1);
    // A double-click on the row opens it.
    QTRY_VERIFY(leads->view()->isVisible());
    const QRect cell = leads->view()->visualRect(leads->model()->index(0, LeadModel::ContactColumn));
    QVERIFY(cell.isValid());
    QTest::mouseClick(leads->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(leads->view()->viewport(), Qt::LeftButton, {}, cell.center());
    DetailsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<DetailsDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->id(), 5);
    QVERIFY(dialog->rawText().contains(QStringLiteral("\"utm_source\": \"")));
    QCOMPARE(dialog->historyTable()->rowCount(), 2);
    QVERIFY(dialog->summaryTexts().join(QLatin1Char('\n')).contains(QStringLiteral("What happened:")));
    TestSupport::saveScreenshot(dialog, QStringLiteral("details_lead_en"));
    dialog->close();

    DetailsDialog *deal = window.showDetails(MainWindow::DealsTab, 10005);
    QVERIFY(deal);
    QVERIFY(deal->summaryTexts().contains(QStringLiteral("Lead not found")));
    QVERIFY(deal->summaryTexts().join(QLatin1Char('\n')).contains(QStringLiteral("12 months")));
    TestSupport::saveScreenshot(deal, QStringLiteral("details_deal_en"));
    deal->close();
    QVERIFY(window.showDetails(MainWindow::DealsTab, 999999) == nullptr);
    DetailsDialog *order = window.showDetails(MainWindow::OrdersTab, 10004);
    QVERIFY(order);
    order->close();
    DetailsDialog *error = window.showDetails(MainWindow::ErrorsTab, 1);
    QVERIFY(error);
    error->close();
}

void tst_MainWindow::errorsTabResendsLeadItems()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    window.show();
    window.tabs()->setCurrentIndex(MainWindow::ErrorsTab);
    TableTab *errors = window.tableTab(MainWindow::ErrorsTab);
    errors->view()->selectRow(0); // lead:request:512340001
    errors->view()->selectionModel()->select(
        errors->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(window.selectedLeadIds(), QList<qint64> { 1 });
    QCOMPARE(window.selectedDealIds(), QList<qint64> { 10002 });
    window.tabs()->setCurrentIndex(MainWindow::DealsTab);
    window.tableTab(MainWindow::DealsTab)->view()->selectRow(0);
    QCOMPARE(window.selectedDealIds().size(), 1);
}

void tst_MainWindow::statusBarShowsEngineStatus()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    EngineStatus status;
    status.connected = true;
    status.running = true;
    status.lastSync = QDateTime::currentDateTimeUtc().addSecs(-30);
    status.nextSync = QDateTime::currentDateTimeUtc().addSecs(30);
    status.backlog = 3;
    window.setEngineStatus(status);
    QVERIFY(window.statusText().contains(QStringLiteral("Connected")));
    QVERIFY(window.statusText().contains(QStringLiteral("Last sync: ")));
    QVERIFY(window.statusText().contains(QStringLiteral("Next sync: ")));
    QVERIFY(window.statusText().contains(QStringLiteral("3 lead")));
    status.paused = true;
    window.setEngineStatus(status);
    QVERIFY(window.statusText().contains(QStringLiteral("Paused")));
    QVERIFY(window.pauseAction()->isChecked());
    QCOMPARE(window.pauseAction()->text(), QStringLiteral("&Resume"));
    window.showCredentialsProblem(QStringLiteral("retailCRM"), QStringLiteral("The key was rejected."));
}

void tst_MainWindow::closeHidesWhenTrayExists()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setHideOnClose(true);
    QSignalSpy hidden(&window, &MainWindow::hiddenToTray);
    window.close();
    QCOMPARE(hidden.count(), 1);
    QVERIFY(!window.isVisible());
    window.showAction()->trigger();
    QVERIFY(window.isVisible());
}

void tst_MainWindow::storeFailureShowsABanner()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto banner = [&window]() -> QLabel * {
        const QList<QLabel *> labels = window.findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->isVisible() && label->text().contains(QLatin1String("The local database failed")))
                return label;
        }
        return nullptr;
    };
    QVERIFY(!banner());
    window.showStoreProblem(QStringLiteral("The local database /x.db cannot be written: disk full."));
    QVERIFY(banner());
    QVERIFY(banner()->text().contains(QLatin1String("disk full")));
}

void tst_MainWindow::switchesLanguageWithoutRestart()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy headers(
        window.tableTab(MainWindow::LeadsTab)->model(), &QAbstractItemModel::headerDataChanged);
    translator.setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(window.tabs()->tabText(MainWindow::LeadsTab), QStringLiteral("Лиды"));
    QCOMPARE(window.tabs()->tabText(MainWindow::DealsTab), QStringLiteral("Сделки"));
    QVERIFY(headers.count() >= 1);
    translator.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.tabs()->tabText(MainWindow::LeadsTab), QStringLiteral("Leads"));
    QCOMPARE(
        window.tableTab(MainWindow::LeadsTab)->model()->headerData(LeadModel::KindColumn, Qt::Horizontal),
        QVariant(QStringLiteral("Kind")));
}

void tst_MainWindow::screenshotsOfEveryTab()
{
    Translator translator;
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    EngineStatus status;
    status.connected = true;
    status.lastSync = QDateTime::currentDateTimeUtc().addSecs(-42);
    status.nextSync = QDateTime::currentDateTimeUtc().addSecs(18);
    status.backlog = 2;
    window.setEngineStatus(status);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.dashboard()->isRefreshing()); // the charts are computed in the background
    const QStringList names { QStringLiteral("dashboard"), QStringLiteral("leads"), QStringLiteral("orders"),
        QStringLiteral("deals"), QStringLiteral("errors") };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        translator.setLanguage(language);
        QCoreApplication::processEvents();
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            const QString path = TestSupport::saveScreenshot(
                &window, QStringLiteral("mainwindow_%1_%2").arg(names.at(tab), language));
            QVERIFY(QFileInfo(path).size() > 0);
        }
    }
    AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(&settings, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    TestSupport::saveScreenshot(&dialog, QStringLiteral("settings_ru"));
    translator.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    TestSupport::saveScreenshot(&dialog, QStringLiteral("settings_en"));
    QCOMPARE(dialog.delaySpin()->value(), 60);
    dialog.delaySpin()->setValue(90);
    dialog.kindBox(QStringLiteral("chat"))->setChecked(false);
    dialog.accept();
    QCOMPARE(settings.leadDelaySeconds(), 90);
    QCOMPARE(settings.leadKinds(), (QStringList { QStringLiteral("call"), QStringLiteral("request") }));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
