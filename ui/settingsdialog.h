#pragma once

#include <QDialog>

#include "optionswidget.h"

class QDialogButtonBox;

class QLabel;

namespace LeadBridge {

class AppSettings;

/// The everyday options over AppSettings (the same form as the setup wizard's options page). No secrets.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    [[nodiscard]] OptionsWidget *options() const { return m_options; }
    /// Read-only: the retailCRM account's time zone (read from the account) and Calltouch's.
    [[nodiscard]] QLabel *timeZones() const { return m_zones; }
    [[nodiscard]] QSpinBox *delaySpin() const { return m_options->delaySpin(); }
    [[nodiscard]] QCheckBox *kindBox(const QString &kind) const { return m_options->kindBox(kind); }

    /// Writes the values to the settings and closes.
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AppSettings *m_settings;
    OptionsWidget *m_options;
    QLabel *m_zonesLabel = nullptr;
    QLabel *m_zones = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace LeadBridge
