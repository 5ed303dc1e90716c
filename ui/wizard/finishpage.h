#pragma once

#include "setuppage.h"

class QLabel;

namespace LeadBridge {

/// The summary of what will be saved.
class FinishPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FinishPage)
public:
    explicit FinishPage(SetupWizard *wizard);
    void initializePage() override;
    [[nodiscard]] QString summaryText() const;

protected:
    void retranslate() override;

private:
    QLabel *m_summary;
};

} // namespace LeadBridge
