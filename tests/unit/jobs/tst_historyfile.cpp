// SPDX-License-Identifier: GPL-3.0-or-later
// The history file's format: one entry as JSON, and the file as a whole, as Berth writes
// it and as a person or an older Berth may have left it.
#include "jobs/historyentry.h"
#include "jobs/historyfile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using Berth::Jobs::HistoryEntry;
using Berth::Jobs::HistoryFile;

namespace {

HistoryEntry fullEntry()
{
    HistoryEntry entry;
    entry.id = QStringLiteral("7f0c6a52-2d1b-4d0e-9f2a-1c3b5d7e9f11");
    entry.kind = QStringLiteral("save");
    entry.references = {QStringLiteral("alpine:3.19"), QStringLiteral("127.0.0.1:5000/app:1")};
    entry.platform = QStringLiteral("linux/arm64/v8");
    entry.file = QStringLiteral("/tmp/images.tar");
    // Two hours east of UTC: the entry must come back as the same instant.
    entry.start = QDateTime(QDate(2024, 5, 1), QTime(14, 0, 0, 250), QTimeZone(7200));
    entry.end = QDateTime(QDate(2024, 5, 1), QTime(12, 0, 3, 0), QTimeZone::utc());
    entry.result = QStringLiteral("failed");
    entry.digest = QStringLiteral("sha256:") + QString(64, u'a');
    entry.error = QStringLiteral("no space left on device: « /tmp »");
    entry.owner = QStringLiteral("0d1e2f30-4152-6374-8596-a7b8c9d0e1f2");
    entry.engine = QStringLiteral("ssh://me@build.example:2222");
    return entry;
}

HistoryEntry minimalEntry(const QString &id)
{
    HistoryEntry entry;
    entry.id = id;
    entry.kind = QStringLiteral("pull");
    return entry;
}

} // namespace

class TestHistoryFile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void entryRoundTrip()
    {
        const HistoryEntry entry = fullEntry();
        const QJsonObject json = entry.toJson();
        // Times are written in UTC with milliseconds.
        QCOMPARE(json.value(QLatin1StringView("start")).toString(),
                 QStringLiteral("2024-05-01T12:00:00.250Z"));
        QCOMPARE(json.value(QLatin1StringView("references")).toArray().size(), 2);
        const std::optional<HistoryEntry> back = HistoryEntry::fromJson(json);
        QVERIFY(back.has_value());
        QCOMPARE(*back, entry);
        QCOMPARE(back->start.timeSpec(), Qt::UTC);
    }

    void emptyFieldsAreLeftOut()
    {
        const QJsonObject json = minimalEntry(QStringLiteral("a")).toJson();
        QCOMPARE(json.keys(), (QStringList{QStringLiteral("id"), QStringLiteral("kind")}));
        QCOMPARE(HistoryEntry::fromJson(json), minimalEntry(QStringLiteral("a")));
    }

    void entryNeedsIdAndKind_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no id") << QByteArray(R"({"kind":"pull"})");
        QTest::newRow("no kind") << QByteArray(R"({"id":"a"})");
        QTest::newRow("empty id") << QByteArray(R"({"id":"","kind":"pull"})");
        QTest::newRow("numeric id") << QByteArray(R"({"id":7,"kind":"pull"})");
        QTest::newRow("kind null") << QByteArray(R"({"id":"a","kind":null})");
        QTest::newRow("empty object") << QByteArray("{}");
    }

    void entryNeedsIdAndKind()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!HistoryEntry::fromJson(QJsonDocument::fromJson(json).object()).has_value());
    }

    void entryIgnoresUnknownAndMistypedFields()
    {
        const QByteArray json =
            R"({"id":"a","kind":"retag","colour":"blue","references":["x",3,"y"],
            "file":42,"start":"yesterday","end":"2024-05-01T12:00:00Z","result":"succeeded"})";
        const auto entry = HistoryEntry::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(entry.has_value());
        QCOMPARE(entry->references, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
        QVERIFY(entry->file.isEmpty());
        QVERIFY(!entry->start.isValid());
        QCOMPARE(entry->end, QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc()));
        QCOMPARE(entry->result, QStringLiteral("succeeded"));
    }

    void timeBeyondYear9999IsNoTime()
    {
        // Readable, but in UTC it falls in the year 10000, which ISO 8601 cannot write.
        const QByteArray json = R"({"id":"a","kind":"pull","start":"9999-12-31T23:30:00-05:00"})";
        const auto entry = HistoryEntry::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(entry.has_value());
        QVERIFY(!entry->start.isValid());
        QVERIFY(!entry->toJson().contains(QLatin1StringView("start")));
    }

    void fileRoundTrip()
    {
        const QList<HistoryEntry> entries{fullEntry(), minimalEntry(QStringLiteral("b")),
                                          minimalEntry(QStringLiteral("c"))};
        const QByteArray bytes = HistoryFile::serialize(entries);
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(QLatin1StringView("version")).toInt(), 1);
        const auto parsed = HistoryFile::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->entries, entries);
        QCOMPARE(parsed->leftOut, 0);
    }

    void blankIsAnEmptyHistory_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("white space") << QByteArray(" \n\t\n");
        QTest::newRow("no entries yet") << QByteArray(R"({"version":1,"entries":[]})");
        QTest::newRow("future version") << QByteArray(R"({"version":9,"entries":[],"x":{}})");
    }

    void blankIsAnEmptyHistory()
    {
        QFETCH(QByteArray, bytes);
        const auto parsed = HistoryFile::parse(bytes);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->entries.isEmpty());
        QCOMPARE(parsed->leftOut, 0);
    }

    void notAHistory_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QByteArray(R"({"version":1,"entries":[{"id":"a")")
                                   << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\xff\x13", 3)
                                << QStringLiteral("not valid JSON");
        QTest::newRow("array") << QByteArray(R"([{"id":"a","kind":"pull"}])")
                               << QStringLiteral("\"entries\" array");
        QTest::newRow("no entries")
            << QByteArray(R"({"version":1})") << QStringLiteral("\"entries\" array");
        QTest::newRow("entries object")
            << QByteArray(R"({"entries":{"id":"a"}})") << QStringLiteral("\"entries\" array");
        QTest::newRow("too large")
            << QByteArray(HistoryFile::MaxBytes + 1, ' ') << QStringLiteral("larger than 32 MiB");
    }

    void notAHistory()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto parsed = HistoryFile::parse(bytes);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message().contains(reason), qPrintable(parsed.error().message()));
    }

    void badEntriesAreLeftOut()
    {
        const QByteArray bytes = R"({"entries":[
            {"id":"a","kind":"pull","result":"succeeded"},
            {"kind":"pull"},
            3,
            {"id":"a","kind":"push","result":"failed"},
            {"id":"b","kind":"load"}]})";
        const auto parsed = HistoryFile::parse(bytes);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->leftOut, 3);
        QCOMPARE(parsed->entries.size(), 2);
        // The first of two entries with one id stays.
        QCOMPARE(parsed->entries.at(0).kind, QStringLiteral("pull"));
        QCOMPARE(parsed->entries.at(1).id, QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestHistoryFile)
#include "tst_historyfile.moc"
