#pragma once
// The setup wizard against the simulated services: the fixture and the steps the wizard tests share.

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "optionswidget.h"
#include "rules/customfieldset.h"
#include "sandbox/calltouchsim.h"
#include "sandbox/retailcrmsim.h"
#include "sandbox/simhttpserver.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "translator.h"
#include "webhookwidget.h"
#include "wizard/calltouchpage.h"
#include "wizard/chatspage.h"
#include "wizard/checkstatus.h"
#include "wizard/fieldspage.h"
#include "wizard/finishpage.h"
#include "wizard/optionspage.h"
#include "wizard/retailcrmpage.h"
#include "wizard/setupbackend.h"
#include "wizard/setupwizard.h"
#include "wizard/sincepage.h"

namespace LeadBridge::TestSupport {

/// Base of the wizard test classes: one simulated retailCRM account and Calltouch project for the
/// whole run, and the steps through the pages.
class WizardTestBase : public QObject
{
public:
    static constexpr int kCheckTimeoutMs = 20000;

    /// "has 2 calls and 1 website request", with the English plural forms translated or not
    /// ("call(s)").
    static QRegularExpression countText(int calls, int requests)
    {
        return QRegularExpression(
            QStringLiteral("has %1 call(s|\\(s\\))? and %2 website request(s|\\(s\\))?\\W")
                .arg(calls)
                .arg(requests));
    }

protected:
    struct Fixture
    {
        explicit Fixture(const QString &ini)
            : settings(ini)
        {}
        AppSettings settings;
        MemorySecretStore secrets;
        ClientSetupBackend backend;
    };
    /// Starts the services (call from initTestCase()).
    void startServices();
    /// Screenshots in EN and RU, at the usual size and as on a 1024×600 screen; fails if a page's content
    /// does not fit.
    void shoot(SetupWizard &wizard, const QString &name);
    static RetailCrmPage *crmPage(SetupWizard &wizard)
    {
        return qobject_cast<RetailCrmPage *>(wizard.page(SetupWizard::RetailCrmPageId));
    }
    static CalltouchPage *calltouchPage(SetupWizard &wizard)
    {
        return qobject_cast<CalltouchPage *>(wizard.page(SetupWizard::CalltouchPageId));
    }
    void passRetailCrm(SetupWizard &wizard);
    /// From the Calltouch page (filled) through "since" to the options page.
    void passCalltouchAndSince(SetupWizard &wizard);
    /// On the fields page: waits for the account's fields, presses Create when some are missing.
    void createFields(SetupWizard &wizard);

    QTemporaryDir m_dir;
    Translator m_translator;
    RetailCrm::Simulator m_crm;
    Calltouch::Simulator m_calltouch;
};

inline void WizardTestBase::startServices()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_translator.setLanguage(QStringLiteral("en"));
    m_crm.seedSample();
    m_crm.addLimitedApiKey(QStringLiteral("limited-key"),
        { QStringLiteral("custom_fields_write"), QStringLiteral("order_write") });
    m_crm.setRateLimit(0);
    QVERIFY(m_crm.start() != 0);
    QVERIFY(m_calltouch.start() != 0);
}

inline void WizardTestBase::shoot(SetupWizard &wizard, const QString &name)
{
    // In both languages, at the wizard's own size and as it opens on a 1024×600 screen (less the title
    // bar and a 40 px panel); at each, the page's content must fit in it: nothing cut off.
    const QSize usual = wizard.size();
    const QSize small = usual.boundedTo(QSize(1024 - 16, 600 - 40 - 28));
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ru") }) {
        m_translator.setLanguage(language);
        for (const QSize &size : { usual, small }) {
            wizard.resize(size);
            QCoreApplication::processEvents();
            QVERIFY(wizard.minimumSizeHint().height() <= small.height());
            const QString suffix = size == usual ? QString() : QStringLiteral("_1024x600");
            TestSupport::saveScreenshot(&wizard, name + suffix + QLatin1Char('_') + language);
            QWidget *page = wizard.currentPage();
            QLayout *layout = page->layout();
            const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(page->width())
                                                           : layout->totalMinimumSize().height();
            QVERIFY2(needed <= page->height(),
                qPrintable(QStringLiteral("%1 %2: the page needs %3 px, has %4")
                               .arg(name, language)
                               .arg(needed)
                               .arg(page->height())));
        }
    }
    wizard.resize(usual);
    m_translator.setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

inline void WizardTestBase::passRetailCrm(SetupWizard &wizard)
{
    crmPage(wizard)->urlEdit()->setText(m_crm.url().toString());
    crmPage(wizard)->keyEdit()->setText(RetailCrm::Simulator::sandboxApiKey());
    wizard.next();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::CalltouchPageId), kCheckTimeoutMs);
}

inline void WizardTestBase::passCalltouchAndSince(SetupWizard &wizard)
{
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SincePageId), kCheckTimeoutMs);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OptionsPageId));
}

inline void WizardTestBase::createFields(SetupWizard &wizard)
{
    auto *fields = qobject_cast<FieldsPage *>(wizard.currentPage());
    QVERIFY(fields);
    QTRY_VERIFY_WITH_TIMEOUT(fields->state(0) != FieldsPage::State::Waiting, kCheckTimeoutMs);
    if (fields->createButton()->isVisible())
        QTest::mouseClick(fields->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(fields->isComplete(), kCheckTimeoutMs);
}

} // namespace LeadBridge::TestSupport
