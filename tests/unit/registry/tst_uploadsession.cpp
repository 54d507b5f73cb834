// SPDX-License-Identifier: GPL-3.0-or-later
// The upload answers' Location and Range as docker-registry and others write them
// (docs/protocols.md, "Blob uploads").
#include "registry/uploadsession.h"

#include <QTest>
#include <QUrlQuery>

using Berth::Registry::UploadSession;

class TestUploadSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void location_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("expected"); // empty: refused
        QTest::newRow("absolute")
            << QByteArray("http://127.0.0.1:5000/v2/a/blobs/uploads/u?_state=x")
            << QStringLiteral("http://127.0.0.1:5000/v2/a/blobs/uploads/u?_state=x");
        QTest::newRow("path") << QByteArray("/v2/a/blobs/uploads/u?_state=x")
                              << QStringLiteral("https://r.example/v2/a/blobs/uploads/u?_state=x");
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("other scheme") << QByteArray("ftp://r.example/x") << QString();
    }

    void location()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, expected);
        const auto url = UploadSession::location(
            QUrl(QStringLiteral("https://r.example/v2/a/blobs/uploads/")), header);
        QCOMPARE(url ? url->toString() : QString(), expected);
    }

    void bytesHeld_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expected"); // -1: malformed
        QTest::newRow("distribution") << QByteArray("0-3149825") << qint64(3149826);
        QTest::newRow("bytes= form") << QByteArray("bytes=0-99") << qint64(100);
        QTest::newRow("absent") << QByteArray() << qint64(0);
        QTest::newRow("not from 0") << QByteArray("5-10") << qint64(-1);
        QTest::newRow("signed") << QByteArray("0-+5") << qint64(-1);
        QTest::newRow("no end") << QByteArray("0-") << qint64(-1);
        QTest::newRow("junk") << QByteArray("zero to ten") << qint64(-1);
    }

    void bytesHeld()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expected);
        const auto held = UploadSession::bytesHeld(header);
        QCOMPARE(held.value_or(-1), expected);
    }

    void finalUrlKeepsTheSessionsQuery()
    {
        const QUrl url = UploadSession::finalUrl(
            QUrl(QStringLiteral("http://r/v2/a/blobs/uploads/u?_state=abc%3D")),
            QStringLiteral("sha256:00"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("_state"), QUrl::FullyEncoded),
                 QStringLiteral("abc%3D"));
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("digest")),
                 QStringLiteral("sha256:00"));
    }
};

QTEST_GUILESS_MAIN(TestUploadSession)
#include "tst_uploadsession.moc"
