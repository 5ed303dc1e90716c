#pragma once

#include <QUrl>
#include <QWizard>

#include "retailcrm/retailcrmtypes.h"

namespace LeadBridge {

class AppSettings;
class SecretStore;
class SetupBackend;
class Translator;

/// The first-start setup (SPEC §1): language, retailCRM, Calltouch, import leads since, options, custom
/// fields (created only when the admin presses Create), chats, a preview of the first sync (nothing
/// written), finish.
/// Keys are checked live before Next is allowed and written to the SecretStore only when the wizard
/// finishes (only those that changed); settings go to AppSettings. Running it again pre-fills
/// everything from AppSettings and the SecretStore.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)
public:
    enum PageId {
        LanguagePageId,
        RetailCrmPageId,
        CalltouchPageId,
        SincePageId,
        OptionsPageId,
        FieldsPageId,
        ChatsPageId,
        PreviewPageId,
        FinishPageId
    };

    SetupWizard(AppSettings *settings, SecretStore *secrets, SetupBackend *backend, Translator *translator,
        QWidget *parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] AppSettings *settings() const { return m_settings; }
    [[nodiscard]] SetupBackend *backend() const { return m_backend; }
    [[nodiscard]] Translator *translator() const { return m_translator; }
    [[nodiscard]] SecretStore *secrets() const { return m_secrets; }

    /// Shops as the retailCRM check read them (the CRM's order).
    [[nodiscard]] QList<RetailCrm::Site> shops() const { return m_shops; }
    void setShops(const QList<RetailCrm::Site> &shops) { m_shops = shops; }
    /// The CRM's order methods, order types and users (for the order options).
    [[nodiscard]] RetailCrm::OrderBooks orderBooks() const { return m_orderBooks; }
    void setOrderBooks(const RetailCrm::OrderBooks &books) { m_orderBooks = books; }
    /// The account's time zone as retailCRM's settings give it (empty when they could not be read).
    [[nodiscard]] QString accountTimeZone() const { return m_accountTimeZone; }
    void setAccountTimeZone(const QString &zoneId) { m_accountTimeZone = zoneId; }
    [[nodiscard]] QUrl retailCrmUrl() const;
    [[nodiscard]] QString retailCrmApiKey() const;
    /// The secrets as stored before the wizard (for "changed?").
    [[nodiscard]] QString storedSecret(const QString &name) const { return m_stored.value(name); }
    /// Messages from saving (e.g. the keychain kept a key only in memory).
    [[nodiscard]] QStringList saveMessages() const { return m_saveMessages; }

    /// Saves settings and changed secrets, then closes; setupFinished() follows.
    void accept() override;

signals:
    /// The stored secrets were read (pre-filled).
    void secretsLoaded();
    /// Everything is saved: @p ok, or the problem in @p message.
    void setupFinished(bool ok, const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void saveSecret(const QString &name, const QString &value);
    void finishIfSaved();

    AppSettings *m_settings;
    SecretStore *m_secrets;
    SetupBackend *m_backend;
    Translator *m_translator;
    QList<RetailCrm::Site> m_shops;
    RetailCrm::OrderBooks m_orderBooks;
    QString m_accountTimeZone;
    QHash<QString, QString> m_stored;
    int m_pendingReads = 0;
    int m_pendingWrites = 0;
    bool m_saving = false;
    bool m_saveFailed = false;
    QStringList m_saveMessages;
};

} // namespace LeadBridge
