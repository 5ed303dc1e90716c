// Runs the real leadbridge binary: --help, --version, bad options, debugging switched on, core dumps.
#include <csignal>
#include <sys/resource.h>

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "store/runlog.h"
#include "store/store.h"

using namespace LeadBridge;

class tst_App : public QObject
{
    Q_OBJECT
private slots:
    void help();
    void version();
    void unknownOptionFails();
    void unknownLanguageFails();
    void onceWithoutConfigurationExitsWithTwo();
    void onceInTheSandboxSyncsAndExitsWithZero();
    void pluginDebuggingKeepsTheExitCode_data();
    void pluginDebuggingKeepsTheExitCode();
    void leavesNoCoreDump();

private:
    struct Run
    {
        int exitCode = -1;
        bool crashed = false;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, int timeoutMs = 30000,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

tst_App::Run tst_App::run(const QStringList &arguments, int timeoutMs, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("LEADBRIDGE_BINARY"), arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs))
        return result;
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void tst_App::help()
{
    const Run r = run({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("--config")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("--lang")));
}

void tst_App::version()
{
    const Run r = run({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String(LEADBRIDGE_VERSION)), qPrintable(r.out));
}

void tst_App::unknownOptionFails()
{
    const Run r = run({ QStringLiteral("--frobnicate") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("frobnicate")), qPrintable(r.err));
}

void tst_App::unknownLanguageFails()
{
    const Run r = run({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0); // --version wins before the language check
    const Run bad = run({ QStringLiteral("--lang"), QStringLiteral("de") });
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QLatin1String("de")));
}

void tst_App::onceWithoutConfigurationExitsWithTwo()
{
    QTemporaryDir dir;
    const Run r =
        run({ QStringLiteral("--once"), QStringLiteral("--config"), dir.filePath(QStringLiteral("none.ini")),
            QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")) });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("retailcrm/url")), qPrintable(r.err));
}

void tst_App::onceInTheSandboxSyncsAndExitsWithZero()
{
    // The whole product, headless, against the simulated services with their real rate limits.
    QTemporaryDir dir;
    const Run r = run({ QStringLiteral("--once"), QStringLiteral("--sandbox"), QStringLiteral("--db"),
                          dir.filePath(QStringLiteral("sandbox.db")) },
        120000);
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QLatin1String("orders created")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String(" 0 orders created")));
    // The headless run keeps the same run log as the desktop: one row, with the orders it created.
    Store store(QStringLiteral("probe"));
    QVERIFY(store.open(dir.filePath(QStringLiteral("sandbox.db"))).isOk());
    const QList<RunRecord> runs = RunLog(store).read({});
    QCOMPARE(runs.size(), 1);
    QCOMPARE(runs.first().result, RunResult::Ok);
    QVERIFY(runs.first().ordersCreated > 0);
}

void tst_App::pluginDebuggingKeepsTheExitCode_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") } << 0;
    QTest::newRow("--once --sandbox")
        << QStringList { QStringLiteral("--once"), QStringLiteral("--sandbox") } << 0;
}

void tst_App::pluginDebuggingKeepsTheExitCode()
{
    // Qt logs while it unloads plug-ins, after the static destructors ran; the log redaction must still
    // work then (it used a destroyed registry and destroyed patterns: SIGSEGV, or "invalid
    // QRegularExpression" and secrets no longer masked), and the exit code must survive.
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_DEBUG_PLUGINS"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.core.library.debug=true"));
    if (arguments.contains(QLatin1String("--sandbox")))
        arguments << QStringLiteral("--db") << dir.filePath(QStringLiteral("sandbox.db"));
    const Run r = run(arguments, 120000, environment);
    QVERIFY2(!r.crashed, qPrintable(r.err.right(2000)));
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.err.right(2000)));
    if (arguments.contains(QLatin1String("--sandbox"))) {
        // Plug-ins were loaded and unloaded with debugging on: the test checks what it means to.
        QVERIFY2(r.err.contains(QLatin1String("unloaded library")), qPrintable(r.err.right(2000)));
    }
    QVERIFY2(!r.err.contains(QLatin1String("invalid QRegularExpression")), qPrintable(r.err.right(2000)));
}

void tst_App::leavesNoCoreDump()
{
    // The process holds the API key and the token: a crash must not write them to a core file. A shell
    // killed the same way in the same folder shows that this machine writes core files at all.
    QTemporaryDir dir;
    const auto coreFiles = [&dir](const QString &sub) {
        return QDir(dir.filePath(sub)).entryList({ QStringLiteral("core*") }, QDir::Files);
    };
    const auto start = [&dir](QProcess &process, const QString &sub, const QString &program,
                           const QStringList &arguments) {
        QDir(dir.path()).mkpath(sub);
        process.setWorkingDirectory(dir.filePath(sub));
        process.setChildProcessModifier([] {
            const rlimit unlimited { RLIM_INFINITY, RLIM_INFINITY };
            setrlimit(RLIMIT_CORE, &unlimited);
        });
        process.start(program, arguments);
    };
    QProcess control;
    start(control, QStringLiteral("control"), QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("kill -QUIT $$; sleep 5") });
    QVERIFY(control.waitForFinished(20000));
    if (coreFiles(QStringLiteral("control")).isEmpty())
        QSKIP("this machine writes no core file into the working folder (kernel.core_pattern), so the check "
              "cannot be made here");

    QProcess app;
    start(app, QStringLiteral("app"), qEnvironmentVariable("LEADBRIDGE_BINARY"),
        { QStringLiteral("--headless"), QStringLiteral("--sandbox"), QStringLiteral("--db"),
            dir.filePath(QStringLiteral("app/sandbox.db")) });
    QVERIFY(app.waitForStarted());
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT(
        (out += app.readAllStandardOutput()).contains("Sandbox:") || app.state() != QProcess::Running, 60000);
    QCOMPARE(app.state(), QProcess::Running);
    kill(pid_t(app.processId()), SIGQUIT); // default action: terminate with a core dump
    QVERIFY(app.waitForFinished(30000));
    QCOMPARE(app.exitStatus(), QProcess::CrashExit);
    QVERIFY2(
        coreFiles(QStringLiteral("app")).isEmpty(), qPrintable(coreFiles(QStringLiteral("app")).join(u' ')));
}

QTEST_GUILESS_MAIN(tst_App)
#include "tst_app.moc"
