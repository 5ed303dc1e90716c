#include "settingsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
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
}

} // namespace LeadBridge
