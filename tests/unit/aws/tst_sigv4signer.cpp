// SPDX-License-Identifier: GPL-3.0-or-later
#include "aws/sigv4signer.h"

#include "testenv.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace Berth::Aws;

namespace {

QString sourceFile(const QString &relative)
{
    return qEnvironmentVariable("BERTH_SOURCE_DIR") + QLatin1Char('/') + relative;
}

QJsonObject vectors()
{
    QFile file(sourceFile(QStringLiteral("tests/unit/aws/sigv4vectors.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray randomText(QRandomGenerator &random, int length, QByteArrayView alphabet)
{
    QByteArray text;
    for (int i = 0; i < length; ++i)
        text += alphabet[random.bounded(int(alphabet.size()))];
    return text;
}

} // namespace

// The signer against AWS's published test suite (as data in sigv4vectors.json), then
// against botocore, the AWS CLI's own signer, on random ECR requests (docs/aws.md).
class TestSigV4Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void awsTestSuite_data()
    {
        const QJsonObject suite = vectors();
        QVERIFY2(!suite.isEmpty(), "tests/unit/aws/sigv4vectors.json did not load");
        QTest::addColumn<QJsonObject>("testCase");
        for (const QJsonValue &value : suite.value(QLatin1String("cases")).toArray()) {
            const QJsonObject testCase = value.toObject();
            QTest::newRow(qPrintable(testCase.value(QLatin1String("name")).toString())) << testCase;
        }
    }

    void awsTestSuite()
    {
        QFETCH(QJsonObject, testCase);
        const QJsonObject suite = vectors();
        const QDateTime when =
            QDateTime::fromString(suite.value(QLatin1String("date")).toString(), Qt::ISODate);
        QVERIFY(when.isValid());
        const AwsCredentials credentials{suite.value(QLatin1String("accessKeyId")).toString(),
                                         suite.value(QLatin1String("secretAccessKey")).toString(),
                                         {}};
        SigV4Request request;
        request.method = testCase.value(QLatin1String("method")).toString().toUtf8();
        request.path = testCase.value(QLatin1String("path")).toString().toUtf8();
        request.query = testCase.value(QLatin1String("query")).toString().toUtf8();
        request.body = testCase.value(QLatin1String("body")).toString().toUtf8();
        for (const QJsonValue &header : testCase.value(QLatin1String("headers")).toArray()) {
            const QJsonArray pair = header.toArray();
            request.headers.append(
                {pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8()});
        }
        const SigV4Signer signer(suite.value(QLatin1String("region")).toString(),
                                 suite.value(QLatin1String("service")).toString());
        const SigV4Signer::Signature signature = signer.sign(request, credentials, when);

        if (testCase.contains(QLatin1String("canonicalRequest")))
            QCOMPARE(QString::fromUtf8(signature.canonicalRequest),
                     testCase.value(QLatin1String("canonicalRequest")).toString());
        if (testCase.contains(QLatin1String("canonicalRequestHash")))
            QCOMPARE(
                QCryptographicHash::hash(signature.canonicalRequest, QCryptographicHash::Sha256)
                    .toHex(),
                testCase.value(QLatin1String("canonicalRequestHash")).toString().toLatin1());
        const QByteArray expected =
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            "SignedHeaders=" +
            testCase.value(QLatin1String("signedHeaders")).toString().toLatin1() +
            ", Signature=" + testCase.value(QLatin1String("signature")).toString().toLatin1();
        QCOMPARE(signature.authorization, expected);
    }

    void signingHeadersCarryTheDateAndTheToken()
    {
        SigV4Request request;
        const QDateTime when(QDate(2026, 12, 2), QTime(19, 4, 5), Qt::UTC);
        SigV4Signer::addSigningHeaders(request, {QStringLiteral("AK"), QStringLiteral("S"), {}},
                                       when);
        QCOMPARE(request.headers.size(), 1);
        QCOMPARE(request.headers.at(0).second, QByteArray("20261202T190405Z"));
        request.headers.clear();
        SigV4Signer::addSigningHeaders(
            request, {QStringLiteral("AK"), QStringLiteral("S"), QStringLiteral("TOKEN")}, when);
        QCOMPARE(request.headers.size(), 2);
        QCOMPARE(request.headers.at(1).first.toLower(), QByteArray("x-amz-security-token"));
    }

    // Random ECR API calls, as Berth will send them, signed by both: the Authorization
    // header must be the same. Covers non-default ports in the signed host, session
    // tokens, regions, bodies with any bytes, and clock times.
    void agreesWithBotocoreOnEcrRequests()
    {
        const QString script = sourceFile(QStringLiteral("tests/unit/aws/botocore_sign.py"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {script});
        if (!python.waitForStarted()) {
            if (TestEnv::isCi())
                QFAIL("/usr/bin/python3 did not start: botocore (package awscli) is the peer");
            QSKIP("/usr/bin/python3 is missing: botocore (package awscli) is the peer");
        }
        QRandomGenerator random(20261202);
        const QStringList targets{
            QStringLiteral("GetAuthorizationToken"), QStringLiteral("DescribeRepositories"),
            QStringLiteral("DescribeImages"), QStringLiteral("BatchDeleteImage")};
        const QStringList regions{QStringLiteral("us-east-1"), QStringLiteral("eu-west-3"),
                                  QStringLiteral("ap-southeast-2"), QStringLiteral("cn-north-1")};
        struct Expectation
        {
            QByteArray authorization;
            QByteArray canonicalRequest;
        };
        QList<Expectation> ours;
        QByteArray input;
        constexpr int Requests = 200;
        for (int i = 0; i < Requests; ++i) {
            const QString region = regions.at(random.bounded(int(regions.size())));
            const bool withPort = random.bounded(2) == 1;
            const QByteArray host =
                withPort
                    ? QByteArray("127.0.0.1:" + QByteArray::number(1024 + random.bounded(60000)))
                    : QByteArray("api.ecr." + region.toUtf8() + ".amazonaws.com");
            const AwsCredentials credentials{
                QString::fromLatin1(randomText(random, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
                QString::fromLatin1(
                    randomText(random, 40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789+/")),
                random.bounded(2)
                    ? QString::fromLatin1(randomText(random, 120, "abcdefXYZ0123456789+/="))
                    : QString()};
            const QDateTime when =
                QDateTime::fromSecsSinceEpoch(1600000000 + random.bounded(400000000), Qt::UTC);
            const QByteArray target = "AmazonEC2ContainerRegistry_V20150921." +
                                      targets.at(random.bounded(int(targets.size()))).toUtf8();
            const QByteArray body =
                "{\"repositoryName\":\"" + randomText(random, random.bounded(1, 30), "abc/-_.019") +
                "\",\"maxResults\":" + QByteArray::number(random.bounded(1, 1000)) + "}";

            SigV4Request request;
            request.method = "POST";
            request.body = body;
            request.headers = {{"Content-Type", "application/x-amz-json-1.1"},
                               {"Host", host},
                               {"X-Amz-Target", target}};
            SigV4Signer::addSigningHeaders(request, credentials, when);
            const auto signature =
                SigV4Signer(region, QStringLiteral("ecr")).sign(request, credentials, when);
            ours.append({signature.authorization, signature.canonicalRequest});

            const QJsonObject line{
                {QStringLiteral("method"), QStringLiteral("POST")},
                {QStringLiteral("url"),
                 QString((withPort ? QStringLiteral("http://") : QStringLiteral("https://")) +
                         QString::fromUtf8(host) + QLatin1Char('/'))},
                // User-Agent is sent, and must stay out of what both sign.
                {QStringLiteral("headers"),
                 QJsonObject{
                     {QStringLiteral("Content-Type"), QStringLiteral("application/x-amz-json-1.1")},
                     {QStringLiteral("X-Amz-Target"), QString::fromUtf8(target)},
                     {QStringLiteral("User-Agent"), QStringLiteral("Berth")}}},
                {QStringLiteral("body"), QString::fromUtf8(body)},
                {QStringLiteral("accessKeyId"), credentials.accessKeyId},
                {QStringLiteral("secretAccessKey"), credentials.secretAccessKey},
                {QStringLiteral("sessionToken"), credentials.sessionToken},
                {QStringLiteral("service"), QStringLiteral("ecr")},
                {QStringLiteral("region"), region},
                {QStringLiteral("amzDate"), QString::fromLatin1(SigV4Signer::amzDate(when))}};
            input += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        }
        python.write(input);
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(120000));
        if (python.exitCode() != 0) {
            const QByteArray error = python.readAllStandardError();
            if (error.contains("No module named") && !TestEnv::isCi())
                QSKIP("botocore is missing (package awscli)");
            QFAIL(error.constData());
        }
        const QList<QByteArray> answers = python.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(answers.size(), Requests);
        for (int i = 0; i < Requests; ++i) {
            const QJsonObject answer = QJsonDocument::fromJson(answers.at(i)).object();
            QCOMPARE(QString::fromUtf8(ours.at(i).canonicalRequest),
                     answer.value(QLatin1String("canonicalRequest")).toString());
            const QByteArray authorization = ours.at(i).authorization;
            const QByteArray signature =
                answer.value(QLatin1String("signature")).toString().toLatin1();
            QVERIFY2(authorization.endsWith(QByteArray(", Signature=" + signature)),
                     authorization.constData());
            const QByteArray signedHeaders =
                answer.value(QLatin1String("signedHeaders")).toString().toLatin1();
            QVERIFY2(authorization.contains(QByteArray(signedHeaders + ',')),
                     authorization.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestSigV4Signer)
#include "tst_sigv4signer.moc"
