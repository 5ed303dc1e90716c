#pragma once

#include <QObject>
#include <QString>

namespace LeadBridge {

class SecretStore;

/// `leadbridge --webhook-url --config FILE`: prints the webhook URLs to paste into Calltouch, once.
/// The secret comes from LEADBRIDGE_WEBHOOK_SECRET or the keychain; without one it is generated and
/// stored in the keychain. Exit 0 with the URLs; 2 when the receiver is off, there is no public URL or
/// the secret cannot be kept.
class WebhookUrlCommand final : public QObject
{
    Q_OBJECT
public:
    WebhookUrlCommand(QString listen, QString publicUrl, SecretStore *secrets, QObject *parent = nullptr);
    void start();

signals:
    void finished(int exitCode);

private:
    void print(const QString &secret);
    void fail(const QString &message);

    QString m_listen;
    QString m_publicUrl;
    SecretStore *m_secrets;
};

} // namespace LeadBridge
