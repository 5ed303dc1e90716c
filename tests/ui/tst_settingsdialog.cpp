// The Settings dialog: one labelled options form, values loaded from and saved to AppSettings.
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include "optionswidget.h"
#include "orderoptionswidget.h"
#include "sandbox/retailcrmsim.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "wizard/setupbackend.h"

using namespace LeadBridge;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void everyControlIsLabelled();
    void shopsAreLoadedByName();
    void shopsThatCannotBeLoadedKeepTheSavedOne();
    void loadsAndSavesTheSettings();
    void okNeedsALeadKind();

private:
    QTemporaryDir m_dir;
};

void tst_SettingsDialog::everyControlIsLabelled()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("labels.ini")));
    settings.setShop(QStringLiteral("main"));
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Every input a person can reach: a buddy label with text, or a text of its own (check boxes,
    // buttons). No unnamed "60 s" box, no empty free-text box.
    QHash<const QWidget *, QString> buddies;
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().trimmed().isEmpty())
            buddies.insert(label->buddy(), label->text());
    }
    int inputs = 0;
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        const bool input = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget);
        // The line edit inside a spin box belongs to the spin box.
        // So do the scroll arrows of a tab bar (Qt's own, named by their arrows).
        if (!input || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())
            || qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QTabBar *>(widget->parentWidget()))
            continue;
        ++inputs;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        const bool ownText = button && !button->text().trimmed().isEmpty();
        const QString name = QStringLiteral("%1 %2 (%3)")
                                 .arg(QString::fromLatin1(widget->metaObject()->className()),
                                     widget->objectName(), button ? button->text() : QString());
        QVERIFY2(ownText || buddies.contains(widget), qPrintable(name));
    }
    QVERIFY2(inputs >= 8, qPrintable(QString::number(inputs)));
    // The groups of check boxes have a label too.
    const OptionsWidget *options = dialog.options();
    auto *kinds = options->findChild<QWidget *>(QStringLiteral("leadKinds"));
    const auto *kindsLabel = qobject_cast<QLabel *>(options->form()->labelForField(kinds));
    QVERIFY(kindsLabel && !kindsLabel->text().isEmpty());
    // The shop is chosen from a list, by name (the saved one is kept until the shops are loaded).
    QVERIFY(options->shopCombo());
    QCOMPARE(options->shopCombo()->currentData().toString(), QStringLiteral("main"));
    // The zones are shown, labelled, not editable.
    const auto *zonesLabel = qobject_cast<QLabel *>(options->form()->labelForField(dialog.timeZones()));
    QVERIFY(zonesLabel && !zonesLabel->text().isEmpty());
    QVERIFY(dialog.timeZones()->text().contains(QStringLiteral("Europe/Moscow")));
    QVERIFY(!(dialog.timeZones()->textInteractionFlags() & Qt::TextEditable));
    TestSupport::saveScreenshot(&dialog, QStringLiteral("settings_labels_en"));
}

void tst_SettingsDialog::shopsAreLoadedByName()
{
    RetailCrm::Simulator crm;
    crm.seedSample();
    crm.setRateLimit(0);
    QVERIFY(crm.start() != 0);
    const QList<RetailCrm::Site> sites = crm.sites();
    QVERIFY(sites.size() >= 2);
    AppSettings settings(m_dir.filePath(QStringLiteral("shops.ini")));
    settings.setRetailCrmUrl(crm.url());
    settings.setShop(sites.last().code);
    MemorySecretStore secrets;
    secrets.write(SecretName::RetailCrmApiKey, RetailCrm::Simulator::sandboxApiKey(), this, [](auto &&) {});
    ClientSetupBackend backend;
    SettingsDialog dialog(&settings, nullptr, &secrets, &backend);
    dialog.show();
    QVERIFY(dialog.isLoadingShops());
    QVERIFY(dialog.shopsStatus()->text().contains(QStringLiteral("Loading the shops")));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingShops(), 20000);
    QComboBox *shops = dialog.options()->shopCombo();
    QCOMPARE(shops->count(), int(sites.size()));
    QCOMPARE(shops->itemText(0), sites.first().name);
    QVERIFY(shops->itemData(0, Qt::ToolTipRole).toString().contains(sites.first().code));
    QCOMPARE(shops->currentData().toString(), sites.last().code); // the saved one
    QVERIFY(shops->toolTip().contains(sites.last().code));
    QVERIFY(!dialog.shopsStatus()->isVisible());
    // The order options are chosen from the CRM's books in Settings too, by name, code in the tooltip.
    QComboBox *method = dialog.options()->orderOptions()->methodCombo(Calltouch::Lead::Kind::Call);
    QTRY_VERIFY_WITH_TIMEOUT(method->findData(QStringLiteral("phone")) > 0, 20000);
    const int phone = method->findData(QStringLiteral("phone"));
    QCOMPARE(method->itemText(phone), QStringLiteral("По телефону"));
    QCOMPARE(method->itemData(phone, Qt::ToolTipRole).toString(), QStringLiteral("phone"));
    QCOMPARE(method->currentIndex(), 0); // the saved choice (the CRM's default) is kept
    TestSupport::saveScreenshot(&dialog, QStringLiteral("settings_shops_en"));
    shops->setCurrentIndex(0);
    method->setCurrentIndex(phone);
    dialog.accept();
    QCOMPARE(AppSettings(settings.fileName()).shop(), sites.first().code);
    QCOMPARE(AppSettings(settings.fileName()).orderOptions().call.orderMethod, QStringLiteral("phone"));
}

void tst_SettingsDialog::shopsThatCannotBeLoadedKeepTheSavedOne()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("noshops.ini")));
    settings.setRetailCrmUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
    settings.setShop(QStringLiteral("main"));
    MemorySecretStore secrets;
    secrets.write(SecretName::RetailCrmApiKey, QStringLiteral("k"), this, [](auto &&) {});
    ClientSetupBackend backend;
    SettingsDialog dialog(&settings, nullptr, &secrets, &backend);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isLoadingShops(), 20000);
    QVERIFY2(dialog.shopsStatus()->text().contains(QStringLiteral("the saved shop is kept")),
        qPrintable(dialog.shopsStatus()->text()));
    QCOMPARE(dialog.options()->shopCode(), QStringLiteral("main"));
    dialog.accept();
    QCOMPARE(AppSettings(settings.fileName()).shop(), QStringLiteral("main"));
}

void tst_SettingsDialog::loadsAndSavesTheSettings()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("values.ini")));
    settings.setLeadDelaySeconds(7200);
    settings.setSyncIntervalSeconds(300);
    settings.setLeadKinds({ QStringLiteral("call"), QStringLiteral("chat") });
    settings.setDealSync(false);
    settings.setShop(QStringLiteral("main"));
    SettingsDialog dialog(&settings);
    QCOMPARE(dialog.delaySpin()->value(), 7200);
    QCOMPARE(dialog.options()->intervalSpin()->value(), 300);
    QVERIFY(dialog.kindBox(QStringLiteral("call"))->isChecked());
    QVERIFY(!dialog.kindBox(QStringLiteral("request"))->isChecked());
    QVERIFY(dialog.kindBox(QStringLiteral("chat"))->isChecked());
    QVERIFY(!dialog.options()->dealSyncBox()->isChecked());
    QCOMPARE(dialog.options()->shopCode(), QStringLiteral("main"));

    dialog.delaySpin()->setValue(45);
    dialog.options()->intervalSpin()->setValue(120);
    dialog.kindBox(QStringLiteral("request"))->setChecked(true);
    dialog.options()->dealSyncBox()->setChecked(true);
    dialog.accept();

    AppSettings reread(settings.fileName());
    QCOMPARE(reread.leadDelaySeconds(), 45);
    QCOMPARE(reread.syncIntervalSeconds(), 120);
    QCOMPARE(reread.leadKinds(),
        (QStringList { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") }));
    QVERIFY(reread.dealSync());
    QCOMPARE(reread.shop(), QStringLiteral("main")); // kept while the shops are not loaded
}

void tst_SettingsDialog::okNeedsALeadKind()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("ok.ini")));
    SettingsDialog dialog(&settings);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    for (const QString &kind : { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") })
        dialog.kindBox(kind)->setChecked(false);
    QVERIFY(!ok->isEnabled());
    dialog.kindBox(QStringLiteral("request"))->setChecked(true);
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
