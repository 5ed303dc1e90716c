// Errors that say what to do, in the language of the moment: the real engine against the simulated
// services writes its errors as codes; the main window words the SAME rows in English, in Russian after
// a switch, and in English again; the Errors tab carries the number of open errors, shows the open ones
// by default, keeps the technical detail behind "Details", and an error that stops the sync is a banner
// whose button performs the fix.
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>

#include "detailsdialog.h"
#include "errorsmonitor.h"
#include "mainwindow.h"
#include "models/errormodel.h"
#include "problemdetails.h"
#include "settings/appsettings.h"
#include "settingsdialog.h"
#include "store/syncstore.h"
#include "sync/synccontroller.h"
#include "syncfixture.h"
#include "tabletab.h"
#include "translator.h"
#include "webhookwidget.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

namespace {

/// Stands in for the Russian translations of the texts this change adds (they reach the .ts files
/// when the translations are updated): any text the real Russian translation lacks comes back in
/// Cyrillic, so a text that was stored (and so cannot change) stays visibly English.
class FallbackRussian final : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(
        const char *context, const char *source, const char *disambiguation, int n) const override
    {
        Q_UNUSED(context)
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("РУ: ") + QString::fromUtf8(source);
    }
    bool isEmpty() const override { return false; }
};

const QRegularExpression &cyrillic()
{
    static const QRegularExpression re(QStringLiteral("[А-Яа-яЁё]"));
    return re;
}

} // namespace

class tst_ErrorTexts : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void errorsAreWordedInTheCurrentLanguage();
    void bannerButtonRunsTheFix();
    void busyChatPortOffersSettingsAtTheReceiver();

private:
    struct Window
    {
        Translator translator;
        MainWindow window { &translator };
        SyncController controller;
        explicit Window(const QString &db)
            : controller(SyncConfig(), db)
        {
            translator.setLanguage(QStringLiteral("en"));
        }
    };
    std::unique_ptr<Window> open();
    [[nodiscard]] int openErrors() const;

    SyncFixture m_f;
    QString m_resolvedItem;
};

void tst_ErrorTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    SyncFixture &f = m_f;
    f.config.dealSync = true;
    // A write answered 500, a customer whose order has no date, a lead without a contact, an order
    // without a creation date (no deal), and at last a revoked key.
    f.crm->server()->setFaultRate(QStringLiteral("POST /api/v5/orders/create"), SimFault::Http500, 1.0);
    f.ct->addCall(f.now.addSecs(-600), QStringLiteral("+7 916 000-00-01"));
    Calltouch::SimLead anonymous;
    anonymous.at = f.now.addSecs(-500);
    f.ct->addRequest(anonymous);
    const qint64 customer = f.addCustomer(QStringLiteral("+79160000002"));
    RetailCrm::Order undated;
    undated.customerId = customer;
    undated.status = QStringLiteral("new");
    undated.site = QStringLiteral("main-shop");
    undated.createdAt = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC);
    f.crm->addOrder(undated);
    f.ct->addCall(f.now.addSecs(-400), QStringLiteral("+7 916 000-00-02"));
    f.makeEngine();
    f.now = f.now.addSecs(120);
    f.cycle();
    f.crm->removeApiKey(f.apiKey);
    f.now = f.now.addSecs(120);
    f.cycle();
    f.engine.reset();

    // One error is resolved (through the store's writer, as the engine does when an item succeeds).
    Store store(QStringLiteral("resolve"));
    QVERIFY(store.open(f.databasePath()).isOk());
    m_resolvedItem =
        store.scalar(QStringLiteral("SELECT item FROM errors WHERE code='no-created-at'")).toString();
    QVERIFY(!m_resolvedItem.isEmpty());
    SyncStore sync(store);
    QVERIFY(sync.resolveError(Db::ErrorDirection::Deals, m_resolvedItem).changed);
    QVERIFY(openErrors() >= 2);
}

int tst_ErrorTexts::openErrors() const
{
    Store store(QStringLiteral("count"));
    if (!store.open(m_f.databasePath()).isOk())
        return -1;
    return store.scalar(QStringLiteral("SELECT count(*) FROM errors WHERE resolved=0")).toInt();
}

std::unique_ptr<tst_ErrorTexts::Window> tst_ErrorTexts::open()
{
    auto w = std::make_unique<Window>(m_f.databasePath());
    if (!w->window.openDatabase(m_f.databasePath()))
        return {};
    w->window.setController(&w->controller);
    w->window.show();
    if (!QTest::qWaitForWindowExposed(&w->window))
        return {};
    w->window.tabs()->setCurrentIndex(MainWindow::ErrorsTab);
    return w;
}

void tst_ErrorTexts::errorsAreWordedInTheCurrentLanguage()
{
    const auto w = open();
    QVERIFY(w);
    TableTab *tab = w->window.tableTab(MainWindow::ErrorsTab);
    auto *model = qobject_cast<ErrorModel *>(tab->model());
    QVERIFY(model);
    const int open = openErrors();
    // The tab's label carries the count; the table shows the open errors by default.
    QCOMPARE(w->window.tabs()->tabText(MainWindow::ErrorsTab), QStringLiteral("Errors (%1)").arg(open));
    QCOMPARE(w->window.errorsMonitor()->openCount(), open);
    QTRY_COMPARE(model->rowCount(), open);
    QCOMPARE(tab->findChild<QComboBox *>()->currentData().toString(), QStringLiteral("open"));
    QCOMPARE(tab->findChild<QComboBox *>()->currentText(), QStringLiteral("Not resolved"));
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->index(row, ErrorModel::ItemColumn).data(ErrorModel::ItemRole).toString()
            != m_resolvedItem);

    // English: a plain sentence without technical detail, and what to do.
    QHash<qint64, QString> english;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString message = model->index(row, ErrorModel::MessageColumn).data().toString();
        const QString remedy = model->index(row, ErrorModel::RemedyColumn).data().toString();
        QVERIFY2(!message.isEmpty() && !remedy.isEmpty(), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("http")), qPrintable(message));
        QVERIFY2(!cyrillic().match(message + remedy).hasMatch(), qPrintable(message + remedy));
        english.insert(model->idAt(row), message);
    }
    QVERIFY(english.values().contains(QStringLiteral("retailCRM rejected the key or token.")));

    // The details dialog: the sentence, what to do, and the technical detail folded behind "Details".
    const qint64 authId = english.key(QStringLiteral("retailCRM rejected the key or token."));
    DetailsDialog *details = w->window.showDetails(MainWindow::ErrorsTab, authId);
    QVERIFY(details);
    const QString summary = details->summaryTexts().join(QLatin1Char('\n'));
    QVERIFY2(summary.contains(QStringLiteral("Run the setup wizard")), qPrintable(summary));
    QVERIFY2(!summary.contains(QStringLiteral("HTTP 401")), qPrintable(summary));
    auto *expander = details->findChild<ProblemDetails *>();
    QVERIFY(expander);
    QVERIFY(!expander->isExpanded());
    QVERIFY(!details->findChild<QPlainTextEdit *>(QStringLiteral("technicalDetail"))->isVisible());
    QTest::mouseClick(details->findChild<QToolButton *>(QStringLiteral("detailsToggle")), Qt::LeftButton);
    QVERIFY(details->findChild<QPlainTextEdit *>(QStringLiteral("technicalDetail"))->isVisible());
    QVERIFY2(
        expander->technicalText().contains(QStringLiteral("401")), qPrintable(expander->technicalText()));
    QVERIFY(!expander->technicalText().contains(m_f.apiKey)); // redacted
    details->close();

    // Russian: the SAME rows, worded anew.
    FallbackRussian fallback;
    QCoreApplication::installTranslator(&fallback);
    w->translator.setLanguage(QStringLiteral("ru"));
    QTRY_VERIFY(cyrillic().match(w->window.tabs()->tabText(MainWindow::ErrorsTab)).hasMatch());
    QVERIFY(w->window.tabs()->tabText(MainWindow::ErrorsTab).contains(QString::number(open)));
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString message = model->index(row, ErrorModel::MessageColumn).data().toString();
        QVERIFY2(english.contains(model->idAt(row)), "the rows changed");
        QVERIFY2(cyrillic().match(message).hasMatch(), qPrintable(message));
        QVERIFY2(cyrillic().match(model->index(row, ErrorModel::RemedyColumn).data().toString()).hasMatch(),
            qPrintable(message));
        // Made by the real Russian translation (not the fallback): "Resolved: No".
        const QString resolved = model->index(row, ErrorModel::ResolvedColumn).data().toString();
        QVERIFY2(cyrillic().match(resolved).hasMatch() && !resolved.startsWith(QStringLiteral("РУ:")),
            qPrintable(resolved));
    }

    // English again: the same sentences as before.
    QCoreApplication::removeTranslator(&fallback);
    w->translator.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(w->window.tabs()->tabText(MainWindow::ErrorsTab), QStringLiteral("Errors (%1)").arg(open));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(
            model->index(row, ErrorModel::MessageColumn).data().toString(), english.value(model->idAt(row)));

    // All errors on request, the resolved one among them.
    tab->findChild<QComboBox *>()->setCurrentIndex(tab->findChild<QComboBox *>()->findData(QString()));
    QTRY_COMPARE(model->rowCount(), open + 1);
}

void tst_ErrorTexts::bannerButtonRunsTheFix()
{
    const auto w = open();
    QVERIFY(w);
    // The revoked key found in the store at start: the banner, with the wizard as its fix.
    QFrame *banner = w->window.errorsMonitor()->bannerFrame();
    QPushButton *fix = w->window.errorsMonitor()->fixButton();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(fix->isVisible());
    QCOMPARE(fix->text(), QStringLiteral("Run the setup wizard"));
    QSignalSpy wizard(&w->window, &MainWindow::setupWizardRequested);
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(wizard.size(), 1);

    // A store failure reported by the engine: the same banner, now with Check database.
    emit w->controller.engine()->storeFailed(QStringLiteral("disk I/O error"));
    QTRY_COMPARE(fix->text(), QStringLiteral("Check database"));
    QVERIFY(banner->isVisible());
    QSignalSpy checked(&w->window, &MainWindow::checkDatabaseFinished);
    QTest::mouseClick(fix, Qt::LeftButton);
    QVERIFY(checked.wait(10000));
    QVERIFY(checked.first().first().toBool()); // the file is sound
    for (auto *box : w->window.findChildren<QMessageBox *>())
        box->close();
}

void tst_ErrorTexts::busyChatPortOffersSettingsAtTheReceiver()
{
    // Another program holds the chat receiver's port: the engine records the error (it does not stop the
    // sync, so no banner); the error's details offer Settings, which opens at the receiver's address.
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    m_f.config.webhookListen = QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort());
    m_f.config.webhookSecret = QStringLiteral("s3cret-for-the-test-0123456789abcdef");
    m_f.makeEngine(); // it starts the receiver at once, and finds the port taken
    m_f.engine.reset();
    Store store(QStringLiteral("busy"));
    QVERIFY(store.open(m_f.databasePath()).isOk());
    const qint64 id =
        store
            .scalar(QStringLiteral("SELECT id FROM errors WHERE code='webhook-listen-failed' AND resolved=0"))
            .toLongLong();
    QVERIFY(id > 0);

    QTemporaryDir dir; // before the window, which keeps a pointer to the settings until it goes
    AppSettings settings(dir.filePath(QStringLiteral("busy.ini"))); // the receiver is on, as it was
    settings.setWebhookListen(m_f.config.webhookListen);
    const auto w = open();
    QVERIFY(w);
    w->window.setSettings(&settings);
    DetailsDialog *dialog = w->window.showDetails(MainWindow::ErrorsTab, id);
    QVERIFY(dialog);
    QPushButton *fix = dialog->fixButton();
    QVERIFY(fix);
    QVERIFY(fix->isVisible());
    QVERIFY(!fix->isDefault());
    QString focused;
    QTimer::singleShot(0, this, [&focused] {
        auto *dialogShown = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialogShown)
            return;
        focused = dialogShown->focusWidget() == dialogShown->webhook()->listenEdit()
            ? QStringLiteral("listen")
            : QStringLiteral("other");
        dialogShown->reject();
    });
    QTest::mouseClick(fix, Qt::LeftButton);
    QCOMPARE(focused, QStringLiteral("listen"));
    dialog->close();
}

QTEST_MAIN(tst_ErrorTexts)
#include "tst_errortexts.moc"
