#include "wizardtestbase.h"

using namespace LeadBridge;

class tst_SetupWizard : public TestSupport::WizardTestBase
{
    Q_OBJECT
private slots:
    void initTestCase();
    void happyPathAgainstSimulators();
    void rerunPrefillsAndReusesFields();
    void retailCrmFailures_data();
    void retailCrmFailures();
    void calltouchFailures_data();
    void calltouchFailures();
    void checkCanBeCancelled();
    void accountThatDoesNotExist_data();
    void accountThatDoesNotExist();
    void accountTimeZoneIsSaved();
};

void tst_SetupWizard::initTestCase()
{
    startServices();
}

void tst_SetupWizard::happyPathAgainstSimulators()
{
    // An account of its own: the nine fields are new here, whatever the other tests did.
    RetailCrm::Simulator crm;
    crm.seedSample();
    crm.setRateLimit(0);
    QVERIFY(crm.start() != 0);
    Fixture f(m_dir.filePath(QStringLiteral("happy.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    QSignalSpy finished(&wizard, &SetupWizard::setupFinished);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(SetupWizard::LanguagePageId));
    shoot(wizard, QStringLiteral("wizard_1_language"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::RetailCrmPageId));
    QCOMPARE(crmPage(wizard)->keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // fields are empty
    crmPage(wizard)->urlEdit()->setText(crm.url().toString());
    crmPage(wizard)->keyEdit()->setText(RetailCrm::Simulator::sandboxApiKey());
    shoot(wizard, QStringLiteral("wizard_2_retailcrm"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), kCheckTimeoutMs);
    QCOMPARE(wizard.shops().size(), crm.sites().size());
    // The simulated account, like the real one, refuses any request without the key: every request of
    // the check carried it.
    const QList<QByteArray> log = crm.server()->requestLog();
    QVERIFY(!log.isEmpty());
    for (const QByteArray &request : log)
        QVERIFY2(request.toLower().contains("\r\nx-api-key: "), request.left(80).constData());
    wizard.back();
    shoot(wizard, QStringLiteral("wizard_2_retailcrm_connected"));
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), kCheckTimeoutMs);
    // Nothing is written before the end.
    QCOMPARE(f.settings.retailCrmUrl(), QUrl());

    calltouchPage(wizard)->siteIdEdit()->setText(m_calltouch.siteId());
    calltouchPage(wizard)->tokenEdit()->setText(m_calltouch.token());
    calltouchPage(wizard)->apiUrlEdit()->setText(m_calltouch.url().toString());
    shoot(wizard, QStringLiteral("wizard_3_calltouch"));
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SincePageId), kCheckTimeoutMs);
    auto *since = qobject_cast<SincePage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!since->isCounting(), kCheckTimeoutMs);
    QVERIFY2(since->countLabel()->text().contains(QStringLiteral("call")),
        qPrintable(since->countLabel()->text()));
    shoot(wizard, QStringLiteral("wizard_3b_since"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OptionsPageId));

    OptionsWidget *options = qobject_cast<OptionsPage *>(wizard.currentPage())->options();
    QCOMPARE(options->shopCombo()->count(), int(crm.sites().size()));
    QCOMPARE(options->shopCombo()->currentData().toString(), crm.firstSite());
    // Chosen by name; the code is in the tooltip.
    QCOMPARE(options->shopCombo()->itemText(0), crm.sites().first().name);
    QVERIFY(options->shopCombo()->itemData(0, Qt::ToolTipRole).toString().contains(crm.sites().first().code));
    QVERIFY(options->kindBox(QStringLiteral("call"))->isChecked());
    QVERIFY(options->kindBox(QStringLiteral("request"))->isChecked());
    QVERIFY(options->kindBox(QStringLiteral("chat"))->isChecked());
    QCOMPARE(options->delaySpin()->value(), 60);
    QVERIFY(options->dealSyncBox()->isChecked());
    shoot(wizard, QStringLiteral("wizard_4_options"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::FieldsPageId));

    auto *fields = qobject_cast<FieldsPage *>(wizard.currentPage());
    QCOMPARE(fields->fieldCount(), 9);
    // Consent first: the page lists the nine fields as "will be created" and writes nothing until
    // Create is pressed.
    QTRY_VERIFY_WITH_TIMEOUT(fields->state(8) == FieldsPage::State::Missing, kCheckTimeoutMs);
    QTest::qWait(300); // would any write still be on its way, it would arrive now
    const auto createRequests = [&crm] {
        int count = 0;
        for (const QByteArray &request : crm.server()->requestLog()) {
            const QByteArray line = request.left(request.indexOf('\r'));
            if (line.startsWith("POST") && line.contains("custom-fields") && line.contains("/create"))
                ++count;
        }
        return count;
    };
    QCOMPARE(createRequests(), 0);
    QCOMPARE(fields->resultText(0), QStringLiteral("Will be created"));
    QVERIFY(!fields->isComplete());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(fields->createButton()->isVisible());
    shoot(wizard, QStringLiteral("wizard_5_fields"));
    QTest::mouseClick(fields->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fields->isComplete(), kCheckTimeoutMs);
    QCOMPARE(createRequests(), 9);
    for (int row = 0; row < fields->fieldCount(); ++row)
        QCOMPARE(fields->state(row), FieldsPage::State::Created);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    shoot(wizard, QStringLiteral("wizard_5_fields_created"));
    wizard.next();
    // Chats: off by default (Next allowed); turned on, the URLs to paste into Calltouch are shown.
    QCOMPARE(wizard.currentId(), int(SetupWizard::ChatsPageId));
    WebhookWidget *webhook = qobject_cast<ChatsPage *>(wizard.currentPage())->webhook();
    QVERIFY(!webhook->enabledBox()->isChecked());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    webhook->enabledBox()->setChecked(true);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // the public URL is missing
    webhook->publicUrlEdit()->setText(QStringLiteral("https://hooks.myshop.ru"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QTRY_VERIFY(!webhook->secret().isEmpty());
    const QString webhookSecret = webhook->secret();
    QCOMPARE(webhook->url(WebhookWidget::Kind::Chats),
        QStringLiteral("https://hooks.myshop.ru/%1/chat").arg(webhookSecret));
    QVERIFY(!webhook->urlEdit(WebhookWidget::Kind::Chats)->text().contains(webhookSecret)); // not on screen
    shoot(wizard, QStringLiteral("wizard_5b_chats"));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::PreviewPageId)); // tst_previewpage tests it
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::FinishPageId));
    shoot(wizard, QStringLiteral("wizard_6_finish"));
    const QString summary = qobject_cast<FinishPage *>(wizard.currentPage())->summaryText();
    QVERIFY2(summary.contains(m_calltouch.siteId()), qPrintable(summary));
    // The tests' memory store keeps the keys in memory only: the page says so, not "keychain".
    QVERIFY2(summary.contains(QStringLiteral("kept in memory only")), qPrintable(summary));

    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).toBool(), true);
    QCOMPARE(f.settings.retailCrmUrl(), crm.url());
    QCOMPARE(f.settings.calltouchSiteId(), m_calltouch.siteId());
    QCOMPARE(f.settings.shop(), crm.firstSite());
    QVERIFY(f.settings.setupFinished());
    QCOMPARE(f.settings.language(), QStringLiteral("en"));
    QCOMPARE(f.settings.since(), QDate::currentDate()); // "Today", the default
    QString stored;
    f.secrets.read(SecretName::RetailCrmApiKey, this, [&stored](const SecretResult &r) { stored = r.value; });
    QTRY_COMPARE(stored, RetailCrm::Simulator::sandboxApiKey());
    f.secrets.read(SecretName::CalltouchToken, this, [&stored](const SecretResult &r) { stored = r.value; });
    QTRY_COMPARE(stored, m_calltouch.token());
    f.secrets.read(SecretName::WebhookSecret, this, [&stored](const SecretResult &r) { stored = r.value; });
    QTRY_COMPARE(stored, webhookSecret);
    QCOMPARE(f.settings.webhookListen(), QStringLiteral("127.0.0.1:8099"));
    QCOMPARE(f.settings.webhookPublicUrl(), QStringLiteral("https://hooks.myshop.ru"));
    // The keys and the webhook secret never went to the settings file.
    QFile ini(f.settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray iniText = ini.readAll();
    QVERIFY(!iniText.contains(RetailCrm::Simulator::sandboxApiKey().toUtf8()));
    QVERIFY(!iniText.contains(webhookSecret.toUtf8()));
}

void tst_SetupWizard::rerunPrefillsAndReusesFields()
{
    Fixture f(m_dir.filePath(QStringLiteral("rerun.ini")));
    f.settings.setRetailCrmUrl(m_crm.url());
    f.settings.setCalltouchSiteId(m_calltouch.siteId());
    f.settings.setCalltouchApiUrl(m_calltouch.url());
    f.settings.setLeadDelaySeconds(120);
    f.settings.setLeadKinds({ QStringLiteral("call") });
    f.settings.setShop(m_crm.sites().last().code);
    // The fields exist in this account already (as after an earlier setup): they are reused.
    for (const RetailCrm::CustomField &field : Sync::requiredCustomFields())
        m_crm.addCustomField(field);
    f.secrets.write(SecretName::RetailCrmApiKey, RetailCrm::Simulator::sandboxApiKey(), this, [](auto &&) {});
    f.secrets.write(SecretName::CalltouchToken, m_calltouch.token(), this, [](auto &&) {});
    QCoreApplication::processEvents();
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    QSignalSpy loaded(&wizard, &SetupWizard::secretsLoaded);
    wizard.show();
    QVERIFY(loaded.count() == 1 || loaded.wait());
    wizard.next();
    QCOMPARE(crmPage(wizard)->urlEdit()->text(), m_crm.url().toString());
    QCOMPARE(crmPage(wizard)->keyEdit()->text(), RetailCrm::Simulator::sandboxApiKey());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), kCheckTimeoutMs);
    QCOMPARE(calltouchPage(wizard)->tokenEdit()->text(), m_calltouch.token());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SincePageId), kCheckTimeoutMs);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OptionsPageId));
    OptionsWidget *options = qobject_cast<OptionsPage *>(wizard.currentPage())->options();
    QCOMPARE(options->delaySpin()->value(), 120);
    QVERIFY(!options->kindBox(QStringLiteral("chat"))->isChecked());
    QCOMPARE(options->shopCombo()->currentData().toString(), m_crm.sites().last().code);
    wizard.next();
    auto *fields = qobject_cast<FieldsPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(fields->isComplete(), kCheckTimeoutMs);
    for (int row = 0; row < fields->fieldCount(); ++row)
        QCOMPARE(fields->state(row), FieldsPage::State::Existed);
    QCOMPARE(fields->resultText(0), QStringLiteral("Exists, reused"));
    QVERIFY(!fields->createButton()->isVisible()); // nothing to create
}

void tst_SetupWizard::retailCrmFailures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QStringList>("expected");
    const QString crm = m_crm.url().toString();
    QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:1") << QStringLiteral("k") << QString()
                                 << QStringList { QStringLiteral("Could not reach 127.0.0.1") };
    QTest::newRow("not retailCRM") << m_calltouch.url().toString() << QStringLiteral("k") << QString()
                                   << QStringList { QStringLiteral("it is not a retailCRM account") };
    QTest::newRow("http for a remote host")
        << QStringLiteral("http://myshop.retailcrm.ru") << QStringLiteral("k") << QString()
        << QStringList { QStringLiteral("must start with https://") };
    QTest::newRow("wrong key") << crm << QStringLiteral("wrong-key") << QString()
                               << QStringList { QStringLiteral("did not accept this API key"),
                                      QStringLiteral("Settings / Integration / API keys") };
    QTest::newRow("missing permissions")
        << crm << QStringLiteral("limited-key") << QString()
        << QStringList { QStringLiteral("lacks API methods"), QStringLiteral("custom_fields_write"),
               QStringLiteral("order_write"), QStringLiteral("Settings / Integration / API keys") };
    QTest::newRow("rate limited") << crm << RetailCrm::Simulator::sandboxApiKey() << QStringLiteral("429")
                                  << QStringList { QStringLiteral("slow down") };
}

void tst_SetupWizard::retailCrmFailures()
{
    QFETCH(QString, url);
    QFETCH(QString, key);
    QFETCH(QString, fault);
    QFETCH(QStringList, expected);
    Fixture f(m_dir.filePath(QStringLiteral("fail.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    wizard.show();
    wizard.next();
    if (fault == QLatin1String("429"))
        m_crm.server()->injectFault(QString(), SimFault::Http429, 10);
    crmPage(wizard)->urlEdit()->setText(url);
    crmPage(wizard)->keyEdit()->setText(key);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!crmPage(wizard)->isChecking(), kCheckTimeoutMs);
    m_crm.server()->clearFaults();
    const QString message = crmPage(wizard)->status()->text();
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
    QCOMPARE(wizard.currentId(), int(SetupWizard::RetailCrmPageId));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    TestSupport::saveScreenshot(&wizard, QStringLiteral("wizard_2_retailcrm_error_%1_en").arg(tag));
}

void tst_SetupWizard::accountThatDoesNotExist_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("400 JSON") << false;
    QTest::newRow("405 nginx page") << true;
}

void tst_SetupWizard::accountThatDoesNotExist()
{
    // retailCRM's own answers for an address without an account: the page says so and suggests the
    // likely address, never "other error" or "wrong key".
    QFETCH(bool, html);
    RetailCrm::Simulator nowhere;
    nowhere.setAccountExists(false,
        html ? RetailCrm::Simulator::MissingAccount::NginxHtml405
             : RetailCrm::Simulator::MissingAccount::Json400);
    QVERIFY(nowhere.start() != 0);
    Fixture f(m_dir.filePath(QStringLiteral("nowhere.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    wizard.show();
    wizard.next();
    crmPage(wizard)->urlEdit()->setText(nowhere.url().toString());
    crmPage(wizard)->keyEdit()->setText(RetailCrm::Simulator::sandboxApiKey());
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!crmPage(wizard)->isChecking(), kCheckTimeoutMs);
    const QString message = crmPage(wizard)->status()->text();
    QVERIFY2(message.contains(QStringLiteral("it is not a retailCRM account")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("https://<name>.retailcrm.ru")), qPrintable(message));
    QCOMPARE(wizard.currentId(), int(SetupWizard::RetailCrmPageId));
    if (!html)
        shoot(wizard, QStringLiteral("wizard_2_retailcrm_error_no_account"));
}

void tst_SetupWizard::accountTimeZoneIsSaved()
{
    // The zone is read from the account, shown, and saved: never guessed.
    RetailCrm::Simulator ekb;
    ekb.seedSample();
    ekb.setTimeZone(QStringLiteral("Asia/Yekaterinburg"));
    QVERIFY(ekb.start() != 0);
    Fixture f(m_dir.filePath(QStringLiteral("zone.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    QSignalSpy finished(&wizard, &SetupWizard::setupFinished);
    wizard.show();
    wizard.next();
    crmPage(wizard)->urlEdit()->setText(ekb.url().toString());
    crmPage(wizard)->keyEdit()->setText(RetailCrm::Simulator::sandboxApiKey());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), kCheckTimeoutMs);
    QCOMPARE(wizard.accountTimeZone(), QStringLiteral("Asia/Yekaterinburg"));
    QVERIFY(crmPage(wizard)->status()->text().contains(QStringLiteral("Asia/Yekaterinburg")));
    calltouchPage(wizard)->siteIdEdit()->setText(m_calltouch.siteId());
    calltouchPage(wizard)->tokenEdit()->setText(m_calltouch.token());
    calltouchPage(wizard)->apiUrlEdit()->setText(m_calltouch.url().toString());
    passCalltouchAndSince(wizard);
    wizard.next();
    createFields(wizard);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::ChatsPageId));
    wizard.next(); // chats stay off
    wizard.next(); // past the preview
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(f.settings.retailCrmTimeZone(), QStringLiteral("Asia/Yekaterinburg"));
    QVERIFY(f.settings.webhookListen().isEmpty());
}

void tst_SetupWizard::calltouchFailures_data()
{
    QTest::addColumn<QString>("apiUrl");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong token") << m_calltouch.url().toString() << QStringLiteral("not-the-token")
                                 << QStringLiteral("did not accept this site ID and token");
    QTest::newRow("not the Calltouch API") << m_crm.url().toString() << m_calltouch.token()
                                           << QStringLiteral("is not the Calltouch API address");
    QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:1") << m_calltouch.token()
                                 << QStringLiteral("Could not reach");
    QTest::newRow("http for a remote host")
        << QStringLiteral("http://api.calltouch.ru") << m_calltouch.token()
        << QStringLiteral("must start with https://");
}

void tst_SetupWizard::calltouchFailures()
{
    QFETCH(QString, apiUrl);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    Fixture f(m_dir.filePath(QStringLiteral("ctfail.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    wizard.show();
    wizard.next();
    passRetailCrm(wizard);
    calltouchPage(wizard)->siteIdEdit()->setText(m_calltouch.siteId());
    calltouchPage(wizard)->tokenEdit()->setText(token);
    calltouchPage(wizard)->apiUrlEdit()->setText(apiUrl);
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(!calltouchPage(wizard)->isChecking(), kCheckTimeoutMs);
    const QString message = calltouchPage(wizard)->status()->text();
    QVERIFY2(message.contains(expected), qPrintable(message));
    QCOMPARE(wizard.currentId(), int(SetupWizard::CalltouchPageId));
    QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));
    TestSupport::saveScreenshot(&wizard, QStringLiteral("wizard_3_calltouch_error_%1_en").arg(tag));
}

void tst_SetupWizard::checkCanBeCancelled()
{
    Fixture f(m_dir.filePath(QStringLiteral("cancel.ini")));
    SetupWizard wizard(&f.settings, &f.secrets, &f.backend, &m_translator);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    m_crm.server()->setLatencyMs(3000);
    crmPage(wizard)->urlEdit()->setText(m_crm.url().toString());
    crmPage(wizard)->keyEdit()->setText(RetailCrm::Simulator::sandboxApiKey());
    wizard.next();
    QVERIFY(crmPage(wizard)->isChecking());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(crmPage(wizard)->status()->text(), QStringLiteral("Checking…"));
    shoot(wizard, QStringLiteral("wizard_2_retailcrm_checking"));
    crmPage(wizard)->cancelCheck();
    QVERIFY(!crmPage(wizard)->isChecking());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.currentId(), int(SetupWizard::RetailCrmPageId));
    m_crm.server()->setLatencyMs(0);
}

QTEST_MAIN(tst_SetupWizard)
#include "tst_setupwizard.moc"
