#include "resendconfirmation.h"

#include <QPushButton>

namespace LeadBridge {

ResendConfirmation::ResendConfirmation(int leadCount, QWidget *parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Resend leads"));
    setText(tr("Send %n lead(s) again now?", nullptr, leadCount));
    setInformativeText(
        tr("Each lead goes through the rules again. A lead that is already in its order keeps its result "
           "and nothing is written to retailCRM; the other leads may create or update an order. Every "
           "attempt is added to the lead's history."));
    m_resend = addButton(tr("Resend %n lead(s)", nullptr, leadCount), QMessageBox::AcceptRole);
    m_cancel = addButton(QMessageBox::Cancel);
    m_resend->setAutoDefault(false);
    setDefaultButton(m_cancel);
    setEscapeButton(m_cancel);
}

bool ResendConfirmation::confirmed() const
{
    return clickedButton() == m_resend;
}

bool ResendConfirmation::ask(int leadCount, QWidget *parent)
{
    ResendConfirmation box(leadCount, parent);
    box.exec();
    return box.confirmed();
}

} // namespace LeadBridge
