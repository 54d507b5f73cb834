// SPDX-License-Identifier: GPL-3.0-or-later
// The pieces of berthctl run that need no engine: the 8-byte frames of a container's
// stdio cut anywhere, and the create body as the docker CLI sends it.
#include "engine/containerrunspec.h"
#include "engine/streamdemuxer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Berth::Engine;
using Channel = StreamDemuxer::Channel;

namespace {

QByteArray frame(char stream, const QByteArray &payload)
{
    QByteArray header(8, '\0');
    header[0] = stream;
    const quint32 length = quint32(payload.size());
    header[4] = char(length >> 24);
    header[5] = char(length >> 16);
    header[6] = char(length >> 8);
    header[7] = char(length);
    return header + payload;
}

} // namespace

class TestContainerRunSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demuxesFramesCutAnywhere()
    {
        const QByteArray wire = frame(1, "out one\n") + frame(2, "err\n") +
                                frame(1, QByteArray(70000, 'x')) + frame(1, "tail");
        for (int piece : {1, 3, 7, 8, 9, 4096, int(wire.size())}) {
            StreamDemuxer demuxer;
            QByteArray out;
            QByteArray err;
            for (qsizetype at = 0; at < wire.size(); at += piece) {
                for (const auto &chunk : demuxer.feed(wire.mid(at, piece)))
                    (chunk.channel == Channel::Stderr ? err : out).append(chunk.data);
            }
            QCOMPARE(out, "out one\n" + QByteArray(70000, 'x') + "tail");
            QCOMPARE(err, QByteArray("err\n"));
            QCOMPARE(demuxer.pending(), 0);
        }
    }

    void keepsTheChannelsInOrder()
    {
        // One feed: each run of a channel's frames is one chunk, in the order written.
        StreamDemuxer demuxer;
        const auto chunks =
            demuxer.feed(frame(1, "a") + frame(1, "b") + frame(2, "c") + frame(1, "d") +
                         frame(2, "e") + frame(2, "f") + frame(1, "gh").left(9));
        QCOMPARE(chunks.size(), 4);
        QCOMPARE(chunks.at(0).channel, Channel::Stdout);
        QCOMPARE(chunks.at(0).data, QByteArray("ab"));
        QCOMPARE(chunks.at(1).channel, Channel::Stderr);
        QCOMPARE(chunks.at(1).data, QByteArray("c"));
        QCOMPARE(chunks.at(2).data, QByteArray("d"));
        QCOMPARE(chunks.at(3).channel, Channel::Stderr);
        QCOMPARE(chunks.at(3).data, QByteArray("ef"));
        QCOMPARE(demuxer.pending(), 9);
    }

    void pullsNamesNotIds()
    {
        // As docker run names what it pulls: the familiar name with its tag.
        const auto pullable = [](const QString &image) {
            ContainerRunSpec spec;
            spec.image = image;
            return spec.pullableImage();
        };
        QCOMPARE(pullable(QStringLiteral("busybox")),
                 std::optional(QStringLiteral("busybox:latest")));
        QCOMPARE(pullable(QStringLiteral("docker.io/library/alpine:3.19")),
                 std::optional(QStringLiteral("alpine:3.19")));
        QCOMPARE(pullable(QStringLiteral("127.0.0.1:5000/run/app")),
                 std::optional(QStringLiteral("127.0.0.1:5000/run/app:latest")));
        const QString digest = QStringLiteral("sha256:") + QString(64, u'a');
        QCOMPARE(pullable(QStringLiteral("alpine@") + digest),
                 std::optional(QStringLiteral("alpine@") + digest));
        // An image ID names nothing a registry has.
        QCOMPARE(pullable(QString(64, u'a')), std::nullopt);
        QCOMPARE(pullable(digest), std::nullopt);
        QCOMPARE(pullable(QStringLiteral("Not A Name")), std::nullopt);
    }

    void keepsAnUnfinishedFrame()
    {
        StreamDemuxer demuxer;
        QVERIFY(demuxer.feed(frame(1, "abcdef").left(10)).isEmpty());
        QCOMPARE(demuxer.pending(), 10);
        const auto chunks = demuxer.feed("cdef");
        QCOMPARE(chunks.size(), 1);
        QCOMPARE(chunks.first().data, QByteArray("abcdef"));
    }

    void createBodyAsTheDockerCli()
    {
        ContainerRunSpec spec;
        spec.image = QStringLiteral("app:1");
        spec.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("true")};
        spec.environment = {QStringLiteral("A=1")};
        spec.ports = {QStringLiteral("8080:80"), QStringLiteral("[::1]:53:53/udp"),
                      QStringLiteral("9000")};
        spec.autoRemove = true;
        spec.interactive = true;
        spec.tty = true;
        spec.entrypoint = QString();
        const auto body = spec.createBody();
        QVERIFY(body.ok());
        // Single quotes for readability: moc drops a file with raw strings holding quotes.
        const QByteArray json =
            QByteArray("{'Image': 'app:1', 'Cmd': ['sh', '-c', 'true'], 'Entrypoint': [''],"
                       " 'Env': ['A=1'], 'Tty': true, 'OpenStdin': true, 'StdinOnce': true,"
                       " 'AttachStdin': true, 'AttachStdout': true, 'AttachStderr': true,"
                       " 'ExposedPorts': {'80/tcp': {}, '53/udp': {}, '9000/tcp': {}},"
                       " 'HostConfig': {'AutoRemove': true, 'PortBindings': {"
                       " '80/tcp': [{'HostIp': '', 'HostPort': '8080'}],"
                       " '53/udp': [{'HostIp': '::1', 'HostPort': '53'}],"
                       " '9000/tcp': [{'HostIp': '', 'HostPort': ''}]}}}")
                .replace('\'', '"');
        const QJsonObject expected = QJsonDocument::fromJson(json).object();
        QVERIFY(!expected.isEmpty());
        QCOMPARE(*body, expected);
    }

    void refusesWhatItCannotRead()
    {
        for (const QString &port : {QStringLiteral("80:"), QStringLiteral("a:b"),
                                    QStringLiteral("1:2:3:4"), QStringLiteral("80/icmp")}) {
            ContainerRunSpec spec;
            spec.ports = {port};
            QVERIFY2(!spec.createBody().ok(), qPrintable(port));
        }
        ContainerRunSpec spec;
        spec.environment = {QStringLiteral("=x")};
        QVERIFY(!spec.createBody().ok());
    }
};

QTEST_GUILESS_MAIN(TestContainerRunSpec)
#include "tst_containerrunspec.moc"
