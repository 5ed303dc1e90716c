#include <QElapsedTimer>
#include <QTest>

#include "rules/silencerule.h"

using namespace LeadBridge;
using namespace LeadBridge::Sync;
using Reason = SilenceVerdict::Reason;

Q_DECLARE_METATYPE(LeadBridge::Sync::SilenceVerdict::Reason)

namespace {

const QTimeZone kZone(QByteArrayLiteral("Europe/Moscow"));

/// Moscow local time "yyyy-MM-dd HH:mm" (2026-11-30 is a Monday).
qint64 at(const char *text)
{
    const QDateTime parsed = QDateTime::fromString(QLatin1String(text), QStringLiteral("yyyy-MM-dd HH:mm"));
    return QDateTime(parsed.date(), parsed.time(), kZone).toMSecsSinceEpoch();
}

qint64 at(const QString &text)
{
    return at(text.toLatin1().constData());
}

/// Events from @p days days before the day of @p nowMs up to @p untilMs, by pattern:
/// "weekdays": Mon–Fri 9–18 every 10 minutes (6 an hour); "hourly": Mon–Fri 9–18 every hour;
/// "short mondays": as weekdays, but Mondays only 9–12.
QList<qint64> history(const QString &pattern, int days, qint64 nowMs, qint64 untilMs)
{
    QList<qint64> events;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, kZone).date();
    const int every = pattern == QLatin1String("hourly") ? 60 : 10;
    for (QDate day = today.addDays(-days); day <= today; day = day.addDays(1)) {
        if (day.dayOfWeek() > 5)
            continue;
        const int endHour = pattern == QLatin1String("short mondays") && day.dayOfWeek() == 1 ? 12 : 18;
        for (int minute = 9 * 60; minute < endHour * 60; minute += every) {
            const qint64 ms = QDateTime(day, QTime(minute / 60, minute % 60), kZone).toMSecsSinceEpoch();
            if (ms <= untilMs)
                events.append(ms);
        }
    }
    return events;
}

} // namespace

class tst_SilenceRule : public QObject
{
    Q_OBJECT
private slots:
    void verdict_data();
    void verdict();
    void usualRateAndLastTime();
    void dealsNeedOrdersAfterTheLastPush();
    void busyHistoryIsQuick();
};

void tst_SilenceRule::verdict_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<double>("factor");
    QTest::addColumn<int>("minimumHours");
    QTest::addColumn<Reason>("expected");
    const QString weekdays = QStringLiteral("weekdays");
    const auto s = [](const char *text) { return QString::fromLatin1(text); };
    // clang-format off
    QTest::newRow("2 h 20 min without leads at 6 an hour: alert")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 11:40") << true << 3.0 << 2 << Reason::Silent;
    QTest::newRow("an hour without leads: plausible")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 13:00") << true << 3.0 << 2 << Reason::WithinUsual;
    QTest::newRow("13 days of history: no alert yet")
        << weekdays << 13 << s("2026-11-30 14:00") << s("2026-11-30 11:40") << true << 3.0 << 2 << Reason::TooLittleHistory;
    QTest::newRow("14 days of history: alert")
        << weekdays << 14 << s("2026-11-30 14:00") << s("2026-11-30 11:40") << true << 3.0 << 2 << Reason::Silent;
    QTest::newRow("night hour: no alert")
        << weekdays << 21 << s("2026-11-30 03:00") << s("2026-11-27 17:50") << true << 3.0 << 2 << Reason::OffHours;
    QTest::newRow("Saturday of a weekday business: no alert")
        << weekdays << 21 << s("2026-12-05 12:00") << s("2026-12-04 17:50") << true << 3.0 << 2 << Reason::OffHours;
    QTest::newRow("the night is not a silence: 70 working minutes")
        << weekdays << 21 << s("2026-12-01 10:00") << s("2026-11-30 17:50") << true << 3.0 << 2 << Reason::WithinUsual;
    QTest::newRow("the night is not a silence: 160 working minutes")
        << weekdays << 21 << s("2026-12-01 11:30") << s("2026-11-30 17:50") << true << 3.0 << 2 << Reason::Silent;
    QTest::newRow("2 h floor: 1 h 50 min is below it (3 x 10 min is less)")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 12:10") << true << 3.0 << 2 << Reason::WithinUsual;
    QTest::newRow("2 h floor: 2 h 10 min is above it")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 11:50") << true << 3.0 << 2 << Reason::Silent;
    QTest::newRow("hourly flow: 3 x 1 h gap beats the floor, 2 h 30 min is plausible")
        << s("hourly") << 21 << s("2026-11-30 14:30") << s("2026-11-30 12:00") << true << 3.0 << 2 << Reason::WithinUsual;
    QTest::newRow("hourly flow: 3 h 30 min is not")
        << s("hourly") << 21 << s("2026-11-30 15:30") << s("2026-11-30 12:00") << true << 3.0 << 2 << Reason::Silent;
    QTest::newRow("short Mondays: Monday afternoon is off hours")
        << s("short mondays") << 21 << s("2026-11-30 15:30") << s("2026-11-30 11:50") << true << 3.0 << 2 << Reason::OffHours;
    QTest::newRow("short Mondays: Tuesday afternoon is working")
        << s("short mondays") << 21 << s("2026-12-01 15:30") << s("2026-12-01 12:00") << true << 3.0 << 2 << Reason::Silent;
    QTest::newRow("a higher floor from the settings")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 11:40") << true << 3.0 << 3 << Reason::WithinUsual;
    QTest::newRow("a higher factor from the settings (20 x 10 min)")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 11:40") << true << 20.0 << 2 << Reason::WithinUsual;
    QTest::newRow("switched off")
        << weekdays << 21 << s("2026-11-30 14:00") << s("2026-11-30 11:40") << false << 3.0 << 2 << Reason::Disabled;
    // clang-format on
}

void tst_SilenceRule::verdict()
{
    QFETCH(QString, pattern);
    QFETCH(int, days);
    QFETCH(QString, now);
    QFETCH(QString, last);
    QFETCH(bool, enabled);
    QFETCH(double, factor);
    QFETCH(int, minimumHours);
    QFETCH(Reason, expected);
    SilenceInput input;
    input.nowMs = at(now);
    input.lastMs = at(last);
    input.history = history(pattern, days, input.nowMs, input.lastMs);
    input.zone = kZone;
    QVERIFY(!input.history.isEmpty());
    QCOMPARE(input.history.last(), input.lastMs); // the last lead ends the silence
    const SilenceVerdict verdict =
        SilenceRule::evaluate(input, SilenceThresholds { enabled, factor, minimumHours });
    QCOMPARE(verdict.reason, expected);
    QCOMPARE(verdict.alert(), expected == Reason::Silent);
}

void tst_SilenceRule::usualRateAndLastTime()
{
    SilenceInput input;
    input.nowMs = at("2026-11-30 14:00");
    input.lastMs = at("2026-11-30 11:40");
    input.history = history(QStringLiteral("weekdays"), 21, input.nowMs, input.lastMs);
    input.zone = kZone;
    const SilenceVerdict verdict = SilenceRule::evaluate(input, {});
    QVERIFY(verdict.alert());
    QCOMPARE(verdict.usualPerHour, 6);
    QCOMPARE(verdict.last.toString(QStringLiteral("HH:mm")), QStringLiteral("11:40"));
    QCOMPARE(verdict.silenceMs, 140LL * 60 * 1000);
    QCOMPARE(verdict.thresholdMs, 2LL * 3600 * 1000);

    input.nowMs = at("2026-11-30 14:30");
    input.history = history(QStringLiteral("hourly"), 21, input.nowMs, at("2026-11-30 12:00"));
    input.lastMs = input.history.last();
    const SilenceVerdict hourly = SilenceRule::evaluate(input, {});
    QCOMPARE(hourly.usualPerHour, 1);
    QCOMPARE(hourly.thresholdMs, 3LL * 3600 * 1000); // 3 x the hourly gap
}

void tst_SilenceRule::dealsNeedOrdersAfterTheLastPush()
{
    SilenceInput input;
    input.zone = kZone;
    input.needsNewerHistory = true;
    input.nowMs = at("2026-11-30 14:00");
    input.lastMs = at("2026-11-30 11:40"); // the last deal pushed
    input.history = history(QStringLiteral("weekdays"), 21, input.nowMs, input.nowMs); // orders kept coming
    QCOMPARE(SilenceRule::evaluate(input, {}).reason, Reason::Silent);

    input.history = history(QStringLiteral("weekdays"), 21, input.nowMs, input.lastMs); // no order since
    QCOMPARE(SilenceRule::evaluate(input, {}).reason, Reason::NothingWaiting);

    input.lastMs = 0; // never pushed one
    QCOMPARE(SilenceRule::evaluate(input, {}).reason, Reason::NoEvent);
}

void tst_SilenceRule::busyHistoryIsQuick()
{
    // Eight weeks at 30 leads an hour, every day 8–22 (about 23 000 leads): evaluated every cycle.
    SilenceInput input;
    input.zone = kZone;
    input.nowMs = at("2026-11-30 14:00");
    const QDate today = QDateTime::fromMSecsSinceEpoch(input.nowMs, kZone).date();
    for (QDate day = today.addDays(-56); day <= today; day = day.addDays(1)) {
        for (int minute = 8 * 60; minute < 22 * 60; minute += 2) {
            const qint64 ms = QDateTime(day, QTime(minute / 60, minute % 60), kZone).toMSecsSinceEpoch();
            if (ms <= at("2026-11-30 11:40"))
                input.history.append(ms);
        }
    }
    input.lastMs = input.history.last();
    QElapsedTimer clock;
    clock.start();
    const SilenceVerdict verdict = SilenceRule::evaluate(input, {});
    const qint64 elapsed = clock.elapsed();
    qInfo("%lld leads evaluated in %lld ms", qint64(input.history.size()), elapsed);
    QVERIFY(verdict.alert());
    QCOMPARE(verdict.usualPerHour, 30);
    QVERIFY2(elapsed < 2000, qPrintable(QString::number(elapsed)));
}

QTEST_APPLESS_MAIN(tst_SilenceRule)
#include "tst_silencerule.moc"
