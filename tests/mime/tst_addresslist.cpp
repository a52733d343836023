// parseAddressList: address lists as people type them into a form.
#include "mime/addresslist.h"

#include <QTest>

namespace Mailscope {

class AddressListTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesAddressLists_data();
    void parsesAddressLists();
};

void AddressListTest::parsesAddressLists_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("addresses");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("invalid");

    QTest::newRow("empty") << QString() << QStringList() << QStringList() << QStringList();
    QTest::newRow("one bare") << QStringLiteral(" ann@example.com ") << QStringList { "ann@example.com" }
                              << QStringList { "" } << QStringList();
    QTest::newRow("named and bare") << QStringLiteral("Ann <ann@example.com>, bob@example.org")
                                    << QStringList { "ann@example.com", "bob@example.org" }
                                    << QStringList { "Ann", "" } << QStringList();
    QTest::newRow("comma in quotes") << QStringLiteral("\"Doe, Jo\" <jo@example.com>;ann@example.com")
                                     << QStringList { "jo@example.com", "ann@example.com" }
                                     << QStringList { "Doe, Jo", "" } << QStringList();
    QTest::newRow("encoded word") << QStringLiteral("=?UTF-8?B?SsO2cmc=?= <j@example.com>")
                                  << QStringList { "j@example.com" } << QStringList { "Jörg" }
                                  << QStringList();
    QTest::newRow("trailing comma") << QStringLiteral("ann@example.com,, ")
                                    << QStringList { "ann@example.com" } << QStringList { "" }
                                    << QStringList();
    QTest::newRow("no domain") << QStringLiteral("ann, bob@example.org") << QStringList { "bob@example.org" }
                               << QStringList { "" } << QStringList { "ann" };
    QTest::newRow("empty domain") << QStringLiteral("ann@") << QStringList() << QStringList()
                                  << QStringList { "ann@" };
    QTest::newRow("space in local part") << QStringLiteral("a b@example.com") << QStringList()
                                         << QStringList() << QStringList { "a b@example.com" };
    QTest::newRow("group") << QStringLiteral("team: a@example.com;") << QStringList() << QStringList()
                           << QStringList { "team: a@example.com" };
}

void AddressListTest::parsesAddressLists()
{
    QFETCH(QString, text);
    QFETCH(QStringList, addresses);
    QFETCH(QStringList, names);
    QFETCH(QStringList, invalid);
    const AddressList list = parseAddressList(text);
    QStringList gotAddresses, gotNames;
    for (const MailAddress& a : list.addresses) {
        gotAddresses << a.address;
        gotNames << a.name;
    }
    QCOMPARE(gotAddresses, addresses);
    QCOMPARE(gotNames, names);
    QCOMPARE(list.invalid, invalid);
    QCOMPARE(list.ok(), invalid.isEmpty());
}

} // namespace Mailscope

QTEST_GUILESS_MAIN(Mailscope::AddressListTest)
#include "tst_addresslist.moc"
