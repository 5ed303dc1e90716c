// The Log tab: one row per cycle of the real engine (against the simulated services), newest first,
// with the counts of each cycle and how it ended; filters by result and period; texts in the current
// language (screenshots in English and Russian).
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include "logtab.h"
#include "mainwindow.h"
#include "models/runlogmodel.h"
#include "screenshots.h"
#include "syncfixture.h"
#include "translator.h"

using namespace LeadBridge;
using LeadBridge::TestSupport::SyncFixture;

class tst_LogTab : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void oneRowPerCycleNewestFirst();
    void filtersByResultAndPeriod();
    void screenshots();

private:
    /// Three cycles: three calls become orders; a day later the CRM fails (a failed read); then a quiet one.
    void runThreeCycles(SyncFixture &f, QList<SyncSummary> *summaries);
    QString cell(LogTab *tab, int row, int column) const
    {
        return tab->view()->model()->index(row, column).data().toString();
    }
};

void tst_LogTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_LogTab::runThreeCycles(SyncFixture &f, QList<SyncSummary> *summaries)
{
    for (int i = 0; i < 3; ++i)
        f.ct->addCall(f.now.addSecs(-600 + i * 60), QStringLiteral("+7903555%1").arg(3000 + i));
    f.makeEngine();
    summaries->append(f.cycle());
    f.now = f.now.addDays(1);
    f.crm->server()->injectFault(QStringLiteral("GET /api/v5/reference/statuses"), SimFault::Http500, 10);
    summaries->append(f.cycle());
    f.crm->server()->clearFaults();
    f.now = f.now.addSecs(300);
    summaries->append(f.cycle());
}

void tst_LogTab::oneRowPerCycleNewestFirst()
{
    SyncFixture f;
    QList<SyncSummary> summaries;
    runThreeCycles(f, &summaries);
    QCOMPARE(summaries.at(0).ordersCreated, 3);
    QVERIFY(!summaries.at(1).fatalError.isEmpty());

    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(f.databasePath()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::RunLogTab);
    QCOMPARE(window.tabs()->tabText(MainWindow::RunLogTab), QStringLiteral("Log"));
    LogTab *tab = window.logTab();
    QTRY_COMPARE(tab->view()->model()->rowCount(), 3);
    // Newest first: the quiet cycle, the failed one, the one that created the orders.
    QCOMPARE(cell(tab, 0, RunLogModel::ResultColumn), QStringLiteral("OK"));
    QCOMPARE(cell(tab, 0, RunLogModel::CreatedColumn), QStringLiteral("0"));
    QCOMPARE(cell(tab, 1, RunLogModel::ResultColumn), QStringLiteral("Reading failed"));
    const QString tip =
        tab->view()->model()->index(1, RunLogModel::ResultColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("retailCRM")) && tip.contains(QStringLiteral("HTTP 500")),
        qPrintable(tip));
    QCOMPARE(cell(tab, 1, RunLogModel::ErrorsColumn), QString::number(summaries.at(1).newErrors));
    QCOMPARE(cell(tab, 2, RunLogModel::ResultColumn), QStringLiteral("OK"));
    QCOMPARE(cell(tab, 2, RunLogModel::CreatedColumn), QStringLiteral("3"));
    QCOMPARE(cell(tab, 2, RunLogModel::FetchedColumn), QString::number(summaries.at(0).leadsFetched));
    const QString duration = cell(tab, 2, RunLogModel::DurationColumn);
    QVERIFY2(duration.endsWith(QStringLiteral(" s")), qPrintable(duration));
    // Started with seconds, and with its date (not today: the fixture's clock).
    QVERIFY(cell(tab, 2, RunLogModel::StartedColumn).contains(QString::number(f.now.date().year())));

    // File > Export writes the log as shown: newest first, the texts of the table.
    QVERIFY(window.exportAction()->isEnabled());
    const QString path = f.dir.filePath(QStringLiteral("log.csv"));
    QVERIFY(!window.exportCurrentTable(path));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(csv.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(2).contains(QStringLiteral("Reading failed")));
    QVERIFY(lines.at(3).contains(cell(tab, 2, RunLogModel::StartedColumn)));
}

void tst_LogTab::filtersByResultAndPeriod()
{
    SyncFixture f;
    QList<SyncSummary> summaries;
    runThreeCycles(f, &summaries);
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(f.databasePath()));
    LogTab *tab = window.logTab();
    tab->setClock([&f] { return f.now; });
    window.show();
    window.tabs()->setCurrentIndex(MainWindow::RunLogTab);
    QTRY_COMPARE(tab->view()->model()->rowCount(), 3);

    tab->resultBox()->setCurrentIndex(int(LogTab::ResultFilter::Problems));
    QCOMPARE(tab->view()->model()->rowCount(), 1);
    QCOMPARE(cell(tab, 0, RunLogModel::ResultColumn), QStringLiteral("Reading failed"));
    tab->resultBox()->setCurrentIndex(int(LogTab::ResultFilter::Ok));
    QCOMPARE(tab->view()->model()->rowCount(), 2);
    tab->resultBox()->setCurrentIndex(int(LogTab::ResultFilter::Any));
    tab->periodBox()->setCurrentIndex(int(LogTab::Period::Day));
    QCOMPARE(tab->view()->model()->rowCount(), 2); // the first cycle was a day and 5 minutes ago
    tab->periodBox()->setCurrentIndex(int(LogTab::Period::All));
    QCOMPARE(tab->view()->model()->rowCount(), 3);
}

void tst_LogTab::screenshots()
{
    SyncFixture f;
    QList<SyncSummary> summaries;
    runThreeCycles(f, &summaries);
    Translator translator;
    MainWindow window(&translator);
    QVERIFY(window.openDatabase(f.databasePath()));
    window.resize(1280, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.tabs()->setCurrentIndex(MainWindow::RunLogTab);
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        translator.setLanguage(language);
        QCoreApplication::processEvents();
        QTRY_COMPARE(window.logTab()->view()->model()->rowCount(), 3);
        // The texts are made now, in this language.
        QCOMPARE(window.logTab()
                     ->view()
                     ->model()
                     ->headerData(RunLogModel::ResultColumn, Qt::Horizontal)
                     .toString(),
            RunLogModel::tr("Result"));
        QCOMPARE(cell(window.logTab(), 1, RunLogModel::ResultColumn),
            RunLogModel::resultText(RunResult::ReadsFailed));
        const QString path = TestSupport::saveScreenshot(&window, QStringLiteral("logtab_%1").arg(language));
        QVERIFY(QFileInfo(path).size() > 0);
    }
}

QTEST_MAIN(tst_LogTab)
#include "tst_logtab.moc"
