#include <QAction>
#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"
#include "recordingtray.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "translator.h"
#include "tray/traycontroller.h"

using namespace LeadBridge;

using Message = TestSupport::TrayMessage;
using TestSupport::RecordingTray;

class tst_TrayController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void menuReusesWindowActions();
    void oneNotificationPerRunWithErrors();
    void credentialsRejectedOnce();
    void setupFinishedNotifies();
    void closeHidesToTrayAndSaysSoOnce();
    void noTrayMeansCloseQuits();
    void startWithSystemWritesAutostartEntry();
    void statusLineShowsLastSyncAndOpenErrors();
    void openErrorsShowsTheErrorsTab();
    void iconFollowsTheEngineState();

private:
    QTemporaryDir m_dir;
    Translator m_translator;
};

void tst_TrayController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_translator.setLanguage(QStringLiteral("en"));
}

void tst_TrayController::menuReusesWindowActions()
{
    MainWindow window(&m_translator);
    AppSettings settings(m_dir.filePath(QStringLiteral("a.ini")));
    QList<Message> messages;
    QString toolTip;
    auto backend = std::make_unique<RecordingTray>(&messages, true, &toolTip);
    RecordingTray *tray = backend.get();
    TrayController controller(&window, &settings, std::move(backend));
    QVERIFY(controller.isAvailable());
    QCOMPARE(tray->menu, controller.menu());
    const QList<QAction *> actions = controller.menu()->actions();
    QVERIFY(actions.contains(window.showAction()));
    QVERIFY(actions.contains(window.syncNowAction()));
    QVERIFY(actions.contains(window.pauseAction()));
    QVERIFY(actions.contains(window.quitAction()));
    QCOMPARE(toolTip, QStringLiteral("LeadBridge: no sync yet"));
    SyncSummary summary;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    controller.onCycleFinished(summary);
    QVERIFY(toolTip.startsWith(QStringLiteral("LeadBridge: last sync ")));
    QVERIFY(messages.isEmpty());
}

void tst_TrayController::oneNotificationPerRunWithErrors()
{
    MainWindow window(&m_translator);
    AppSettings settings(m_dir.filePath(QStringLiteral("b.ini")));
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    SyncSummary summary;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.newErrors = 7;
    summary.leadsFailed = 7;
    controller.onCycleFinished(summary);
    QCOMPARE(messages.size(), 1);
    QVERIFY(messages.first().text.contains(QStringLiteral("7 new error")));
    QCOMPARE(messages.first().icon, QSystemTrayIcon::Warning);
    summary.newErrors = 0;
    controller.onCycleFinished(summary);
    QCOMPARE(messages.size(), 1);
}

void tst_TrayController::credentialsRejectedOnce()
{
    MainWindow window(&m_translator);
    AppSettings settings(m_dir.filePath(QStringLiteral("c.ini")));
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    controller.onCredentialsRejected(QStringLiteral("retailCRM"), QStringLiteral("The key was rejected."));
    controller.onCredentialsRejected(QStringLiteral("retailCRM"), QStringLiteral("The key was rejected."));
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().title, QStringLiteral("retailCRM rejected the credentials"));
    QCOMPARE(messages.first().icon, QSystemTrayIcon::Critical);
    // Working again, then rejected again: a new notification.
    SyncSummary ok;
    controller.onCycleFinished(ok);
    controller.onCredentialsRejected(QStringLiteral("retailCRM"), QStringLiteral("The key was rejected."));
    QCOMPARE(messages.size(), 2);
}

void tst_TrayController::setupFinishedNotifies()
{
    MainWindow window(&m_translator);
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    controller.notifySetupFinished(true);
    controller.notifySetupFinished(false, QStringLiteral("Calltouch is unreachable."));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).title, QStringLiteral("LeadBridge is set up"));
    QCOMPARE(messages.at(1).text, QStringLiteral("Calltouch is unreachable."));
}

void tst_TrayController::closeHidesToTrayAndSaysSoOnce()
{
    MainWindow window(&m_translator);
    AppSettings settings(m_dir.filePath(QStringLiteral("d.ini")));
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.hideOnClose());
    window.close();
    QVERIFY(!window.isVisible());
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().title, QStringLiteral("LeadBridge keeps running"));
    QVERIFY(settings.trayHintShown());
    window.showAction()->trigger();
    QVERIFY(window.isVisible());
    window.close();
    QCOMPARE(messages.size(), 1);
}

void tst_TrayController::noTrayMeansCloseQuits()
{
    MainWindow window(&m_translator);
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(&messages, false, &toolTip));
    QVERIFY(!controller.isAvailable());
    QVERIFY(!window.hideOnClose());
    controller.notifySetupFinished(true);
    QVERIFY(messages.isEmpty());
}

void tst_TrayController::startWithSystemWritesAutostartEntry()
{
    QVERIFY(TrayController::autostartFile().endsWith(QStringLiteral("/autostart/leadbridge.desktop")));
    QVERIFY(TrayController::setStartWithSystem(false));
    QVERIFY(!TrayController::startsWithSystem());
    MainWindow window(&m_translator);
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    QVERIFY(!controller.startWithSystemAction()->isChecked());
    controller.startWithSystemAction()->setChecked(true);
    QVERIFY(TrayController::startsWithSystem());
    QFile file(TrayController::autostartFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray entry = file.readAll();
    QVERIFY(entry.startsWith("[Desktop Entry]"));
    QVERIFY(entry.contains("Exec="));
    QVERIFY(entry.contains("--minimized")); // starts in the tray, not with an open window
    file.close();
    controller.startWithSystemAction()->setChecked(false);
    QVERIFY(!TrayController::startsWithSystem());
    QVERIFY(window.fileMenu()->actions().contains(controller.startWithSystemAction()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    controller.menu()->popup(window.mapToGlobal(QPoint(40, 40)));
    QVERIFY(QTest::qWaitForWindowExposed(controller.menu()));
    TestSupport::saveScreenshot(controller.menu(), QStringLiteral("tray_menu_en"));
    controller.menu()->close();
}

void tst_TrayController::statusLineShowsLastSyncAndOpenErrors()
{
    // Two open errors and a resolved one, written by the store's own writers.
    const QString path = m_dir.filePath(QStringLiteral("status.db"));
    {
        Store store(QStringLiteral("writer"));
        QVERIFY(store.open(path).isOk());
        SyncStore sync(store);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(sync.recordError(Db::ErrorDirection::Leads, QStringLiteral("call:1"),
                        Problem::make(Db::ErrorCode::Server), 1, 0, now)
                    .ok);
        QVERIFY(sync.recordError(Db::ErrorDirection::Deals, QStringLiteral("order:7"),
                        Problem::make(Db::ErrorCode::DealRejected), 1, 0, now)
                    .ok);
        QVERIFY(sync.recordError(Db::ErrorDirection::Leads, QStringLiteral("call:2"),
                        Problem::make(Db::ErrorCode::Network), 1, 0, now)
                    .ok);
        QVERIFY(sync.resolveError(Db::ErrorDirection::Leads, QStringLiteral("call:2")).ok);
        QCOMPARE(sync.openErrorCount(), 2);
    }
    MainWindow window(&m_translator);
    QVERIFY(window.openDatabase(path));
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    QCOMPARE(controller.menu()->actions().first(), controller.statusAction());
    QVERIFY(!controller.statusAction()->isEnabled()); // a line to read, not a command
    QCOMPARE(controller.statusAction()->text(), QStringLiteral("No sync yet · no open errors"));
    emit controller.menu()->aboutToShow(); // the count is read when the menu opens
    QCOMPARE(controller.statusAction()->text(), QStringLiteral("No sync yet · open errors: 2"));
    QCOMPARE(controller.openErrorsAction()->text(), QStringLiteral("Open errors (2)"));

    controller.onCycleStarted();
    QCOMPARE(controller.statusAction()->text(), QStringLiteral("Syncing… · open errors: 2"));
    SyncSummary summary;
    summary.finishedAt = QDateTime(QDate(2026, 11, 30), QTime(14, 2, 30));
    controller.onCycleFinished(summary);
    const QString time = QLocale().toString(QTime(14, 2), QLocale::ShortFormat);
    QCOMPARE(controller.statusAction()->text(), QStringLiteral("Last sync %1 · open errors: 2").arg(time));
    // The tooltip has the date with a four-digit year and the same line.
    QVERIFY2(toolTip.contains(QStringLiteral("2026")), qPrintable(toolTip));
}

void tst_TrayController::openErrorsShowsTheErrorsTab()
{
    MainWindow window(&m_translator);
    AppSettings settings(m_dir.filePath(QStringLiteral("e.ini")));
    QList<Message> messages;
    QString toolTip;
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(&messages, true, &toolTip));
    QVERIFY(controller.menu()->actions().contains(controller.openErrorsAction()));
    QVERIFY(!window.isVisible()); // hidden in the tray
    controller.openErrorsAction()->trigger();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ErrorsTab));
}

void tst_TrayController::iconFollowsTheEngineState()
{
    MainWindow window(&m_translator);
    QList<Message> messages;
    QString toolTip;
    auto backend = std::make_unique<RecordingTray>(&messages, true, &toolTip);
    RecordingTray *tray = backend.get();
    TrayController controller(&window, nullptr, std::move(backend));
    QCOMPARE(controller.iconState(), TrayIcons::State::Ok);
    QVERIFY(!tray->trayIcon.isNull());
    const QImage ok = tray->trayIcon.pixmap(22, 22).toImage();
    controller.onCycleStarted();
    QCOMPARE(controller.iconState(), TrayIcons::State::Syncing);
    QVERIFY(tray->trayIcon.pixmap(22, 22).toImage() != ok);
    SyncSummary failed;
    failed.leadsFailed = 1;
    controller.onCycleFinished(failed);
    QCOMPARE(controller.iconState(), TrayIcons::State::Error);
    EngineStatus paused;
    paused.paused = true;
    controller.onStatusChanged(paused);
    QCOMPARE(controller.iconState(), TrayIcons::State::Paused);
    paused.paused = false;
    controller.onStatusChanged(paused);
    controller.onCycleFinished(SyncSummary());
    QCOMPARE(controller.iconState(), TrayIcons::State::Ok);
    QCOMPARE(tray->trayIcon.pixmap(22, 22).toImage(), ok);
}

QTEST_MAIN(tst_TrayController)
#include "tst_traycontroller.moc"
