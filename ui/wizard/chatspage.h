#pragma once

#include "setuppage.h"

namespace LeadBridge {

class WebhookWidget;

/// SPEC §1.4a: turns the chat receiver on and shows the URLs to paste into Calltouch (WebhookWidget).
class ChatsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChatsPage)
public:
    explicit ChatsPage(SetupWizard *wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] WebhookWidget *webhook() const { return m_webhook; }

protected:
    void retranslate() override;

private:
    WebhookWidget *m_webhook;
    bool m_loaded = false;
};

} // namespace LeadBridge
