#pragma once

#include <memory>

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;

class QNetworkAccessManager;
class QPushButton;

namespace LeadBridge {

class AppSettings;
class SecretStore;
class WebhookReceiver;

/// The chat receiver's controls, the same in the setup wizard and in Settings (SPEC §1.4a): on/off,
/// the address to listen on, the public base URL Calltouch reaches, the resulting webhook URLs with Copy
/// buttons and the place to paste them in the Calltouch cabinet, "Send a test" (a sample chat posted to
/// the local listener, read but never stored or sent to the CRM) and "Regenerate" (after a warning).
/// The secret is generated here when none is stored; its owner writes it to the SecretStore.
class WebhookWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookWidget)
public:
    enum class Kind { Calls, Requests, Chats };

    explicit WebhookWidget(QWidget *parent = nullptr);
    ~WebhookWidget() override;

    /// Shows @p settings' values and reads the secret from @p secrets (generates one when none is stored).
    void load(const AppSettings *settings, SecretStore *secrets);
    /// Writes the address and public URL to @p settings (without sync()); never the secret.
    void save(AppSettings *settings) const;
    /// Off, or on with a valid address and public URL.
    [[nodiscard]] bool isComplete() const;
    [[nodiscard]] bool isReceiverOn() const;
    [[nodiscard]] QString secret() const { return m_secret; }
    /// The secret differs from the stored one (new or regenerated): it must be written.
    [[nodiscard]] bool secretNeedsSaving() const { return m_secretDirty; }
    void markSecretSaved() { m_secretDirty = false; }

    [[nodiscard]] QCheckBox *enabledBox() const { return m_enabled; }
    [[nodiscard]] QLineEdit *listenEdit() const { return m_listen; }
    [[nodiscard]] QLineEdit *publicUrlEdit() const { return m_publicUrl; }
    [[nodiscard]] QLineEdit *urlEdit(Kind kind) const;
    /// The URL with its secret, as Copy gives it.
    [[nodiscard]] QString url(Kind kind) const { return m_fullUrls[int(kind)]; }
    [[nodiscard]] QPushButton *copyButton(Kind kind) const;
    [[nodiscard]] QPushButton *testButton() const { return m_test; }
    [[nodiscard]] QLabel *testResult() const { return m_testResult; }
    [[nodiscard]] QPushButton *regenerateButton() const { return m_regenerate; }
    /// The open "Regenerate?" warning, or null.
    [[nodiscard]] QMessageBox *regenerateWarning() const { return m_warning; }

signals:
    void completeChanged();
    /// "Send a test" ended: @p arrived when the listener received and read the sample.
    void testFinished(bool arrived);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void sendTest();
    void finishTest(bool arrived, const QString &message);
    void askToRegenerate();

    QCheckBox *m_enabled;
    QLineEdit *m_listen;
    QLineEdit *m_publicUrl;
    QLineEdit *m_urls[3]; ///< shown with the secret hidden
    QString m_fullUrls[3]; ///< what Copy puts on the clipboard
    QPushButton *m_copy[3];
    QLabel *m_urlLabels[3];
    QLabel *m_listenLabel;
    QLabel *m_publicLabel;
    QLabel *m_cabinet;
    QLabel *m_problem;
    QLabel *m_intro;
    QPushButton *m_test;
    QLabel *m_testResult;
    QPushButton *m_regenerate;
    QPointer<QMessageBox> m_warning;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<WebhookReceiver> m_probe; ///< a listener of its own while testing, when the port is free
    bool m_probeArrived = false;
    QString m_secret;
    bool m_secretDirty = false;
};

} // namespace LeadBridge
