#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "desktopsession.h"
#include "emptystate.h"
#include "mainwindow.h"
#include "reconciliationtab.h"
#include "sandbox/sandbox.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "translator.h"
#include "wizard/setupwizard.h"

using namespace LeadBridge;

/// The desktop wiring with real widgets offscreen: what a new user sees around the setup wizard.
class tst_DesktopSession : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cancelledSetupShowsTheEmptyState();
    void cancelledRerunKeepsTheTabs();
    void aConfiguredAccountIsReconciledFromItsTab();

private:
    static MainWindow *mainWindow();
    QTemporaryDir m_dir;
};

void tst_DesktopSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

MainWindow *tst_DesktopSession::mainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(widget))
            return window;
    }
    return nullptr;
}

void tst_DesktopSession::cancelledSetupShowsTheEmptyState()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("new.ini")));
    MemorySecretStore secrets;
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    DesktopSession session(&settings, &secrets, &translator, m_dir.filePath(QStringLiteral("leadbridge.db")));
    session.start();
    MainWindow *window = mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *wizard = window->findChild<SetupWizard *>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    // A new user cancels the setup: no dead window, but what is missing and the way on.
    wizard->reject();
    QTRY_VERIFY(window->isSetupNeeded());
    QVERIFY(window->emptyState()->isVisible());
    QVERIFY(!window->tabs()->isVisible());
    QVERIFY(window->statusText().contains(QStringLiteral("Not set up yet")));
    TestSupport::saveScreenshot(window, QStringLiteral("main_after_cancel_en"));
    // "Set up now" opens the wizard again.
    QTest::mouseClick(window->emptyState()->setupButton(), Qt::LeftButton);
    QTRY_VERIFY([window] {
        for (SetupWizard *w : window->findChildren<SetupWizard *>()) {
            if (w->isVisible())
                return true;
        }
        return false;
    }());
    QVERIFY(!settings.setupFinished());
}

void tst_DesktopSession::cancelledRerunKeepsTheTabs()
{
    // Set up before: cancelling "Run setup wizard again" changes nothing.
    AppSettings settings(m_dir.filePath(QStringLiteral("done.ini")));
    settings.setSetupFinished(true);
    MemorySecretStore secrets;
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    DesktopSession session(&settings, &secrets, &translator, m_dir.filePath(QStringLiteral("done.db")));
    session.start();
    MainWindow *window = mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!window->isSetupNeeded());
    QVERIFY(window->findChildren<SetupWizard *>().isEmpty());
    window->wizardAction()->trigger();
    auto *wizard = window->findChild<SetupWizard *>();
    QVERIFY(wizard);
    wizard->reject();
    QVERIFY(!window->isSetupNeeded());
    QVERIFY(window->tabs()->isVisible());
}

void tst_DesktopSession::aConfiguredAccountIsReconciledFromItsTab()
{
    // The shipped wiring (DesktopSession: settings, keys, the engine's thread, the window) on the
    // sandbox's simulated services: the Reconciliation tab can check, and does.
    Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const SyncConfig demo = sandbox.config();
    AppSettings settings(m_dir.filePath(QStringLiteral("configured.ini")));
    settings.setRetailCrmUrl(demo.retailCrmUrl);
    settings.setCalltouchApiUrl(demo.calltouchApiUrl);
    settings.setCalltouchSiteId(demo.calltouchSiteId);
    settings.setSince(demo.since);
    settings.setDealSync(true);
    settings.setSetupFinished(true);
    MemorySecretStore secrets;
    secrets.write(SecretName::RetailCrmApiKey, demo.retailCrmApiKey, this, [](auto &&) {});
    secrets.write(SecretName::CalltouchToken, demo.calltouchToken, this, [](auto &&) {});
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    DesktopSession session(&settings, &secrets, &translator, m_dir.filePath(QStringLiteral("configured.db")));
    session.start();
    MainWindow *window = mainWindow();
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->tabs()->setCurrentIndex(MainWindow::ReconcileTab);
    ReconciliationTab *tab = window->reconciliationTab();
    QTRY_VERIFY_WITH_TIMEOUT(tab->checkButton()->isEnabled(), 10000); // the engine is connected
    QSignalSpy shown(tab, &ReconciliationTab::reportShown);
    QTest::mouseClick(tab->checkButton(), Qt::LeftButton);
    QVERIFY(shown.wait(60000));
    const ReconcileReport report = shown.first().first().value<ReconcileReport>();
    QVERIFY2(report.error.isOk(), qPrintable(report.summaryText()));
    QVERIFY(report.leadsRead > 0);
    QVERIFY(report.ranAt.isValid());
    QVERIFY(tab->summaryLabel()->text().contains(QStringLiteral("Checked on")));
}

QTEST_MAIN(tst_DesktopSession)
#include "tst_desktopsession.moc"
