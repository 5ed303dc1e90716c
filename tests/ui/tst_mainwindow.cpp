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
#include "engineseed.h"
#include "mainwindow.h"
#include "models/errormodel.h"
#include "models/leadmodel.h"
#include "revenuechart.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "store/store.h"
#include "tabletab.h"
#include "translator.h"
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
    void emptyStateOffersSetupAndSandbox();
    void emptyChartsHideTheirAxes();
    void fitsTheScreenAndSmallScreens();
    void layoutIsRemembered();
    void elidedCellsHaveTheFullTextAsTooltip();

private:
    QString seededDatabase();
    /// An expected figure, read from the database by SQL.
    qint64 scalar(const QString &sql);
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
    // The engine-made database (tests/support/engineseed.h), one copy for this test process.
    if (!m_db.isEmpty())
        return m_db;
    const QString path = m_dir.filePath(QStringLiteral("leadbridge.db"));
    if (!TestSupport::engineSeededDatabase(path))
        return {};
    m_db = path;
    return m_db;
}

qint64 tst_MainWindow::scalar(const QString &sql)
{
    Store store(QStringLiteral("expected"));
    if (!store.open(seededDatabase()).isOk())
        return -1;
    return store.scalar(sql).toLongLong();
}

void tst_MainWindow::opensWithTheTabs()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), 7);
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
    const qint64 all = scalar(QStringLiteral("SELECT count(*) FROM leads"));
    const qint64 fromYandex = scalar(QStringLiteral("SELECT count(*) FROM leads WHERE utm_source='yandex'"));
    QVERIFY(fromYandex > 0 && fromYandex < all);
    QCOMPARE(leads->model()->matchingCount(), all);
    QTest::keyClicks(leads->filterEdit(), QStringLiteral("yandex"));
    QTRY_COMPARE(leads->model()->textFilter(), QStringLiteral("yandex"));
    QCOMPARE(leads->model()->matchingCount(), fromYandex);
    for (int row = 0; row < leads->view()->model()->rowCount(); ++row)
        QCOMPARE(leads->view()->model()->index(row, LeadModel::UtmSourceColumn).data().toString(),
            QStringLiteral("yandex"));
    leads->filterEdit()->clear();
    leads->applyFilterNow();
    QCOMPARE(leads->model()->matchingCount(), all);
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
    QCOMPARE(errors->model()->rowCount(),
        int(scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0"))));
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
    // The lead that was sent again: its history keeps both outcomes.
    const qint64 resent = scalar(
        QStringLiteral("SELECT lead_id FROM lead_outcomes GROUP BY lead_id HAVING count(*) > 1 LIMIT 1"));
    QVERIFY(resent > 0);
    Store store(QStringLiteral("phone"));
    QVERIFY(store.open(seededDatabase()).isOk());
    leads->filterEdit()->setText(
        store.scalar(QStringLiteral("SELECT phone FROM leads WHERE id=?"), { resent }).toString());
    leads->applyFilterNow();
    QVERIFY(leads->model()->rowCount() >= 1);
    const int row = leads->model()->rowOfId(resent);
    QVERIFY(row >= 0);
    // A double-click on the row opens it.
    QTRY_VERIFY(leads->view()->isVisible());
    const QRect cell = leads->view()->visualRect(leads->model()->index(row, LeadModel::ContactColumn));
    QVERIFY(cell.isValid());
    QTest::mouseClick(leads->view()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(leads->view()->viewport(), Qt::LeftButton, {}, cell.center());
    DetailsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<DetailsDialog *>()) != nullptr);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->id(), resent);
    QVERIFY(dialog->rawText().contains(QStringLiteral("\"callerNumber\": \"")));
    QCOMPARE(dialog->historyTable()->rowCount(),
        int(scalar(QStringLiteral("SELECT count(*) FROM lead_outcomes WHERE lead_id=%1").arg(resent))));
    QVERIFY(dialog->summaryTexts().join(QLatin1Char('\n')).contains(QStringLiteral("What happened:")));
    dialog->close();

    const qint64 notFound =
        scalar(QStringLiteral("SELECT max(order_id) FROM deals WHERE binding_kind='not-found'"));
    DetailsDialog *deal = window.showDetails(MainWindow::DealsTab, notFound);
    QVERIFY(deal);
    QVERIFY2(deal->summaryTexts().join(QLatin1Char('\n')).contains(QStringLiteral("12 months")),
        qPrintable(deal->summaryTexts().join(QLatin1Char('\n'))));
    deal->close();
    QVERIFY(window.showDetails(MainWindow::DealsTab, 999999) == nullptr);
    DetailsDialog *order = window.showDetails(MainWindow::OrdersTab,
        scalar(QStringLiteral("SELECT max(id) FROM leads WHERE order_id IS NOT NULL"))); // a lead's order row
    QVERIFY(order);
    order->close();
    DetailsDialog *error =
        window.showDetails(MainWindow::ErrorsTab, scalar(QStringLiteral("SELECT min(id) FROM errors")));
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
    // One lead error and one deal error selected: each goes to its own action.
    int leadRow = -1;
    int dealRow = -1;
    for (int row = 0; row < errors->model()->rowCount(); ++row) {
        const QString item = errors->model()->index(row, 0).data(ErrorModel::ItemRole).toString();
        if (leadRow < 0 && item.startsWith(QLatin1String("lead:")))
            leadRow = row;
        if (dealRow < 0 && item.startsWith(QLatin1String("deal:")))
            dealRow = row;
    }
    QVERIFY(leadRow >= 0 && dealRow >= 0);
    errors->view()->selectRow(leadRow);
    errors->view()->selectionModel()->select(
        errors->model()->index(dealRow, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QString leadItem = errors->model()->index(leadRow, 0).data(ErrorModel::ItemRole).toString();
    const QString dealItem = errors->model()->index(dealRow, 0).data(ErrorModel::ItemRole).toString();
    Store store(QStringLiteral("items"));
    QVERIFY(store.open(seededDatabase()).isOk());
    const qint64 leadId =
        store
            .scalar(QStringLiteral("SELECT id FROM leads WHERE 'lead:' || kind || ':' || remote_id=?"),
                { leadItem })
            .toLongLong();
    QCOMPARE(window.selectedLeadIds(), QList<qint64> { leadId });
    QCOMPARE(window.selectedDealIds(), QList<qint64> { dealItem.mid(5).toLongLong() });
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
    QCOMPARE(views.size(), 2); // leads, orders; revenue is a RevenueChart (no axes, no bars when empty)
    QVERIFY(empty.revenueChart()->bars().isEmpty());
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
    QTRY_COMPARE(visibleAxes(full.findChildren<QChartView *>()).size(), 2);
    QVERIFY(!full.revenueChart()->bars().isEmpty());
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
