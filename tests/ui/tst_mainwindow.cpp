#include <QAbstractAxis>
#include <QAction>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard.h"
#include "detailsdialog.h"
#include "emptystate.h"
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
#include "windowlayout.h"

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
    void emptyStateOffersSetupAndSandbox();
    void emptyChartsHideTheirAxes();
    void fitsTheScreenAndSmallScreens();
    void layoutIsRemembered();
    void elidedCellsHaveTheFullTextAsTooltip();

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
    QCOMPARE(window.tabs()->count(), 6);
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

void tst_MainWindow::emptyStateOffersSetupAndSandbox()
{
    // The wizard was cancelled: the window says so and offers the wizard and the sandbox, not an empty
    // dashboard and "Sync is not running".
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QSignalSpy setup(&window, &MainWindow::setupWizardRequested);
    QSignalSpy sandbox(&window, &MainWindow::sandboxRequested);
    window.setSetupNeeded(true);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.emptyState()->isVisible());
    QVERIFY(!window.tabs()->isVisible());
    QVERIFY2(window.statusText().contains(QStringLiteral("Not set up yet")), qPrintable(window.statusText()));
    QCOMPARE(window.emptyState()->setupButton()->text(), QStringLiteral("Set up now"));
    QCOMPARE(window.emptyState()->sandboxButton()->text(), QStringLiteral("Try the sandbox"));
    TestSupport::saveScreenshot(&window, QStringLiteral("main_empty_state_en"));
    translator.setLanguage(QStringLiteral("ru"));
    TestSupport::saveScreenshot(&window, QStringLiteral("main_empty_state_ru"));
    translator.setLanguage(QStringLiteral("en"));
    QTest::mouseClick(window.emptyState()->setupButton(), Qt::LeftButton);
    QCOMPARE(setup.count(), 1);
    QTest::mouseClick(window.emptyState()->sandboxButton(), Qt::LeftButton);
    QCOMPARE(sandbox.count(), 1);
    window.setSetupNeeded(false);
    QVERIFY(!window.emptyState()->isVisible());
    QVERIFY(window.tabs()->isVisible());
}

void tst_MainWindow::emptyChartsHideTheirAxes()
{
    const auto visibleAxes = [](const QList<QChartView *> &views) {
        QStringList axes;
        for (QChartView *view : views) {
            for (QAbstractAxis *axis : view->chart()->axes()) {
                if (axis->isVisible())
                    axes << view->chart()->title();
            }
        }
        return axes;
    };
    // No data: no scale of zeros ("0 0 0 1 1 1"), only the days under the leads chart.
    Dashboard empty;
    empty.resize(900, 500);
    const QList<QChartView *> views = empty.findChildren<QChartView *>();
    QCOMPARE(views.size(), 3);
    const QStringList shown = visibleAxes(views);
    QCOMPARE(shown.size(), 1);
    QVERIFY2(
        shown.first().contains(QStringLiteral("Leads per day")), qPrintable(shown.join(QLatin1Char(','))));
    TestSupport::saveScreenshot(&empty, QStringLiteral("dashboard_empty_en"));
    // With data every axis is there.
    Store store(QStringLiteral("axes"));
    QVERIFY(store.open(seededDatabase()).isOk());
    Dashboard full;
    QSignalSpy filled(&full, &Dashboard::refreshed);
    full.setStore(&store);
    // The figures are read in the background; the axes appear when they arrive.
    QTRY_COMPARE(visibleAxes(full.findChildren<QChartView *>()).size(), 4);
    QVERIFY(filled.count() >= 1);
    full.setStore(nullptr);
}

void tst_MainWindow::fitsTheScreenAndSmallScreens()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("ru")); // the longer texts
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The first size fits the available screen (what is left by panels and taskbars).
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(available.contains(window.frameGeometry())
            || available.size().boundedTo(window.size()) == window.size(),
        qPrintable(QStringLiteral("%1x%2 on %3x%4")
                       .arg(window.width())
                       .arg(window.height())
                       .arg(available.width())
                       .arg(available.height())));
    // 1366×768 less a 40 px panel: the window and its frame fit (the old fixed 1280×780 did not).
    QVERIFY(WindowLayout::initialSize(QRect(0, 0, 1366, 728)).height() + 40 <= 728);
    QVERIFY(WindowLayout::initialSize(QRect(0, 0, 1024, 600)).width() <= 1024);
    // Usable at 1024×600 (less the title bar and a panel): the window can be that small and its status
    // bar is inside it, on every tab.
    const QSize small(1024 - 16, 600 - 40 - 28);
    QVERIFY2(window.minimumSizeHint().width() <= small.width()
            && window.minimumSizeHint().height() <= small.height(),
        qPrintable(QStringLiteral("minimum %1x%2")
                       .arg(window.minimumSizeHint().width())
                       .arg(window.minimumSizeHint().height())));
    window.resize(small);
    for (int tab = MainWindow::DashboardTab; tab <= MainWindow::ErrorsTab; ++tab) {
        window.tabs()->setCurrentIndex(tab);
        QTRY_COMPARE(window.size(), small);
        QVERIFY(window.statusBar()->isVisible());
        QVERIFY(window.rect().contains(window.statusBar()->geometry()));
    }
    window.tabs()->setCurrentIndex(MainWindow::DashboardTab);
    TestSupport::saveScreenshot(&window, QStringLiteral("main_1024x600_ru"));
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TestSupport::saveScreenshot(&window, QStringLiteral("main_1024x600_leads_ru"));
}

void tst_MainWindow::layoutIsRemembered()
{
    Translator translator;
    AppSettings settings(m_dir.filePath(QStringLiteral("layout.ini")));
    int width = 0;
    {
        MainWindow window(&translator);
        QVERIFY(window.openDatabase(seededDatabase()));
        window.setSettings(&settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 520);
        QTRY_COMPARE(window.size(), QSize(900, 520));
        window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
        QHeaderView *header = window.tableTab(MainWindow::LeadsTab)->view()->horizontalHeader();
        width = header->sectionSize(0) + 37;
        header->resizeSection(0, width);
        window.close();
    }
    QVERIFY(!settings.windowState(QStringLiteral("geometry")).isEmpty());
    MainWindow again(&translator);
    QVERIFY(again.openDatabase(seededDatabase()));
    again.setSettings(&settings);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(900, 520));
    again.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    again.tableTab(MainWindow::LeadsTab)->refresh();
    QCOMPARE(again.tableTab(MainWindow::LeadsTab)->view()->horizontalHeader()->sectionSize(0), width);
}

void tst_MainWindow::elidedCellsHaveTheFullTextAsTooltip()
{
    Translator translator;
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(seededDatabase()));
    TableTab *leads = window.tableTab(MainWindow::LeadsTab);
    leads->refresh();
    QVERIFY(leads->model()->rowCount() > 0);
    QCOMPARE(leads->view()->textElideMode(), Qt::ElideRight);
    int checked = 0;
    for (int column = 0; column < leads->model()->columnCount(); ++column) {
        const QModelIndex index = leads->model()->index(0, column);
        const QString text = index.data(Qt::DisplayRole).toString();
        if (text.isEmpty())
            continue;
        QVERIFY(index.data(Qt::ToolTipRole).toString().contains(text));
        ++checked;
    }
    QVERIFY(checked > 3);
    QCOMPARE(leads->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole),
        leads->model()->headerData(1, Qt::Horizontal, Qt::DisplayRole));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
