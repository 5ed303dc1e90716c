#include <QTest>

#include "rules/dealbinding.h"

using namespace LeadBridge;
using namespace LeadBridge::Sync;
using Calltouch::Lead;

class tst_DealBinding : public QObject
{
    Q_OBJECT
private slots:
    void binding_data();
    void binding();
    void coverage_data();
    void coverage();
    void calltouchBindings();
};

void tst_DealBinding::binding_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("email");
    QTest::addColumn<int>("candidateKind"); // -1: no candidate
    QTest::addColumn<QString>("candidateId");
    QTest::addColumn<bool>("covered");
    QTest::addColumn<Db::BindingKind>("kind");
    QTest::addColumn<QString>("leadId");
    const QString phone = QStringLiteral("+79161234567");
    const QString email = QStringLiteral("a@b.ru");
    const int call = int(Lead::Kind::Call);
    const int request = int(Lead::Kind::Request);
    QTest::newRow("no contacts") << QString() << QString() << -1 << QString() << true
                                 << Db::BindingKind::NoContacts << QString();
    QTest::newRow("no contacts, even with a candidate")
        << QString() << QString() << call << QStringLiteral("1") << false << Db::BindingKind::NoContacts
        << QString();
    QTest::newRow("call found") << phone << QString() << call << QStringLiteral("123") << false
                                << Db::BindingKind::Call << QStringLiteral("123");
    QTest::newRow("request found by e-mail") << QString() << email << request << QStringLiteral("r-7") << true
                                             << Db::BindingKind::Request << QStringLiteral("r-7");
    QTest::newRow("nothing, journal covers the year")
        << phone << email << -1 << QString() << true << Db::BindingKind::NotFound << QString();
    QTest::newRow("nothing locally: Calltouch's chain")
        << phone << email << -1 << QString() << false << Db::BindingKind::Chain << QString();
}

void tst_DealBinding::binding()
{
    QFETCH(QString, phone);
    QFETCH(QString, email);
    QFETCH(int, candidateKind);
    QFETCH(QString, candidateId);
    QFETCH(bool, covered);
    QFETCH(Db::BindingKind, kind);
    QFETCH(QString, leadId);
    DealBindingInput input;
    if (!phone.isEmpty())
        input.phones << phone;
    if (!email.isEmpty())
        input.emails << email;
    if (candidateKind >= 0)
        input.lead = BindingCandidate { Lead::Kind(candidateKind), candidateId };
    input.journalCoversWindow = covered;
    const DealBinding binding = bindDeal(input);
    QCOMPARE(binding.kind, kind);
    QCOMPARE(binding.leadId, leadId);
    QVERIFY(!bindingNote(binding).isEmpty());
    if (!leadId.isEmpty())
        QVERIFY(bindingNote(binding).contains(leadId));
}

void tst_DealBinding::coverage_data()
{
    QTest::addColumn<QDate>("calls");
    QTest::addColumn<QDate>("requests");
    QTest::addColumn<bool>("chats");
    QTest::addColumn<bool>("expected");
    const QDate window(2025, 11, 20);
    QTest::newRow("both from before the window") << window.addDays(-1) << window << false << true;
    QTest::newRow("calls start later") << window.addDays(1) << window << false << false;
    QTest::newRow("requests start later") << window << window.addDays(1) << false << false;
    QTest::newRow("calls never indexed") << QDate() << window << false << false;
    QTest::newRow("chats on: only Calltouch can match") << window << window << true << false;
}

void tst_DealBinding::coverage()
{
    QFETCH(QDate, calls);
    QFETCH(QDate, requests);
    QFETCH(bool, chats);
    QFETCH(bool, expected);
    QCOMPARE(journalCovers(calls, requests, QDate(2025, 11, 20), chats), expected);
}

void tst_DealBinding::calltouchBindings()
{
    QCOMPARE(calltouchBinding(Db::BindingKind::Call), Calltouch::Deal::Binding::Call);
    QCOMPARE(calltouchBinding(Db::BindingKind::Request), Calltouch::Deal::Binding::Request);
    QCOMPARE(calltouchBinding(Db::BindingKind::Chain), Calltouch::Deal::Binding::ContactChain);
    QCOMPARE(calltouchBinding(Db::BindingKind::NoContacts), Calltouch::Deal::Binding::NoContacts);
    QCOMPARE(calltouchBinding(Db::BindingKind::NotFound), Calltouch::Deal::Binding::NotFound);
}

QTEST_GUILESS_MAIN(tst_DealBinding)
#include "tst_dealbinding.moc"
