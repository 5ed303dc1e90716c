// MainWindow, part four: the fix offered by the banner of an error that stopped the sync.
#include <QAction>

#include "errorsmonitor.h"
#include "mainwindow.h"

namespace LeadBridge {

void MainWindow::applyFix(ProblemText::Fix fix)
{
    switch (fix) {
    case ProblemText::Fix::None:
        return;
    case ProblemText::Fix::Settings:
        openSettingsAt(true);
        return;
    case ProblemText::Fix::Wizard:
        emit setupWizardRequested();
        return;
    case ProblemText::Fix::CheckDatabase:
        checkDatabase();
        return;
    }
}

} // namespace LeadBridge
