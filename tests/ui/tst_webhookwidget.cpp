// The chat receiver's controls (wizard page and Settings) and its status bar word, offscreen, with the
// real receiver, engine and simulated retailCRM.
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "mainwindow.h"
#include "screenshots.h"
#include "secrets/secretstore.h"
#include "secrets/webhooksecret.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "sync/synccontroller.h"
#include "syncfixture.h"
#include "translator.h"
#include "webhookstatuslabel.h"
#include "webhookwidget.h"

using namespace LeadBridge;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString storedSecret(SecretStore &store)
{
    QObject context;
    QString value;
    bool done = false;
    store.read(SecretName::WebhookSecret, &context, [&](const SecretResult &result) {
        value = result.value;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 5000))
        return QStringLiteral("(no answer)");
    return value;
}
} // namespace

class tst_WebhookWidget : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void urlsAreShownAndCopied();
    void sendTestShowsArrivalWithoutAnyWrite();
    void sendTestReachesTheRunningReceiverAndStoresNothing();
    void regenerateWarnsFirst();
    void settingsKeepTheSecretInTheStoreOnly();
    void statusBarShowsListeningDeliveriesAndABusyPort();

private:
    QTemporaryDir m_dir;
    Translator m_translator;
};

void tst_WebhookWidget::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_translator.setLanguage(QStringLiteral("en"));
}

void tst_WebhookWidget::urlsAreShownAndCopied()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("urls.ini")));
    MemorySecretStore secrets;
    WebhookWidget widget;
    widget.load(&settings, &secrets);
    widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&widget));
    // Off by default: complete, no URLs.
    QVERIFY(!widget.enabledBox()->isChecked());
    QVERIFY(widget.isComplete());
    QTRY_VERIFY(!widget.secret().isEmpty()); // none stored: generated
    QCOMPARE(widget.secret().size(), 43);
    QVERIFY(widget.secretNeedsSaving());
    QVERIFY(widget.urlEdit(WebhookWidget::Kind::Chats)->text().isEmpty());

    widget.enabledBox()->setChecked(true);
    QVERIFY(!widget.isComplete()); // a public URL is needed
    widget.publicUrlEdit()->setText(QStringLiteral("https://hooks.myshop.ru/"));
    QVERIFY(widget.isComplete());
    const QString secret = widget.secret();
    QCOMPARE(widget.url(WebhookWidget::Kind::Chats),
        QStringLiteral("https://hooks.myshop.ru/%1/chat").arg(secret));
    QCOMPARE(widget.url(WebhookWidget::Kind::Calls),
        QStringLiteral("https://hooks.myshop.ru/%1/call").arg(secret));
    QCOMPARE(widget.url(WebhookWidget::Kind::Requests),
        QStringLiteral("https://hooks.myshop.ru/%1/request").arg(secret));
    // On screen the secret is hidden (screen sharing, screenshots); Copy gives the whole URL.
    for (const auto kind :
        { WebhookWidget::Kind::Calls, WebhookWidget::Kind::Requests, WebhookWidget::Kind::Chats }) {
        const QString shown = widget.urlEdit(kind)->text();
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QVERIFY(shown.startsWith(QStringLiteral("https://hooks.myshop.ru/")));
    }
    QCOMPARE(widget.urlEdit(WebhookWidget::Kind::Chats)->text(),
        QStringLiteral("https://hooks.myshop.ru/••••••••/chat"));
    QVERIFY(widget.urlEdit(WebhookWidget::Kind::Chats)->isReadOnly());
    QTest::mouseClick(widget.copyButton(WebhookWidget::Kind::Chats), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), widget.url(WebhookWidget::Kind::Chats));
    QTest::mouseClick(widget.copyButton(WebhookWidget::Kind::Calls), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), widget.url(WebhookWidget::Kind::Calls));
    // The cabinet path is named; a bad address is said so and blocks.
    QVERIFY(widget.findChildren<QLabel *>().size() > 0);
    bool cabinetNamed = false;
    for (const QLabel *label : widget.findChildren<QLabel *>())
        cabinetNamed = cabinetNamed || label->text().contains(WebhookSecret::cabinetPath());
    QVERIFY(cabinetNamed);
    widget.listenEdit()->setText(QStringLiteral("nonsense"));
    QVERIFY(!widget.isComplete());
    widget.listenEdit()->setText(QStringLiteral("0.0.0.0:8099"));
    QVERIFY(widget.isComplete());
    widget.publicUrlEdit()->setText(QStringLiteral("hooks.myshop.ru"));
    QVERIFY(!widget.isComplete());
    QVERIFY(widget.urlEdit(WebhookWidget::Kind::Chats)->text().isEmpty());

    // A stored secret is used as it is.
    MemorySecretStore stored;
    stored.write(SecretName::WebhookSecret, QStringLiteral("stored-secret-0123456789abcdefghij"), nullptr,
        [](auto &&) {});
    WebhookWidget again;
    again.load(&settings, &stored);
    QTRY_COMPARE(again.secret(), QStringLiteral("stored-secret-0123456789abcdefghij"));
    QVERIFY(!again.secretNeedsSaving());
}

void tst_WebhookWidget::sendTestShowsArrivalWithoutAnyWrite()
{
    // Nothing listens on the port yet (first setup): the widget listens itself for the test.
    AppSettings settings(m_dir.filePath(QStringLiteral("test.ini")));
    MemorySecretStore secrets;
    WebhookWidget widget;
    widget.load(&settings, &secrets);
    widget.enabledBox()->setChecked(true);
    widget.listenEdit()->setText(QStringLiteral("127.0.0.1:%1").arg(freePort()));
    widget.publicUrlEdit()->setText(QStringLiteral("https://hooks.myshop.ru"));
    QTRY_VERIFY(!widget.secret().isEmpty());
    QSignalSpy finished(&widget, &WebhookWidget::testFinished);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), true);
    QVERIFY2(widget.testResult()->text().contains(QStringLiteral("arrived")),
        qPrintable(widget.testResult()->text()));
    QVERIFY(widget.testResult()->text().contains(QStringLiteral("Nothing was sent to retailCRM")));
    // Nothing was kept: the secret is not yet saved anywhere, the settings are untouched.
    QVERIFY(storedSecret(secrets).isEmpty());
    QVERIFY(settings.webhookListen().isEmpty());
    // The port is free again.
    QTcpServer again;
    const quint16 port = widget.listenEdit()->text().section(QLatin1Char(':'), 1).toUShort();
    QTRY_VERIFY(again.isListening() || again.listen(QHostAddress::LocalHost, port));
}

void tst_WebhookWidget::sendTestReachesTheRunningReceiverAndStoresNothing()
{
    // LeadBridge runs with the receiver on: the test goes to it; no lead is stored, no order is written.
    TestSupport::SyncFixture f;
    const quint16 port = freePort();
    f.config.webhookListen = QStringLiteral("127.0.0.1:%1").arg(port);
    f.config.webhookSecret = QStringLiteral("running-secret-0123456789abcdefghijklmn");
    f.config.leadDelaySeconds = 0;
    SyncEngine *engine = f.makeEngine();
    QVERIFY(engine);

    AppSettings settings(m_dir.filePath(QStringLiteral("running.ini")));
    settings.setWebhookListen(f.config.webhookListen);
    settings.setWebhookPublicUrl(QStringLiteral("https://hooks.myshop.ru"));
    MemorySecretStore secrets;
    secrets.write(SecretName::WebhookSecret, f.config.webhookSecret, nullptr, [](auto &&) {});
    WebhookWidget widget;
    widget.load(&settings, &secrets);
    QTRY_COMPARE(widget.secret(), f.config.webhookSecret);
    QVERIFY(widget.enabledBox()->isChecked());
    QSignalSpy finished(&widget, &WebhookWidget::testFinished);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(widget.testResult()->text()));
    f.cycle();
    QCOMPARE(f.sql(QStringLiteral("SELECT COUNT(*) FROM leads")).toInt(), 0);
    QVERIFY(f.crm->orders().isEmpty());
    QVERIFY(f.crm->customers().isEmpty());

    // With a regenerated (unsaved) secret the running receiver does not know it: said so.
    widget.regenerateButton()->click();
    QTRY_VERIFY(widget.regenerateWarning());
    widget.regenerateWarning()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(widget.secret() != f.config.webhookSecret);
    QTest::mouseClick(widget.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.last().at(0).toBool(), false);
    QVERIFY2(widget.testResult()->text().contains(QStringLiteral("save")),
        qPrintable(widget.testResult()->text()));
}

void tst_WebhookWidget::regenerateWarnsFirst()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("regenerate.ini")));
    settings.setWebhookListen(QStringLiteral("127.0.0.1:8099"));
    settings.setWebhookPublicUrl(QStringLiteral("https://hooks.myshop.ru"));
    MemorySecretStore secrets;
    secrets.write(SecretName::WebhookSecret, QStringLiteral("old-secret-0123456789abcdefghijklmnop"), nullptr,
        [](auto &&) {});
    WebhookWidget widget;
    widget.load(&settings, &secrets);
    widget.show();
    QTRY_COMPARE(widget.secret(), QStringLiteral("old-secret-0123456789abcdefghijklmnop"));
    const QString oldUrl = widget.url(WebhookWidget::Kind::Chats);

    QTest::mouseClick(widget.regenerateButton(), Qt::LeftButton);
    QTRY_VERIFY(widget.regenerateWarning() && widget.regenerateWarning()->isVisible());
    QVERIFY(widget.regenerateWarning()->text().contains(QStringLiteral("stop working")));
    QVERIFY(widget.regenerateWarning()->text().contains(QStringLiteral("Calltouch")));
    TestSupport::saveScreenshot(widget.regenerateWarning(), QStringLiteral("webhook_regenerate_warning_en"));
    widget.regenerateWarning()->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!widget.regenerateWarning());
    QCOMPARE(widget.url(WebhookWidget::Kind::Chats), oldUrl); // nothing changed
    QVERIFY(!widget.secretNeedsSaving());

    QTest::mouseClick(widget.regenerateButton(), Qt::LeftButton);
    QTRY_VERIFY(widget.regenerateWarning());
    widget.regenerateWarning()->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(widget.url(WebhookWidget::Kind::Chats) != oldUrl);
    QVERIFY(widget.secretNeedsSaving());
    QCOMPARE(widget.secret().size(), 43);
    QVERIFY(widget.testResult()->text().contains(QStringLiteral("Calltouch")));
}

void tst_WebhookWidget::settingsKeepTheSecretInTheStoreOnly()
{
    const QString ini = m_dir.filePath(QStringLiteral("settings.ini"));
    AppSettings settings(ini);
    MemorySecretStore secrets;
    SettingsDialog dialog(&settings, nullptr, &secrets);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    WebhookWidget *webhook = dialog.webhook();
    QVERIFY(webhook);
    webhook->enabledBox()->setChecked(true);
    webhook->publicUrlEdit()->setText(QStringLiteral("https://hooks.myshop.ru"));
    QTRY_VERIFY(!webhook->secret().isEmpty());
    const QString secret = webhook->secret();
    TestSupport::saveScreenshot(&dialog, QStringLiteral("settings_chats_en"));
    m_translator.setLanguage(QStringLiteral("ru"));
    QCoreApplication::processEvents();
    TestSupport::saveScreenshot(&dialog, QStringLiteral("settings_chats_ru"));
    m_translator.setLanguage(QStringLiteral("en"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    buttons->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(storedSecret(secrets), secret);
    QCOMPARE(settings.webhookListen(), QStringLiteral("127.0.0.1:8099"));
    QCOMPARE(settings.webhookPublicUrl(), QStringLiteral("https://hooks.myshop.ru"));
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("publicUrl"));
    QVERIFY(!text.contains(secret.toUtf8()));
}

void tst_WebhookWidget::statusBarShowsListeningDeliveriesAndABusyPort()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("window.ini")));
    settings.setWebhookPublicUrl(QStringLiteral("https://hooks.myshop.ru"));
    MainWindow window(&m_translator);
    window.setSettings(&settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    WebhookStatusLabel *label = window.webhookStatus();
    QVERIFY(!label->isVisible()); // no receiver: nothing said

    SyncConfig config;
    config.webhookListen = QStringLiteral("127.0.0.1:%1").arg(freePort());
    config.webhookSecret = QStringLiteral("status-secret-0123456789abcdefghijklmnop");
    SyncController controller(config, dir.filePath(QStringLiteral("a.db")));
    window.setController(&controller);
    controller.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        label->text().contains(QStringLiteral("Receiving chats at https://hooks.myshop.ru")), 10000);
    QVERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("no delivery yet")));

    // A delivery arrives (a chat without contact: stored, nothing to send).
    QTcpSocket socket;
    socket.connectToHost(
        QHostAddress::LocalHost, config.webhookListen.section(QLatin1Char(':'), 1).toUShort());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET /" + config.webhookSecret.toUtf8() + "/chat?chatid=77 HTTP/1.1\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("last delivery")), 10000);
    TestSupport::saveScreenshot(&window, QStringLiteral("mainwindow_chats_receiving_en"));

    // A second LeadBridge on the same port: its receiver cannot listen, and says so.
    MainWindow second(&m_translator);
    SyncController busy(config, dir.filePath(QStringLiteral("b.db")));
    second.setController(&busy);
    busy.start();
    QTRY_VERIFY_WITH_TIMEOUT(second.webhookStatus()->text().contains(QStringLiteral("busy")), 10000);
    QVERIFY(second.webhookStatus()->text().contains(config.webhookListen.section(QLatin1Char(':'), 1)));
    QVERIFY(!second.webhookStatus()->text().contains(config.webhookSecret));
    second.show();
    QVERIFY(QTest::qWaitForWindowExposed(&second));
    QVERIFY(second.webhookStatus()->isVisible());
    TestSupport::saveScreenshot(&second, QStringLiteral("mainwindow_chats_port_busy_en"));
    busy.stop();
    controller.stop();
    window.setController(nullptr);
    second.setController(nullptr);
}

QTEST_MAIN(tst_WebhookWidget)
#include "tst_webhookwidget.moc"
