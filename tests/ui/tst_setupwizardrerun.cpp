// The setup wizard again, as an admin comes back to it: saved values, only a new key, the address
// typed short, and where the leads start.
#include "wizardtestbase.h"

using namespace LeadBridge;

class tst_SetupWizardRerun : public TestSupport::WizardTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void rerunWithOnlyANewKey();
    void emptyPageSaysWhyNextIsOff();
    void bareAccountNameBecomesAddress();
    void sinceShowsLeadCount();
};

void tst_SetupWizardRerun::initTestCase()
{
    startServices();
}

void tst_SetupWizardRerun::rerunWithOnlyANewKey()
{
    // An admin whose key expired runs the wizard again: every saved value is valid input (Next is on
    // and checks it live), and replacing only the key gets through.
    for (const RetailCrm::CustomField &field : Sync::requiredCustomFields())
        m_crm.addCustomField(field);
    m_crm.addApiKey(QStringLiteral("new-key"));
    Fixture f(m_dir.filePath(QStringLiteral("newkey.ini")));
    f.settings.setRetailCrmUrl(m_crm.url());
    f.settings.setCalltouchSiteId(m_calltouch.siteId());
    f.settings.setCalltouchApiUrl(m_calltouch.url());
    f.settings.setSetupFinished(true);
    f.secrets.write(SecretName::RetailCrmApiKey, QStringLiteral("expired-key"), this, [](auto &&) {});
    f.secrets.write(SecretName::CalltouchToken, m_calltouch.token(), this, [](auto &&) {});
    QCoreApplication::processEvents();
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    QSignalSpy loaded(&wizard, &SetupWizard::secretsLoaded);
    QSignalSpy finished(&wizard, &SetupWizard::setupFinished);
    wizard.show();
    QVERIFY(loaded.count() == 1 || loaded.wait());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::RetailCrmPageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // the saved values, untouched
    QVERIFY(crmPage(wizard)->whyDisabledText().isEmpty());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!crmPage(wizard)->isChecking(), kCheckTimeoutMs);
    QVERIFY2(crmPage(wizard)->status()->text().contains(QStringLiteral("did not accept this API key")),
        qPrintable(crmPage(wizard)->status()->text()));
    shoot(wizard, QStringLiteral("wizard_2_retailcrm_rerun_expired_key"));
    // Only the key is replaced, typed as a person would.
    crmPage(wizard)->keyEdit()->selectAll();
    QTest::keyClicks(crmPage(wizard)->keyEdit(), QStringLiteral("new-key"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), kCheckTimeoutMs);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // saved site ID, token and address
    passCalltouchAndSince(wizard);
    wizard.next();
    createFields(wizard);
    wizard.next();
    wizard.next();
    wizard.next(); // past the preview
    QCOMPARE(wizard.currentId(), int(SetupWizard::FinishPageId));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(finished.first().at(0).toBool());
    QString stored;
    f.secrets.read(SecretName::RetailCrmApiKey, this, [&stored](const SecretResult &r) { stored = r.value; });
    QTRY_COMPARE(stored, QStringLiteral("new-key"));
    QCOMPARE(f.settings.retailCrmUrl(), m_crm.url());
    m_crm.removeApiKey(QStringLiteral("new-key"));
}

void tst_SetupWizardRerun::emptyPageSaysWhyNextIsOff()
{
    Fixture f(m_dir.filePath(QStringLiteral("why.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    wizard.show();
    wizard.next();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    auto *why = crmPage(wizard)->findChild<QLabel *>(QStringLiteral("whyNextIsOff"));
    QVERIFY(why && why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("Account address"))
            && why->text().contains(QStringLiteral("API key")),
        qPrintable(why->text()));
    shoot(wizard, QStringLiteral("wizard_2_retailcrm_empty"));
    QTest::keyClicks(crmPage(wizard)->urlEdit(), QStringLiteral("myshop"));
    QVERIFY(!why->text().contains(QStringLiteral("Account address")));
    QVERIFY(why->text().contains(QStringLiteral("API key")));
    QTest::keyClicks(crmPage(wizard)->keyEdit(), QStringLiteral("k"));
    QVERIFY(!why->isVisible());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void tst_SetupWizardRerun::bareAccountNameBecomesAddress()
{
    QCOMPARE(RetailCrmPage::accountUrl(QStringLiteral("myshop")),
        QUrl(QStringLiteral("https://myshop.retailcrm.ru")));
    QCOMPARE(RetailCrmPage::accountUrl(QStringLiteral(" MyShop ")),
        QUrl(QStringLiteral("https://myshop.retailcrm.ru")));
    QCOMPARE(RetailCrmPage::accountUrl(QStringLiteral("myshop.simla.com")),
        QUrl(QStringLiteral("https://myshop.simla.com")));
    QCOMPARE(
        RetailCrmPage::accountUrl(QStringLiteral("localhost")), QUrl(QStringLiteral("https://localhost")));
    QCOMPARE(RetailCrmPage::accountUrl(QStringLiteral("http://127.0.0.1:8080")),
        QUrl(QStringLiteral("http://127.0.0.1:8080")));
    // On the page: leaving the field shows the full address, and that is what is saved.
    Fixture f(m_dir.filePath(QStringLiteral("bare.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    crmPage(wizard)->urlEdit()->setFocus();
    QTest::keyClicks(crmPage(wizard)->urlEdit(), QStringLiteral("myshop"));
    QTest::keyClick(crmPage(wizard)->urlEdit(), Qt::Key_Return);
    QCOMPARE(crmPage(wizard)->urlEdit()->text(), QStringLiteral("https://myshop.retailcrm.ru"));
    QCOMPARE(wizard.retailCrmUrl(), QUrl(QStringLiteral("https://myshop.retailcrm.ru")));
}

void tst_SetupWizardRerun::sinceShowsLeadCount()
{
    // A project of its own with known leads: 2 calls today, 1 call 10 days ago, 1 request 3 days ago.
    Calltouch::Simulator calltouch;
    QVERIFY(calltouch.start() != 0);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime todayNoon(QDate::currentDate(), QTime(12, 0), calltouch.timeZone());
    calltouch.addCall(qMin(now, todayNoon.toUTC()).addSecs(-60), QStringLiteral("+79990000001"));
    calltouch.addCall(qMin(now, todayNoon.toUTC()).addSecs(-120), QStringLiteral("+79990000002"));
    calltouch.addCall(now.addDays(-10), QStringLiteral("+79990000003"));
    calltouch.addRequest(now.addDays(-3), QStringLiteral("+79990000004"), QString());
    Fixture f(m_dir.filePath(QStringLiteral("since.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    QSignalSpy finished(&wizard, &SetupWizard::setupFinished);
    wizard.show();
    wizard.next();
    passRetailCrm(wizard);
    calltouchPage(wizard)->siteIdEdit()->setText(calltouch.siteId());
    calltouchPage(wizard)->tokenEdit()->setText(calltouch.token());
    calltouchPage(wizard)->apiUrlEdit()->setText(calltouch.url().toString());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SincePageId), kCheckTimeoutMs);
    auto *since = qobject_cast<SincePage *>(wizard.currentPage());
    QLabel *count = since->countLabel();
    QTRY_VERIFY2_WITH_TIMEOUT(
        count->text().contains(countText(2, 0)), qPrintable(count->text()), kCheckTimeoutMs);
    since->setChoice(SincePage::Choice::Week);
    QTRY_VERIFY2_WITH_TIMEOUT(
        count->text().contains(countText(2, 1)), qPrintable(count->text()), kCheckTimeoutMs);
    since->setChoice(SincePage::Choice::Month);
    QTRY_VERIFY2_WITH_TIMEOUT(
        count->text().contains(countText(3, 1)), qPrintable(count->text()), kCheckTimeoutMs);
    since->setChoice(SincePage::Choice::Date);
    since->dateEdit()->setDate(QDate::currentDate().addDays(-5));
    QTRY_VERIFY2_WITH_TIMEOUT(
        count->text().contains(countText(2, 1)), qPrintable(count->text()), kCheckTimeoutMs);
    shoot(wizard, QStringLiteral("wizard_3b_since_date"));
    wizard.next();
    wizard.next();
    createFields(wizard);
    wizard.next();
    wizard.next();
    wizard.next(); // past the preview, leaving the date as it is
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(f.settings.since(), QDate::currentDate().addDays(-5));
}

QTEST_MAIN(tst_SetupWizardRerun)
#include "tst_setupwizardrerun.moc"
