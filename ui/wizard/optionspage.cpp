#include "optionspage.h"

#include <QVBoxLayout>

#include "optionswidget.h"
#include "orderoptionswidget.h"
#include "setupwizard.h"

namespace LeadBridge {

OptionsPage::OptionsPage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_options(new OptionsWidget(OptionsWidget::Mode::Setup, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_options);
    layout->addStretch(1);
    connect(m_options, &OptionsWidget::completeChanged, this, &OptionsPage::completeChanged);
    retranslate();
}

void OptionsPage::initializePage()
{
    if (!m_loaded) {
        m_options->load(setupWizard()->settings());
        m_loaded = true;
    }
    m_options->setShops(setupWizard()->shops());
    m_options->orderOptions()->setReferenceBooks(setupWizard()->orderBooks());
}

bool OptionsPage::isComplete() const
{
    return m_options->isComplete();
}

void OptionsPage::retranslate()
{
    setTitle(tr("Options"));
    setSubTitle(tr("The defaults suit most shops; you can change them later in Settings."));
}

} // namespace LeadBridge
