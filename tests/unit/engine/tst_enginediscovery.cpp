// SPDX-License-Identifier: GPL-3.0-or-later
// Which engines Berth lists (contexts, DOCKER_HOST, the sockets of rootless Docker and of
// Podman, each address once) and how it tells Podman from Docker by /version. The
// /version answers are what Debian's dockerd 20.10 and Podman 4.3 send (trimmed).
#include "engine/enginediscovery.h"
#include "engine/engineprobe.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Engine;

namespace {

const QByteArray DockerVersion =
    "{\"Platform\":{\"Name\":\"\"},\"Components\":[{\"Name\":\"Engine\",\"Version\":\"20.10.24+"
    "dfsg1\","
    "\"Details\":{\"ApiVersion\":\"1.41\"}},{\"Name\":\"containerd\",\"Version\":\"1.6.20~ds1\"}],"
    "\"Version\":\"20.10.24+dfsg1\",\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.12\",\"Os\":"
    "\"linux\"}";
const QByteArray PodmanVersion =
    "{\"Platform\":{\"Name\":\"linux/amd64/debian-12\"},\"Components\":[{\"Name\":\"Podman "
    "Engine\","
    "\"Version\":\"4.3.1\",\"Details\":{\"APIVersion\":\"4.3.1\",\"MinAPIVersion\":\"4.0.0\"}},"
    "{\"Name\":\"Conmon\",\"Version\":\"conmon version 2.1.6\"}],\"Version\":\"4.3.1\","
    "\"ApiVersion\":\"1.41\",\"MinAPIVersion\":\"1.24\",\"Os\":\"linux\"}";

bool touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

QStringList urls(const QList<KnownEngine> &engines)
{
    QStringList out;
    for (const KnownEngine &engine : engines)
        out.append(engine.name + u' ' + engine.source + u' ' + engine.endpoint.url());
    return out;
}

} // namespace

class TestEngineDiscovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindFromVersion()
    {
        KnownEngine engine;
        engine.name = QStringLiteral("x");
        const EngineStatus docker = EngineStatus::fromVersion(engine, DockerVersion);
        QVERIFY(docker.reachable);
        QCOMPARE(docker.kind, QStringLiteral("Docker"));
        QCOMPARE(docker.version, QStringLiteral("20.10.24+dfsg1"));
        QCOMPARE(docker.apiVersion, QStringLiteral("1.41"));
        const EngineStatus podman = EngineStatus::fromVersion(engine, PodmanVersion);
        QCOMPARE(podman.kind, QStringLiteral("Podman"));
        QCOMPARE(podman.version, QStringLiteral("4.3.1"));
        QCOMPARE(podman.apiVersion, QStringLiteral("1.41"));
    }

    void socketsThatExist()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("DOCKER_CONFIG"), dir.filePath(QStringLiteral("cfg")));
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir.filePath(QStringLiteral("run")));
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://127.0.0.1:2375"));

        // No socket file: only the default context (DOCKER_HOST here) is known.
        auto known = EngineDiscovery::discover(environment);
        QVERIFY(known.ok());
        QCOMPARE(urls(*known),
                 QStringList{QStringLiteral("default DOCKER_HOST tcp://127.0.0.1:2375")});
        QVERIFY(known->first().current);

        QVERIFY(touch(dir.filePath(QStringLiteral("run/docker.sock"))));
        QVERIFY(touch(dir.filePath(QStringLiteral("run/podman/podman.sock"))));
        known = EngineDiscovery::discover(environment);
        QVERIFY(known.ok());
        const QString run = dir.filePath(QStringLiteral("run"));
        QStringList expected{QStringLiteral("default DOCKER_HOST tcp://127.0.0.1:2375"),
                             QStringLiteral("docker-rootless socket unix://") + run +
                                 QStringLiteral("/docker.sock")};
        if (QFileInfo::exists(QStringLiteral("/run/podman/podman.sock")))
            expected.append(QStringLiteral("podman socket unix:///run/podman/podman.sock"));
        expected.append(QStringLiteral("podman-rootless socket unix://") + run +
                        QStringLiteral("/podman/podman.sock"));
        QCOMPARE(urls(*known), expected);
        QVERIFY(!known->at(1).current);

        // The same address twice (DOCKER_HOST on rootless Docker's socket) is one engine.
        environment.insert(QStringLiteral("DOCKER_HOST"),
                           QStringLiteral("unix://") + run + QStringLiteral("/docker.sock"));
        known = EngineDiscovery::discover(environment);
        QVERIFY(known.ok());
        QCOMPARE(known->first().endpoint.url(),
                 QStringLiteral("unix://") + run + QStringLiteral("/docker.sock"));
        QVERIFY(!urls(*known).join(u'\n').contains(QStringLiteral("docker-rootless")));
    }
};

QTEST_GUILESS_MAIN(TestEngineDiscovery)
#include "tst_enginediscovery.moc"
