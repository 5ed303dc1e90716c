// The order options in the options widget: choices listed from the CRM's own reference books (read by
// the wizard's real retailCRM check from the simulated CRM over loopback), saved to the settings file.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "optionswidget.h"
#include "orderoptionswidget.h"
#include "sandbox/retailcrmsim.h"
#include "settings/appsettings.h"
#include "wizard/setupbackend.h"

using namespace LeadBridge;
using Calltouch::Lead;

class tst_OrderOptionsWidget : public QObject
{
    Q_OBJECT
private slots:
    void choicesComeFromTheCrmsBooks();
    void templateShowsALiveExampleAndRejectsUnknownPlaceholders();
    void savedCodesSurviveWithoutTheBooks();

private:
    static RetailCrm::OrderBooks booksFromTheCrm(RetailCrm::Simulator &crm);
    static QStringList itemTexts(const QComboBox *combo);
};

RetailCrm::OrderBooks tst_OrderOptionsWidget::booksFromTheCrm(RetailCrm::Simulator &crm)
{
    ClientSetupBackend backend;
    CrmCheckResult result;
    bool done = false;
    QObject context;
    backend.checkRetailCrm(
        crm.url(), RetailCrm::Simulator::sandboxApiKey(), &context, [&](const CrmCheckResult &r) {
            result = r;
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        qWarning("the retailCRM check did not finish");
    if (!result.ok())
        qWarning("the retailCRM check failed: %s", qPrintable(result.error.detail));
    return result.books;
}

QStringList tst_OrderOptionsWidget::itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

void tst_OrderOptionsWidget::choicesComeFromTheCrmsBooks()
{
    RetailCrm::Simulator crm;
    crm.seedSample();
    QVERIFY(crm.start() != 0);
    const RetailCrm::OrderBooks books = booksFromTheCrm(crm);
    QCOMPARE(books.methods.size(), crm.orderMethods().size());

    OptionsWidget options(OptionsWidget::Mode::Setup);
    options.resize(800, 600);
    options.show();
    options.load(nullptr);
    OrderOptionsWidget *orders = options.orderOptions();
    orders->setReferenceBooks(books);
    QCOMPARE(orders->tabs()->count(), 3);

    for (const Lead::Kind kind : { Lead::Kind::Call, Lead::Kind::Request, Lead::Kind::Chat }) {
        // The default (first) choice sends nothing: the seed's behaviour.
        QCOMPARE(orders->methodCombo(kind)->currentIndex(), 0);
        QCOMPARE(orders->managerCombo(kind)->currentData().toLongLong(), qint64(0));
        // The CRM's names, in the CRM's order, after the default.
        QCOMPARE(itemTexts(orders->methodCombo(kind)).mid(1),
            QStringList({ QStringLiteral("Корзина"), QStringLiteral("По телефону"),
                QStringLiteral("Landing page"), QStringLiteral("Онлайн-консультант") }));
        QCOMPARE(itemTexts(orders->typeCombo(kind)).mid(1),
            QStringList({ QStringLiteral("Физическое лицо"), QStringLiteral("Юридическое лицо") }));
        const QStringList managers = itemTexts(orders->managerCombo(kind));
        QVERIFY2(managers.contains(QStringLiteral("Смирнова Анна")), qPrintable(managers.join(u',')));
        QVERIFY2(!managers.join(u',').contains(QStringLiteral("Бывший")), "an inactive user is offered");
    }

    // Non-default choices for calls, saved and read back through the settings file.
    QComboBox *method = orders->methodCombo(Lead::Kind::Call);
    method->setCurrentIndex(method->findText(QStringLiteral("По телефону")));
    QComboBox *type = orders->typeCombo(Lead::Kind::Request);
    type->setCurrentIndex(type->findText(QStringLiteral("Юридическое лицо")));
    QComboBox *manager = orders->managerCombo(Lead::Kind::Chat);
    manager->setCurrentIndex(manager->findText(QStringLiteral("Смирнова Анна")));
    const qint64 annaId = manager->currentData().toLongLong();
    QVERIFY(annaId > 0);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("options.ini"));
    {
        AppSettings settings(file);
        options.save(&settings);
        settings.sync();
    }
    AppSettings settings(file);
    const Sync::OrderOptions saved = settings.orderOptions();
    QCOMPARE(saved.call.orderMethod, QStringLiteral("phone"));
    QCOMPARE(saved.request.orderType, QStringLiteral("eshop-legal"));
    QCOMPARE(saved.chat.managerId, annaId);
    QCOMPARE(saved.call.managerId, qint64(0));
    QCOMPARE(saved.request.orderMethod, QString());

    // Loading them again shows the same choices.
    OptionsWidget again(OptionsWidget::Mode::Setup);
    again.load(&settings);
    again.orderOptions()->setReferenceBooks(books);
    QCOMPARE(
        again.orderOptions()->methodCombo(Lead::Kind::Call)->currentText(), QStringLiteral("По телефону"));
    QCOMPARE(again.orderOptions()->managerCombo(Lead::Kind::Chat)->currentData().toLongLong(), annaId);
}

void tst_OrderOptionsWidget::templateShowsALiveExampleAndRejectsUnknownPlaceholders()
{
    OptionsWidget options(OptionsWidget::Mode::Settings);
    options.load(nullptr);
    OrderOptionsWidget *orders = options.orderOptions();
    QLineEdit *edit = orders->templateEdit(Lead::Kind::Call);
    QCOMPARE(edit->text(), QStringLiteral("Звонок от {contact}"));
    QVERIFY(
        orders->exampleLabel(Lead::Kind::Call)->text().contains(QStringLiteral("Звонок от +79991234567")));
    QVERIFY(options.isComplete());

    QSignalSpy complete(&options, &OptionsWidget::completeChanged);
    edit->clear();
    edit->insert(QStringLiteral("Лид {utm}")); // typed (keyClicks takes Latin-1 only)
    QVERIFY(!options.isComplete());
    QVERIFY(complete.size() > 0);
    QVERIFY(orders->exampleLabel(Lead::Kind::Call)->text().contains(QStringLiteral("{utm}")));

    edit->clear();
    edit->insert(QStringLiteral("Лид {phone}"));
    QVERIFY(options.isComplete());
    QVERIFY2(orders->exampleLabel(Lead::Kind::Call)->text().contains(QStringLiteral("Лид +79991234567")),
        qPrintable(orders->exampleLabel(Lead::Kind::Call)->text()));
    QCOMPARE(orders->options().call.nameTemplate, QStringLiteral("Лид {phone}"));
}

void tst_OrderOptionsWidget::savedCodesSurviveWithoutTheBooks()
{
    // Settings has no CRM connection: a saved choice stays as it is and is saved back unchanged.
    Sync::OrderOptions chosen = Sync::OrderOptions::defaults();
    chosen.call.orderMethod = QStringLiteral("phone");
    chosen.request.managerId = 7;
    OrderOptionsWidget orders;
    orders.load(chosen);
    QCOMPARE(orders.methodCombo(Lead::Kind::Call)->currentText(), QStringLiteral("phone"));
    QCOMPARE(orders.options(), chosen);
}

QTEST_MAIN(tst_OrderOptionsWidget)
#include "tst_orderoptionswidget.moc"
