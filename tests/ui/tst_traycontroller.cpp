#include <QAction>
#include <QFile>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "translator.h"
#include "tray/traycontroller.h"

using namespace LeadBridge;

namespace {

struct Message
{
    QString title;
    QString text;
    QSystemTrayIcon::MessageIcon icon;
};

/// Records what the controller asks a tray icon to do.
class RecordingTray final : public TrayBackend
{
public:
    RecordingTray(bool available, QList<Message> *messages, QString *toolTip)
        : m_available(available)
        , m_messages(messages)
        , m_toolTip(toolTip)
    {}
    [[nodiscard]] bool isAvailable() const override { return m_available; }
    [[nodiscard]] bool supportsMessages() const override { return m_available; }
    void setMenu(QMenu *newMenu) override { menu = newMenu; }
    void setToolTip(const QString &text) override { *m_toolTip = text; }
    void setVisible(bool) override {}
    void showMessage(const QString &title, const QString &text, QSystemTrayIcon::MessageIcon icon) override
    {
        m_messages->append({ title, text, icon });
    }
    QMenu *menu = nullptr;

private:
    bool m_available;
    QList<Message> *m_messages;
    QString *m_toolTip;
};

} // namespace

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
    auto backend = std::make_unique<RecordingTray>(true, &messages, &toolTip);
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
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(true, &messages, &toolTip));
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
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(true, &messages, &toolTip));
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
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(true, &messages, &toolTip));
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
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(true, &messages, &toolTip));
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
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(false, &messages, &toolTip));
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
    TrayController controller(&window, nullptr, std::make_unique<RecordingTray>(true, &messages, &toolTip));
    QVERIFY(!controller.startWithSystemAction()->isChecked());
    controller.startWithSystemAction()->setChecked(true);
    QVERIFY(TrayController::startsWithSystem());
    QFile file(TrayController::autostartFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray entry = file.readAll();
    QVERIFY(entry.startsWith("[Desktop Entry]"));
    QVERIFY(entry.contains("Exec="));
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

QTEST_MAIN(tst_TrayController)
#include "tst_traycontroller.moc"
