#include <QMetaEnum>
#include <QSet>
#include <QTest>

#include "store/states.h"

using namespace LeadBridge;

/// Every value of every stored enum has its own database text, and reads back as itself.
class tst_States : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void unknownTextFallsBack();
    void knownTexts();

private:
    template <typename E> void checkEnum()
    {
        const QMetaEnum meta = QMetaEnum::fromType<E>();
        QSet<QString> seen;
        for (int i = 0; i < meta.keyCount(); ++i) {
            const auto value = E(meta.value(i));
            const QString text = Db::toDb(value);
            QVERIFY2(!seen.contains(text),
                qPrintable(QString::fromLatin1(meta.name()) + QStringLiteral(": twice ") + text));
            seen.insert(text);
            QCOMPARE(int(Db::fromDb<E>(text)), int(value));
        }
        // No text beyond the last value.
        QVERIFY(Db::toDb(E(meta.keyCount())).isEmpty());
    }
};

void tst_States::roundTrip()
{
    checkEnum<Db::LeadState>();
    checkEnum<Db::LeadAction>();
    checkEnum<Db::LeadReason>();
    checkEnum<Db::OrderAction>();
    checkEnum<Db::DealState>();
    checkEnum<Db::BindingKind>();
    checkEnum<Db::OutboxOp>();
    checkEnum<Db::OutboxState>();
    checkEnum<Db::ErrorDirection>();
}

void tst_States::unknownTextFallsBack()
{
    QCOMPARE(Db::fromDb<Db::LeadState>(u"garbage"), Db::LeadState::Waiting);
    QCOMPARE(Db::fromDb<Db::BindingKind>(u"call:123"), Db::BindingKind::None);
    QCOMPARE(Db::fromDb<Db::DealState>(u""), Db::DealState::Pending);
}

void tst_States::knownTexts()
{
    // The texts of databases written by earlier versions (migration 1) keep their meaning.
    QCOMPARE(Db::toDb(Db::LeadState::NoContact), QStringLiteral("no_contact"));
    QCOMPARE(Db::toDb(Db::LeadAction::CreatedCustomerAndOrder), QStringLiteral("created-customer-and-order"));
    QCOMPARE(Db::toDb(Db::LeadReason::OpenOrderHasLead), QStringLiteral("open-order-has-lead"));
    QCOMPARE(Db::toDb(Db::BindingKind::NoContacts), QStringLiteral("no-contacts"));
    QCOMPARE(Db::toDb(Db::OutboxOp::EditOrder), QStringLiteral("edit_order"));
    QCOMPARE(Db::toDb(Db::DealState::Unknown), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(tst_States)
#include "tst_states.moc"
