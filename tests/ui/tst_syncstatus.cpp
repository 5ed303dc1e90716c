// The status bar during and after a real sync (the engine in its thread against the simulated services,
// slowed by their latency): "Syncing… Sending leads 3 of 12" while a cycle runs ("Sync now" shows it
// at once), then the last result with its duration and the next time, with seconds; temporary messages
// do not cover it; long texts are cut at a word with the whole text on hover.
#include <QAction>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

#include "elidedlabel.h"
#include "logtab.h"
#include "mainwindow.h"
#include "models/runlogmodel.h"
#include "screenshots.h"
#include "sync/synccontroller.h"
#include "syncfixture.h"
#include "syncstatuswidget.h"
#include "translator.h"

using namespace LeadBridge;
using LeadBridge::TestSupport::SyncFixture;

class tst_SyncStatus : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void syncingShowsTheStepThenTheResult();
    void messagesDoNotCoverTheStatus();
    void longTextsAreCutAtAWord();
    void elideAtWordKeepsWholeWords();

private:
    static bool hasSeconds(const QString &text)
    {
        return QRegularExpression(QStringLiteral("\\d{1,2}:\\d{2}:\\d{2}")).match(text).hasMatch();
    }
};

void tst_SyncStatus::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_SyncStatus::syncingShowsTheStepThenTheResult()
{
    SyncFixture f;
    // The engine runs on the wall clock here (its own thread): the services' clock is now too.
    f.now = QDateTime::currentDateTimeUtc();
    f.config.since = f.now.date().addDays(-3);
    for (int i = 0; i < 12; ++i)
        f.ct->addCall(f.now.addSecs(-900 + i * 10), QStringLiteral("+7916555%1").arg(2000 + i));
    f.crm->server()->setLatencyMs(120); // a cycle of a few seconds: long enough to be seen

    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    SyncController controller(f.config, f.databasePath());
    controller.engine()->setRateLimitsEnabled(false);
    controller.engine()->setRetryBackoff(10, 50);
    QVERIFY(window.openDatabase(f.databasePath()));
    window.setController(&controller);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ElidedLabel *activity = window.syncStatus()->activityLabel();
    ElidedLabel *next = window.syncStatus()->nextSyncLabel();

    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(activity->text().contains(QLatin1String(" of 12")), 30000);
    QVERIFY2(
        activity->text().startsWith(QStringLiteral("Syncing… Sending leads ")), qPrintable(activity->text()));
    QVERIFY(!next->isVisible()); // no "next sync" while one runs
    QCOMPARE(window.syncStatus()->connectionLabel()->text(), QStringLiteral("Connecting…"));
    QVERIFY(window.statusLine().startsWith(QStringLiteral("Syncing…")));
    QVERIFY(
        QFileInfo(TestSupport::saveScreenshot(&window, QStringLiteral("syncstatus_syncing_en"))).size() > 0);
    translator.setLanguage(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    QVERIFY(window.syncStatus()->isSyncing());
    QVERIFY(
        QFileInfo(TestSupport::saveScreenshot(&window, QStringLiteral("syncstatus_syncing_ru"))).size() > 0);
    translator.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();

    // The cycle ends: its result, its duration and the next time, to the second.
    QTRY_VERIFY_WITH_TIMEOUT(activity->text().startsWith(QStringLiteral("Last sync: ")), 60000);
    const QString last = activity->text();
    QVERIFY2(last.contains(QStringLiteral("leads: 12, orders: 12")), qPrintable(last));
    QVERIFY2(QRegularExpression(QStringLiteral("\\d+\\.\\d s$")).match(last).hasMatch(), qPrintable(last));
    QVERIFY2(hasSeconds(last), qPrintable(last));
    QTRY_VERIFY(next->isVisible());
    QVERIFY2(next->text().startsWith(QStringLiteral("Next sync: ")) && hasSeconds(next->text()),
        qPrintable(next->text()));
    QVERIFY(window.statusLine().contains(QStringLiteral("Last sync: ")));
    QVERIFY(window.statusLine().contains(QStringLiteral("Next sync: ")));

    // The Log tab, seen now, has the cycle.
    window.tabs()->setCurrentIndex(MainWindow::RunLogTab);
    RunLogModel *log = window.logTab()->model();
    QTRY_COMPARE(log->rowCount(), 1);
    QCOMPARE(log->record(0).ordersCreated, 12);

    // "Sync now": Syncing at once, before the engine has said anything.
    window.syncNowAction()->trigger();
    QVERIFY2(activity->text().startsWith(QStringLiteral("Syncing…")), qPrintable(activity->text()));
    QVERIFY(!next->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(activity->text().startsWith(QStringLiteral("Last sync: ")), 60000);
    QVERIFY2(activity->text().contains(QStringLiteral("leads: 0, orders: 0")), qPrintable(activity->text()));
    QTRY_COMPARE(log->rowCount(), 2); // the tab is seen: read again after the cycle
    controller.stop();
}

void tst_SyncStatus::messagesDoNotCoverTheStatus()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    EngineStatus status;
    status.connected = true;
    status.running = true;
    status.lastSync = QDateTime::currentDateTimeUtc().addSecs(-20);
    status.nextSync = QDateTime::currentDateTimeUtc().addSecs(280);
    window.setEngineStatus(status);
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString message = QStringLiteral("3 leads queued to be sent again now.");
    window.statusBar()->showMessage(message, 60000);
    QCoreApplication::processEvents();
    SyncStatusWidget *bar = window.syncStatus();
    QVERIFY(bar->isVisible());
    QVERIFY(bar->nextSyncLabel()->isVisible());
    // The message is drawn left of the first permanent widget: it has room and the status its own.
    const int messageEnd = 6 + window.statusBar()->fontMetrics().horizontalAdvance(message);
    QVERIFY2(bar->x() > messageEnd, qPrintable(QStringLiteral("%1 <= %2").arg(bar->x()).arg(messageEnd)));
    QVERIFY(!bar->nextSyncLabel()->isElided());
    TestSupport::saveScreenshot(&window, QStringLiteral("syncstatus_message_en"));
}

void tst_SyncStatus::longTextsAreCutAtAWord()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    EngineStatus status;
    status.running = true;
    status.lastError = QStringLiteral("retailCRM: the API key has no permission to read the order history; "
                                      "open Settings > Integration > API keys in retailCRM and allow it.");
    window.setEngineStatus(status);
    window.resize(640, 480);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ElidedLabel *label = window.syncStatus()->connectionLabel();
    const QString full = label->text();
    QVERIFY(full.endsWith(QStringLiteral("allow it.")));
    QTRY_VERIFY(label->isElided());
    const QString shown = label->displayedText();
    QVERIFY2(shown.endsWith(QChar(0x2026)), qPrintable(shown));
    const QString kept = shown.chopped(1);
    QVERIFY(!kept.isEmpty());
    QVERIFY2(full.startsWith(kept), qPrintable(kept));
    QVERIFY2(!full.at(kept.size()).isLetterOrNumber(), qPrintable(kept)); // cut between words
    QCOMPARE(label->toolTip(), full);
    // A text that fits: all of it, and no tooltip repeating it.
    status.lastError = QStringLiteral("retailCRM: no answer.");
    window.setEngineStatus(status);
    QTRY_VERIFY(!label->isElided());
    QCOMPARE(label->displayedText(), QStringLiteral("Not connected: retailCRM: no answer."));
    QVERIFY(label->toolTip().isEmpty());
}

void tst_SyncStatus::elideAtWordKeepsWholeWords()
{
    const QFontMetrics metrics(QApplication::font());
    const QString text = QStringLiteral("Sending leads 3 of 12");
    const QChar ellipsis(0x2026);
    QCOMPARE(ElidedLabel::elideAtWord(text, metrics, metrics.horizontalAdvance(text)), text);
    const int width = metrics.horizontalAdvance(QStringLiteral("Sending leads") + ellipsis);
    QCOMPARE(ElidedLabel::elideAtWord(text, metrics, width), QStringLiteral("Sending leads") + ellipsis);
    QCOMPARE(
        ElidedLabel::elideAtWord(text, metrics, width + metrics.horizontalAdvance(QStringLiteral(" 3 o"))),
        QStringLiteral("Sending leads 3") + ellipsis);
    // No separator dangles before the ellipsis.
    const QString timed = QStringLiteral("Last sync: 14:02:31 · 12 leads");
    const QString cut = ElidedLabel::elideAtWord(
        timed, metrics, metrics.horizontalAdvance(QStringLiteral("Last sync: 14:02:31 · 1")));
    QCOMPARE(cut, QStringLiteral("Last sync: 14:02:31") + ellipsis);
}

QTEST_MAIN(tst_SyncStatus)
#include "tst_syncstatus.moc"
