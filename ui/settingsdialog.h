#pragma once

#include <QDialog>

#include "optionswidget.h"

class QDialogButtonBox;

class QGroupBox;
class QLabel;

namespace LeadBridge {

class AppSettings;
class SecretStore;
class SetupBackend;
class SilenceBox;
class WebhookWidget;

/// The everyday options over AppSettings (the same form as the setup wizard's options page) and the chat
/// receiver (the wizard's chats page); its secret, when new, goes to @p secrets before the dialog closes.
/// With @p backend, the shops are loaded from retailCRM with the saved address and key (by name).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr, SecretStore *secrets = nullptr,
        SetupBackend *backend = nullptr);

    [[nodiscard]] OptionsWidget *options() const { return m_options; }
    /// Read-only: the retailCRM account's time zone (read from the account) and Calltouch's.
    [[nodiscard]] QLabel *timeZones() const { return m_zones; }
    [[nodiscard]] QSpinBox *delaySpin() const { return m_options->delaySpin(); }
    [[nodiscard]] QCheckBox *kindBox(const QString &kind) const { return m_options->kindBox(kind); }
    [[nodiscard]] WebhookWidget *webhook() const { return m_webhook; }
    /// Puts the focus on the chat receiver's listen address (the fix of a busy port).
    void showChatReceiver();
    /// The "Silence alert" group.
    [[nodiscard]] SilenceBox *silenceBox() const { return m_silence; }
    /// Loading the shops, or why they could not be loaded (hidden once they are).
    [[nodiscard]] QLabel *shopsStatus() const { return m_shopsStatus; }
    [[nodiscard]] bool isLoadingShops() const { return m_loadingShops; }

    /// Writes the values to the settings and closes.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadShops(SetupBackend *backend);
    void updateOk();

    AppSettings *m_settings;
    SecretStore *m_secrets;
    OptionsWidget *m_options;
    WebhookWidget *m_webhook;
    QGroupBox *m_webhookBox;
    SilenceBox *m_silence;
    QLabel *m_saveError;
    bool m_saving = false;
    QLabel *m_zonesLabel = nullptr;
    QLabel *m_zones = nullptr;
    QDialogButtonBox *m_buttons;
    QLabel *m_shopsStatus = nullptr;
    bool m_loadingShops = false;
    QString m_shopsError;
};

} // namespace LeadBridge
