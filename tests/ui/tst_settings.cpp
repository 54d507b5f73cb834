// SPDX-License-Identifier: GPL-3.0-or-later
// Settings (Ctrl+,) and the window's memory of its last session: what the dialog sets and
// how the window was left survive a restart of the window; a registry added with a CA file
// is browsed over TLS on the TLS registry of tests/env (and with a client certificate on its
// mutual-TLS twin), and without the CA file it fails inline, in words; a tag's Copy To… there,
// and that copy run again from Jobs ▸ History, use the same settings. Seeded and checked with
// curl.
#include "base/windowsettings.h"
#include "historyrunagain.h"
#include "integration/registry/registrytesthelpers.h"
#include "jobs/jobqueue.h"
#include "reference/imagereference.h"
#include "sourcestesthelpers.h"
#include "testenv.h"
#include "testpeers.h"
#include "ui/detailspane.h"
#include "ui/localimagesmodel.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/registrysettingspage.h"
#include "ui/remotetagsmodel.h"
#include "ui/remotetagsview.h"
#include "ui/retagdialog.h"
#include "ui/settingsdialog.h"
#include "ui/sourcesmodel.h"
#include "ui/sourcestree.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Berth;
using namespace Berth::Ui;

namespace {

constexpr int Patience = 60000; // a hang guard only

using SourcesTest::failureText;

MainWindow::Options windowOptions()
{
    MainWindow::Options options = SourcesTest::noEngineOptions();
    options.rememberState = true;
    return options;
}

void clickOk(SettingsDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("settingsButtons"));
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();
}

// Adds a registry on the Registries page as a person does: Add, then the fields.
void addRegistry(SettingsDialog *dialog, const QString &host, const QString &caFile = {},
                 const QString &certificate = {}, const QString &key = {})
{
    dialog->showPage(SettingsDialog::RegistriesPage);
    dialog->findChild<QPushButton *>(QStringLiteral("addRegistryButton"))->click();
    dialog->findChild<QLineEdit *>(QStringLiteral("registryHost"))->setText(host);
    dialog->findChild<QLineEdit *>(QStringLiteral("registryCaFile"))->setText(caFile);
    dialog->findChild<QLineEdit *>(QStringLiteral("registryCertificate"))->setText(certificate);
    dialog->findChild<QLineEdit *>(QStringLiteral("registryKey"))->setText(key);
}

// The window's settings file as text, and every key in it.
QString settingsText()
{
    const auto settings = openWindowSettings();
    settings->sync();
    QFile file(settings->fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestSettings final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        // Each test starts from no settings at all.
        QFile::remove(openWindowSettings()->fileName());
    }

    void settingsAndStateSurviveARestart()
    {
        const QString registry = QStringLiteral("127.0.0.1:1");
        const QString repository = QStringLiteral("team/app");
        QList<int> splitterSizes;
        QByteArray localColumns;
        QByteArray remoteColumns;
        QString engineUrl;
        {
            MainWindow window(windowOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
            SettingsDialog *dialog = window.showSettings();
            auto *jobs = dialog->findChild<QSpinBox *>(QStringLiteral("parallelJobs"));
            QCOMPARE(jobs->value(), 3);
            jobs->setValue(5);
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("language"));
            QCOMPARE(language->currentIndex(), 0); // the system's
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            auto *engine = dialog->findChild<QComboBox *>(QStringLiteral("defaultEngine"));
            QVERIFY(engine->count() >= 2); // "the one chosen last", then the window's engine
            engine->setCurrentIndex(engine->findData(windowOptions().endpoint.url()));
            addRegistry(dialog, registry);
            dialog->findChild<QCheckBox *>(QStringLiteral("registryInsecure"))->setChecked(true);
            // The Accounts dialog's content is the last page.
            QVERIFY(dialog->findChild<QWidget *>(QStringLiteral("accountsPage")));
            clickOk(dialog);

            // Applied live: the job pool's size and the registry's badge.
            QCOMPARE(window.jobQueue()->limits().global, 5);
            const SourcesModel *model = window.sourcesTree()->sourcesModel();
            const QModelIndex row = model->registryIndex(registry);
            QVERIFY(row.isValid());
            QVERIFY(row.data(SourcesModel::InsecureRole).toBool());
            QVERIFY(row.data().toString().contains(QStringLiteral("insecure")));
            QVERIFY(window.registrySettings()->configFor(registry).insecure);

            // The window as a person leaves it.
            window.resize(1010, 640);
            QTRY_COMPARE(window.size(), QSize(1010, 640));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
            splitter->setSizes({260, splitter->sizes().value(1) - 60});
            auto *local = window.findChild<QTableView *>(QStringLiteral("localImagesView"));
            QHeaderView *header = local->horizontalHeader();
            header->setSectionHidden(LocalImagesModel::IdColumn, true);
            header->moveSection(header->visualIndex(LocalImagesModel::SizeColumn), 1);
            header->resizeSection(LocalImagesModel::TagColumn, 177);
            local->sortByColumn(LocalImagesModel::CreatedColumn, Qt::DescendingOrder);
            QHeaderView *tags = window.remoteTagsView()->table()->horizontalHeader();
            tags->setSectionHidden(RemoteTagsModel::MediaTypeColumn, true);
            tags->resizeSection(RemoteTagsModel::DigestColumn, 211);
            tags->setSortIndicator(RemoteTagsModel::SizeColumn, Qt::DescendingOrder);
            window.openReference(registry + u'/' + repository);
            QCOMPARE(window.sourcesTree()->currentIndex().data(SourcesModel::RepositoryRole),
                     repository);
            splitterSizes = splitter->sizes();
            localColumns = header->saveState();
            remoteColumns = tags->saveState();
            engineUrl = windowOptions().endpoint.url();
        }

        MainWindow again(windowOptions());
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1010, 640));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(),
                 splitterSizes);
        auto *local = again.findChild<QTableView *>(QStringLiteral("localImagesView"));
        QHeaderView *header = local->horizontalHeader();
        QVERIFY(header->isSectionHidden(LocalImagesModel::IdColumn));
        QCOMPARE(header->visualIndex(LocalImagesModel::SizeColumn), 1);
        QCOMPARE(header->sectionSize(LocalImagesModel::TagColumn), 177);
        QCOMPARE(header->sortIndicatorSection(), int(LocalImagesModel::CreatedColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(header->saveState(), localColumns);
        QHeaderView *tags = again.remoteTagsView()->table()->horizontalHeader();
        QVERIFY(tags->isSectionHidden(RemoteTagsModel::MediaTypeColumn));
        QCOMPARE(tags->sectionSize(RemoteTagsModel::DigestColumn), 211);
        QCOMPARE(tags->sortIndicatorSection(), int(RemoteTagsModel::SizeColumn));
        QCOMPARE(tags->saveState(), remoteColumns);
        // The source chosen last, after the first paint.
        QTRY_COMPARE_WITH_TIMEOUT(
            again.sourcesTree()->currentIndex().data(SourcesModel::RepositoryRole).toString(),
            repository, Patience);
        QCOMPARE(again.sourcesTree()->currentIndex().data(SourcesModel::SourceRole).toString(),
                 registry);
        QCOMPARE(again.jobQueue()->limits().global, 5);
        const QModelIndex row = again.sourcesTree()->sourcesModel()->registryIndex(registry);
        QVERIFY(row.data(SourcesModel::InsecureRole).toBool());
        // The dialog shows what was chosen; the language waits for the next start of berth.
        QCOMPARE(Preferences::language(), QStringLiteral("de"));
        QCOMPARE(Preferences::defaultEngineUrl(), engineUrl);
        QCOMPARE(Preferences::defaultEngine()->url(), engineUrl);
        SettingsDialog *dialog = again.showSettings();
        QCOMPARE(dialog->findChild<QSpinBox *>(QStringLiteral("parallelJobs"))->value(), 5);
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("language"))->currentData(),
                 QVariant(QStringLiteral("de")));
        QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("defaultEngine"))->currentData(),
                 QVariant(engineUrl));
        const QList<RegistrySetting> entries = dialog->registriesPage()->entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().host, registry);
        QVERIFY(entries.first().insecure);
        // Escape on the Accounts page closes the dialog, rather than leaving an empty page.
        dialog->showPage(SettingsDialog::AccountsPage);
        auto *accounts = dialog->findChild<QWidget *>(QStringLiteral("accountsPage"));
        QVERIFY(accounts->isVisible());
        QTest::keyClick(accounts, Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
    }

    // berth --screenshot shows the window as everyone first sees it: a saved session's size
    // is neither restored nor overwritten.
    void screenshotIgnoresTheSavedState()
    {
        {
            MainWindow window(windowOptions());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(820, 650);
            QTRY_COMPARE(window.size(), QSize(820, 650));
        }
        const QByteArray saved =
            openWindowSettings()->value(QStringLiteral("memory/geometry")).toByteArray();
        QVERIFY(!saved.isEmpty());
        QTemporaryDir dir;
        const QString picture = dir.filePath(QStringLiteral("window.png"));
        QProcess berth;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // The settings this test's windows wrote (test-mode paths), as berth finds them.
        const QFileInfo file(openWindowSettings()->fileName());
        environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                           file.dir().absolutePath() + QStringLiteral("/.."));
        berth.setProcessEnvironment(environment);
        berth.start(QStringLiteral(BERTH_EXECUTABLE),
                    {QStringLiteral("--host"), windowOptions().endpoint.url(),
                     QStringLiteral("--screenshot"), picture});
        QVERIFY(berth.waitForFinished(Patience));
        QVERIFY2(berth.exitCode() == 0, berth.readAllStandardError().constData());
        const QImage image(picture);
        QCOMPARE(image.size(), QSize(1200, 720)); // MainWindow's own first size
        QCOMPARE(openWindowSettings()->value(QStringLiteral("memory/geometry")).toByteArray(),
                 saved);
    }

    // Docker Hub's mirror: a docker.io tag's details come from the registry named instead.
    void dockerHubMirrorServesTheDetails()
    {
        const QString url =
            TestEnv::readState(QStringLiteral("registry_open"), QStringLiteral("url"));
        BERTH_REQUIRE_SERVICE(url, "registry_open");
        const QString name =
            QStringLiteral("mirrored") + QUuid::createUuid().toString(QUuid::Id128).left(8);
        const auto seeded =
            RegistryTest::seed({QStringLiteral("image"), url, QStringLiteral("library/") + name,
                                QStringLiteral("1.0"), QStringLiteral("1024")});
        QVERIFY(seeded);
        const QString digest = seeded->section(u' ', 0, 0);

        MainWindow window(windowOptions());
        SettingsDialog *dialog = window.showSettings();
        addRegistry(dialog, QStringLiteral("docker.io"));
        auto *mirror = dialog->findChild<QLineEdit *>(QStringLiteral("registryMirror"));
        QVERIFY(mirror->isEnabled()); // Docker Hub's alone
        mirror->setText(url);
        clickOk(dialog);
        QCOMPARE(window.registrySettings()->configFor(QStringLiteral("docker.io")).endpointOverride,
                 QUrl(url));

        QSignalSpy loaded(window.detailsPane(), &DetailsPane::loaded);
        QSignalSpy failed(window.detailsPane(), &DetailsPane::loadFailed);
        window.detailsPane()->showRemoteTag(
            *Reference::ImageReference::parse(QString(name + QStringLiteral(":1.0"))));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), Patience);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(window.detailsPane()->details().digest, digest);
    }

    void registryWithCaFileOpensOverTls()
    {
        const QString host =
            TestEnv::readState(QStringLiteral("registry_tls"), QStringLiteral("host"));
        BERTH_REQUIRE_SERVICE(host, "registry_tls");
        const QString url =
            TestEnv::readState(QStringLiteral("registry_tls"), QStringLiteral("url"));
        const QString mtlsHost =
            TestEnv::readState(QStringLiteral("registry_tls"), QStringLiteral("mtls_host"));
        const QString pki = TestEnv::envDir() + QStringLiteral("/registry_tls/pki/");
        const QString repository = QStringLiteral("settings") +
                                   QUuid::createUuid().toString(QUuid::Id128).left(8) +
                                   QStringLiteral("/app");
        QVERIFY(RegistryTest::seed({QStringLiteral("image"), url, repository, QStringLiteral("1.0"),
                                    QStringLiteral("1024"), QStringLiteral("--cacert"),
                                    pki + QStringLiteral("ca.crt")}));

        MainWindow window(windowOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SourcesModel *model = window.sourcesTree()->sourcesModel();

        // Without the CA file: refused, in words, in the registry's place.
        SettingsDialog *dialog = window.showSettings();
        addRegistry(dialog, host);
        clickOk(dialog);
        QModelIndex registry = model->registryIndex(host);
        QVERIFY(registry.isValid());
        QVERIFY(!registry.data(SourcesModel::InsecureRole).toBool());
        window.sourcesTree()->expand(registry);
        QTRY_VERIFY_WITH_TIMEOUT(!failureText(model, host).isEmpty(), Patience);
        const QString failure = failureText(model, host);
        QVERIFY2(failure.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) &&
                     failure.contains(QStringLiteral("Settings ▸ Registries")),
                 qPrintable(failure));
        QVERIFY(!model->repositoryIndex(host, repository).isValid());

        // With it: the catalog is listed again over TLS, and the repository's tags.
        dialog = window.showSettings();
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("registryList"));
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        dialog->findChild<QLineEdit *>(QStringLiteral("registryCaFile"))
            ->setText(pki + QStringLiteral("ca.crt"));
        clickOk(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(model->repositoryIndex(host, repository).isValid(), Patience);
        QVERIFY(failureText(model, host).isEmpty());
        window.openReference(host + u'/' + repository);
        const RemoteTagsModel *tags = window.remoteTagsView()->tagsModel();
        QTRY_COMPARE_WITH_TIMEOUT(tags->rowCount(), 1, Patience);
        QCOMPARE(tags->tagAt(0), QStringLiteral("1.0"));

        // Copy To… of that tag within the TLS registry: the job takes both sides' settings, as
        // browsing does, and curl finds the copy there.
        window.remoteTagsView()->table()->selectRow(0);
        auto *copyTo = window.findChild<QAction *>(QStringLiteral("copyTagToAction"));
        QVERIFY(copyTo);
        QTRY_VERIFY(copyTo->isEnabled());
        copyTo->trigger();
        RetagDialog *copy = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] {
                copy = window.findChild<RetagDialog *>(QStringLiteral("copyToDialog"));
                return copy && copy->isVisible();
            },
            Patience));
        auto *field = copy->findChild<QLineEdit *>(QStringLiteral("retagReference"));
        field->setFocus();
        field->setText(host + u'/' + repository + QStringLiteral(":copied"));
        QSignalSpy finished(window.jobQueue(), &Jobs::JobQueue::jobFinished);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(finished.wait(Patience));
        const auto job = finished.last().first().value<Jobs::JobRecord>();
        QCOMPARE(job.spec.kind, Jobs::JobKind::RegistryCopy);
        QVERIFY2(job.state == Jobs::JobState::Succeeded,
                 qPrintable(job.error ? job.error->message() : QString()));
        QCOMPARE(job.spec.sourceRegistry.caFile, pki + QStringLiteral("ca.crt"));
        QCOMPARE(job.spec.destinationRegistry.caFile, pki + QStringLiteral("ca.crt"));
        const QString listed =
            TestPeers::run(
                QStringLiteral("curl"),
                {QStringLiteral("-s"), QStringLiteral("--cacert"), pki + QStringLiteral("ca.crt"),
                 url + QStringLiteral("/v2/") + repository + QStringLiteral("/tags/list")})
                .value_or(QString());
        QVERIFY2(listed.contains(QStringLiteral("\"copied\"")), qPrintable(listed));

        // Run Again from Jobs ▸ History: the history keeps no settings, the job run again
        // takes them as they are now (without them it would fail as the browsing did).
        QSignalSpy again(window.jobQueue(), &Jobs::JobQueue::jobFinished);
        QVERIFY(!TestUi::runAgainFromHistory(window.jobsDock(), job.id, Patience).isEmpty());
        QVERIFY(again.wait(Patience));
        const auto rerun = again.last().first().value<Jobs::JobRecord>();
        QCOMPARE(rerun.spec.kind, Jobs::JobKind::RegistryCopy);
        QVERIFY2(rerun.state == Jobs::JobState::Succeeded,
                 qPrintable(rerun.error ? rerun.error->message() : QString()));
        QCOMPARE(rerun.spec.destinationRegistry.caFile, pki + QStringLiteral("ca.crt"));

        // The mutual-TLS twin (same storage) with the client certificate and its key.
        dialog = window.showSettings();
        addRegistry(dialog, mtlsHost, pki + QStringLiteral("ca.crt"),
                    pki + QStringLiteral("client.cert"), pki + QStringLiteral("client.key"));
        clickOk(dialog);
        const QModelIndex mtls = model->registryIndex(mtlsHost);
        QVERIFY(mtls.isValid());
        window.sourcesTree()->expand(mtls);
        QTRY_VERIFY_WITH_TIMEOUT(model->repositoryIndex(mtlsHost, repository).isValid() ||
                                     !failureText(model, mtlsHost).isEmpty(),
                                 Patience);
        QVERIFY2(failureText(model, mtlsHost).isEmpty(), qPrintable(failureText(model, mtlsHost)));

        // File names only in the settings: never a key's content, a password or a token.
        const QString text = settingsText();
        QVERIFY(text.contains(pki + QStringLiteral("client.key")));
        QVERIFY(!text.contains(QStringLiteral("PRIVATE KEY")));
        QVERIFY(!text.contains(QStringLiteral("BEGIN")));
        const auto settings = openWindowSettings();
        const QRegularExpression secretKey(QStringLiteral("password|secret|token|credential"),
                                           QRegularExpression::CaseInsensitiveOption);
        const QStringList keys = settings->allKeys();
        QVERIFY(!keys.isEmpty());
        for (const QString &key : keys)
            QVERIFY2(!secretKey.match(key).hasMatch(), qPrintable(key));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
