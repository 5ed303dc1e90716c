#include "mainwindow.h"

#include "translator.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace LeadBridge {

MainWindow::MainWindow(Translator *translator, QWidget *parent)
    : QMainWindow(parent)
    , m_translator(translator)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/leadbridge.svg")));
    m_tabs = new QTabWidget(this);
    for (int i = 0; i < 4; ++i) {
        auto *view = new QTableView(m_tabs);
        view->horizontalHeader()->setStretchLastSection(true);
        m_tabs->addTab(view, QString());
    }
    setCentralWidget(m_tabs);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);

    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    m_russianAction = m_languageMenu->addAction(QStringLiteral("Русский"));
    m_englishAction = m_languageMenu->addAction(QStringLiteral("English"));
    for (QAction *action : {m_russianAction, m_englishAction}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    if (m_translator) {
        (m_translator->language() == QLatin1String("ru") ? m_russianAction : m_englishAction)->setChecked(true);
        connect(m_russianAction, &QAction::triggered, this,
                [this] { m_translator->setLanguage(QStringLiteral("ru")); });
        connect(m_englishAction, &QAction::triggered, this,
                [this] { m_translator->setLanguage(QStringLiteral("en")); });
    }
    resize(1100, 700);
    retranslate();
}

MainWindow::~MainWindow() = default;

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("LeadBridge: Calltouch and retailCRM"));
    m_tabs->setTabText(0, tr("Leads"));
    m_tabs->setTabText(1, tr("Orders"));
    m_tabs->setTabText(2, tr("Deals"));
    m_tabs->setTabText(3, tr("Errors"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_statusLabel->setText(tr("Not connected"));
}

} // namespace LeadBridge
