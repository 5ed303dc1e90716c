#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace LeadBridge {

class AppSettings;

/// The everyday options over AppSettings: delay, interval, lead kinds, deal sync, shop. No secrets.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    [[nodiscard]] QSpinBox *delaySpin() const { return m_delay; }
    [[nodiscard]] QSpinBox *intervalSpin() const { return m_interval; }
    [[nodiscard]] QCheckBox *kindBox(const QString &kind) const;
    [[nodiscard]] QCheckBox *dealSyncBox() const { return m_dealSync; }
    [[nodiscard]] QLineEdit *shopEdit() const { return m_shop; }

    /// Writes the values to the settings and closes.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppSettings *m_settings;
    QFormLayout *m_form = nullptr;
    QSpinBox *m_delay = nullptr;
    QSpinBox *m_interval = nullptr;
    QCheckBox *m_calls = nullptr;
    QCheckBox *m_requests = nullptr;
    QCheckBox *m_chats = nullptr;
    QCheckBox *m_dealSync = nullptr;
    QLineEdit *m_shop = nullptr;
    QLabel *m_kindsHint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace LeadBridge
