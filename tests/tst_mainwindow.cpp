#include "mainwindow.h"
#include "screenshots.h"
#include "translator.h"

#include <QApplication>
#include <QFileInfo>
#include <QTabWidget>
#include <QTest>

using namespace LeadBridge;

class tst_MainWindow : public QObject
{
    Q_OBJECT
private slots:
    void opensWithTheFourTables();
    void switchesLanguageWithoutRestart();
};

void tst_MainWindow::opensWithTheFourTables()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.tabs()->count(), 4);
    QCOMPARE(window.tabs()->tabText(0), QStringLiteral("Leads"));
    QCOMPARE(window.tabs()->tabText(3), QStringLiteral("Errors"));
    QVERIFY(QFileInfo(TestSupport::saveScreenshot(&window, QStringLiteral("mainwindow_en"))).size() > 0);
}

void tst_MainWindow::switchesLanguageWithoutRestart()
{
    Translator translator;
    translator.setLanguage(QStringLiteral("en"));
    MainWindow window(&translator);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    translator.setLanguage(QStringLiteral("ru"));
    QTRY_COMPARE(window.tabs()->tabText(0), QStringLiteral("Лиды"));
    QCOMPARE(window.tabs()->tabText(2), QStringLiteral("Сделки"));
    TestSupport::saveScreenshot(&window, QStringLiteral("mainwindow_ru"));
    translator.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window.tabs()->tabText(0), QStringLiteral("Leads"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
