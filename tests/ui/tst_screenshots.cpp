// Screenshots of every tab, the details of each kind of row, every error kind and the running sync, in
// Russian and English, from a database the real engine made against the simulated services; and a check
// that no Russian screenshot shows untranslated English.
#include <QApplication>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard.h"
#include "detailsdialog.h"
#include "engineseed.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tabletab.h"
#include "translator.h"
#include "untranslated.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

class tst_Screenshots : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void engineMadeDataCoversEveryState();
    void detectorFindsUntranslatedEnglish();
    void screenshotsOfEveryTab();
    void screenshotsOfDetails();
    void screenshotsOfEveryErrorKind();
    void screenshotOfARunningSync();

private:
    QString freshDatabase(const QString &name);
    /// Saves a screenshot of @p widget; in Russian, also collects its untranslated texts.
    void shoot(QWidget *widget, const QString &name, const QString &language);
    /// Fails for every untranslated text found so far (known ones as expected failures).
    void verifyNoUntranslatedText();
    qint64 pick(const QString &db, const QString &sql);
    /// On an English window, the detector must find English in each kind of place it walks.
    void verifyTheWalkReachesEveryKindOfText(QWidget *window);

    QTemporaryDir m_dir;
    std::unique_ptr<UntranslatedDetector> m_detector;
    QList<UntranslatedText> m_found;
};

void tst_Screenshots::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_detector = std::make_unique<UntranslatedDetector>(
        QStringLiteral(LEADBRIDGE_SOURCE_DIR "/translations/leadbridge_ru.ts"));
    QVERIFY(m_detector->isLoaded());
    const EngineSeedInfo &seed = engineSeed();
    QVERIFY(!seed.path.isEmpty());
    qInfo("engine-made database: %d cycles in %lld ms", seed.cycles, seed.buildMs);
    // About 3 s, 7 s on a busy machine: a build that waits for backoffs (a rate limit retried eight
    // times takes a minute) would make every UI test slow.
    QVERIFY2(seed.buildMs < 30000, qPrintable(QString::number(seed.buildMs)));
}

QString tst_Screenshots::freshDatabase(const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".db"));
    return engineSeededDatabase(path) ? path : QString();
}

qint64 tst_Screenshots::pick(const QString &db, const QString &sql)
{
    Store store(QStringLiteral("pick"));
    if (!store.open(db).isOk())
        return 0;
    return store.scalar(sql).toLongLong();
}

void tst_Screenshots::shoot(QWidget *widget, const QString &name, const QString &language)
{
    const QString path = saveScreenshot(widget, name + QLatin1Char('_') + language);
    QVERIFY(QFileInfo(path).size() > 0);
    if (language != QLatin1String("ru"))
        return;
    const QList<UntranslatedText> found = m_detector->scan(widget);
    for (UntranslatedText text : found) {
        text.where = name + QStringLiteral(": ") + text.where;
        m_found << text;
    }
}

void tst_Screenshots::verifyNoUntranslatedText()
{
    // Nothing is excused: the store keeps codes, and every visible text is made in the current language.
    QStringList lines;
    for (const UntranslatedText &text : std::as_const(m_found)) {
        qWarning("untranslated: %s", qPrintable(text.toString()));
        lines << text.toString();
    }
    m_found.clear();
    QVERIFY2(lines.isEmpty(), qPrintable(lines.join(QLatin1Char('\n'))));
}

void tst_Screenshots::verifyTheWalkReachesEveryKindOfText(QWidget *window)
{
    const QList<UntranslatedText> found = m_detector->scan(window);
    QStringList places;
    for (const UntranslatedText &text : found)
        places << text.where;
    const QString all = places.join(QLatin1Char('\n'));
    for (const char *place : { "QTabBar", "QAction", "QMenu", "header", "row", "QLineEdit", "QComboBox",
             "QLabel", "window title" })
        QVERIFY2(all.contains(QLatin1String(place)),
            qPrintable(QStringLiteral("%1 not reached:\n%2").arg(QLatin1String(place), all)));
}

void tst_Screenshots::engineMadeDataCoversEveryState()
{
    const QString db = freshDatabase(QStringLiteral("coverage"));
    QVERIFY(!db.isEmpty());
    Store store(QStringLiteral("coverage"));
    QVERIFY(store.open(db).isOk());
    const auto values = [&store](const QString &sql) {
        QStringList list;
        QSqlQuery query(store.database());
        if (query.exec(sql)) {
            while (query.next())
                list << query.value(0).toString();
        }
        return list;
    };
    const auto expectAll = [&](const QString &sql, const QStringList &expected) {
        const QStringList seen = values(sql);
        qInfo("%s: %s", qPrintable(sql), qPrintable(seen.join(QStringLiteral(", "))));
        for (const QString &value : expected)
            QVERIFY2(seen.contains(value), qPrintable(value + QStringLiteral(" missing in ") + sql));
    };
    expectAll(QStringLiteral("SELECT DISTINCT state FROM leads"),
        { QStringLiteral("waiting"), QStringLiteral("done"), QStringLiteral("skipped"),
            QStringLiteral("failed"), QStringLiteral("no_contact") });
    expectAll(QStringLiteral("SELECT DISTINCT action FROM lead_outcomes"),
        { QStringLiteral("created-customer-and-order"), QStringLiteral("created-order"),
            QStringLiteral("updated-order"), QStringLiteral("skipped"), QStringLiteral("no-contact"),
            QStringLiteral("failed") });
    expectAll(QStringLiteral("SELECT DISTINCT reason FROM lead_outcomes"),
        { QStringLiteral("no-customer"), QStringLiteral("no-orders"),
            QStringLiteral("newest-order-completed"), QStringLiteral("newest-order-cancelled"),
            QStringLiteral("open-order-without-lead"), QStringLiteral("open-order-has-lead"),
            QStringLiteral("error"), QStringLiteral("no-contact") });
    expectAll(QStringLiteral("SELECT DISTINCT kind FROM leads"),
        { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") });
    expectAll(QStringLiteral("SELECT DISTINCT binding_kind FROM deals"),
        { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chain"),
            QStringLiteral("not-found"), QStringLiteral("no-contacts") });
    expectAll(QStringLiteral("SELECT DISTINCT state FROM deals"),
        { QStringLiteral("created"), QStringLiteral("failed") });
    expectAll(QStringLiteral("SELECT DISTINCT direction || ':' || item FROM errors WHERE resolved=0"),
        { QStringLiteral("setup:Calltouch"), QStringLiteral("leads:poll.request"),
            QStringLiteral("leads:lead:call:98001"), QStringLiteral("leads:lead:call:98002") });
    // A 500 after every retry (waits for a retry), a missing permission (the lead fails; the sync goes
    // on), deals Calltouch refused.
    QVERIFY(
        store.scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0 AND code='server'")).toInt()
        > 0);
    QVERIFY(store
                .scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0 AND code='permission'"
                                       " AND item LIKE 'lead:%'"))
                .toInt()
        > 0);
    QVERIFY(
        store.scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0 AND item LIKE 'deal:%'"))
            .toInt()
        > 0);
    // Two weeks of leads, a resend kept in the history, deals updated after CRM users' changes.
    QVERIFY(store.scalar(QStringLiteral("SELECT count(*) FROM leads")).toInt() >= 200);
    QVERIFY(
        store.scalar(QStringLiteral("SELECT count(DISTINCT date(occurred_at/1000, 'unixepoch')) FROM leads"))
            .toInt()
        >= 14);
    QVERIFY(store
                .scalar(QStringLiteral(
                    "SELECT max(n) FROM (SELECT count(*) n FROM lead_outcomes GROUP BY lead_id)"))
                .toInt()
        >= 2);
    QVERIFY(store
                .scalar(QStringLiteral(
                    "SELECT count(*) FROM deals WHERE pushed_status<>'new' AND in_calltouch=1"))
                .toInt()
        > 0);
}

void tst_Screenshots::detectorFindsUntranslatedEnglish()
{
    // The detector itself: it must be able to fail, and must not fail on data.
    QWidget root;
    auto *english = new QLabel(QStringLiteral("Bound to call 512345005."), &root);
    english->setObjectName(QStringLiteral("english"));
    auto *prose = new QLabel(QStringLiteral("Заказ создан. Waiting for the next cycle"), &root);
    auto *tab = new QLabel(QStringLiteral("Leads"), &root);
    auto *russian = new QLabel(QStringLiteral("Привязан к звонку 512345005."), &root);
    auto *data = new QLabel(
        QStringLiteral(
            "spring_sale, anna.smith@example.ru, https://demo.retailcrm.ru/orders/5/edit, main-shop, "
            "LeadBridge и retailCRM, CSV UTM API"),
        &root);
    root.show();
    QVERIFY(QTest::qWaitForWindowExposed(&root));
    QVERIFY(!m_detector->check(english->text()).isEmpty());
    QVERIFY(!m_detector->check(prose->text()).isEmpty());
    QCOMPARE(m_detector->check(tab->text()), QStringLiteral("source string"));
    QVERIFY(m_detector->check(russian->text()).isEmpty());
    QVERIFY2(m_detector->check(data->text()).isEmpty(), qPrintable(m_detector->check(data->text())));
    const QList<UntranslatedText> found = m_detector->scan(&root);
    QCOMPARE(found.size(), 3);
    QVERIFY(found.first().where.contains(QLatin1String("QLabel 'english'")));
}

void tst_Screenshots::screenshotsOfEveryTab()
{
    Translator translator;
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(freshDatabase(QStringLiteral("tabs"))));
    EngineStatus status;
    status.connected = true;
    status.lastSync = QDateTime::currentDateTimeUtc().addSecs(-42);
    status.nextSync = QDateTime::currentDateTimeUtc().addSecs(18);
    status.backlog = 2;
    window.setEngineStatus(status);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList names { QStringLiteral("dashboard"), QStringLiteral("leads"), QStringLiteral("orders"),
        QStringLiteral("deals"), QStringLiteral("errors") };
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        translator.setLanguage(language);
        QCoreApplication::processEvents();
        for (int tab = 0; tab < names.size(); ++tab) {
            window.tabs()->setCurrentIndex(tab);
            QCoreApplication::processEvents();
            if (tab == MainWindow::DashboardTab)
                QTRY_VERIFY(!window.dashboard()->isRefreshing()); // the charts are computed in the background
            shoot(&window, QStringLiteral("mainwindow_%1").arg(names.at(tab)), language);
            if (language == QLatin1String("en") && tab == MainWindow::LeadsTab)
                verifyTheWalkReachesEveryKindOfText(&window);
        }
    }
    AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    SettingsDialog dialog(&settings, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    shoot(&dialog, QStringLiteral("settings"), QStringLiteral("ru"));
    translator.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    shoot(&dialog, QStringLiteral("settings"), QStringLiteral("en"));
    QCOMPARE(dialog.delaySpin()->value(), 60);
    dialog.delaySpin()->setValue(90);
    dialog.kindBox(QStringLiteral("chat"))->setChecked(false);
    dialog.accept();
    QCOMPARE(settings.leadDelaySeconds(), 90);
    QCOMPARE(settings.leadKinds(), (QStringList { QStringLiteral("call"), QStringLiteral("request") }));
    verifyNoUntranslatedText();
}

void tst_Screenshots::screenshotsOfDetails()
{
    const QString db = freshDatabase(QStringLiteral("details"));
    struct Row
    {
        const char *name;
        MainWindow::Tab tab;
        QString sql;
    };
    const QList<Row> rows {
        { "details_lead_created", MainWindow::LeadsTab,
            QStringLiteral("SELECT min(id) FROM leads WHERE action='created-customer-and-order'") },
        { "details_lead_resent", MainWindow::LeadsTab,
            QStringLiteral(
                "SELECT lead_id FROM lead_outcomes GROUP BY lead_id HAVING count(*) > 1 LIMIT 1") },
        { "details_lead_skipped", MainWindow::LeadsTab,
            QStringLiteral("SELECT max(id) FROM leads WHERE state='skipped'") },
        { "details_lead_failed", MainWindow::LeadsTab,
            QStringLiteral("SELECT max(id) FROM leads WHERE state='failed'") },
        { "details_lead_waiting", MainWindow::LeadsTab,
            QStringLiteral("SELECT max(id) FROM leads WHERE state='waiting'") },
        { "details_lead_chat", MainWindow::LeadsTab,
            QStringLiteral("SELECT max(id) FROM leads WHERE kind='chat'") },
        { "details_order", MainWindow::OrdersTab,
            QStringLiteral("SELECT max(id) FROM leads WHERE order_id IS NOT NULL") }, // a lead's order row
        { "details_deal_call", MainWindow::DealsTab,
            QStringLiteral("SELECT max(order_id) FROM deals WHERE binding_kind='call'") },
        { "details_deal_not_found", MainWindow::DealsTab,
            QStringLiteral("SELECT max(order_id) FROM deals WHERE binding_kind='not-found'") },
        { "details_deal_failed", MainWindow::DealsTab,
            QStringLiteral("SELECT max(order_id) FROM deals WHERE state='failed'") },
    };
    Translator translator;
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const Row &row : rows) {
        const qint64 id = pick(db, row.sql);
        QVERIFY2(id > 0, row.name);
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
            translator.setLanguage(language);
            DetailsDialog *dialog = window.showDetails(row.tab, id);
            QVERIFY2(dialog, row.name);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            shoot(dialog, QLatin1String(row.name), language);
            dialog->close();
            delete dialog;
        }
    }
    verifyNoUntranslatedText();
}

void tst_Screenshots::screenshotsOfEveryErrorKind()
{
    const QString db = freshDatabase(QStringLiteral("errors"));
    Store store(QStringLiteral("errors"));
    QVERIFY(store.open(db).isOk());
    QList<QPair<qint64, QString>> errors;
    QSqlQuery query(store.database());
    // One error of each kind: the setup errors, the journals, and the first lead and deal error of each
    // distinct code (server, permission, impossible date, ...).
    QVERIFY(
        query.exec(QStringLiteral("SELECT min(id), direction || '_' || item FROM errors"
                                  " GROUP BY direction, CASE WHEN item LIKE 'lead:%' OR item LIKE 'deal:%'"
                                  " THEN code ELSE item END ORDER BY 1")));
    while (query.next())
        errors << qMakePair(query.value(0).toLongLong(), query.value(1).toString());
    QVERIFY(errors.size() >= 6);
    Translator translator;
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(db));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::ErrorsTab);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    for (const auto &[id, item] : std::as_const(errors)) {
        const QString name =
            QStringLiteral("error_%1").arg(QString(item).replace(unsafe, QStringLiteral("_")));
        for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
            translator.setLanguage(language);
            DetailsDialog *dialog = window.showDetails(MainWindow::ErrorsTab, id);
            QVERIFY2(dialog, qPrintable(item));
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            shoot(dialog, name, language);
            dialog->close();
            delete dialog;
        }
    }
    verifyNoUntranslatedText();
}

void tst_Screenshots::screenshotOfARunningSync()
{
    // The engine works through a SyncController on the engine-made database against services that answer
    // slowly; the window is grabbed while the cycle runs.
    const QString db = freshDatabase(QStringLiteral("running"));
    SyncFixture f;
    f.now = QDateTime::currentDateTimeUtc();
    f.config.since = f.now.date().addDays(-1);
    f.config.leadDelaySeconds = 0;
    // The seed's simulated Calltouch gave out the first call ids; these old calls (outside the window)
    // take them here, so that the new calls are new to the database.
    for (int i = 0; i < 600; ++i)
        f.ct->addCall(f.now.addDays(-400), QStringLiteral("+7926%1").arg(4440000 + i));
    for (int i = 0; i < 12; ++i)
        f.ct->addCall(f.now.addSecs(-300 + i), QStringLiteral("+7926%1").arg(5550000 + i));
    f.crm->server()->setLatencyMs(150);
    f.crm->setClock({});
    f.ct->setClock({});
    Translator translator;
    translator.setLanguage(QStringLiteral("ru"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(db));
    SyncController controller(f.config, db);
    controller.engine()->setRateLimitsEnabled(false);
    window.setController(&controller);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::LeadsTab);
    QSignalSpy started(&controller, &SyncController::cycleStarted);
    QSignalSpy processed(&controller, &SyncController::leadProcessed);
    QSignalSpy finished(&controller, &SyncController::cycleFinished);
    controller.start();
    QVERIFY(started.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(processed.size() >= 2, 30000);
    QVERIFY2(finished.isEmpty(), "the cycle ended before the picture was taken");
    shoot(&window, QStringLiteral("mainwindow_syncing"), QStringLiteral("ru"));
    translator.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    shoot(&window, QStringLiteral("mainwindow_syncing"), QStringLiteral("en"));
    QVERIFY2(finished.isEmpty(), "the cycle ended before the picture was taken");
    QSignalSpy stopped(&controller, &SyncController::stopped);
    controller.stop();
    QVERIFY(stopped.wait(30000));
    verifyNoUntranslatedText();
}

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
