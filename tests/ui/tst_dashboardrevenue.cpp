// The dashboard's revenue chart on data the engine wrote: the real binary runs one sandbox cycle
// (simulated retailCRM and Calltouch), then the window shows that database at 1024×600, in English and
// Russian: names whole, money with ₽ and grouping, values not over their bars; and on the engine's two
// weeks (engineseed.h), "Lead not found" explained.
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "dashboard.h"
#include "engineseed.h"
#include "mainwindow.h"
#include "revenuechart.h"
#include "screenshots.h"
#include "translator.h"

using namespace LeadBridge;

class tst_DashboardRevenue : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void revenueIsMoneyWithWholeNames_data();
    void revenueIsMoneyWithWholeNames();
    void leadNotFoundIsExplained_data();
    void leadNotFoundIsExplained();

private:
    /// Opens @p database in @p window at 1024×600 on the dashboard, refreshed; nullptr when it failed.
    static Dashboard *showDashboard(MainWindow &window, const QString &database);

    QTemporaryDir m_dir;
    QString m_database;
};

void tst_DashboardRevenue::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const QString binary = qEnvironmentVariable("LEADBRIDGE_BINARY");
    QVERIFY2(!binary.isEmpty(), "LEADBRIDGE_BINARY is not set");
    m_database = m_dir.filePath(QStringLiteral("sandbox.db"));
    QProcess run;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    run.setProcessEnvironment(env);
    run.start(binary,
        { QStringLiteral("--sandbox"), QStringLiteral("--once"), QStringLiteral("--db"), m_database });
    QVERIFY(run.waitForFinished(120000));
    QVERIFY2(run.exitCode() == 0, run.readAllStandardError().constData());
}

Dashboard *tst_DashboardRevenue::showDashboard(MainWindow &window, const QString &database)
{
    if (!window.openDatabase(database))
        return nullptr;
    window.resize(1024, 600);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return nullptr;
    window.tabs()->setCurrentIndex(MainWindow::DashboardTab);
    Dashboard *dashboard = window.dashboard();
    dashboard->refresh();
    return QTest::qWaitFor([dashboard] { return !dashboard->isRefreshing(); }) ? dashboard : nullptr;
}

void tst_DashboardRevenue::revenueIsMoneyWithWholeNames_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
}

void tst_DashboardRevenue::revenueIsMoneyWithWholeNames()
{
    QFETCH(QString, language);
    Translator translator;
    translator.setLanguage(language);
    MainWindow window(&translator);
    Dashboard *dashboard = showDashboard(window, m_database);
    QVERIFY(dashboard);
    RevenueChart *chart = dashboard->revenueChart();
    QVERIFY(chart->isVisible());
    const QList<RevenueChart::Bar> bars = chart->bars();
    QVERIFY2(bars.size() >= 2, "the sandbox cycle made deals with revenue");
    QVERIFY(!chart->title().contains(QStringLiteral("thousand")));
    const QString notFoundLabel =
        language == QLatin1String("en") ? QStringLiteral("Lead not found") : QString();
    bool sawNotFound = false;
    for (int i = 0; i < bars.size(); ++i) {
        const RevenueChart::Bar &bar = bars.at(i);
        // Whole names at 1024×600 (Qt Charts drew "…" for every one).
        QCOMPARE(chart->drawnLabel(i), bar.label);
        // Money: the rouble sign and the locale's grouping.
        QVERIFY2(bar.valueText.contains(QStringLiteral("₽")), qPrintable(bar.valueText));
        if (bar.value >= 1000) {
            const QString grouping =
                language == QLatin1String("en") ? QStringLiteral(",") : QStringLiteral("\u00A0");
            QVERIFY2(bar.valueText.contains(grouping), qPrintable(bar.valueText));
        }
        // The value is written inside its bar (long bars) or after it, inside the plot: never across the
        // bar's end.
        const QRectF rect = chart->barRect(i);
        const qreal textWidth = chart->fontMetrics().horizontalAdvance(bar.valueText);
        if (chart->valueInside(i))
            QVERIFY2(rect.width() > textWidth, qPrintable(bar.label));
        else
            QVERIFY2(rect.right() + textWidth < chart->width(), qPrintable(bar.label));
        if (i > 0)
            QVERIFY(
                bars.at(i - 1).value >= bar.value || i == bars.size() - 1); // largest first ("Other" last)
        sawNotFound = sawNotFound || bar.toolTip == Dashboard::notFoundExplanation();
    }
    TestSupport::saveScreenshot(&window, QStringLiteral("dashboard_1024x600_%1").arg(language));
    QCOMPARE(chart->note().isEmpty(), !sawNotFound); // the note only with the bar it explains
}

void tst_DashboardRevenue::leadNotFoundIsExplained_data()
{
    revenueIsMoneyWithWholeNames_data();
}

void tst_DashboardRevenue::leadNotFoundIsExplained()
{
    // The sandbox's orders all have a lead. The engine's two weeks (tests/support/engineseed.h) have
    // orders CRM users took by phone from numbers no lead knows: their revenue is "Lead not found",
    // explained in the bar's tooltip and in a note under the chart.
    QFETCH(QString, language);
    const QString database = m_dir.filePath(QStringLiteral("engine-%1.db").arg(language));
    QVERIFY(TestSupport::engineSeededDatabase(database));
    Translator translator;
    translator.setLanguage(language);
    MainWindow window(&translator);
    Dashboard *dashboard = showDashboard(window, database);
    QVERIFY(dashboard);
    RevenueChart *chart = dashboard->revenueChart();
    int row = -1;
    for (int i = 0; i < chart->bars().size(); ++i) {
        if (chart->bars().at(i).toolTip == Dashboard::notFoundExplanation())
            row = i;
    }
    QVERIFY2(row >= 0, "the engine's run has revenue of orders no lead knows");
    const RevenueChart::Bar bar = chart->bars().at(row);
    QVERIFY(bar.value > 0);
    if (language == QLatin1String("en"))
        QCOMPARE(bar.label, QStringLiteral("Lead not found"));
    QCOMPARE(chart->drawnLabel(row), bar.label);
    const QString tip = chart->toolTipAt(chart->barRect(row).center().toPoint());
    QVERIFY2(tip.contains(Dashboard::notFoundExplanation()), qPrintable(tip));
    QVERIFY(!chart->note().isEmpty());
    TestSupport::saveScreenshot(&window, QStringLiteral("dashboard_1024x600_not_found_%1").arg(language));
}

QTEST_MAIN(tst_DashboardRevenue)
#include "tst_dashboardrevenue.moc"
