// SPDX-License-Identifier: GPL-3.0-or-later
// Building's local half: .dockerignore patterns matched as the docker CLI matches them (the
// cases the CLI's own pattern matcher is known to answer), the BuildKit check, and the
// context tar read in odd-sized pieces and listed by GNU tar, the peer.
#include "build/buildcontextdevice.h"
#include "build/dockerfilecheck.h"
#include "build/dockerignore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Build;

class TestBuildContext final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ignoreMatches_data();
    void ignoreMatches();
    void ignoreFileIsCleaned();
    void badPatternsAreRefused();
    void exceptionsKeepDirectoriesOpen();
    void buildKitFeatures_data();
    void buildKitFeatures();
    void baseImagesSkipStagesAndScratch();
    void contextTarListsWhatIsKept();
};

void TestBuildContext::ignoreMatches_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");
    const QStringList table{QStringLiteral("*.log"),
                            QStringLiteral("!keep.log"),
                            QStringLiteral("**/tmp"),
                            QStringLiteral("docs/**/*.md"),
                            QStringLiteral("!docs/README.md"),
                            QStringLiteral("/secret"),
                            QStringLiteral("dir/"),
                            QStringLiteral(".hidden")};
    // The example the CLI was checked with: what its image kept and what it left out.
    const QList<std::pair<const char *, bool>> rows{
        {"keep.log", false},
        {"logs/b.log", false},
        {"docs/README.md", false},
        {"docs/a/b/keep.txt", false},
        {"deep/x/y.md", false},
        {"src/main.c", false},
        {"a.log", true},
        {"tmp", true},
        {"sub/tmp/t", true},
        {"docs/x.md", true},
        {"docs/a/c.md", true},
        {"secret", true},
        {"dir", true},
        {"dir/f", true},
        {".hidden", true},
    };
    for (const auto &[path, excluded] : rows)
        QTest::addRow("table %s", path) << table << QString::fromLatin1(path) << excluded;
    const auto add = [](const char *name, QStringList patterns, const char *path, bool excluded) {
        QTest::newRow(name) << patterns << QString::fromLatin1(path) << excluded;
    };
    add("star stays in its folder", {QStringLiteral("*.c")}, "src/main.c", false);
    add("double star crosses folders", {QStringLiteral("**/*.c")}, "src/lib/util.c", true);
    add("double star at the root", {QStringLiteral("**/*.c")}, "main.c", true);
    add("trailing double star", {QStringLiteral("src/**")}, "src/lib/util.c", true);
    add("question mark", {QStringLiteral("?ecret")}, "secret", true);
    add("question mark is one char", {QStringLiteral("?ecret")}, "ssecret", false);
    add("class", {QStringLiteral("[a-b].txt")}, "b.txt", true);
    add("class misses", {QStringLiteral("[a-b].txt")}, "c.txt", false);
    add("negated class", {QStringLiteral("[^a-b].txt")}, "c.txt", true);
    add("dot is literal", {QStringLiteral("a.c")}, "abc", false);
    add("escape", {QStringLiteral("a\\*")}, "a*", true);
    add("escape is literal", {QStringLiteral("a\\*")}, "ab", false);
    add("last match wins", {QStringLiteral("!a"), QStringLiteral("a")}, "a", true);
    add("exception after", {QStringLiteral("a"), QStringLiteral("!a")}, "a", false);
    add("parent excludes child", {QStringLiteral("docs")}, "docs/a/b/keep.txt", true);
    add("exception inside an excluded folder", {QStringLiteral("docs"), QStringLiteral("!docs/a")},
        "docs/a/b", false);
    add("everything", {QStringLiteral("*")}, "src/main.c", true);
}

void TestBuildContext::ignoreMatches()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    // As a .dockerignore holds them: read, cleaned, then matched.
    const auto ignore = DockerIgnore::parse(patterns.join(u'\n').toUtf8());
    QVERIFY(ignore.ok());
    QCOMPARE(ignore->excludes(path), excluded);
}

void TestBuildContext::ignoreFileIsCleaned()
{
    const auto ignore = DockerIgnore::parse(
        "\xEF\xBB\xBF# a comment\n  dir/  \n\n/secret\n! keep \n./a/../b\n#!not\r\n*.tmp\r\n");
    QVERIFY(ignore.ok());
    QCOMPARE(ignore->patterns(),
             (QStringList{QStringLiteral("dir"), QStringLiteral("secret"), QStringLiteral("!keep"),
                          QStringLiteral("b"), QStringLiteral("*.tmp")}));
}

void TestBuildContext::badPatternsAreRefused()
{
    QVERIFY(!DockerIgnore::parse("!\n").ok());
    QVERIFY(!DockerIgnore::fromPatterns({QStringLiteral("[a-")}).ok());
}

void TestBuildContext::exceptionsKeepDirectoriesOpen()
{
    auto ignore =
        DockerIgnore::fromPatterns({QStringLiteral("docs"), QStringLiteral("!docs/a/keep")});
    QVERIFY(ignore.ok());
    QVERIFY(ignore->mayReinclude(QStringLiteral("docs")));
    QVERIFY(ignore->mayReinclude(QStringLiteral("docs/a")));
    QVERIFY(!ignore->mayReinclude(QStringLiteral("doc")));
    // The CLI's test is literal: `!**/keep` does not open `docs`.
    ignore = DockerIgnore::fromPatterns({QStringLiteral("docs"), QStringLiteral("!**/keep")});
    QVERIFY(!ignore->mayReinclude(QStringLiteral("docs")));
    // keep() brings back what the daemon needs, and only when it was excluded.
    ignore = DockerIgnore::fromPatterns({QStringLiteral("*")});
    ignore.value().keep(QStringLiteral("Dockerfile"));
    QVERIFY(!ignore->excludes(QStringLiteral("Dockerfile")));
    QVERIFY(ignore->excludes(QStringLiteral("other")));
}

void TestBuildContext::buildKitFeatures_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("feature"); // empty: classic is fine
    QTest::newRow("plain") << QStringLiteral("FROM a\nRUN make\nCOPY . /src\n") << QString();
    QTest::newRow("escape directive") << QStringLiteral("# escape=`\nFROM a\n") << QString();
    QTest::newRow("syntax") << QStringLiteral("# syntax=docker/dockerfile:1\nFROM a\n")
                            << QStringLiteral("line 1: # syntax=docker/dockerfile:1");
    QTest::newRow("syntax after escape") << QStringLiteral("# escape=\\\n#syntax = x\nFROM a\n")
                                         << QStringLiteral("line 2: # syntax=x");
    QTest::newRow("syntax too late is a comment")
        << QStringLiteral("FROM a\n# syntax=docker/dockerfile:1\n") << QString();
    QTest::newRow("run mount") << QStringLiteral("FROM a\nrun --mount=type=cache,target=/c make\n")
                               << QStringLiteral("line 2: RUN --mount");
    QTest::newRow("run network") << QStringLiteral("FROM a\nRUN --network=none make\n")
                                 << QStringLiteral("line 2: RUN --network");
    QTest::newRow("copy link") << QStringLiteral("FROM a\nCOPY --from=b --link /x /y\n")
                               << QStringLiteral("line 2: COPY --link");
    QTest::newRow("copy chown is classic")
        << QStringLiteral("FROM a\nCOPY --chown=1:1 x /y\n") << QString();
    QTest::newRow("heredoc") << QStringLiteral("FROM a\nRUN <<EOF\necho hi\nEOF\n")
                             << QStringLiteral("line 2: a heredoc in RUN");
    QTest::newRow("heredoc file") << QStringLiteral("FROM a\nCOPY <<-\"END\" /f\nx\nEND\n")
                                  << QStringLiteral("line 2: a heredoc in COPY");
    QTest::newRow("a mount word in a command")
        << QStringLiteral("FROM a\nRUN echo --mount\n") << QString();
}

void TestBuildContext::buildKitFeatures()
{
    QFETCH(QString, dockerfile);
    QFETCH(QString, feature);
    QCOMPARE(DockerfileCheck::buildKitFeature(dockerfile).value_or(QString()), feature);
}

void TestBuildContext::baseImagesSkipStagesAndScratch()
{
    const QString dockerfile = QStringLiteral(
        "ARG V=1\nFROM reg.example:5000/base:1 AS build\nFROM build AS test\n"
        "FROM --platform=linux/amd64 alpine:3.19\nFROM scratch\nFROM app:$V\nFROM build\n");
    QCOMPARE(
        DockerfileCheck::baseImages(dockerfile),
        (QStringList{QStringLiteral("reg.example:5000/base:1"), QStringLiteral("alpine:3.19")}));
}

void TestBuildContext::contextTarListsWhatIsKept()
{
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const QDir dir(root.path());
    for (const char *folder : {"src/lib", "logs", "empty"})
        QVERIFY(dir.mkpath(QString::fromLatin1(folder)));
    const auto write = [&](const char *name, const QByteArray &content) {
        QFile file(dir.filePath(QString::fromLatin1(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write("Dockerfile", "FROM a\n");
    write(".dockerignore", "logs\n*.tmp\nDockerfile\n");
    write("src/main.c", QByteArray(300 * 1024, 'c')); // more than one piece of the file
    write("src/lib/util.c", "int x;\n");
    write("logs/a.log", "no\n");
    write("x.tmp", "no\n");
    QVERIFY(QFile::link(QStringLiteral("src/main.c"), dir.filePath(QStringLiteral("link.c"))));

    QFile ignoreFile(dir.filePath(QStringLiteral(".dockerignore")));
    QVERIFY(ignoreFile.open(QIODevice::ReadOnly));
    auto ignore = DockerIgnore::parse(ignoreFile.readAll());
    QVERIFY(ignore.ok());
    ignore.value().keep(QStringLiteral(".dockerignore"));
    ignore.value().keep(QStringLiteral("Dockerfile"));
    BuildContextDevice device(root.path(), *ignore);
    QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
    QByteArray tar;
    int piece = 1;
    while (!device.atEnd()) {
        const QByteArray data = device.read(piece);
        QVERIFY2(!device.failed(), qPrintable(device.errorString()));
        tar += data;
        piece = piece * 3 % 70001 + 1; // odd sizes, small and large
    }
    QCOMPARE(device.bytesSent(), qint64(tar.size()));

    QProcess gnuTar;
    gnuTar.start(QStringLiteral("tar"), {QStringLiteral("-tv"), QStringLiteral("--numeric-owner")});
    QVERIFY(gnuTar.waitForStarted());
    gnuTar.write(tar);
    gnuTar.closeWriteChannel();
    QVERIFY(gnuTar.waitForFinished());
    QCOMPARE(gnuTar.exitCode(), 0);
    const QString listing = QString::fromUtf8(gnuTar.readAllStandardOutput());
    QStringList names;
    for (const QString &line : listing.split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(line.contains(QLatin1StringView(" 0/0 ")), qPrintable(line)); // owned by root
        if (line.contains(QLatin1StringView("link.c")))
            QVERIFY(line.endsWith(QLatin1StringView("link.c -> src/main.c")));
        names.append(line.section(QStringLiteral(" -> "), 0, 0).section(u' ', -1));
    }
    // Byte-wise name order, depth first, as the CLI's walk; the excluded never appear.
    QCOMPARE(names, (QStringList{QStringLiteral(".dockerignore"), QStringLiteral("Dockerfile"),
                                 QStringLiteral("empty/"), QStringLiteral("link.c"),
                                 QStringLiteral("src/"), QStringLiteral("src/lib/"),
                                 QStringLiteral("src/lib/util.c"), QStringLiteral("src/main.c")}));
}

QTEST_GUILESS_MAIN(TestBuildContext)
#include "tst_buildcontext.moc"
