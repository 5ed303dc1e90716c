#pragma once

// Runs the real leadbridge binary (LEADBRIDGE_BINARY) with a private home and the keys in the
// environment, waiting with the event loop running (the simulated services answer from the test's
// thread).
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

namespace LeadBridge::TestSupport {

struct BinaryRun
{
    int exitCode = -1; ///< -1 when it crashed or did not finish
    QString out;
    QString err;
};

inline BinaryRun runBinary(const QString &home, const QStringList &arguments, const QString &apiKey,
    const QString &token, int timeoutMs = 60000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LEADBRIDGE_RETAILCRM_API_KEY"), apiKey);
    env.insert(QStringLiteral("LEADBRIDGE_CALLTOUCH_TOKEN"), token);
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(qEnvironmentVariable("LEADBRIDGE_BINARY"), arguments);
    BinaryRun result;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        QTest::qFail(qPrintable(QStringLiteral("leadbridge %1 did not finish").arg(arguments.join(u' '))),
            __FILE__, __LINE__);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace LeadBridge::TestSupport
