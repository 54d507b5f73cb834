// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/awscredentialchain.h"

#include "testenv.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Berth;
using namespace Berth::Aws;

namespace {

void writeFile(const QString &path, const QByteArray &text, bool executable = false)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner);
}

} // namespace

// The AWS credential chain against the AWS CLI itself (`aws configure list` says which key
// and region it would use, and from where), and its errors (docs/aws.md).
class TestAwsCredentialChain : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    // Secrets the tests plant; no error text may contain them.
    const QByteArray m_processSecret = "procSECRETa1b2c3d4e5f6g7h8i9j0";

    QProcessEnvironment environment(const QStringList &extra) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        for (const QString &assignment : extra) {
            const qsizetype equals = assignment.indexOf(u'=');
            env.insert(assignment.left(equals), assignment.mid(equals + 1));
        }
        return env;
    }

    Result<ResolvedAwsCredentials>
    resolve(const QString &profile, const QStringList &extra,
            std::chrono::milliseconds timeout = std::chrono::seconds(60)) const
    {
        AwsChainOptions options;
        options.profile = profile;
        options.environment = environment(extra);
        options.homePath = m_home.path();
        options.processTimeout = timeout;
        return AwsCredentialChain(options).resolve();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        const QString aws = m_home.filePath(QStringLiteral(".aws"));
        QVERIFY(QDir().mkpath(aws));
        writeFile(aws + QStringLiteral("/credentials"), "[default]\n"
                                                        "aws_access_key_id = AKIADEFAULTKEY00DEF1\n"
                                                        "aws_secret_access_key = defaultSecret\n"
                                                        "\n"
                                                        "# a comment\n"
                                                        "[dev]\r\n"
                                                        "aws_access_key_id=AKIADEVKEY000000DEV2\r\n"
                                                        "aws_secret_access_key=devSecret\r\n"
                                                        "aws_session_token = devToken\r\n");
        writeFile(aws + QStringLiteral("/config"),
                  "[default]\n"
                  "region = eu-west-1\n"
                  "[profile dev]\n"
                  "region = eu-central-1\n"
                  "s3 =\n"
                  "  max_concurrent_requests = 4\n"
                  "[profile cfg]\n"
                  "aws_access_key_id = AKIACONFIGKEY000CFG3\n"
                  "aws_secret_access_key = cfgSecret\n"
                  "region = sa-east-1\n"
                  "[profile proc]\n"
                  "credential_process = \"" +
                      aws.toUtf8() +
                      "/process ok\" --flag\n"
                      "region = us-west-2\n"
                      "[profile failing]\n"
                      "credential_process = " +
                      aws.toUtf8() +
                      "/failing\n"
                      "[profile hanging]\n"
                      "credential_process = /bin/sleep 600\n"
                      "[profile garbled]\n"
                      "credential_process = /bin/echo not json " +
                      m_processSecret +
                      "\n"
                      "[profile role]\n"
                      "role_arn = arn:aws:iam::123456789012:role/pusher\n"
                      "source_profile = dev\n"
                      "role_session_name = berth-test\n"
                      "duration_seconds = 900\n"
                      "region = ap-northeast-1\n"
                      "[profile chained]\n"
                      "role_arn = arn:aws:iam::123456789012:role/deployer\n"
                      "source_profile = role\n"
                      "[profile loop-a]\n"
                      "role_arn = arn:aws:iam::123456789012:role/a\n"
                      "source_profile = loop-b\n"
                      "[profile loop-b]\n"
                      "role_arn = arn:aws:iam::123456789012:role/b\n"
                      "source_profile = loop-a\n"
                      "[profile lonely-role]\n"
                      "role_arn = arn:aws:iam::123456789012:role/pusher\n"
                      "source_profile = nowhere\n"
                      "[profile sso]\n"
                      "sso_start_url = https://example.awsapps.com/start\n"
                      "sso_region = us-east-1\n"
                      "[sso-session corp]\n"
                      "sso_region = us-east-1\n");
        // A path with a space, quoted in the file: the command line is split as the
        // AWS CLI splits it.
        writeFile(
            aws + QStringLiteral("/process ok"),
            "#!/bin/sh\n"
            "[ \"$1\" = --flag ] || exit 9\n"
            "echo '{\"Version\": 1, \"AccessKeyId\": \"AKIAPROCESSKEY0PRC4\", "
            "\"SecretAccessKey\": \"" +
                m_processSecret +
                "\", "
                "\"SessionToken\": \"procToken\", \"Expiration\": \"2030-01-02T03:04:05Z\"}'\n",
            true);
        writeFile(aws + QStringLiteral("/failing"),
                  "#!/bin/sh\necho 'no such account' >&2\nexit 3\n", true);
    }

    // Which key and which region: Berth and the AWS CLI must agree on each setup.
    void agreesWithTheAwsCli_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("source");
        QTest::newRow("default profile")
            << QString() << QStringList() << QStringLiteral(".aws/credentials [default]");
        QTest::newRow("--profile, region from AWS_REGION")
            << QStringLiteral("dev")
            << QStringList{QStringLiteral("AWS_REGION=ap-south-1"),
                           QStringLiteral("AWS_DEFAULT_REGION=us-east-2")}
            << QStringLiteral(".aws/credentials [dev]");
        QTest::newRow("environment keys beat AWS_PROFILE")
            << QString()
            << QStringList{QStringLiteral("AWS_PROFILE=dev"),
                           QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENVIRONMENT0ENV5"),
                           QStringLiteral("AWS_SECRET_ACCESS_KEY=envSecret")}
            << QStringLiteral("environment variables");
        QTest::newRow("--profile beats environment keys")
            << QStringLiteral("cfg")
            << QStringList{QStringLiteral("AWS_ACCESS_KEY_ID=AKIAENVIRONMENT0ENV5"),
                           QStringLiteral("AWS_SECRET_ACCESS_KEY=envSecret")}
            << QStringLiteral(".aws/config [profile cfg]");
        QTest::newRow("credential_process") << QStringLiteral("proc") << QStringList()
                                            << QStringLiteral("credential_process of profile proc");
        QTest::newRow("AWS_SHARED_CREDENTIALS_FILE elsewhere")
            << QString()
            << QStringList{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=%1/none").arg(m_home.path()),
                           QStringLiteral("AWS_DEFAULT_PROFILE=proc")}
            << QStringLiteral("credential_process of profile proc");
    }

    void agreesWithTheAwsCli()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, extra);
        QFETCH(QString, source);

        const auto ours = resolve(profile, extra);
        QVERIFY2(ours, ours ? "" : qPrintable(ours.error().message()));
        QVERIFY2(ours->source.endsWith(source), qPrintable(ours->source));

        QProcess aws;
        aws.setProcessEnvironment(environment(extra));
        QStringList args{QStringLiteral("configure"), QStringLiteral("list")};
        if (!profile.isEmpty())
            args << QStringLiteral("--profile") << profile;
        aws.start(QStringLiteral("/usr/bin/aws"), args);
        if (!aws.waitForStarted()) {
            if (TestEnv::isCi())
                QFAIL("/usr/bin/aws (package awscli) is the peer and did not start");
            QSKIP("/usr/bin/aws (package awscli) is missing");
        }
        QVERIFY(aws.waitForFinished(180000));
        const QString listing = QString::fromUtf8(aws.readAllStandardOutput());
        QVERIFY2(aws.exitCode() == 0,
                 qPrintable(listing + QString::fromUtf8(aws.readAllStandardError())));
        const auto field = [&](const QString &name) {
            const QRegularExpression line(QStringLiteral("^\\s*%1\\s+(\\S+)").arg(name),
                                          QRegularExpression::MultilineOption);
            return line.match(listing).captured(1);
        };
        // The CLI masks all but the last four characters of the key.
        QCOMPARE(ours->credentials.accessKeyId.right(4),
                 field(QStringLiteral("access_key")).right(4));
        QCOMPARE(ours->region, field(QStringLiteral("region")));
    }

    void processCredentialsCarryTokenAndExpiry()
    {
        const auto found = resolve(QStringLiteral("proc"), {});
        QVERIFY(found);
        QCOMPARE(found->credentials.sessionToken, QStringLiteral("procToken"));
        QCOMPARE(found->expiration, QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QCOMPARE(found->profile, QStringLiteral("proc"));
    }

    void sessionTokenFromTheCredentialsFile()
    {
        const auto found = resolve(QStringLiteral("dev"), {});
        QVERIFY(found);
        QCOMPARE(found->credentials.sessionToken, QStringLiteral("devToken"));
        QCOMPARE(found->region, QStringLiteral("eu-central-1")); // the nested s3 block is skipped
    }

    void roleProfileNamesTheRoleAndItsSource()
    {
        const auto found = resolve(QStringLiteral("role"), {});
        QVERIFY2(found, found ? "" : qPrintable(found.error().message()));
        QVERIFY(found->role.has_value());
        QCOMPARE(found->role->roleArn, QStringLiteral("arn:aws:iam::123456789012:role/pusher"));
        QCOMPARE(found->role->sessionName, QStringLiteral("berth-test"));
        QCOMPARE(found->role->durationSeconds, 900);
        QCOMPARE(found->credentials.accessKeyId, QStringLiteral("AKIADEVKEY000000DEV2"));
        QCOMPARE(found->region, QStringLiteral("ap-northeast-1"));
        QVERIFY2(found->source.contains(QStringLiteral("[dev]")), qPrintable(found->source));
    }

    // A role whose source profile assumes a role: that role first, with the source's keys.
    void chainedRolesAreAssumedInnermostFirst()
    {
        const auto found = resolve(QStringLiteral("chained"), {});
        QVERIFY2(found, found ? "" : qPrintable(found.error().message()));
        QCOMPARE(found->role->roleArn, QStringLiteral("arn:aws:iam::123456789012:role/deployer"));
        QCOMPARE(found->sourceRoles.size(), 1);
        QCOMPARE(found->sourceRoles.first().roleArn,
                 QStringLiteral("arn:aws:iam::123456789012:role/pusher"));
        QCOMPARE(found->sourceRoles.first().sessionName, QStringLiteral("berth-test"));
        QCOMPARE(found->credentials.accessKeyId, QStringLiteral("AKIADEVKEY000000DEV2"));
        const auto loop = resolve(QStringLiteral("loop-a"), {});
        QVERIFY(!loop);
        QVERIFY2(loop.error().message().contains(QStringLiteral("loop")),
                 qPrintable(loop.error().message()));
    }

    void errorsSayWhatIsWrong_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown profile")
            << QStringLiteral("nope") << QStringList() << int(ErrorKind::NotFound)
            << QStringLiteral("The config profile (nope) could not be found");
        QTest::newRow("unknown AWS_PROFILE")
            << QString() << QStringList{QStringLiteral("AWS_PROFILE=gone")}
            << int(ErrorKind::NotFound) << QStringLiteral("(gone)");
        QTest::newRow("source profile missing")
            << QStringLiteral("lonely-role") << QStringList() << int(ErrorKind::NotFound)
            << QStringLiteral("\"nowhere\"");
        QTest::newRow("sso") << QStringLiteral("sso") << QStringList() << int(ErrorKind::Invalid)
                             << QStringLiteral("export-credentials --profile sso --format process");
        QTest::newRow("process fails")
            << QStringLiteral("failing") << QStringList() << int(ErrorKind::Remote)
            << QStringLiteral("exited with code 3");
        QTest::newRow("process prints no JSON")
            << QStringLiteral("garbled") << QStringList() << int(ErrorKind::Remote)
            << QStringLiteral("not JSON");
        QTest::newRow("no credentials at all")
            << QString()
            << QStringList{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=/nonexistent"),
                           QStringLiteral("AWS_CONFIG_FILE=/nonexistent")}
            << int(ErrorKind::NotFound) << QStringLiteral("aws configure");
    }

    void errorsSayWhatIsWrong()
    {
        QFETCH(QString, profile);
        QFETCH(QStringList, extra);
        QFETCH(int, kind);
        QFETCH(QString, words);
        const auto found = resolve(profile, extra);
        QVERIFY(!found);
        QCOMPARE(int(found.error().kind()), kind);
        QVERIFY2(found.error().message().contains(words), qPrintable(found.error().message()));
        // The process's output (which holds secrets) never reaches a message.
        QVERIFY(!found.error().message().toUtf8().contains(m_processSecret));
    }

    // A helper that never answers is stopped once the timeout passes, and the chain says so.
    void hangingProcessIsStopped()
    {
        const auto found = resolve(QStringLiteral("hanging"), {}, std::chrono::milliseconds(500));
        QVERIFY(!found);
        QCOMPARE(found.error().kind(), ErrorKind::Remote);
        QVERIFY2(found.error().message().contains(QStringLiteral("stopped")),
                 qPrintable(found.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestAwsCredentialChain)
#include "tst_awscredentialchain.moc"
