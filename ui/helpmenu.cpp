#include "helpmenu.h"

#include <QAction>
#include <QDesktopServices>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace LeadBridge {

HelpMenu::HelpMenu(QMainWindow *window, const AboutDialog::Paths &paths)
    : QObject(window)
    , m_window(window)
    , m_paths(paths)
{
    m_menu = window->menuBar()->addMenu(QString());
    m_helpAction = m_menu->addAction(QString());
    m_helpAction->setShortcut(QKeySequence::HelpContents);
    connect(
        m_helpAction, &QAction::triggered, this, [] { QDesktopServices::openUrl(AboutDialog::helpUrl()); });
    m_menu->addSeparator();
    m_aboutAction = m_menu->addAction(QString());
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &HelpMenu::showAbout);
    window->installEventFilter(this);
    retranslate();
}

HelpMenu::~HelpMenu()
{
    if (m_window)
        m_window->removeEventFilter(this);
}

void HelpMenu::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(m_paths, m_window);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_about->show();
    m_about->raise();
    m_about->activateWindow();
}

bool HelpMenu::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void HelpMenu::retranslate()
{
    m_menu->setTitle(tr("&Help"));
    m_helpAction->setText(tr("&Help"));
    m_aboutAction->setText(tr("&About LeadBridge"));
}

} // namespace LeadBridge
