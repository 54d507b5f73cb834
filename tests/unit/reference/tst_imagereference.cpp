// SPDX-License-Identifier: GPL-3.0-or-later
// The reference parser against a table of cases kept as data (referencecases.json): the
// examples of docs/protocols.md and the test tables of distribution/reference, with the
// places where Berth is deliberately stricter (docs/differences.md) marked by a "note".
#include "reference/imagereference.h"
#include "reference/referencegrammar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using Berth::ErrorKind;
using Berth::Reference::ImageReference;
using Berth::Reference::ReferenceGrammar;

namespace {

QJsonArray loadCases()
{
    QFile file(QStringLiteral(":/reference/referencecases.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("referencecases.json: %s", qPrintable(error.errorString()));
    return document.array();
}

QByteArray rowName(int index, const QString &input)
{
    const QString shown = input.size() > 60 ? input.left(57) + QStringLiteral("...") : input;
    return QByteArray::number(index) + ": " + shown.toUtf8();
}

} // namespace

class TestImageReference final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void caseTable();
    void parse_data();
    void parse();
    void formsReadBack_data() { parse_data(); }
    void formsReadBack();
    void defaultTagAndPull();
    void nullReference();
    void grammarChecksAlone();
};

void TestImageReference::caseTable()
{
    const QJsonArray cases = loadCases();
    int valid = 0;
    for (const QJsonValue &value : cases)
        valid += value.toObject().value(u"valid").toBool() ? 1 : 0;
    QVERIFY2(cases.size() >= 80, "the case table must hold 80 cases or more");
    QVERIFY(valid >= 30);
    QVERIFY(cases.size() - valid >= 30);
}

void TestImageReference::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("familiar");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("digest");

    const QJsonArray cases = loadCases();
    if (cases.isEmpty())
        QFAIL("referencecases.json is missing or empty");
    int index = 0;
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const QString input = c.value(u"input").toString();
        // Null fields (absent tag, everything of an invalid case) become empty strings.
        QTest::newRow(rowName(index++, input).constData())
            << input << c.value(u"valid").toBool() << c.value(u"error").toString()
            << c.value(u"normalized").toString() << c.value(u"familiar").toString()
            << c.value(u"domain").toString() << c.value(u"path").toString()
            << c.value(u"tag").toString() << c.value(u"digest").toString();
    }
}

void TestImageReference::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, error);

    const auto result = ImageReference::parse(input);
    if (!valid) {
        if (result.ok())
            QFAIL(qPrintable(QStringLiteral("accepted as ") + result->normalized()));
        QCOMPARE(result.error().kind(), ErrorKind::Invalid);
        QVERIFY2(result.error().message().contains(error),
                 qPrintable(QStringLiteral("message \"%1\" lacks \"%2\"")
                                .arg(result.error().message(), error)));
        return;
    }
    if (!result.ok())
        QFAIL(qPrintable(result.error().message()));
    const ImageReference &reference = result.value();
    QTEST(reference.domain(), "domain");
    QTEST(reference.path(), "path");
    QTEST(reference.tag(), "tag");
    QTEST(reference.digest(), "digest");
    QTEST(reference.normalized(), "normalized");
    QTEST(reference.familiar(), "familiar");
    QCOMPARE(reference.hasTag(), !reference.tag().isEmpty());
    QCOMPARE(reference.name(), reference.domain() + u'/' + reference.path());
}

void TestImageReference::formsReadBack()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    if (!valid)
        return;
    const auto reference = ImageReference::parse(input);
    QVERIFY(reference.ok());

    const auto fromFamiliar = ImageReference::parse(reference->familiar());
    QVERIFY2(fromFamiliar.ok(), qPrintable(reference->familiar()));
    QVERIFY(*fromFamiliar == *reference);

    const auto fromNormalized = ImageReference::parse(reference->normalized());
    QVERIFY2(fromNormalized.ok(), qPrintable(reference->normalized()));
    QCOMPARE(fromNormalized->normalized(), reference->normalized());
    QCOMPARE(fromNormalized->tag(), reference->effectiveTag());
}

void TestImageReference::defaultTagAndPull()
{
    const QString digest = QStringLiteral("sha256:") + QString(64, u'a');

    const auto bare = ImageReference::parse(u"ubuntu");
    QVERIFY(bare.ok());
    QVERIFY(!bare->hasTag());
    QCOMPARE(bare->effectiveTag(), QStringLiteral("latest"));
    QCOMPARE(bare->pullReference(), QStringLiteral("docker.io/library/ubuntu:latest"));
    QCOMPARE(bare->familiarName(), QStringLiteral("ubuntu"));

    // A pull by tag and digest asks for the digest alone (Docker's ParseDockerRef).
    const auto both = ImageReference::parse(QString(u"ubuntu:22.04@" + digest));
    QVERIFY(both.ok());
    QCOMPARE(both->effectiveTag(), QStringLiteral("22.04"));
    QCOMPARE(both->pullReference(), QStringLiteral("docker.io/library/ubuntu@") + digest);

    const auto digestOnly = ImageReference::parse(QString(u"example.com/app@" + digest));
    QVERIFY(digestOnly.ok());
    QVERIFY(digestOnly->effectiveTag().isEmpty());
    QCOMPARE(digestOnly->normalized(), QStringLiteral("example.com/app@") + digest);
}

void TestImageReference::nullReference()
{
    const ImageReference reference;
    QVERIFY(reference.isNull());
    QVERIFY(!ImageReference::parse(u"ubuntu")->isNull());
    QVERIFY(ImageReference::parse(u"ubuntu").value() != reference);
    QCOMPARE(qHash(ImageReference::parse(u"docker.io/library/ubuntu").value()),
             qHash(ImageReference::parse(u"ubuntu").value()));
}

void TestImageReference::grammarChecksAlone()
{
    // The checks are public so that a dialog can validate a tag or a host on its own.
    QVERIFY(ReferenceGrammar::checkTag(u"v1.0").ok());
    QCOMPARE(ReferenceGrammar::checkTag(u"-v1").error().message(),
             QStringLiteral("tag must not start with '-'"));
    QVERIFY(ReferenceGrammar::checkDomain(u"registry.example.com:5000").ok());
    QVERIFY(!ReferenceGrammar::checkDomain(u"").ok());
    QVERIFY(ReferenceGrammar::checkPath(u"library/ubuntu").ok());
    QCOMPARE(ReferenceGrammar::checkPath(u"MyApp").error().message(),
             QStringLiteral("repository name must be lowercase: MyApp"));
    QVERIFY(!ReferenceGrammar::checkDigest(u"sha256:").ok());
    QVERIFY(ImageReference::isImageId(QString(64, u'0')));
    QVERIFY(!ImageReference::isImageId(QString(63, u'0')));
    QVERIFY(!ImageReference::isImageId(QString(64, u'A')));
}

QTEST_GUILESS_MAIN(TestImageReference)
#include "tst_imagereference.moc"
