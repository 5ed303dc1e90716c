#pragma once

#include "setuppage.h"

class QLabel;
class QRadioButton;

namespace LeadBridge {

/// Welcome and the language, applied at once.
class LanguagePage final : public SetupPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguagePage)
public:
    explicit LanguagePage(SetupWizard *wizard);
    [[nodiscard]] QRadioButton *russianButton() const { return m_russian; }
    [[nodiscard]] QRadioButton *englishButton() const { return m_english; }
    [[nodiscard]] QString language() const;

protected:
    void retranslate() override;

private:
    QLabel *m_intro;
    QRadioButton *m_russian;
    QRadioButton *m_english;
};

} // namespace LeadBridge
