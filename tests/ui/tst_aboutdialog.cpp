// Help > About LeadBridge through the real desktop wiring: the version, Qt's version and the real paths
// of this instance's database and settings file.
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "aboutdialog.h"
#include "desktopsession.h"
#include "helpmenu.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "translator.h"

using namespace LeadBridge;

class tst_AboutDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void aboutShowsVersionsAndRealPaths();
    void helpOpensTheReadmeSection();
    void startMinimizedDoesNotOpenTheWindow();

private:
    static MainWindow *mainWindow();
    QTemporaryDir m_dir;
};

void tst_AboutDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

MainWindow *tst_AboutDialog::mainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

void tst_AboutDialog::aboutShowsVersionsAndRealPaths()
{
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        AppSettings settings(m_dir.filePath(QStringLiteral("about-%1.ini").arg(language)));
        settings.setSetupFinished(true);
        settings.sync();
        MemorySecretStore secrets;
        Translator translator;
        translator.setLanguage(language);
        const QString database = m_dir.filePath(QStringLiteral("about-%1.db").arg(language));
        DesktopSession session(&settings, &secrets, &translator, database);
        session.start();
        MainWindow *window = mainWindow();
        QVERIFY(window);
        auto *help = window->findChild<HelpMenu *>();
        QVERIFY(help);
        QVERIFY(window->menuBar()->actions().last() == help->menu()->menuAction()); // Help comes last
        help->aboutAction()->trigger();
        AboutDialog *about = help->aboutDialog();
        QVERIFY(about);
        QVERIFY(QTest::qWaitForWindowExposed(about));
        QCOMPARE(about->databaseField()->text(), QDir::toNativeSeparators(database));
        QCOMPARE(about->settingsField()->text(), QDir::toNativeSeparators(settings.fileName()));
        QVERIFY(about->databaseField()->isReadOnly()); // selectable, not editable
        QCOMPARE(AboutDialog::folderOf(database), QUrl::fromLocalFile(m_dir.path()));
        QStringList texts;
        for (const QLabel *label : about->findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral(LEADBRIDGE_VERSION)), qPrintable(all));
        QVERIFY2(all.contains(QString::fromLatin1(qVersion())), qPrintable(all));
        QVERIFY2(all.contains(AboutDialog::helpUrl().toString(QUrl::FullyEncoded)), qPrintable(all));
        if (language == QLatin1String("en")) {
            QCOMPARE(about->windowTitle(), QStringLiteral("About LeadBridge"));
            QCOMPARE(about->openDatabaseFolderButton()->text(), QStringLiteral("Open folder"));
        }
        TestSupport::saveScreenshot(about, QStringLiteral("about_%1").arg(language));
        about->close();
    }
}

void tst_AboutDialog::helpOpensTheReadmeSection()
{
    QCOMPARE(AboutDialog::helpUrl().fragment(), QStringLiteral("using-it"));
    QVERIFY(AboutDialog::helpUrl().isValid());
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    HelpMenu help(&window, { QStringLiteral("/tmp/x.db"), QStringLiteral("/tmp/x.ini") });
    QCOMPARE(help.helpAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    QCOMPARE(help.menu()->title(), QStringLiteral("&Help"));
}

void tst_AboutDialog::startMinimizedDoesNotOpenTheWindow()
{
    // Offscreen there is no tray: --minimized starts minimised (never lost with no way back); with a
    // tray the window stays hidden. Before the setup is finished the window opens anyway.
    AppSettings settings(m_dir.filePath(QStringLiteral("min.ini")));
    settings.setSetupFinished(true);
    settings.sync();
    MemorySecretStore secrets;
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    DesktopSession session(&settings, &secrets, &translator, m_dir.filePath(QStringLiteral("min.db")));
    session.setStartMinimized(true);
    session.start();
    MainWindow *window = mainWindow();
    QVERIFY(window);
    QVERIFY(window->isMinimized() || !window->isVisible());
    QVERIFY(!window->isActiveWindow());
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_aboutdialog.moc"
