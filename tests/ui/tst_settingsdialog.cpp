// The Settings dialog: one labelled options form, values loaded from and saved to AppSettings.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include "optionswidget.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"

using namespace LeadBridge;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private slots:
    void everyControlIsLabelled();
    void loadsAndSavesTheSettings();
    void okNeedsALeadKind();

private:
    QTemporaryDir m_dir;
};

void tst_SettingsDialog::everyControlIsLabelled()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("labels.ini")));
    SettingsDialog dialog(&settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const OptionsWidget *options = dialog.options();
    QFormLayout *form = options->form();
    auto *kinds = options->findChild<QWidget *>(QStringLiteral("leadKinds"));
    const QList<QWidget *> fields { options->shopEdit(), kinds, options->delaySpin(), options->intervalSpin(),
        options->dealSyncBox() };
    for (QWidget *field : fields) {
        QVERIFY(field);
        const auto *label = qobject_cast<QLabel *>(form->labelForField(field));
        QVERIFY2(label && !label->text().isEmpty(), qPrintable(field->objectName()));
        QCOMPARE(label->buddy(), field);
    }
    for (const QString &kind : { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") })
        QVERIFY(!dialog.kindBox(kind)->text().isEmpty());
    QVERIFY(!dialog.options()->dealSyncBox()->text().isEmpty());
    // The zones are shown, labelled, not editable.
    const auto *zonesLabel = qobject_cast<QLabel *>(form->labelForField(dialog.timeZones()));
    QVERIFY(zonesLabel && !zonesLabel->text().isEmpty());
    QVERIFY(dialog.timeZones()->text().contains(QStringLiteral("Europe/Moscow")));
    QVERIFY(!dialog.options()->shopCombo()); // no CRM connection in Settings: the code is typed
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
    QCOMPARE(dialog.options()->shopEdit()->text(), QStringLiteral("main"));

    dialog.delaySpin()->setValue(45);
    dialog.options()->intervalSpin()->setValue(120);
    dialog.kindBox(QStringLiteral("request"))->setChecked(true);
    dialog.options()->dealSyncBox()->setChecked(true);
    dialog.options()->shopEdit()->setText(QStringLiteral("  second  "));
    dialog.accept();

    AppSettings reread(settings.fileName());
    QCOMPARE(reread.leadDelaySeconds(), 45);
    QCOMPARE(reread.syncIntervalSeconds(), 120);
    QCOMPARE(reread.leadKinds(),
        (QStringList { QStringLiteral("call"), QStringLiteral("request"), QStringLiteral("chat") }));
    QVERIFY(reread.dealSync());
    QCOMPARE(reread.shop(), QStringLiteral("second"));
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
