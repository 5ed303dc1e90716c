#include "chatspage.h"

#include <QVBoxLayout>

#include "setupwizard.h"
#include "webhookwidget.h"

namespace LeadBridge {

ChatsPage::ChatsPage(SetupWizard *wizard)
    : SetupPage(wizard)
    , m_webhook(new WebhookWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_webhook);
    layout->addStretch(1);
    connect(m_webhook, &WebhookWidget::completeChanged, this, &ChatsPage::completeChanged);
    retranslate();
}

void ChatsPage::initializePage()
{
    if (m_loaded)
        return;
    m_webhook->load(setupWizard()->settings(), setupWizard()->secrets());
    m_loaded = true;
}

bool ChatsPage::isComplete() const
{
    return m_webhook->isComplete();
}

void ChatsPage::retranslate()
{
    setTitle(tr("Chats"));
    setSubTitle(tr("Optional: chats need a public https address for Calltouch to call. You can turn this on "
                   "later in Settings."));
}

} // namespace LeadBridge
