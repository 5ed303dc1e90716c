#include "setuppage.h"

#include <QEvent>

#include "setupwizard.h"

namespace LeadBridge {

SetupPage::SetupPage(SetupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{}

SetupPage::~SetupPage() = default;

void SetupPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

} // namespace LeadBridge
