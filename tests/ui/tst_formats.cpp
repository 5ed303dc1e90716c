// Dates with four-digit years and money with the rouble sign, the locale's way, in Russian and English.
#include <QTest>

#include "util/formats.h"

using namespace LeadBridge;

class tst_Formats : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void dates_data();
    void dates();
    void dayMonthForChartAxes();
    void dateTimesHaveSeconds();
    void money_data();
    void money();
    void fromStoreMilliseconds();
};

void tst_Formats::initTestCase()
{
    qputenv("TZ", "UTC");
}

void tst_Formats::dates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ru") << QLocale(QLocale::Russian, QLocale::Russia) << QStringLiteral("05.03.2026");
    QTest::newRow("en") << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("3/5/2026");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("05/03/2026");
}

void tst_Formats::dates()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QCOMPARE(Formats::date(QDate(2026, 3, 5), locale), expected);
    QCOMPARE(Formats::date(QDate(), locale), QString());
}

void tst_Formats::dayMonthForChartAxes()
{
    const QDate day(2026, 3, 5);
    QCOMPARE(Formats::dayMonth(day, QLocale(QLocale::Russian, QLocale::Russia)), QStringLiteral("05.03"));
    QCOMPARE(Formats::dayMonth(day, QLocale(QLocale::English, QLocale::UnitedStates)), QStringLiteral("3/5"));
    QCOMPARE(Formats::dayMonth(day, QLocale(QLocale::Swedish, QLocale::Sweden)), QStringLiteral("03-05"));
}

void tst_Formats::dateTimesHaveSeconds()
{
    const QDateTime time(QDate(2026, 3, 5), QTime(14, 2, 9), Qt::LocalTime);
    QCOMPARE(Formats::dateTime(time, QLocale(QLocale::Russian, QLocale::Russia)),
        QStringLiteral("05.03.2026 14:02:09"));
    const QString en = Formats::dateTime(time, QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(en.startsWith(QStringLiteral("3/5/2026 2:02:09")) && en.contains(QStringLiteral("PM")),
        qPrintable(en));
    QCOMPARE(Formats::dateTime(QDateTime(), QLocale()), QString());
    QCOMPARE(Formats::time(time, QLocale(QLocale::Russian, QLocale::Russia)), QStringLiteral("14:02"));
}

void tst_Formats::money_data()
{
    const QLocale ru(QLocale::Russian, QLocale::Russia);
    const QLocale en(QLocale::English, QLocale::UnitedStates);
    const QChar nbsp(0x00A0);
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    // Russian groups with a no-break space and puts the sign after the amount.
    QTest::newRow("ru whole") << ru << 12345.0 << QStringLiteral("RUB") << -1
                              << (QStringLiteral("12") + nbsp + QStringLiteral("345") + nbsp
                                     + QStringLiteral("₽"));
    QTest::newRow("ru kopecks") << ru << 1234567.5 << QStringLiteral("RUB") << -1
                                << (QStringLiteral("1") + nbsp + QStringLiteral("234") + nbsp
                                       + QStringLiteral("567,50") + nbsp + QStringLiteral("₽"));
    QTest::newRow("en whole") << en << 12345.0 << QStringLiteral("RUB") << -1 << QStringLiteral("₽12,345");
    QTest::newRow("en two decimals") << en << 12345.0 << QStringLiteral("RUB") << 2
                                     << QStringLiteral("₽12,345.00");
    QTest::newRow("default is RUB") << en << 5.0 << QString() << -1 << QStringLiteral("₽5");
    QTest::newRow("other currency") << en << 5.0 << QStringLiteral("usd") << -1 << QStringLiteral("$5");
}

void tst_Formats::money()
{
    QFETCH(QLocale, locale);
    QFETCH(double, amount);
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(Formats::money(amount, currency, locale, decimals), expected);
}

void tst_Formats::fromStoreMilliseconds()
{
    const qint64 ms = QDateTime(QDate(2026, 11, 30), QTime(11, 2, 3), Qt::UTC).toMSecsSinceEpoch();
    QCOMPARE(Formats::dateTimeFromUtcMs(ms, QLocale(QLocale::Russian, QLocale::Russia)),
        QStringLiteral("30.11.2026 11:02:03"));
    QCOMPARE(Formats::dateTimeFromUtcMs(0, QLocale()), QString());
}

QTEST_GUILESS_MAIN(tst_Formats)
#include "tst_formats.moc"
