#include "silencebox.h"

#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>

#include "rules/silencerule.h"
#include "settings/appsettings.h"

namespace LeadBridge {

SilenceBox::SilenceBox(QWidget *parent)
    : QGroupBox(parent)
    , m_factor(new QDoubleSpinBox(this))
    , m_hours(new QSpinBox(this))
    , m_factorLabel(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("silenceBox"));
    setCheckable(true);
    m_factor->setObjectName(QStringLiteral("silenceFactor"));
    m_factor->setRange(1.0, 20.0);
    m_factor->setSingleStep(0.5);
    m_factor->setDecimals(1);
    m_hours->setObjectName(QStringLiteral("silenceHours"));
    m_hours->setRange(1, 24);
    m_factorLabel->setBuddy(m_factor);
    m_hoursLabel->setBuddy(m_hours);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    auto *form = new QFormLayout(this);
    form->addRow(m_hint);
    form->addRow(m_factorLabel, m_factor);
    form->addRow(m_hoursLabel, m_hours);
    const Sync::SilenceThresholds defaults;
    setChecked(defaults.enabled);
    m_factor->setValue(defaults.factor);
    m_hours->setValue(defaults.minimumHours);
    retranslate();
}

void SilenceBox::load(const AppSettings &settings)
{
    const Sync::SilenceThresholds thresholds = settings.silenceThresholds();
    setChecked(thresholds.enabled);
    m_factor->setValue(thresholds.factor);
    m_hours->setValue(thresholds.minimumHours);
}

void SilenceBox::save(AppSettings *settings) const
{
    if (!settings)
        return;
    Sync::SilenceThresholds thresholds;
    thresholds.enabled = isChecked();
    thresholds.factor = m_factor->value();
    thresholds.minimumHours = m_hours->value();
    settings->setSilenceThresholds(thresholds);
}

void SilenceBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QGroupBox::changeEvent(event);
}

void SilenceBox::retranslate()
{
    setTitle(tr("Silence alert"));
    m_hint->setText(tr("LeadBridge learns the usual flow of leads per weekday and hour and warns once when "
                       "none has come for implausibly long in working hours (not in the first two weeks)."));
    m_factorLabel->setText(tr("Longer than the longest usual gap ×"));
    m_hoursLabel->setText(tr("And at least:"));
    m_hours->setSuffix(tr(" h"));
}

} // namespace LeadBridge
