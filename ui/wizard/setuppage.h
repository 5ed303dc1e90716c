#pragma once

#include <QWizardPage>

namespace LeadBridge {

class SetupWizard;

/// Base of every setup wizard page: knows its wizard and gives its texts again when the language changes.
class SetupPage : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupPage)
public:
    ~SetupPage() override;

protected:
    explicit SetupPage(SetupWizard *wizard);
    [[nodiscard]] SetupWizard *setupWizard() const { return m_wizard; }
    void changeEvent(QEvent *event) override;
    /// Sets every text; pages call it once at the end of their constructor.
    virtual void retranslate() = 0;

private:
    SetupWizard *m_wizard;
};

} // namespace LeadBridge
