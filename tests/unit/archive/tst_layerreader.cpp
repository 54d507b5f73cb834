// SPDX-License-Identifier: GPL-3.0-or-later
// Layers without an engine: OCI whiteouts applied by ImageFilesystem, wasted space as dive
// counts it, the gzip (ISA-L) and zstd inflaters fed in odd pieces against the gzip and
// zstd programs' output, their ceilings, LayerReader's entry limit and the LayerCache.
#include "archive/compression.h"
#include "archive/gzipinflater.h"
#include "archive/imagefilesystem.h"
#include "archive/layercache.h"
#include "archive/layerreader.h"
#include "archive/whiteout.h"
#include "archive/zstdinflater.h"
#include "pipedevice.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Archive;

namespace {

TarEntry file(const QString &path, qint64 size)
{
    TarEntry entry;
    entry.path = path;
    entry.size = size;
    entry.mode = 0644;
    return entry;
}

TarEntry directory(const QString &path)
{
    TarEntry entry;
    entry.path = path;
    entry.type = EntryType::Directory;
    entry.mode = 0755;
    return entry;
}

QByteArray run(const QString &program, const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(-1) || process.exitCode() != 0)
        qFatal("%s failed", qPrintable(program));
    return process.readAllStandardOutput();
}

// Everything a source gives, or its error's message.
Result<QByteArray> drain(ByteSource &source)
{
    QByteArray all;
    for (;;) {
        auto piece = source.next();
        if (!piece)
            return piece.error();
        if (piece->isEmpty())
            return all;
        all.append(*piece);
    }
}

QByteArray someBytes(int size, int seed)
{
    QByteArray bytes;
    for (int i = 0; i < size; ++i)
        bytes += char((i * 2654435761u + seed) >> 11);
    return bytes;
}

} // namespace

class TestLayerReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void whiteoutNames()
    {
        QCOMPARE(Whiteout::of(QStringLiteral("a/.wh.b")).kind, Whiteout::Remove);
        QCOMPARE(Whiteout::of(QStringLiteral("a/.wh.b")).target, QStringLiteral("a/b"));
        QCOMPARE(Whiteout::of(QStringLiteral(".wh.top")).target, QStringLiteral("top"));
        QCOMPARE(Whiteout::of(QStringLiteral("d/e/.wh..wh..opq")).kind, Whiteout::Opaque);
        QCOMPARE(Whiteout::of(QStringLiteral("d/e/.wh..wh..opq")).target, QStringLiteral("d/e"));
        QCOMPARE(Whiteout::of(QStringLiteral(".wh..wh.plnk")).kind, Whiteout::Bookkeeping);
        QCOMPARE(Whiteout::of(QStringLiteral("a/b.wh.c")).kind, Whiteout::None);
    }

    void layersApplied()
    {
        ImageFilesystem fs;
        fs.addLayer({directory(QStringLiteral("a")), file(QStringLiteral("a/x"), 10),
                     file(QStringLiteral("a/y"), 20), file(QStringLiteral("b"), 5),
                     directory(QStringLiteral("a-b")), file(QStringLiteral("a-b/kept"), 1)});
        // An opaque directory hides what the layers below put in it, not what this one adds.
        fs.addLayer({file(QStringLiteral("a/z"), 3), file(QStringLiteral("a/.wh..wh..opq"), 0),
                     file(QStringLiteral(".wh.b"), 0)});
        fs.addLayer({file(QStringLiteral("a/z"), 4), file(QStringLiteral("c"), 7)});
        QStringList present;
        for (const auto &[path, record] : fs.paths())
            if (record.present)
                present.append(path);
        QCOMPARE(present, QStringList({QStringLiteral("a"), QStringLiteral("a-b"),
                                       QStringLiteral("a-b/kept"), QStringLiteral("a/z"),
                                       QStringLiteral("c")}));
        const PathRecord &z = fs.paths().at(QStringLiteral("a/z"));
        QCOMPARE(z.lastLayer(), 2);
        QCOMPARE(z.events.size(), 2);
        QCOMPARE(z.events.last().change, PathChange::Changed);
        const PathRecord &x = fs.paths().at(QStringLiteral("a/x"));
        QVERIFY(x.nextAfter(0).has_value());
        QCOMPARE(x.nextAfter(0)->change, PathChange::Removed);
        QCOMPARE(x.nextAfter(0)->layer, 1);
        QVERIFY(!fs.paths().at(QStringLiteral("c")).nextAfter(2).has_value());

        // Wasted: x, y and b removed (10 + 20 + 5), z written twice (3 + 4); the directory
        // a, written once, and the files written once are not.
        const WastedSpace waste = fs.wastedSpace();
        QCOMPARE(waste.totalBytes, qint64(42));
        QCOMPARE(waste.paths.size(), 4);
        QCOMPARE(waste.paths.first().path, QStringLiteral("a/y"));
        QCOMPARE(waste.paths.first().copies, 2);
    }

    void removedDirectoryTakesItsFiles()
    {
        ImageFilesystem fs;
        fs.addLayer({directory(QStringLiteral("d")), file(QStringLiteral("d/one"), 1),
                     directory(QStringLiteral("d/sub")), file(QStringLiteral("d/sub/two"), 2)});
        fs.addLayer({file(QStringLiteral(".wh.d"), 0)});
        for (const auto &[path, record] : fs.paths())
            QVERIFY2(!record.present, qPrintable(path));
        QCOMPARE(fs.wastedSpace().totalBytes, qint64(3));
    }

    void gzipInPieces()
    {
        // Two members one after another, as pigz or cat a.gz b.gz write them.
        const QByteArray first = someBytes(300000, 1);
        const QByteArray second = someBytes(5000, 2);
        const QByteArray compressed = run(QStringLiteral("gzip"), {QStringLiteral("-c")}, first) +
                                      run(QStringLiteral("gzip"), {QStringLiteral("-c")}, second);
        for (const qint64 piece : {1, 7, 4096, 1 << 20}) {
            PipeDevice device(compressed, piece);
            DeviceByteSource source(&device);
            GzipInflater inflater(&source, qint64(1) << 40);
            const auto plain = drain(inflater);
            QVERIFY2(plain.ok(), plain.ok() ? "" : qPrintable(plain.error().message()));
            QCOMPARE(plain.value(), first + second);
        }
    }

    void gzipDamaged()
    {
        QByteArray compressed =
            run(QStringLiteral("gzip"), {QStringLiteral("-c")}, someBytes(100000, 3));
        QByteArray flipped = compressed;
        flipped[flipped.size() - 6] = char(flipped.at(flipped.size() - 6) ^ 0x55); // the CRC
        for (const QByteArray &bad : {compressed.left(compressed.size() / 2), flipped}) {
            PipeDevice device(bad, 4096);
            DeviceByteSource source(&device);
            GzipInflater inflater(&source, qint64(1) << 40);
            const auto plain = drain(inflater);
            QVERIFY(!plain.ok());
            QVERIFY2(plain.error().message().contains(QStringLiteral("damaged or cut short")),
                     qPrintable(plain.error().message()));
        }
    }

    // A layer whose gzip or zstd checksum is wrong: the entries before the damage are the same
    // whether the blob arrives whole or in small pieces, and the read fails either way
    // (found by fuzz_layerreader: whole, the damage hid the entries).
    void damageAfterEntriesWholeOrInPieces()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i) {
            QFile f(dir.filePath(QStringLiteral("f%1").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(someBytes(1000, i));
        }
        const QByteArray tar = run(QStringLiteral("tar"),
                                   {QStringLiteral("-C"), dir.path(), QStringLiteral("-cf"),
                                    QStringLiteral("-"), QStringLiteral(".")},
                                   {});
        for (const QString &program : {QStringLiteral("gzip"), QStringLiteral("zstd")}) {
            QByteArray blob = run(program, {QStringLiteral("-c")}, tar);
            // gzip's CRC is 8 bytes from the end; near zstd's end, its last block or checksum.
            const qsizetype at = blob.size() - (program == u"gzip" ? 6 : 2);
            blob[at] = char(blob.at(at) ^ 0x55);
            QList<QStringList> seen;
            for (const qint64 piece : {qint64(blob.size()), qint64(97)}) {
                PipeDevice device(blob, piece);
                DeviceByteSource source(&device);
                QStringList paths;
                const auto stats = LayerReader::read(&source, [&paths](const TarEntry &entry) {
                    paths.append(entry.path);
                    return true;
                });
                QVERIFY2(!stats.ok(), qPrintable(program));
                seen.append(paths);
            }
            // gzip's damage is found after its data: every entry came first. zstd checks a
            // block before handing it on: the one block of this small tar never comes.
            QCOMPARE(seen.first().size(), program == u"gzip" ? 5 : 0);
            QCOMPARE(seen.first(), seen.last());
        }
    }

    // A blob whose first piece is shorter than the compression's magic is still told
    // apart (found by fuzz_layerreader: one byte first read as a plain tar).
    void magicInPieces()
    {
        const QByteArray tar =
            run(QStringLiteral("tar"),
                {QStringLiteral("-C"), QStringLiteral("/etc"), QStringLiteral("-cf"),
                 QStringLiteral("-"), QStringLiteral("hostname")},
                {});
        for (const QString &program : {QStringLiteral("gzip"), QStringLiteral("zstd")}) {
            PipeDevice device(run(program, {QStringLiteral("-c")}, tar), 1);
            DeviceByteSource source(&device);
            QStringList paths;
            const auto stats = LayerReader::read(&source, [&paths](const TarEntry &entry) {
                paths.append(entry.path);
                return true;
            });
            QVERIFY2(stats.ok(), stats.ok() ? "" : qPrintable(stats.error().message()));
            QCOMPARE(stats->compression,
                     program == u"gzip" ? Compression::Gzip : Compression::Zstd);
            QCOMPARE(paths, QStringList{QStringLiteral("hostname")});
        }
    }

    void ceilingsStopBombs()
    {
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        for (const QString &program : {QStringLiteral("gzip"), QStringLiteral("zstd")}) {
            PipeDevice device(run(program, {QStringLiteral("-c")}, zeros), 65536);
            DeviceByteSource source(&device);
            std::unique_ptr<ByteSource> inflater;
            if (program == u"gzip")
                inflater = std::make_unique<GzipInflater>(&source, 1024 * 1024);
            else
                inflater = std::make_unique<ZstdInflater>(&source, 1024 * 1024);
            const auto plain = drain(*inflater);
            QVERIFY(!plain.ok());
            QVERIFY2(plain.error().message().contains(QStringLiteral("decompression bomb")),
                     qPrintable(plain.error().message()));
        }
    }

    void zstdFramesAndTruncation()
    {
        const QByteArray first = someBytes(200000, 4);
        const QByteArray second = someBytes(100, 5);
        const QByteArray compressed = run(QStringLiteral("zstd"), {QStringLiteral("-c")}, first) +
                                      run(QStringLiteral("zstd"), {QStringLiteral("-c")}, second);
        PipeDevice device(compressed, 333);
        DeviceByteSource source(&device);
        ZstdInflater inflater(&source, qint64(1) << 40);
        const auto plain = drain(inflater);
        QVERIFY(plain.ok());
        QCOMPARE(plain.value(), first + second);

        PipeDevice cut(compressed.left(compressed.size() / 3), 333);
        DeviceByteSource cutSource(&cut);
        ZstdInflater cutInflater(&cutSource, qint64(1) << 40);
        QVERIFY(!drain(cutInflater).ok());
    }

    void entryLimit()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 20; ++i) {
            QFile f(dir.filePath(QStringLiteral("f%1").arg(i)));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        const QByteArray tar = run(QStringLiteral("tar"),
                                   {QStringLiteral("-C"), dir.path(), QStringLiteral("-cf"),
                                    QStringLiteral("-"), QStringLiteral(".")},
                                   {});
        const auto count = [&tar](qint64 maxEntries) {
            PipeDevice device(tar, 512);
            DeviceByteSource source(&device);
            LayerLimits limits;
            limits.maxEntries = maxEntries;
            int seen = 0;
            auto stats = LayerReader::read(
                &source,
                [&seen](const TarEntry &) {
                    ++seen;
                    return true;
                },
                limits);
            return stats.ok() ? seen : -1;
        };
        QCOMPARE(count(1000), 20); // the root "." is not an entry of its own
        QCOMPARE(count(10), -1);
    }

    void cacheKeepsTheRecent()
    {
        LayerCache cache(10);
        auto listing = [](int entries) {
            auto contents = std::make_shared<LayerContents>();
            for (int i = 0; i < entries; ++i)
                contents->entries.append(file(QString::number(i), i));
            return SharedLayerContents(contents);
        };
        cache.insert(QStringLiteral("sha256:a"), listing(4));
        cache.insert(QStringLiteral("sha256:b"), listing(4));
        QVERIFY(cache.find(QStringLiteral("sha256:a"))); // a is now the most recent
        cache.insert(QStringLiteral("sha256:c"), listing(4));
        QVERIFY(cache.find(QStringLiteral("sha256:a")));
        QVERIFY(!cache.find(QStringLiteral("sha256:b")));
        QVERIFY(cache.find(QStringLiteral("sha256:c")));
        QVERIFY(!cache.find(QString()));
    }
};

QTEST_GUILESS_MAIN(TestLayerReader)
#include "tst_layerreader.moc"
