// The tables of the real main window (offscreen) over a database the engine wrote against the
// simulated services: CRM names with codes in tooltips, the order link, the context menu and the
// keyboard (Enter, Ctrl+Enter, Ctrl+C).
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "detailsdialog.h"
#include "mainwindow.h"
#include "models/dealmodel.h"
#include "models/leadmodel.h"
#include "models/ordermodel.h"
#include "resendconfirmation.h"
#include "settings/appsettings.h"
#include "store/referencenames.h"
#include "sync/synccontroller.h"
#include "syncfixture.h"
#include "tablecontextmenu.h"
#include "tabletab.h"
#include "translator.h"

using namespace LeadBridge;
using namespace LeadBridge::TestSupport;

/// Receives what QDesktopServices::openUrl() would open in the browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void openUrl(const QUrl &url) { urls << url; }
};

class tst_TableActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void tablesShowTheCrmNames();
    void orderNumberIsALinkToTheCrm();
    void contextMenuOffersTheRowsActions();
    void keyboardCopiesAndOpens();

private:
    /// Selects @p row of @p tab's view (and makes it current).
    static void selectRow(TableTab *tab, int row,
        QItemSelectionModel::SelectionFlags flags = QItemSelectionModel::ClearAndSelect);
    static QAction *actionNamed(QMenu *menu, const QString &name);

    SyncFixture m_f;
    qint64 m_assembling = 0;
    qint64 m_unknownStatus = 0;
    QString m_accountKeyless = QStringLiteral("https://shop.retailcrm.ru");
    UrlCatcher m_catcher;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<SyncController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void tst_TableActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_f.config.dealSync = true;
    const auto addOrder = [this](const QString &status, const QString &site, const QString &phone) {
        RetailCrm::Order order;
        order.site = site;
        order.phone = phone;
        order.status = status;
        order.totalSumm = QStringLiteral("2500.00");
        order.createdAt = m_f.now.addSecs(-7200);
        return m_f.crm->addOrder(order);
    };
    m_assembling =
        addOrder(QStringLiteral("assembling"), QStringLiteral("outlet"), QStringLiteral("+79160000001"));
    m_unknownStatus =
        addOrder(QStringLiteral("prepayed"), QStringLiteral("main-shop"), QStringLiteral("+79160000002"));
    // Two calls: each lead creates a customer and an order in the default shop.
    m_f.ct->addCall(m_f.now.addSecs(-3600), QStringLiteral("+79160000008"), QStringLiteral("yandex"));
    m_f.ct->addCall(m_f.now.addSecs(-1800), QStringLiteral("+79160000009"), QStringLiteral("google"));
    m_f.makeEngine();
    QVERIFY(m_f.cycle().storeError.isEmpty());
    m_f.engine.reset(); // the window's controller uses the database next
    {
        // The CRM deleted the status "prepayed" since (its book no longer has it): the code shows.
        Store store(QStringLiteral("test"));
        QVERIFY(store.open(m_f.databasePath()).isOk());
        QHash<QString, QString> names = ReferenceNames::read(store, ReferenceNames::Kind::Status);
        QVERIFY(names.remove(QStringLiteral("prepayed")));
        QList<ReferenceNames::Entry> entries;
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            entries.append({ it.key(), it.value() });
        QVERIFY(ReferenceNames::replace(store, ReferenceNames::Kind::Status, entries).ok);
    }
    QVERIFY(m_f.sql(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt() == 2);
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "openUrl");
}

void tst_TableActions::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void tst_TableActions::init()
{
    m_catcher.urls.clear();
    m_settings = std::make_unique<AppSettings>(m_f.dir.filePath(QStringLiteral("settings.ini")));
    // A user name and a query in the account address must never reach a link.
    m_settings->setRetailCrmUrl(QUrl(QStringLiteral("https://admin:secret@shop.retailcrm.ru/?apiKey=KEY")));
    m_translator = std::make_unique<Translator>();
    m_translator->setLanguage(QStringLiteral("en"));
    m_controller = std::make_unique<SyncController>(SyncConfig(), m_f.databasePath());
    m_window = std::make_unique<MainWindow>(m_translator.get());
    m_window->setSettings(m_settings.get());
    QVERIFY(m_window->openDatabase(m_f.databasePath()));
    m_window->setController(m_controller.get());
    m_window->resize(1400, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_TableActions::cleanup()
{
    m_window.reset();
    m_controller.reset();
    m_translator.reset();
    m_settings.reset();
}

void tst_TableActions::selectRow(TableTab *tab, int row, QItemSelectionModel::SelectionFlags flags)
{
    QItemSelectionModel *selection = tab->view()->selectionModel();
    const QModelIndex index = tab->model()->index(row, 0);
    selection->setCurrentIndex(index, flags | QItemSelectionModel::Rows);
}

QAction *tst_TableActions::actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

void tst_TableActions::tablesShowTheCrmNames()
{
    m_window->tabs()->setCurrentIndex(MainWindow::DealsTab);
    PagedTableModel *deals = m_window->tableTab(MainWindow::DealsTab)->model();
    const int row = deals->rowOfId(m_assembling);
    QVERIFY(row >= 0);
    QCOMPARE(deals->index(row, DealModel::StatusColumn).data().toString(), QStringLiteral("Комплектуется"));
    QVERIFY(deals->index(row, DealModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("assembling")));
    QCOMPARE(deals->index(row, DealModel::ShopColumn).data().toString(), QStringLiteral("Outlet"));
    QVERIFY(deals->index(row, DealModel::ShopColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("outlet")));
    // A status the CRM's book does not have shows as its code.
    const int unknown = deals->rowOfId(m_unknownStatus);
    QVERIFY(unknown >= 0);
    QCOMPARE(deals->index(unknown, DealModel::StatusColumn).data().toString(), QStringLiteral("prepayed"));
    QCOMPARE(deals->index(unknown, DealModel::ShopColumn).data().toString(), QStringLiteral("Main shop"));

    PagedTableModel *orders = m_window->tableTab(MainWindow::OrdersTab)->model();
    QCOMPARE(orders->rowCount(), 2);
    QCOMPARE(orders->index(0, OrderModel::ShopColumn).data().toString(), QStringLiteral("Main shop"));
    QVERIFY(orders->index(0, OrderModel::ShopColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("main-shop")));

    // The details of the deal too.
    DetailsDialog *details = m_window->showDetails(MainWindow::DealsTab, m_assembling);
    QVERIFY(details);
    const QStringList texts = details->summaryTexts();
    QVERIFY2(texts.contains(QStringLiteral("Комплектуется")), qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY(texts.contains(QStringLiteral("Outlet")));
    QVERIFY(!texts.contains(QStringLiteral("assembling")));
    details->close();
}

void tst_TableActions::orderNumberIsALinkToTheCrm()
{
    m_window->tabs()->setCurrentIndex(MainWindow::OrdersTab);
    TableTab *tab = m_window->tableTab(MainWindow::OrdersTab);
    QTableView *view = tab->view();
    view->horizontalHeader()->resizeSection(OrderModel::NumberColumn, 220);
    const QModelIndex number = tab->model()->index(0, OrderModel::NumberColumn);
    const qint64 orderId = number.data(PagedTableModel::OrderIdRole).toLongLong();
    QVERIFY(orderId > 0);
    const QUrl expected(QStringLiteral("%1/orders/%2/edit").arg(m_accountKeyless).arg(orderId));

    // A click beside the number only selects the row.
    const QRect rect = view->visualRect(number);
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(rect.right() - 4, rect.center().y()));
    QVERIFY(m_catcher.urls.isEmpty());
    // A click on the number opens the order's page.
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(rect.left() + 8, rect.center().y()));
    QCOMPARE(m_catcher.urls, QList<QUrl> { expected });

    // Ctrl+Enter opens the current row's order from the keyboard (here from the deals tab).
    m_window->tabs()->setCurrentIndex(MainWindow::DealsTab);
    TableTab *deals = m_window->tableTab(MainWindow::DealsTab);
    selectRow(deals, deals->model()->rowOfId(m_assembling));
    deals->view()->setFocus();
    QTest::keyClick(deals->view(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(m_catcher.urls.size(), 2);
    QCOMPARE(m_catcher.urls.last(),
        QUrl(QStringLiteral("%1/orders/%2/edit").arg(m_accountKeyless).arg(m_assembling)));
    for (const QUrl &url : std::as_const(m_catcher.urls)) {
        QVERIFY(!url.toString().contains(QStringLiteral("secret")));
        QVERIFY(!url.toString().contains(QStringLiteral("KEY")));
    }
}

void tst_TableActions::contextMenuOffersTheRowsActions()
{
    m_window->tabs()->setCurrentIndex(MainWindow::LeadsTab);
    TableTab *leads = m_window->tableTab(MainWindow::LeadsTab);
    QCOMPARE(leads->model()->rowCount(), 2);
    selectRow(leads, 0);
    const QModelIndex contact = leads->model()->index(0, LeadModel::ContactColumn);
    std::unique_ptr<QMenu> menu(leads->contextMenu()->createMenu(contact, m_window.get()));
    for (const QString &name : { QStringLiteral("copyCell"), QStringLiteral("copyRow"),
             QStringLiteral("openInCrm"), QStringLiteral("showDetails") })
        QVERIFY2(actionNamed(menu.get(), name), qPrintable(name));
    QVERIFY(menu->actions().contains(m_window->resendAction()));
    QVERIFY(m_window->resendAction()->isEnabled());
    QVERIFY(menu->actions().contains(m_window->exportAction()));
    QVERIFY(!menu->actions().contains(m_window->retryDealsAction())); // not on the leads tab

    actionNamed(menu.get(), QStringLiteral("copyCell"))->trigger();
    QCOMPARE(QApplication::clipboard()->text(), contact.data().toString());
    QVERIFY(QApplication::clipboard()->text().startsWith(QStringLiteral("+7916")));
    actionNamed(menu.get(), QStringLiteral("copyRow"))->trigger();
    const QStringList cells = QApplication::clipboard()->text().split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(LeadModel::ColumnCount));
    QCOMPARE(cells.at(LeadModel::ContactColumn), contact.data().toString());
    QCOMPARE(cells.at(LeadModel::KindColumn), QStringLiteral("Call"));

    actionNamed(menu.get(), QStringLiteral("openInCrm"))->trigger();
    QCOMPARE(m_catcher.urls.size(), 1);
    QVERIFY(m_catcher.urls.first().path().endsWith(QStringLiteral("/edit")));
    QCOMPARE(m_catcher.urls.first().path(),
        QStringLiteral("/orders/%1/edit")
            .arg(leads->model()->index(0, 0).data(PagedTableModel::OrderIdRole).toLongLong()));

    QSignalSpy details(leads, &TableTab::rowActivated);
    actionNamed(menu.get(), QStringLiteral("showDetails"))->trigger();
    QCOMPARE(details.size(), 1);
    QCOMPARE(details.first().first().toLongLong(), leads->model()->idAt(0));
    QVERIFY(m_window->findChild<DetailsDialog *>());

    // The resend asks first (ui/resendconfirmation.h): the test answers "Resend".
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto *box = qobject_cast<ResendConfirmation *>(QApplication::activeModalWidget())) {
            asked = true;
            box->resendButton()->click();
        }
    });
    m_window->resendAction()->trigger();
    QVERIFY(asked);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("queued")),
        qPrintable(m_window->statusBar()->currentMessage()));

    // The deals tab offers Retry; a deal's row opens its order.
    m_window->tabs()->setCurrentIndex(MainWindow::DealsTab);
    TableTab *deals = m_window->tableTab(MainWindow::DealsTab);
    selectRow(deals, 0);
    std::unique_ptr<QMenu> dealMenu(
        deals->contextMenu()->createMenu(deals->model()->index(0, 1), m_window.get()));
    QVERIFY(dealMenu->actions().contains(m_window->retryDealsAction()));
    QVERIFY(!dealMenu->actions().contains(m_window->resendAction()));
    QVERIFY(actionNamed(dealMenu.get(), QStringLiteral("openInCrm")));

    // Without an account address there is nothing to open.
    m_settings->setRetailCrmUrl(QUrl());
    std::unique_ptr<QMenu> noAccount(
        deals->contextMenu()->createMenu(deals->model()->index(0, 1), m_window.get()));
    QVERIFY(!actionNamed(noAccount.get(), QStringLiteral("openInCrm")));
    QVERIFY(actionNamed(noAccount.get(), QStringLiteral("copyCell")));
}

void tst_TableActions::keyboardCopiesAndOpens()
{
    m_window->tabs()->setCurrentIndex(MainWindow::DealsTab);
    TableTab *deals = m_window->tableTab(MainWindow::DealsTab);
    QTableView *view = deals->view();
    QHeaderView *header = view->horizontalHeader();
    // A narrow column is elided on screen, but copied in full; a hidden one is not copied; a moved
    // one is copied where it is shown.
    header->resizeSection(DealModel::StatusColumn, 30);
    header->hideSection(DealModel::ErrorColumn);
    header->moveSection(header->visualIndex(DealModel::ShopColumn), 0);
    selectRow(deals, deals->model()->rowOfId(m_assembling));
    selectRow(deals, deals->model()->rowOfId(m_unknownStatus), QItemSelectionModel::Select);
    view->setFocus();
    QTest::keySequence(view, QKeySequence::Copy);
    const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    const int first = qMin(deals->model()->rowOfId(m_assembling), deals->model()->rowOfId(m_unknownStatus));
    const QStringList cells = lines.at(0).split(QLatin1Char('\t'));
    QCOMPARE(cells.size(), int(DealModel::ColumnCount) - 1);
    QCOMPARE(cells.at(0), deals->model()->index(first, DealModel::ShopColumn).data().toString());
    QCOMPARE(cells.at(1), deals->model()->index(first, DealModel::OrderColumn).data().toString());
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("Комплектуется")));
    QVERIFY(lines.join(QLatin1Char('\n')).contains(QStringLiteral("prepayed")));

    // Enter opens the current row's details.
    QSignalSpy activated(deals, &TableTab::rowActivated);
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toLongLong(), m_unknownStatus);
    DetailsDialog *dialog = m_window->findChild<DetailsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->id(), m_unknownStatus);
    QVERIFY(m_catcher.urls.isEmpty());
}

QTEST_MAIN(tst_TableActions)
#include "tst_tableactions.moc"
