// SPDX-License-Identifier: GPL-3.0-or-later
// The list answers' scanner beside QJsonDocument: the plain shapes registries send are read
// to the same names; every other shape is left to QJsonDocument (nullopt), never misread.
#include "registry/namelistscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using Berth::Registry::NameListScanner;

namespace {

// What QJsonDocument reads, as the client did before the scanner.
std::optional<QStringList> byDocument(const QByteArray &body, const QString &key)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    QStringList names;
    for (const QJsonValue &item : document.object().value(key).toArray())
        names.append(item.toString());
    return names;
}

} // namespace

class TestNameListScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainShapes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("tags") << QByteArray("{\"name\":\"team/app\",\"tags\":[\"1.0\",\"latest\"]}")
                              << QStringLiteral("tags")
                              << QStringList{QStringLiteral("1.0"), QStringLiteral("latest")};
        QTest::newRow("spaced") << QByteArray(" {\n \"tags\" : [ \"a\" ,\"b\" ] ,\"name\":\"x\"}\n")
                                << QStringLiteral("tags")
                                << QStringList{QStringLiteral("a"), QStringLiteral("b")};
        QTest::newRow("null tags") << QByteArray("{\"name\":\"gone\",\"tags\":null}")
                                   << QStringLiteral("tags") << QStringList();
        QTest::newRow("empty") << QByteArray("{\"repositories\":[]}")
                               << QStringLiteral("repositories") << QStringList();
        QTest::newRow("missing key") << QByteArray("{\"name\":\"x\",\"extra\":true}")
                                     << QStringLiteral("tags") << QStringList();
        QTest::newRow("catalog") << QByteArray("{\"repositories\":[\"a/b\",\"c\"]}")
                                 << QStringLiteral("repositories")
                                 << QStringList{QStringLiteral("a/b"), QStringLiteral("c")};
    }

    void plainShapes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, key);
        QFETCH(QStringList, names);
        const QByteArray latin = key.toLatin1();
        const auto scanned = NameListScanner::scan(body, QLatin1StringView(latin));
        QVERIFY(scanned);
        QCOMPARE(*scanned, names);
        QCOMPARE(*scanned, *byDocument(body, key));
    }

    // Escapes, other bytes, nesting, numbers, duplicates and broken JSON: QJsonDocument's.
    void otherShapesAreLeft_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("escape") << QByteArray("{\"tags\":[\"a\\u0041\"]}");
        QTest::newRow("utf-8") << QByteArray("{\"tags\":[\"\xc3\xa9\"]}");
        QTest::newRow("nested") << QByteArray("{\"meta\":{\"a\":1},\"tags\":[\"a\"]}");
        QTest::newRow("number item") << QByteArray("{\"tags\":[1]}");
        QTest::newRow("number member") << QByteArray("{\"count\":2,\"tags\":[\"a\"]}");
        QTest::newRow("duplicate") << QByteArray("{\"tags\":[\"a\"],\"tags\":[\"b\"]}");
        QTest::newRow("unclosed") << QByteArray("{\"tags\":[\"a\"");
        QTest::newRow("trailing comma") << QByteArray("{\"tags\":[\"a\",]}");
        QTest::newRow("trailing bytes") << QByteArray("{\"tags\":[\"a\"]} x");
        QTest::newRow("array") << QByteArray("[\"a\"]");
        QTest::newRow("empty body") << QByteArray();
        QTest::newRow("truex") << QByteArray("{\"x\":truex,\"tags\":[]}");
    }

    void otherShapesAreLeft()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!NameListScanner::scan(body, QLatin1StringView("tags")));
    }

    // A registry's 10,000 tags, as Distribution writes them.
    void largeList()
    {
        QStringList tags;
        QByteArray body = "{\"name\":\"bench/tags\",\"tags\":[";
        for (int i = 0; i < 10000; ++i) {
            tags.append(QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0')));
            body += (i ? "," : "") + ('"' + tags.last().toLatin1() + '"');
        }
        body += "]}";
        const auto scanned = NameListScanner::scan(body, QLatin1StringView("tags"));
        QVERIFY(scanned);
        QCOMPARE(*scanned, tags);
        QCOMPARE(*scanned, *byDocument(body, QStringLiteral("tags")));
    }
};

QTEST_APPLESS_MAIN(TestNameListScanner)
#include "tst_namelistscanner.moc"
