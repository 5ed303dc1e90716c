#pragma once

#include <QObject>
#include <QPointer>

#include "aboutdialog.h"

class QAction;
class QMainWindow;
class QMenu;

namespace LeadBridge {

/// The Help menu of a main window: "Help" (F1) opens the README's help section, "About LeadBridge"
/// the About dialog with this instance's paths.
class HelpMenu final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)
public:
    HelpMenu(QMainWindow *window, const AboutDialog::Paths &paths);
    ~HelpMenu() override;

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QAction *helpAction() const { return m_helpAction; }
    [[nodiscard]] QAction *aboutAction() const { return m_aboutAction; }
    /// The open About dialog (non-modal, one at a time), or nullptr.
    [[nodiscard]] AboutDialog *aboutDialog() const { return m_about; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();
    void showAbout();

    QPointer<QMainWindow> m_window;
    AboutDialog::Paths m_paths;
    QMenu *m_menu = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QPointer<AboutDialog> m_about;
};

} // namespace LeadBridge
