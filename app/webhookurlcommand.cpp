#include "webhookurlcommand.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

#include "secrets/secretstore.h"
#include "secrets/webhooksecret.h"

namespace LeadBridge {
WebhookUrlCommand::WebhookUrlCommand(QString listen, QString publicUrl, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_listen(std::move(listen))
    , m_publicUrl(std::move(publicUrl))
    , m_secrets(secrets)
{}

void WebhookUrlCommand::fail(const QString &message)
{
    QTextStream(stderr) << message << Qt::endl;
    QTimer::singleShot(0, this, [this] { emit finished(2); });
}

void WebhookUrlCommand::start()
{
    if (m_listen.trimmed().isEmpty()) {
        fail(tr("The chat receiver is off: set webhook/listen (e.g. 127.0.0.1:8099) in the settings file."));
        return;
    }
    if (WebhookSecret::url(m_publicUrl, QStringLiteral("x"), QStringLiteral("chat")).isEmpty()) {
        fail(tr("No public URL for the chat receiver: set webhook/publicUrl to the https address at which "
                "Calltouch reaches this server (e.g. https://hooks.myshop.ru)."));
        return;
    }
    m_secrets->read(SecretName::WebhookSecret, this, [this](const SecretResult &found) {
        if (found.status == SecretResult::Status::Ok && !found.value.isEmpty()) {
            print(found.value);
            return;
        }
        if (found.status == SecretResult::Status::Unavailable) {
            fail(found.message + QLatin1Char(' ') + tr("Set LEADBRIDGE_WEBHOOK_SECRET instead."));
            return;
        }
        const QString secret = WebhookSecret::generate();
        m_secrets->write(
            SecretName::WebhookSecret, secret, this, [this, secret](const SecretResult &written) {
                if (written.status != SecretResult::Status::Ok || written.memoryOnly) {
                    fail(tr("The keychain cannot keep the chat receiver's secret on this machine. Set "
                            "LEADBRIDGE_WEBHOOK_SECRET to a random value of at least 32 characters "
                            "(e.g. the output of: openssl rand -hex 32) and run this again."));
                    return;
                }
                print(secret);
            });
    });
}

void WebhookUrlCommand::print(const QString &secret)
{
    const WebhookSecret::Urls urls = WebhookSecret::urls(m_publicUrl, secret);
    QTextStream out(stdout);
    out << tr("Calls:    %1").arg(urls.calls) << '\n'
        << tr("Requests: %1").arg(urls.requests) << '\n'
        << tr("Chats:    %1").arg(urls.chats) << '\n'
        << tr("Paste them in the Calltouch cabinet: %1 (a webhook per kind, method POST).")
               .arg(WebhookSecret::cabinetPath())
        << '\n'
        << tr("LeadBridge listens on %1; your reverse proxy must pass %2 there.")
               .arg(m_listen, m_publicUrl.trimmed())
        << Qt::endl;
    QTimer::singleShot(0, this, [this] { emit finished(0); });
}

} // namespace LeadBridge
