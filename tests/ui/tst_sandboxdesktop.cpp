// The desktop sandbox teaches: the window says it is a sandbox, and the wizard's connection pages show
// the demo values with a button that fills them in (checked live against the simulated services).
#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"
#include "sandbox/sandbox.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "translator.h"
#include "wizard/calltouchpage.h"
#include "wizard/retailcrmpage.h"
#include "wizard/setupbackend.h"
#include "wizard/setupwizard.h"

using namespace LeadBridge;

class tst_SandboxDesktop : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void windowIsMarked();
    void demoValuesFillTheConnectionPages();

private:
    Translator m_translator;
};

void tst_SandboxDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_translator.setLanguage(QStringLiteral("en"));
}

void tst_SandboxDesktop::windowIsMarked()
{
    MainWindow window(&m_translator);
    QVERIFY(!window.windowTitle().contains(QLatin1String("Sandbox")));
    QVERIFY(!window.sandboxBanner()->isVisibleTo(&window));
    window.setSandboxMarker(true);
    QVERIFY2(
        window.windowTitle().contains(QLatin1String("Sandbox, demo data")), qPrintable(window.windowTitle()));
    QVERIFY(window.sandboxBanner()->isVisibleTo(&window));
    QVERIFY(window.sandboxBanner()->text().contains(QLatin1String("demo data")));
}

void tst_SandboxDesktop::demoValuesFillTheConnectionPages()
{
    Sandbox sandbox;
    QString error;
    QVERIFY2(sandbox.start(&error), qPrintable(error));
    const SyncConfig demo = sandbox.config();
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("sandbox.ini")));
    MemorySecretStore secrets;
    ClientSetupBackend backend;
    SetupWizard wizard(&settings, &secrets, &backend, &m_translator);
    auto *crm = qobject_cast<RetailCrmPage *>(wizard.page(SetupWizard::RetailCrmPageId));
    auto *calltouch = qobject_cast<CalltouchPage *>(wizard.page(SetupWizard::CalltouchPageId));
    crm->setDemoValues({ demo.retailCrmUrl.toString(), demo.retailCrmApiKey });
    calltouch->setDemoValues({ demo.calltouchSiteId, demo.calltouchToken, demo.calltouchApiUrl.toString() });
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::RetailCrmPageId));
    // The values are shown on the page, and the button types them in.
    QVERIFY(crm->demoButton()->isVisible());
    QVERIFY(crm->urlEdit()->text().isEmpty());
    QTest::mouseClick(crm->demoButton(), Qt::LeftButton);
    QCOMPARE(crm->urlEdit()->text(), demo.retailCrmUrl.toString());
    QCOMPARE(crm->keyEdit()->text(), demo.retailCrmApiKey);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), 20000);
    QTest::mouseClick(calltouch->demoButton(), Qt::LeftButton);
    QCOMPARE(calltouch->siteIdEdit()->text(), demo.calltouchSiteId);
    QCOMPARE(calltouch->tokenEdit()->text(), demo.calltouchToken);
    QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentId() != int(SetupWizard::CalltouchPageId), 20000);
}

QTEST_MAIN(tst_SandboxDesktop)
#include "tst_sandboxdesktop.moc"
