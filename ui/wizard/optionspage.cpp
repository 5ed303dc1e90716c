#include "optionspage.h"

#include <QScrollArea>
#include <QVBoxLayout>

#include "optionswidget.h"
#include "orderoptionswidget.h"
#include "setupwizard.h"

namespace LeadBridge {

OptionsPage::OptionsPage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_options(new OptionsWidget(OptionsWidget::Mode::Setup, this))
{
    // The order options make the page taller than a small screen's wizard: it scrolls instead of
    // squeezing the fields.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_options);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
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
