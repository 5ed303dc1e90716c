#pragma once

#include <QMainWindow>

class QTabWidget;
class QLabel;
class QAction;
class QMenu;

namespace LeadBridge {

class Translator;

/// The live sync monitor: tables of leads, orders, deals and errors, and the status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Translator *translator, QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Translator *m_translator;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_statusLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_russianAction = nullptr;
    QAction *m_englishAction = nullptr;
};

} // namespace LeadBridge
