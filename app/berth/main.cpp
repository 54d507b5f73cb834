// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"
#include "engine/engineendpoint.h"
#include "registry/systemproxy.h"
#include "ui/detailspane.h"
#include "ui/enginechooser.h"
#include "ui/mainwindow.h"
#include "ui/preferences.h"
#include "ui/remotetagsview.h"
#include "ui/selftest.h"
#include "windowmapreport.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QPixmap>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace {

void printError(const QString &text)
{
    std::fputs((text + u'\n').toLocal8Bit().constData(), stderr);
}

// Grabs the window once its first refresh is done, so README screenshots show what a
// user sees; gives up after 30 s rather than waiting forever on a stuck engine.
void scheduleScreenshot(Berth::Ui::MainWindow &window, const QString &file, bool remote,
                        bool tagNamed)
{
    auto grab = [&window, file] {
        const bool saved = window.grab().save(file);
        if (!saved)
            printError(
                QCoreApplication::translate("main", "berth: could not write the screenshot to %1")
                    .arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    if (remote) {
        // A repository's picture: its tags listed and the details of the rows on screen,
        // and with a tag named, the Details pane's load of it (or its failure) shown.
        auto detailsShown = std::make_shared<bool>(!tagNamed);
        const auto markShown = [detailsShown] {
            *detailsShown = true;
        };
        // Counted from the tag's selection on, not from a local image's details before it.
        QObject::connect(&window, &Berth::Ui::MainWindow::remoteTagSelected, &window,
                         [detailsShown, tagNamed](const QString &reference) {
                             if (tagNamed && !reference.isEmpty())
                                 *detailsShown = false;
                         });
        QObject::connect(window.detailsPane(), &Berth::Ui::DetailsPane::loaded, &window, markShown);
        QObject::connect(window.detailsPane(), &Berth::Ui::DetailsPane::loadFailed, &window,
                         markShown);
        QObject::connect(
            &window, &Berth::Ui::MainWindow::remoteListingEnded, &window,
            [&window, grab, detailsShown] {
                auto *poll = new QTimer(&window);
                QObject::connect(
                    poll, &QTimer::timeout, &window, [&window, poll, grab, detailsShown] {
                        if (!window.remoteTagsView()->visibleRowsDescribed() || !*detailsShown)
                            return;
                        poll->stop();
                        QTimer::singleShot(300, grab);
                    });
                poll->start(50);
            },
            Qt::SingleShotConnection);
    } else {
        QObject::connect(
            &window, &Berth::Ui::MainWindow::refreshFinished, &window,
            [grab] { QTimer::singleShot(300, grab); }, Qt::SingleShotConnection);
    }
    QTimer::singleShot(30000, &window, grab);
}

// For tests/bench/cold_start.sh (BERTH_BENCH_REPORT set): prints the wall clock of the first
// paint of the images table that shows rows, then, a second later, the resident memory,
// and exits. Nothing else changes.
class FirstRowsPaintReport final : public QObject
{
public:
    explicit FirstRowsPaintReport(QTableView *view)
        : QObject(view)
        , m_view(view)
    {
        view->viewport()->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (m_done || event->type() != QEvent::Paint || m_view->model()->rowCount() == 0)
            return false;
        m_done = true;
        // After this paint has reached the screen.
        QTimer::singleShot(0, this, [] {
            std::printf("first-rows-paint-ms %lld\n",
                        static_cast<long long>(QDateTime::currentMSecsSinceEpoch()));
            std::fflush(stdout);
        });
        QTimer::singleShot(1000, this, [] {
            QFile status(QStringLiteral("/proc/self/status"));
            if (status.open(QIODevice::ReadOnly)) {
                for (const QByteArray &line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        std::printf("rss %s\n", line.mid(6).trimmed().constData());
                }
            }
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return false;
    }

private:
    QTableView *m_view;
    bool m_done = false;
};

// Berth's options; the parser knows them before any application object exists.
struct CommandLine
{
    QCommandLineParser parser;
    QCommandLineOption help = parser.addHelpOption();
    QCommandLineOption version = parser.addVersionOption();
    QCommandLineOption host{
        {QStringLiteral("H"), QStringLiteral("host")},
        QCoreApplication::translate(
            "main",
            "Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the docker CLI's "
            "current context, else the local socket."),
        QStringLiteral("URL")};
    QCommandLineOption context{
        {QStringLiteral("c"), QStringLiteral("context")},
        QCoreApplication::translate("main", "Use the engine of this docker context."),
        QStringLiteral("NAME")};
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "main", "The endpoint is Berth's sandbox engine; say so in the window.")};
    QCommandLineOption selfTest{
        QStringLiteral("self-test"),
        QCoreApplication::translate("main",
                                    "Check that the window and its models work, then exit.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the window once the images are listed, then exit."),
        QStringLiteral("FILE")};
    QCommandLineOption show{
        QStringLiteral("show"),
        QCoreApplication::translate(
            "main", "Show SOURCE[/REPOSITORY[:TAG]] once the engine's images are listed: "
                    "local, a registry (127.0.0.1:5000), or a repository and a tag to select "
                    "(docker.io/library/alpine:3.19)."),
        QStringLiteral("SOURCE")};

    CommandLine()
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Desktop manager for container images"));
        parser.addOptions({host, context, sandbox, selfTest, screenshot, show});
    }
};

// --help and --version need no display, and QApplication aborts where there is none: a
// core application answers them first and goes before the GUI one exists. Other options
// wait for QApplication, which takes its own (-platform, -style) out of the arguments.
void answerHelpAndVersion(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Berth::installTranslations(Berth::windowLanguage());
    CommandLine commandLine;
    commandLine.parser.parse(QCoreApplication::arguments());
    if (commandLine.parser.isSet(commandLine.help) ||
        commandLine.parser.isSet(QStringLiteral("help-all"))) {
        // Qt's help, and the exit codes (the manual page is made from this text).
        const QString text =
            commandLine.parser.helpText() +
            QCoreApplication::translate("main", "\nExit codes:\n"
                                                "  0  the window was closed; --self-test passed\n"
                                                "  1  --self-test failed, the screenshot could "
                                                "not be written, or an unknown option\n"
                                                "  2  the --host address is not valid\n");
        std::fputs(text.toLocal8Bit().constData(), stdout);
        std::exit(0);
    }
    if (commandLine.parser.isSet(commandLine.version))
        commandLine.parser.showVersion(); // exits
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("Berth"));
    QCoreApplication::setOrganizationName(QStringLiteral("Berth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    answerHelpAndVersion(argc, argv);

    QApplication app(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("io.github.berth.Berth"));
    // The language chosen in Settings ▸ General, else the user's locale.
    Berth::installTranslations(Berth::windowLanguage());
    Berth::Registry::useSystemProxy();
    // Settings ▸ General ▸ Appearance, before any widget exists; System leaves Qt's
    // platform style and palette as they are, unless the desktop portal says the user
    // prefers dark (it answers later, without holding up the start).
    if (const auto scheme = Berth::Ui::Preferences::appearance();
        scheme != Berth::Ui::Appearance::Scheme::System)
        Berth::Ui::Appearance::apply(scheme);
    Berth::Ui::Appearance::followDesktop();

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    parser.process(app);

    if (parser.isSet(commandLine.selfTest))
        return Berth::Ui::runSelfTest();

    auto endpoint = Berth::Engine::EngineEndpoint::resolve(parser.value(commandLine.context),
                                                           parser.value(commandLine.host));
    // The default engine of Settings ▸ Engine, else the one chosen last in the window's list,
    // unless the command line or the environment names one.
    const bool named = parser.isSet(commandLine.context) || parser.isSet(commandLine.host) ||
                       !qEnvironmentVariableIsEmpty("DOCKER_HOST") ||
                       !qEnvironmentVariableIsEmpty("DOCKER_CONTEXT");
    if (!named) {
        if (const auto chosen = Berth::Ui::Preferences::defaultEngine())
            endpoint = *chosen;
        else if (const auto last = Berth::Ui::EngineChooser::remembered())
            endpoint = *last;
    }
    if (!endpoint) {
        printError(QStringLiteral("berth: ") + endpoint.error().message());
        return 2;
    }

    Berth::Ui::MainWindow::Options options;
    options.endpoint = *endpoint;
    options.isSandbox = parser.isSet(commandLine.sandbox);
#if defined(BERTH_SANDBOX_SCRIPT) && defined(BERTH_SANDBOX_DIR)
    options.sandbox = {QStringLiteral(BERTH_SANDBOX_SCRIPT), QStringLiteral(BERTH_SANDBOX_DIR)};
#endif
    // A screenshot shows the window as it always looks, without the one-time offer.
    options.offerDockerImport = !parser.isSet(commandLine.screenshot);
    // ... and as it looks the first time, whatever the user's last session left.
    options.rememberState = !parser.isSet(commandLine.screenshot);
    Berth::Ui::MainWindow window(options);
    const QString show = parser.value(commandLine.show);
    const bool remote = show.contains(u'/') && show != options.endpoint.url();
    if (parser.isSet(commandLine.screenshot))
        scheduleScreenshot(window, parser.value(commandLine.screenshot), remote,
                           remote && show.section(u'/', -1).contains(u':'));
    // What --show names is opened after the engine's first list: until then the window
    // contacts nothing but the engine.
    if (!show.isEmpty())
        QObject::connect(
            &window, &Berth::Ui::MainWindow::refreshFinished, &window,
            [&window, show] { window.showSource(show); }, Qt::SingleShotConnection);
    if (qEnvironmentVariableIsSet("BERTH_WINDOW_MAP"))
        new WindowMapReport(&window, qEnvironmentVariable("BERTH_WINDOW_MAP"));
    if (qEnvironmentVariableIsSet("BERTH_BENCH_REPORT"))
        new FirstRowsPaintReport(window.findChild<QTableView *>(QStringLiteral("localImagesView")));
    window.show();
    window.refresh();
    return app.exec();
}
