// SPDX-License-Identifier: GPL-3.0-or-later
// Berth's image list against the private dockerd of tests/env. The expected lists come
// from curl and the docker CLI, parsed here; never from Berth's own client.
#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "engine/enginestream.h"
#include "testenv.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using Berth::Engine::EngineClient;
using Berth::Engine::EngineEndpoint;
using Berth::Engine::ImageSummary;
using Berth::Engine::ImageSummaryParser;

namespace {

// repository, tag, id, created, size: one string per tag, for set comparison.
using TagSet = QSet<QString>;

QString key(const QString &repository, const QString &tag, const QString &id, qint64 created,
            qint64 size)
{
    return QStringLiteral("%1|%2|%3|%4|%5").arg(repository, tag, id).arg(created).arg(size);
}

QByteArray runTool(const QString &program, const QStringList &args, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000))
        qFatal("%s did not finish", qPrintable(program));
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput();
}

QString socketPath(const QString &host)
{
    return host.mid(QStringLiteral("unix://").size());
}

// The engine's answer as curl gets it, expanded to tags here (the docker CLI's rule:
// the tag follows the last ':' that comes after the last '/').
// dockerRows: the rows of `docker images` (and berthctl), where a repository that knows an
// image by digest only is a row; else the engine's tag rows, one "<none>" row for it.
TagSet tagsFromCurl(const QString &host, bool dockerRows)
{
    const QByteArray json =
        runTool(QStringLiteral("curl"),
                {QStringLiteral("-sf"), QStringLiteral("--unix-socket"), socketPath(host),
                 QStringLiteral("http://engine/v1.41/images/json")});
    TagSet out;
    const QJsonArray images = QJsonDocument::fromJson(json).array();
    for (const QJsonValue &value : images) {
        const QJsonObject image = value.toObject();
        const QString id = image.value(QStringLiteral("Id")).toString();
        const qint64 created = image.value(QStringLiteral("Created")).toInteger();
        const qint64 size = image.value(QStringLiteral("Size")).toInteger();
        const QJsonArray tags = image.value(QStringLiteral("RepoTags")).toArray();
        bool any = false;
        QSet<QString> taggedRepositories;
        for (const QJsonValue &tagValue : tags) {
            const QString repoTag = tagValue.toString();
            if (repoTag == u"<none>:<none>")
                continue;
            const qsizetype colon = repoTag.lastIndexOf(u':');
            out.insert(key(repoTag.left(colon), repoTag.mid(colon + 1), id, created, size));
            taggedRepositories.insert(repoTag.left(colon));
            any = true;
        }
        // As docker images: a repository that knows the image by digest only (a pull by
        // digest) is a row of its own, tagged <none>.
        for (const QJsonValue &digestValue : image.value(QStringLiteral("RepoDigests")).toArray()) {
            const QString repository = digestValue.toString().section(u'@', 0, 0);
            if (!dockerRows || repository == u"<none>" || taggedRepositories.contains(repository))
                continue;
            out.insert(key(repository, QStringLiteral("<none>"), id, created, size));
            any = true;
        }
        if (!any)
            out.insert(key(QStringLiteral("<none>"), QStringLiteral("<none>"), id, created, size));
    }
    return out;
}

} // namespace

class TestEngineImages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_host = TestEnv::dockerHost();
        BERTH_REQUIRE_SERVICE(m_host, "dockerd");
    }

    void coreListEqualsCurl()
    {
        // The window's rows are docker images' rows (ImageSummaryParser::tagRows): an image a
        // repository knows by digest only is that repository's <none> row, as another test
        // may leave one behind (a pull by digest).
        const TagSet expected = tagsFromCurl(m_host, true);
        QVERIFY(expected.size() >= 3);

        EngineClient client(*EngineEndpoint::parse(m_host));
        std::optional<Result<QList<ImageSummary>>> result;
        client.listImages({}, this,
                          [&result](const Result<QList<ImageSummary>> &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000);
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message()));
        QCOMPARE(client.info().apiVersion, QStringLiteral("1.41"));
        QVERIFY(client.info().server.startsWith(QStringLiteral("Docker/")));

        TagSet actual;
        for (const auto &row : ImageSummaryParser::tagRows(result->value()))
            actual.insert(key(row.repository, row.tag, row.id, row.created, row.size));
        QCOMPARE(actual, expected);
    }

    void berthctlJsonEqualsCurlAndDockerCli()
    {
        const TagSet expected = tagsFromCurl(m_host, true);
        int exitCode = -1;
        const QByteArray out = runTool(TestEnv::binaryDir() + QStringLiteral("/app/berthctl"),
                                       {QStringLiteral("--host"), m_host, QStringLiteral("images"),
                                        QStringLiteral("ls"), QStringLiteral("--json")},
                                       &exitCode);
        QCOMPARE(exitCode, 0);
        TagSet actual;
        QSet<QString> references;
        const QList<QByteArray> lines = out.split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonObject object = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            actual.insert(key(object.value(QStringLiteral("repository")).toString(),
                              object.value(QStringLiteral("tag")).toString(),
                              object.value(QStringLiteral("id")).toString(),
                              object.value(QStringLiteral("created")).toInteger(),
                              object.value(QStringLiteral("size")).toInteger()));
            references.insert(object.value(QStringLiteral("repository")).toString() + u':' +
                              object.value(QStringLiteral("tag")).toString() + u' ' +
                              object.value(QStringLiteral("id")).toString());
        }
        QCOMPARE(actual, expected);

        // The docker CLI lists the same tags with the same IDs.
        const QByteArray cli = runTool(QStringLiteral("/usr/bin/docker"),
                                       {QStringLiteral("-H"), m_host, QStringLiteral("images"),
                                        QStringLiteral("--no-trunc"), QStringLiteral("--format"),
                                        QStringLiteral("{{.Repository}}:{{.Tag}} {{.ID}}")});
        QSet<QString> fromCli;
        for (const QByteArray &line : cli.split('\n')) {
            if (!line.isEmpty())
                fromCli.insert(QString::fromUtf8(line));
        }
        QCOMPARE(references, fromCli);
    }

    void berthctlTableShowsEveryTag()
    {
        int exitCode = -1;
        const QString out = QString::fromUtf8(runTool(
            TestEnv::binaryDir() + QStringLiteral("/app/berthctl"),
            {QStringLiteral("--host"), m_host, QStringLiteral("images"), QStringLiteral("ls")},
            &exitCode));
        QCOMPARE(exitCode, 0);
        const QStringList lines = out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.first().startsWith(QStringLiteral("REPOSITORY")));
        QCOMPARE(lines.size() - 1, int(tagsFromCurl(m_host, true).size()));
    }

    void seededImagesAreWhatTheTestsNeed()
    {
        // At least two repositories, one with two tags, and one image with a label and an
        // exposed port: later tests rely on each.
        QSet<QString> repositories;
        QMap<QString, int> tagsPerRepository;
        for (const QString &entry : tagsFromCurl(m_host, false)) {
            const QString repository = entry.section(u'|', 0, 0);
            repositories.insert(repository);
            ++tagsPerRepository[repository];
        }
        QVERIFY(repositories.size() >= 2);
        QVERIFY(tagsPerRepository.value(QStringLiteral("berth-test/busybox")) >= 2);
        const QJsonObject config =
            QJsonDocument::fromJson(
                runTool(QStringLiteral("curl"),
                        {QStringLiteral("-sf"), QStringLiteral("--unix-socket"), socketPath(m_host),
                         QStringLiteral("http://engine/v1.41/images/berth-test/web:1.0/json")}))
                .object()
                .value(QStringLiteral("Config"))
                .toObject();
        QVERIFY(config.value(QStringLiteral("Labels"))
                    .toObject()
                    .contains(QStringLiteral("berth.test.role")));
        QVERIFY(config.value(QStringLiteral("ExposedPorts"))
                    .toObject()
                    .contains(QStringLiteral("8080/tcp")));
    }

    // A save whose file cannot be opened (its folder is gone) on a client that already
    // knows the engine's API version: the stream has to report its end to the save, and
    // to whoever connects to it after save() returned, as it does on a fresh client.
    void saveIntoAGoneFolderEndsOnAClientThatKnowsTheEngine()
    {
        EngineClient client(*EngineEndpoint::parse(m_host));
        Engine::EngineImages images(&client);
        std::optional<Result<Engine::EngineInfo>> pinged;
        client.ping(this, [&pinged](const Result<Engine::EngineInfo> &info) { pinged = info; });
        QTRY_VERIFY_WITH_TIMEOUT(pinged.has_value(), 15000);
        QVERIFY(pinged->ok());

        QTemporaryDir work;
        QVERIFY(work.isValid());
        const QString gone = work.filePath(QStringLiteral("gone/out.tar"));
        std::optional<Result<qint64>> saved;
        Engine::EngineStream *stream =
            images.save({QStringLiteral("berth-test/busybox:1.0")}, gone, this, {},
                        [&saved](const Result<qint64> &result) { saved = result; });
        QVERIFY(stream);
        QSignalSpy ended(stream, &Engine::EngineStream::finished);
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 15000);
        QVERIFY(!saved->ok());
        QCOMPARE(saved->error().kind(), ErrorKind::Io);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!QFileInfo::exists(gone));
    }

private:
    QString m_host;
};

QTEST_GUILESS_MAIN(TestEngineImages)
#include "tst_engineimages.moc"
