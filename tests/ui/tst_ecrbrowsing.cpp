// SPDX-License-Identifier: GPL-3.0-or-later
// An ECR repository's tags in the window, against the ECR stand-in: the window fetches the
// registry's token itself (the AWS keys of the user's files), as its jobs do, and lists the
// tags a curl push put there; anonymous browsing would be refused.
#include "ecrstandinsetup.h"
#include "integration/registry/registrytesthelpers.h"
#include "testenv.h"
#include "ui/mainwindow.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Berth;
using namespace Berth::Ui;

class TestEcrBrowsing final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void tagsOfAnEcrRepository()
    {
        const QString host = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "ecr");
        const QString endpoint =
            TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("ecr_url"));
        const QString password =
            TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("aws_password"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        pointAwsAtEcrStandIn(host, endpoint, dir.filePath(QStringLiteral("none")));

        const QString repository =
            QStringLiteral("ui-ecr/browse") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const QString url = TestEnv::readState(QStringLiteral("ecr"), QStringLiteral("url"));
        QVERIFY(RegistryTest::seed({QStringLiteral("image"), url, repository, QStringLiteral("v1"),
                                    QStringLiteral("1024"), QStringLiteral("-u"),
                                    QStringLiteral("AWS:") + password}));

        MainWindow::Options options;
        options.endpoint =
            *Engine::EngineEndpoint::parse(QStringLiteral("unix:///nonexistent/berth.sock"));
        MainWindow window(options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy ended(&window, &MainWindow::remoteListingEnded);
        window.openReference(host + u'/' + repository);
        QTRY_VERIFY_WITH_TIMEOUT(!ended.isEmpty(), 60000); // a hang guard only
        const RemoteTagsView *view = window.remoteTagsView();
        QVERIFY2(view->statusText().startsWith(QStringLiteral("1 tag")),
                 qPrintable(view->statusText()));
        QCOMPARE(view->tagsModel()->rowCount(), 1);
        QCOMPARE(view->tagsModel()->tagAt(0), QStringLiteral("v1"));
    }
};

QTEST_MAIN(TestEcrBrowsing)
#include "tst_ecrbrowsing.moc"
