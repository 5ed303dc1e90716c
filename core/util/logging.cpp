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

    // Everything redact() touches lives until the process ends: Qt still logs while it unloads plug-ins,
    // after the static destructors ran (QT_DEBUG_PLUGINS=1), and the handler runs then. So these are
    // created on first use and deliberately never destroyed (no destructor can run before a late log).
    struct SecretRegistry
    {
        QMutex mutex;
        QSet<QString> values;
        const QString mask = QStringLiteral("***");
        // Query parameters and form fields: apiKey=…, clientApiId=…, access_token=…, token=…
        const QRegularExpression query {
            QStringLiteral("((?:apiKey|api_key|clientApiId|access_token|accessToken|token)=)"
                           "[^&\\s\"']+"),
            QRegularExpression::CaseInsensitiveOption
        };
        // Header lines and JSON-ish "name": "value" pairs.
        const QRegularExpression header { QStringLiteral(
                                              "((?:X-API-KEY|Access-Token|Authorization)\"?\\s*[:=]\\s*\"?)"
                                              "[^\\s\",}]+"),
            QRegularExpression::CaseInsensitiveOption };
    };

    SecretRegistry &registry()
    {
        static SecretRegistry *const instance = new SecretRegistry; // never deleted, see above
        return *instance;
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
    auto &reg = registry();
    out.replace(reg.query, QStringLiteral("\\1***"));
    out.replace(reg.header, QStringLiteral("\\1***"));

    QMutexLocker lock(&reg.mutex);
    for (const QString &secret : std::as_const(reg.values)) {
        out.replace(secret, reg.mask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, reg.mask, Qt::CaseInsensitive);
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
