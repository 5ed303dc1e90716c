#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "settings/appsettings.h"

namespace LeadBridge {

SettingsDialog::SettingsDialog(AppSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_options(new OptionsWidget(OptionsWidget::Mode::Settings, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    if (m_settings)
        m_options->load(m_settings);
    // Not editable: the account's zone is read from retailCRM at every start.
    m_zones = new QLabel(this);
    m_zones->setObjectName(QStringLiteral("timeZones"));
    m_zones->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_zonesLabel = new QLabel(this);
    m_zonesLabel->setBuddy(m_zones);
    m_options->form()->addRow(m_zonesLabel, m_zones);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto updateOk = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_options->isComplete());
    };
    connect(m_options, &OptionsWidget::completeChanged, this, updateOk);
    updateOk();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    retranslate();
    resize(520, sizeHint().height());
}

void SettingsDialog::accept()
{
    if (m_settings) {
        m_options->save(m_settings);
        m_settings->sync();
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_zonesLabel->setText(tr("Time zones:"));
    if (m_settings) {
        m_zones->setText(tr("retailCRM account: %1 (read from the account); Calltouch project: %2")
                             .arg(m_settings->retailCrmTimeZone(), m_settings->calltouchTimeZone()));
    }
}

} // namespace LeadBridge
