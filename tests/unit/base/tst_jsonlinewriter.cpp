// SPDX-License-Identifier: GPL-3.0-or-later
// JsonLineWriter writes what QJsonDocument writes for the same object, and what it writes
// reads back as the same values.
#include "base/jsonlinewriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using Berth::JsonLineWriter;

class TestJsonLineWriter : public QObject
{
    Q_OBJECT

    static QByteArray qtLine(const QString &text, qint64 number)
    {
        const QJsonObject object{{QStringLiteral("a"), text}, {QStringLiteral("n"), number}};
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }

    static QByteArray ourLine(const QString &text, qint64 number)
    {
        QByteArray out;
        JsonLineWriter(out)
            .field(QLatin1StringView("a"), text)
            .field(QLatin1StringView("n"), number)
            .endLine();
        return out;
    }

private slots:
    void sameBytesAsQJsonDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("number");
        QTest::newRow("empty") << QString() << qint64(0);
        QTest::newRow("plain") << QStringLiteral("berth-test/busybox") << qint64(1796227011);
        QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << qint64(-1);
        QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << qint64(42);
        QTest::newRow("other controls") << QString::fromUtf8("\x01\x1f\x7f") << qint64(1);
        QTest::newRow("slash stays") << QStringLiteral("sha256:ab/cd") << qint64(2);
        QTest::newRow("non-ASCII as UTF-8")
            << QString::fromUtf8("caf\xc3\xa9 \xe6\x97\xa5 \xf0\x9f\x90\xb3")
            << qint64(9007199254740993LL);
        QTest::newRow("largest") << QStringLiteral("x") << std::numeric_limits<qint64>::max();
    }

    void sameBytesAsQJsonDocument()
    {
        QFETCH(QString, text);
        QFETCH(qint64, number);
        QCOMPARE(ourLine(text, number), qtLine(text, number));
    }

    // Random strings over the characters that matter (controls, quotes, surrogate pairs):
    // the line parses and gives the string back.
    void randomStringsReadBack()
    {
        QRandomGenerator random(20261202);
        const QString alphabet = QStringLiteral("ab\"\\/ \u00e9\u65e5\U0001f433") + QChar(0) +
                                 QChar(0x1f) + QChar(0x7f) + u'\n';
        for (int round = 0; round < 2000; ++round) {
            QString text;
            const int length = random.bounded(12);
            while (text.size() < length) {
                const qsizetype at = random.bounded(alphabet.size());
                // Keep surrogate pairs whole: a lone surrogate is not text.
                if (alphabet.at(at).isHighSurrogate())
                    text += alphabet.mid(at, 2);
                else if (!alphabet.at(at).isLowSurrogate())
                    text += alphabet.at(at);
            }
            const QByteArray line = ourLine(text, round);
            QVERIFY(line.endsWith('\n'));
            QJsonParseError error;
            const QJsonObject back = QJsonDocument::fromJson(line, &error).object();
            QVERIFY2(error.error == QJsonParseError::NoError, line.constData());
            QCOMPARE(back.value(u"a").toString(), text);
            QCOMPARE(back.value(u"n").toInteger(), round);
        }
    }

    void emptyObject()
    {
        QByteArray out;
        JsonLineWriter writer(out);
        writer.endLine();
        writer.field(QLatin1StringView("k"), qint64(1)).endLine();
        QCOMPARE(out, QByteArray("{}\n{\"k\":1}\n"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLineWriter)
#include "tst_jsonlinewriter.moc"
