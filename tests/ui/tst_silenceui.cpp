// The silence alert in the GUI: its group in the Settings dialog saves what the admin chose, and the tray
// shows the alert's own message once.
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"
#include "models/errormodel.h"
#include "recordingtray.h"
#include "screenshots.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "silencebox.h"
#include "silenceseed.h"
#include "store/queries/silencehistory.h"
#include "store/store.h"
#include "store/syncstore.h"
#include "sync/syncconfig.h"
#include "tabletab.h"
#include "translator.h"
#include "tray/traycontroller.h"

using namespace LeadBridge;

using Message = TestSupport::TrayMessage;
using TestSupport::RecordingTray;

class tst_SilenceUi : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void settingsGroupShowsTheDefaults();
    void settingsGroupSaves();
    void cancelKeepsTheSavedValues();
    void trayShowsTheAlertOnce();
    void errorsTabShowsTheAlert();

private:
    QTemporaryDir m_dir;
    Translator m_translator;
};

void tst_SilenceUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_translator.setLanguage(QStringLiteral("en"));
}

void tst_SilenceUi::settingsGroupShowsTheDefaults()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("defaults.ini")));
    SettingsDialog dialog(&settings);
    SilenceBox *box = dialog.silenceBox();
    QVERIFY(box);
    QCOMPARE(box->title(), QStringLiteral("Silence alert"));
    QVERIFY(box->isCheckable());
    QVERIFY(box->isChecked());
    QCOMPARE(box->factorSpin()->value(), 3.0);
    QCOMPARE(box->hoursSpin()->value(), 2);
    // The engine gets the same defaults.
    const SyncConfig config = settings.toSyncConfig();
    QVERIFY(config.silence.enabled);
    QCOMPARE(config.silence.factor, 3.0);
    QCOMPARE(config.silence.minimumHours, 2);
}

void tst_SilenceUi::settingsGroupSaves()
{
    const QString file = m_dir.filePath(QStringLiteral("saved.ini"));
    {
        AppSettings settings(file);
        SettingsDialog dialog(&settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        SilenceBox *box = dialog.silenceBox();
        box->factorSpin()->setValue(4.5);
        box->hoursSpin()->setValue(3);
        box->setChecked(false);
        QVERIFY(!box->factorSpin()->isEnabled()); // a switched-off alert has nothing to set
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    AppSettings reread(file);
    const Sync::SilenceThresholds saved = reread.silenceThresholds();
    QVERIFY(!saved.enabled);
    QCOMPARE(saved.factor, 4.5);
    QCOMPARE(saved.minimumHours, 3);
    QCOMPARE(reread.toSyncConfig().silence.minimumHours, 3);
    // The dialog opened again shows what was saved.
    SettingsDialog again(&reread);
    QVERIFY(!again.silenceBox()->isChecked());
    QCOMPARE(again.silenceBox()->factorSpin()->value(), 4.5);
    QCOMPARE(again.silenceBox()->hoursSpin()->value(), 3);
}

void tst_SilenceUi::cancelKeepsTheSavedValues()
{
    const QString file = m_dir.filePath(QStringLiteral("cancel.ini"));
    AppSettings settings(file);
    settings.setSilenceThresholds({ true, 5.0, 4 });
    settings.sync();
    SettingsDialog dialog(&settings);
    QCOMPARE(dialog.silenceBox()->factorSpin()->value(), 5.0);
    dialog.silenceBox()->hoursSpin()->setValue(10);
    dialog.reject();
    QCOMPARE(AppSettings(file).silenceThresholds().minimumHours, 4);
}

void tst_SilenceUi::trayShowsTheAlertOnce()
{
    MainWindow window(&m_translator);
    AppSettings settings(m_dir.filePath(QStringLiteral("tray.ini")));
    QList<Message> messages;
    TrayController controller(&window, &settings, std::make_unique<RecordingTray>(&messages));
    const QString alert = QStringLiteral("No leads from Calltouch since 11:40 — usually about 6 an hour.");
    controller.onErrorRecorded(Db::ErrorDirection::Leads, QStringLiteral("silence"), alert);
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.first().title, QStringLiteral("LeadBridge: no leads"));
    QCOMPARE(messages.first().text, alert);
    QCOMPARE(messages.first().icon, QSystemTrayIcon::Warning);
    // The cycle that recorded it counts it as a new error: no second message for it.
    SyncSummary summary;
    summary.finishedAt = QDateTime::currentDateTimeUtc();
    summary.newErrors = 1;
    controller.onCycleFinished(summary);
    QCOMPARE(messages.size(), 1);
    // Other errors keep the usual summary message; a lead's own error has no message of its own.
    controller.onErrorRecorded(Db::ErrorDirection::Leads, QStringLiteral("lead:7"), QStringLiteral("x"));
    QCOMPARE(messages.size(), 1);
    summary.newErrors = 1;
    controller.onCycleFinished(summary);
    QCOMPARE(messages.size(), 2);
    QVERIFY(messages.last().text.contains(QStringLiteral("1 new error")));
    // The deal direction has its own title.
    controller.onErrorRecorded(Db::ErrorDirection::Deals, QStringLiteral("silence"), QStringLiteral("deals"));
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.last().title, QStringLiteral("LeadBridge: no deals pushed"));
}

void tst_SilenceUi::errorsTabShowsTheAlert()
{
    // The row the engine writes: three weeks of calls at 6 an hour, the last at 11:40 in Moscow, and
    // the engine's cycle at 14:00 (tests/support/silenceseed.h, as tst_silencealert).
    using namespace TestSupport::SilenceSeed;
    TestSupport::SyncFixture f;
    f.now = moscow(kMonday, 14, 0);
    f.config.since = kMonday;
    f.makeEngine();
    QVERIFY(seedLeads(f, moscow(kMonday, 11, 40)) > 400);
    f.cycle();
    f.engine.reset();
    const QString path = f.databasePath();
    MainWindow window(&m_translator);
    QVERIFY(window.openDatabase(path));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::ErrorsTab);
    TableTab *errors = window.tableTab(MainWindow::ErrorsTab);
    QTRY_COMPARE(errors->model()->rowCount(), 1);
    QStringList texts;
    for (int column = 0; column < errors->model()->columnCount(); ++column)
        texts << errors->model()->index(0, column).data().toString();
    const QString row = texts.join(QLatin1Char('|'));
    QVERIFY2(row.contains(QLatin1String("Silence alert")), qPrintable(row));
    QVERIFY2(row.contains(QLatin1String("No leads from Calltouch since")), qPrintable(row));
    QVERIFY2(row.contains(readersTime(moscow(kMonday, 11, 40))), qPrintable(row));
    QVERIFY2(row.contains(QLatin1String("about 6 an hour")), qPrintable(row));
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        m_translator.setLanguage(language);
        QCoreApplication::processEvents();
        TestSupport::saveScreenshot(&window, QStringLiteral("silence_errors_%1").arg(language));
        SettingsDialog dialog(nullptr, &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        TestSupport::saveScreenshot(dialog.silenceBox(), QStringLiteral("silence_settings_%1").arg(language));
    }
    m_translator.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(tst_SilenceUi)
#include "tst_silenceui.moc"
