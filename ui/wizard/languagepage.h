#pragma once

#include "setuppage.h"

class QLabel;
class QRadioButton;

namespace LeadBridge {

/// Welcome, what LeadBridge will write to retailCRM, and the language, applied at once.
class LanguagePage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)
public:
    explicit LanguagePage(SetupWizard *wizard);
    [[nodiscard]] QRadioButton *russianButton() const { return m_russian; }
    [[nodiscard]] QRadioButton *englishButton() const { return m_english; }
    [[nodiscard]] QString language() const;
    /// What LeadBridge will write to the CRM and what it never touches.
    [[nodiscard]] QLabel *writesLabel() const { return m_writes; }

protected:
    void retranslate() override;

private:
    QLabel *m_intro;
    QRadioButton *m_russian;
    QRadioButton *m_english;
    QLabel *m_writes;
};

} // namespace LeadBridge
