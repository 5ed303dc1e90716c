#pragma once

#include "setuppage.h"

namespace LeadBridge {

class OptionsWidget;

/// The everyday options (the same form as the Settings dialog), with the shops the retailCRM check found.
class OptionsPage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsPage)
public:
    explicit OptionsPage(SetupWizard *wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] OptionsWidget *options() const { return m_options; }

protected:
    void retranslate() override;

private:
    OptionsWidget *m_options;
    bool m_loaded = false;
};

} // namespace LeadBridge
