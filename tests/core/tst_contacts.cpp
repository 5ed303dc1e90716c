#include <QTest>

#include "util/contacts.h"

using namespace LeadBridge;

class tst_Contacts : public QObject
{
    Q_OBJECT
private slots:
    void canonicalPhone_data();
    void canonicalPhone();
    void phoneDigits();
    void canonicalEmail_data();
    void canonicalEmail();
};

void tst_Contacts::canonicalPhone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected");
    const QString ru = QStringLiteral("RU");
    const QString same = QStringLiteral("+79991234567");
    QTest::newRow("8 with brackets") << QStringLiteral("8 (999) 123-45-67") << ru << same;
    QTest::newRow("+7 spaced") << QStringLiteral("+7 999 123 45 67") << ru << same;
    QTest::newRow("+7 partly spaced") << QStringLiteral("+7 999 1234567") << ru << same;
    QTest::newRow("7 digits only") << QStringLiteral("79991234567") << ru << same;
    QTest::newRow("10 digits") << QStringLiteral("9991234567") << ru << same;
    QTest::newRow("8 digits only") << QStringLiteral("89991234567") << ru << same;
    QTest::newRow("dots") << QStringLiteral("8.999.123.45.67") << ru << same;
    QTest::newRow("surrounding spaces") << QStringLiteral("  +7(999)123-45-67  ") << ru << same;
    QTest::newRow("retailCRM display") << QStringLiteral("+7 (999) 123-45-67") << ru << same;
    QTest::newRow("extension dropped") << QStringLiteral("+7 999 123-45-67 ext. 12") << ru << same;
    QTest::newRow("extension x") << QStringLiteral("+79991234567x5") << ru << same;
    QTest::newRow("moscow landline") << QStringLiteral("8 (495) 123-45-67") << ru
                                     << QStringLiteral("+74951234567");
    QTest::newRow("landline 10 digits")
        << QStringLiteral("4951234567") << ru << QStringLiteral("+74951234567");
    QTest::newRow("kazakhstan") << QStringLiteral("+7 701 123 45 67") << ru << QStringLiteral("+77011234567");
    QTest::newRow("german") << QStringLiteral("+49 30 901820") << ru << QStringLiteral("+4930901820");
    QTest::newRow("belarus") << QStringLiteral("+375 29 123-45-67") << ru << QStringLiteral("+375291234567");
    QTest::newRow("00 prefix") << QStringLiteral("0049 30 901820") << QStringLiteral("DE")
                               << QStringLiteral("+4930901820");
    QTest::newRow("other region default")
        << QStringLiteral("030 901820") << QStringLiteral("DE") << QStringLiteral("+4930901820");
    QTest::newRow("empty") << QString() << ru << QString();
    QTest::newRow("spaces only") << QStringLiteral("   ") << ru << QString();
    QTest::newRow("too short") << QStringLiteral("123") << ru << QString();
    QTest::newRow("short local") << QStringLiteral("12-34-56") << ru << QString();
    QTest::newRow("too long") << QStringLiteral("+7 999 123 45 67 89 01 23 45") << ru << QString();
    QTest::newRow("letters") << QStringLiteral("call me maybe") << ru << QString();
    QTest::newRow("digits in words") << QStringLiteral("Ivan 9991234567") << ru << QString();
    QTest::newRow("e-mail") << QStringLiteral("ivan@example.ru") << ru << QString();
    QTest::newRow("zeros") << QStringLiteral("00000000000") << ru << QString();
    QTest::newRow("invalid ru range") << QStringLiteral("+7 000 123 45 67") << ru << QString();
    QTest::newRow("garbage symbols") << QStringLiteral("+-()--") << ru << QString();
}

void tst_Contacts::canonicalPhone()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    QCOMPARE(Contacts::canonicalPhone(input, region), expected);
}

void tst_Contacts::phoneDigits()
{
    QCOMPARE(Contacts::phoneDigits(QStringLiteral("+79991234567")), QStringLiteral("79991234567"));
    QCOMPARE(Contacts::phoneDigits(QString()), QString());
}

void tst_Contacts::canonicalEmail_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("ivan@example.ru") << QStringLiteral("ivan@example.ru");
    QTest::newRow("case and spaces") << QStringLiteral("  Ivan.Petrov@Example.RU ")
                                     << QStringLiteral("ivan.petrov@example.ru");
    QTest::newRow("plus tag") << QStringLiteral("a+b@mail.ru") << QStringLiteral("a+b@mail.ru");
    QTest::newRow("no at") << QStringLiteral("ivan.example.ru") << QString();
    QTest::newRow("no domain dot") << QStringLiteral("ivan@localhost") << QString();
    QTest::newRow("two ats") << QStringLiteral("a@b@c.ru") << QString();
    QTest::newRow("inner space") << QStringLiteral("iv an@example.ru") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void tst_Contacts::canonicalEmail()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Contacts::canonicalEmail(input), expected);
}

QTEST_GUILESS_MAIN(tst_Contacts)
#include "tst_contacts.moc"
