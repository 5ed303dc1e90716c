// Runs the real leadbridge binary: --help, --version, bad options.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments, int timeoutMs = 30000);
};

tst_App::Run tst_App::run(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(qEnvironmentVariable("LEADBRIDGE_BINARY"), arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs))
        return result;
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
}

QTEST_GUILESS_MAIN(tst_App)
#include "tst_app.moc"
