#include "logging.h"

#include <sys/stat.h>

#include <QMutex>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApi, "leadbridge.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "leadbridge.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "leadbridge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "leadbridge.ui", QtInfoMsg)

namespace LeadBridge {
namespace {

    const QString kMask = QStringLiteral("***");

    struct SecretRegistry
    {
        QMutex mutex;
        QSet<QString> values;
    };

    SecretRegistry &registry()
    {
        static SecretRegistry instance;
        return instance;
    }

    QtMessageHandler g_previousHandler = nullptr;

    void redactingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (g_previousHandler)
            g_previousHandler(type, context, redact(message));
    }

    // systemd sets JOURNAL_STREAM to "<device>:<inode>" of the stream it connected to the journal;
    // a child whose stderr was redirected elsewhere inherits the variable, hence the comparison.
    bool stderrIsJournal()
    {
        const QByteArray stream = qgetenv("JOURNAL_STREAM");
        struct stat info
        {
        };
        if (stream.isEmpty() || ::fstat(2, &info) != 0)
            return false;
        return stream
            == QByteArray::number(quint64(info.st_dev)) + ':' + QByteArray::number(quint64(info.st_ino));
    }

} // namespace

QString redact(const QString &text)
{
    QString out = text;
    // Query parameters and form fields: apiKey=…, clientApiId=…, access_token=…, token=…
    static const QRegularExpression query(
        QStringLiteral("((?:apiKey|api_key|clientApiId|access_token|accessToken|token)=)[^&\\s\"']+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(query, QStringLiteral("\\1***"));
    // Header lines and JSON-ish "name": "value" pairs.
    static const QRegularExpression header(
        QStringLiteral("((?:X-API-KEY|Access-Token|Authorization)\"?\\s*[:=]\\s*\"?)[^\\s\",}]+"),
        QRegularExpression::CaseInsensitiveOption);
    out.replace(header, QStringLiteral("\\1***"));

    auto &reg = registry();
    QMutexLocker lock(&reg.mutex);
    for (const QString &secret : std::as_const(reg.values)) {
        out.replace(secret, kMask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, kMask, Qt::CaseInsensitive);
    }
    return out;
}

QString redactedUrl(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    return redact(copy.toString(QUrl::FullyEncoded));
}

void registerSecret(const QString &secret)
{
    // Very short values would mask ordinary words; real keys are long.
    if (secret.size() < 6)
        return;
    auto &reg = registry();
    QMutexLocker lock(&reg.mutex);
    reg.values.insert(secret);
}

void clearRegisteredSecrets()
{
    auto &reg = registry();
    QMutexLocker lock(&reg.mutex);
    reg.values.clear();
}

void installLogging()
{
    qSetMessagePattern(QString::fromLatin1(stderrIsJournal() ? kJournalMessagePattern : kLogMessagePattern));
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(redactingHandler);
}

} // namespace LeadBridge
