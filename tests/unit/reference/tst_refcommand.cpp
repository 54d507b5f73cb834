// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the built berthctl ref as a script would, checking its JSON, messages and exit codes.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString Digest = QStringLiteral("sha256:") + QString(64, u'e');

QJsonObject invalidObject(const QString &error)
{
    return QJsonObject{
        {QStringLiteral("valid"), false},
        {QStringLiteral("error"), error},
        {QStringLiteral("normalized"), QJsonValue()},
        {QStringLiteral("familiar"), QJsonValue()},
        {QStringLiteral("domain"), QJsonValue()},
        {QStringLiteral("path"), QJsonValue()},
        {QStringLiteral("tag"), QJsonValue()},
        {QStringLiteral("digest"), QJsonValue()},
    };
}

QJsonObject validObject(const QString &normalized, const QString &familiar, const QString &domain,
                        const QString &path, const QJsonValue &tag, const QJsonValue &digest)
{
    return QJsonObject{
        {QStringLiteral("valid"), true},
        {QStringLiteral("error"), QJsonValue()},
        {QStringLiteral("normalized"), normalized},
        {QStringLiteral("familiar"), familiar},
        {QStringLiteral("domain"), domain},
        {QStringLiteral("path"), path},
        {QStringLiteral("tag"), tag},
        {QStringLiteral("digest"), digest},
    };
}

} // namespace

class TestRefCommand final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void json_data();
    void json();
    void text_data();
    void text();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run berthctl(const QStringList &arguments);

    QString m_program;
};

void TestRefCommand::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString binaryDir = qEnvironmentVariable("BERTH_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "BERTH_BINARY_DIR is not set; run the test through ctest");
    m_program = binaryDir + QStringLiteral("/app/berthctl");
    QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
}

TestRefCommand::Run TestRefCommand::berthctl(const QStringList &arguments)
{
    QProcess process;
    process.start(m_program, arguments);
    Run run;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestRefCommand::json_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QJsonObject>("expected");

    const QJsonValue null;
    QTest::newRow("official image")
        << QStringList{QStringLiteral("ref"), QStringLiteral("ubuntu"), QStringLiteral("--json")}
        << 0
        << validObject(QStringLiteral("docker.io/library/ubuntu:latest"), QStringLiteral("ubuntu"),
                       QStringLiteral("docker.io"), QStringLiteral("library/ubuntu"), null, null);
    QTest::newRow("port without path is a tag")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"),
                       QStringLiteral("localhost:5000")}
        << 0
        << validObject(QStringLiteral("docker.io/library/localhost:5000"),
                       QStringLiteral("localhost:5000"), QStringLiteral("docker.io"),
                       QStringLiteral("library/localhost"), QStringLiteral("5000"), null);
    QTest::newRow("tag and digest kept")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"),
                       QStringLiteral("index.docker.io/foo/bar:tag@") + Digest}
        << 0
        << validObject(QStringLiteral("docker.io/foo/bar:tag@") + Digest,
                       QStringLiteral("foo/bar:tag@") + Digest, QStringLiteral("docker.io"),
                       QStringLiteral("foo/bar"), QStringLiteral("tag"), Digest);
    QTest::newRow("IPv6 registry")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"),
                       QStringLiteral("[::1]:5000/team/app")}
        << 0
        << validObject(QStringLiteral("[::1]:5000/team/app:latest"),
                       QStringLiteral("[::1]:5000/team/app"), QStringLiteral("[::1]:5000"),
                       QStringLiteral("team/app"), null, null);
    QTest::newRow("input starting with '-' after --")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"), QStringLiteral("--"),
                       QStringLiteral("-app")}
        << 1
        << invalidObject(QStringLiteral("repository name component '-app' must start with a "
                                        "lowercase letter or digit, not '-'"));
    QTest::newRow("uppercase")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"), QStringLiteral("MyApp")}
        << 1 << invalidObject(QStringLiteral("repository name must be lowercase: MyApp"));
    QTest::newRow("short digest")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"),
                       QStringLiteral("app@sha256:abc")}
        << 1
        << invalidObject(
               QStringLiteral("sha256 digest must have exactly 64 hexadecimal digits (it has 3)"));
}

void TestRefCommand::json()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QJsonObject, expected);

    const Run run = berthctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.endsWith(u'\n'), qPrintable(run.out));
    QCOMPARE(run.out.count(u'\n'), 1);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    QCOMPARE(document.object(), expected);
}

void TestRefCommand::text_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");

    QTest::newRow("valid") << QStringList{QStringLiteral("ref"), QStringLiteral("myuser/app:v1")}
                           << 0
                           << QStringLiteral(
                                  "docker.io/myuser/app:v1\n  familiar: myuser/app:v1\n"
                                  "  domain:   docker.io\n  path:     myuser/app\n  tag:      v1\n"
                                  "  digest:   (none)\n")
                           << QString();
    QTest::newRow("invalid")
        << QStringList{QStringLiteral("ref"), QStringLiteral("ubuntu:-x")} << 1 << QString()
        << QStringLiteral("berthctl ref: invalid reference 'ubuntu:-x': tag must not start "
                          "with '-'\n");
    // Without --, a leading '-' is an option: a usage error, not a verdict on the reference.
    QTest::newRow("dash without --")
        << QStringList{QStringLiteral("ref"), QStringLiteral("--json"), QStringLiteral("-app")} << 2
        << QString() << QStringLiteral("put -- before a reference that starts with '-'");
    QTest::newRow("no reference") << QStringList{QStringLiteral("ref")} << 2 << QString()
                                  << QStringLiteral("expected one image reference");
    QTest::newRow("two references")
        << QStringList{QStringLiteral("ref"), QStringLiteral("a"), QStringLiteral("b")} << 2
        << QString() << QStringLiteral("expected one image reference");
}

void TestRefCommand::text()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    QFETCH(QString, err);

    const Run run = berthctl(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QCOMPARE(run.out, out);
    QVERIFY2(err.isEmpty() ? run.err.isEmpty() : run.err.contains(err), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestRefCommand)
#include "tst_refcommand.moc"
