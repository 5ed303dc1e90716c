// CSV as every export writes it (the tables, the dry run): RFC 4180 quoting, and texts a spreadsheet
// would run as a formula kept as text, while phone numbers and amounts stay numbers.
#include <QTest>

#include "util/csv.h"

using namespace LeadBridge;

class tst_Csv : public QObject
{
    Q_OBJECT
private slots:
    void field_data();
    void field();
    void recordEndsWithCrlf();
};

void tst_Csv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("written");
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("plain");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
    QTest::newRow("padded") << QStringLiteral(" padded") << QStringLiteral("\" padded\"");
    QTest::newRow("cyrillic") << QStringLiteral("Иван Петров") << QStringLiteral("Иван Петров");
    // A name typed into a website form that a spreadsheet would run.
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")")
                             << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
    QTest::newRow("plus formula") << QStringLiteral("+cmd|' /C calc'!A0")
                                  << QStringLiteral("'+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd") << QStringLiteral("'-2+3+cmd");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    // Numbers stay numbers.
    QTest::newRow("phone") << QStringLiteral("+79160000001") << QStringLiteral("+79160000001");
    QTest::newRow("typed phone") << QStringLiteral("+7 (916) 000-00-01")
                                 << QStringLiteral("+7 (916) 000-00-01");
    QTest::newRow("negative amount") << QStringLiteral("-150.00") << QStringLiteral("-150.00");
    QTest::newRow("decimal comma") << QStringLiteral("-150,50") << QStringLiteral("\"-150,50\"");
}

void tst_Csv::field()
{
    QFETCH(QString, text);
    QFETCH(QString, written);
    QCOMPARE(Csv::field(text), written);
}

void tst_Csv::recordEndsWithCrlf()
{
    QCOMPARE(Csv::record({ QStringLiteral("Иван"), QString(), QStringLiteral("x,y") }),
        QStringLiteral("Иван,,\"x,y\"\r\n"));
    QCOMPARE(Csv::record({}), QStringLiteral("\r\n"));
    QCOMPARE(QByteArray(Csv::kBom), QByteArray("\xEF\xBB\xBF"));
}

QTEST_GUILESS_MAIN(tst_Csv)
#include "tst_csv.moc"
