// SPDX-License-Identifier: GPL-3.0-or-later
// The archive streams of save and load: StreamCompressor, StreamDecompressor and
// DecompressingDevice fed in odd-sized pieces, their output read back by the peers (gzip,
// xz and zstd as programs), and damaged or over-expanding input refused.
#include "archive/compression.h"
#include "archive/decompressingdevice.h"
#include "archive/streamcompressor.h"
#include "archive/streamdecompressor.h"
#include "pipedevice.h"

#include <QBuffer>
#include <QProcess>
#include <QTest>

using namespace Berth;
using namespace Berth::Archive;

Q_DECLARE_METATYPE(Berth::Archive::Compression)

namespace {

// Something like a tar of an image: text that compresses, and random bytes that do not.
QByteArray imageLikeContent()
{
    QByteArray content;
    for (int i = 0; content.size() < 1024 * 1024; ++i) {
        content += "layer/" + QByteArray::number(i) + "/json {\"id\":\"" +
                   QByteArray::number(i * 7919) + "\"}\n";
        for (int j = 0; j < 64; ++j)
            content += char((i * 2654435761u + j * 40503u) >> 13);
    }
    return content;
}

QByteArray compress(Compression compression, const QByteArray &content)
{
    QByteArray compressed;
    QBuffer output(&compressed);
    output.open(QIODevice::WriteOnly);
    StreamCompressor compressor(compression, &output);
    static constexpr qsizetype Pieces[] = {1, 7, 4093, 65537, 3, 200000};
    for (qsizetype at = 0, i = 0; at < content.size(); ++i) {
        const qsizetype n = qMin(Pieces[i % std::size(Pieces)], content.size() - at);
        const Result<void> wrote = compressor.write(QByteArrayView(content).sliced(at, n));
        if (!wrote)
            qFatal("compression failed: %s", qPrintable(wrote.error().message()));
        at += n;
    }
    if (const Result<void> finished = compressor.finish(); !finished)
        qFatal("compression failed: %s", qPrintable(finished.error().message()));
    return compressed;
}

// Everything the decompressor gives, in reads of odd sizes, or its error.
Result<QByteArray> decompress(Compression compression, const QByteArray &compressed,
                              qint64 maxOutput = std::numeric_limits<qint64>::max())
{
    PipeDevice source(compressed, 999);
    StreamDecompressor decompressor(compression, &source, maxOutput);
    QByteArray out;
    static constexpr qint64 Reads[] = {5, 65536, 1, 12345};
    for (int i = 0;; ++i) {
        const Result<QByteArray> piece = decompressor.read(Reads[i % std::size(Reads)]);
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            return decompressor.atEnd() ? Result<QByteArray>(out)
                                        : Error(ErrorKind::Internal, QStringLiteral("no end"));
        out += *piece;
    }
}

// The peer's reading of compressed bytes: `program -dc`, or nothing if it refused them.
std::optional<QByteArray> peerDecompress(const QString &program, const QByteArray &compressed)
{
    QProcess process;
    process.start(program, {QStringLiteral("-dc")});
    process.write(compressed);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning().noquote() << program << "refused:" << process.readAllStandardError();
        return std::nullopt;
    }
    return process.readAllStandardOutput();
}

} // namespace

class TestStreamCompression final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileNameChoosesCompression_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Compression>("expected");
        QTest::newRow("tar.gz") << "/tmp/x.tar.gz" << Compression::Gzip;
        QTest::newRow("tgz") << "x.TGZ" << Compression::Gzip;
        QTest::newRow("tar.xz") << "x.tar.xz" << Compression::Xz;
        QTest::newRow("txz") << "x.txz" << Compression::Xz;
        QTest::newRow("tar.zst") << "x.Tar.Zst" << Compression::Zstd;
        QTest::newRow("tzst") << "x.tzst" << Compression::Zstd;
        QTest::newRow("tar") << "x.tar" << Compression::None;
        QTest::newRow("gz alone") << "x.gz" << Compression::None;
        QTest::newRow("no suffix") << "image" << Compression::None;
        QTest::newRow("gz folder") << "/tmp/a.tar.gz/image.tar" << Compression::None;
    }
    void fileNameChoosesCompression()
    {
        QFETCH(QString, name);
        QFETCH(Compression, expected);
        QCOMPARE(compressionForFileName(name), expected);
    }

    void magicBytesChooseCompression()
    {
        const QByteArray content = imageLikeContent();
        QCOMPARE(compressionFromMagic(compress(Compression::Gzip, content)), Compression::Gzip);
        QCOMPARE(compressionFromMagic(compress(Compression::Xz, content)), Compression::Xz);
        QCOMPARE(compressionFromMagic(compress(Compression::Zstd, content)), Compression::Zstd);
        QCOMPARE(compressionFromMagic(content), Compression::None);
        QCOMPARE(compressionFromMagic("\x1f"), Compression::None); // too short to tell
        QCOMPARE(compressionFromMagic(""), Compression::None);
    }

    void roundTripInOddPieces_data()
    {
        QTest::addColumn<Compression>("compression");
        QTest::addColumn<QString>("peer");
        QTest::newRow("gzip") << Compression::Gzip << "gzip";
        QTest::newRow("xz") << Compression::Xz << "xz";
        QTest::newRow("zstd") << Compression::Zstd << "zstd";
    }
    void roundTripInOddPieces()
    {
        QFETCH(Compression, compression);
        QFETCH(QString, peer);
        const QByteArray content = imageLikeContent();
        const QByteArray compressed = compress(compression, content);
        QVERIFY(compressed.size() < content.size());
        QCOMPARE(compressionFromMagic(compressed), compression);
        // The peer reads it whole and finds nothing after the end (no block padding).
        const auto byPeer = peerDecompress(peer, compressed);
        QVERIFY(byPeer.has_value());
        QCOMPARE(byPeer->size(), content.size());
        QVERIFY(*byPeer == content);
        // And Berth reads the peer's own compression as well as its own.
        const auto back = decompress(compression, compressed);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message()));
        QCOMPARE(back->size(), content.size());
        QVERIFY(*back == content);
    }

    void noneWritesThrough()
    {
        const QByteArray content = imageLikeContent();
        QCOMPARE(compress(Compression::None, content), content);
    }

    void cutShortInputFails_data() { roundTripInOddPieces_data(); }
    void cutShortInputFails()
    {
        QFETCH(Compression, compression);
        const QByteArray compressed = compress(compression, imageLikeContent());
        for (const qsizetype keep : {compressed.size() / 2, compressed.size() - 4, qsizetype(10)}) {
            const auto back = decompress(compression, compressed.first(keep));
            QVERIFY2(!back.ok(), qPrintable(QString::number(keep)));
            QCOMPARE(back.error().kind(), ErrorKind::Invalid);
            QVERIFY2(back.error().message().contains(QStringLiteral("damaged or cut short")),
                     qPrintable(back.error().message()));
        }
    }

    void garbageAfterTheMagicFails_data() { roundTripInOddPieces_data(); }
    void garbageAfterTheMagicFails()
    {
        QFETCH(Compression, compression);
        QByteArray garbage = compress(compression, imageLikeContent()).first(6);
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 2654435761u) >> 11);
        const auto back = decompress(compression, garbage);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message().contains(QStringLiteral("damaged or cut short")),
                 qPrintable(back.error().message()));
    }

    void bombStopsAtTheCeiling()
    {
        const QByteArray zeros(16 * 1024 * 1024, '\0');
        const QByteArray bomb = compress(Compression::Zstd, zeros);
        QVERIFY(bomb.size() < 4096);
        constexpr qint64 Ceiling = 1024 * 1024;
        const auto back = decompress(Compression::Zstd, bomb, Ceiling);
        QVERIFY(!back.ok());
        QVERIFY2(back.error().message().contains(QStringLiteral("decompression bomb")),
                 qPrintable(back.error().message()));
        // Exactly the ceiling is still fine.
        const auto exact = decompress(Compression::Zstd,
                                      compress(Compression::Zstd, zeros.first(Ceiling)), Ceiling);
        QVERIFY2(exact.ok(), qPrintable(exact.ok() ? QString() : exact.error().message()));
        QCOMPARE(exact->size(), Ceiling);
    }

    void ceilingIsGenerous()
    {
        constexpr qint64 GiB = qint64(1) << 30;
        QCOMPARE(StreamDecompressor::expansionCeiling(0), GiB);
        QCOMPARE(StreamDecompressor::expansionCeiling(1024 * 1024), 2 * GiB);
        QCOMPARE(StreamDecompressor::expansionCeiling(std::numeric_limits<qint64>::max() / 2),
                 std::numeric_limits<qint64>::max());
    }

    void deviceTellsTheEndFromAFailure()
    {
        const QByteArray content = imageLikeContent();
        const QByteArray compressed = compress(Compression::Zstd, content);

        QBuffer whole;
        whole.setData(compressed);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        DecompressingDevice plain(Compression::Zstd, &whole, 1 << 30);
        QVERIFY(plain.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        QByteArray out;
        while (!plain.atEnd()) {
            const QByteArray piece = plain.read(256 * 1024);
            QVERIFY(!piece.isEmpty() || plain.atEnd());
            out += piece;
        }
        QVERIFY(!plain.failed());
        QVERIFY(out == content);

        QBuffer cut;
        cut.setData(compressed.first(compressed.size() / 2));
        QVERIFY(cut.open(QIODevice::ReadOnly));
        DecompressingDevice broken(Compression::Zstd, &cut, 1 << 30);
        QVERIFY(broken.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        QByteArray piece;
        do
            piece = broken.read(256 * 1024);
        while (!piece.isEmpty());
        QVERIFY(broken.failed());
        QVERIFY(!broken.atEnd());
        QVERIFY(broken.errorString().contains(QStringLiteral("damaged or cut short")));
    }
};

QTEST_GUILESS_MAIN(TestStreamCompression)
#include "tst_streamcompression.moc"
