// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/translations.h"
#include "engine/engineendpoint.h"
#include "ui/mainwindow.h"
#include "ui/selftest.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>

#include <cstdio>

namespace {

void printError(const QString &text)
{
    std::fputs((text + u'\n').toLocal8Bit().constData(), stderr);
}

// Grabs the window once its first refresh is done, so README screenshots show what a
// user sees; gives up after 30 s rather than waiting forever on a stuck engine.
void scheduleScreenshot(Berth::Ui::MainWindow &window, const QString &file)
{
    auto grab = [&window, file] {
        const bool saved = window.grab().save(file);
        if (!saved)
            printError(
                QCoreApplication::translate("main", "berth: could not write the screenshot to %1")
                    .arg(file));
        QCoreApplication::exit(saved ? 0 : 1);
    };
    QObject::connect(
        &window, &Berth::Ui::MainWindow::refreshFinished, &window,
        [grab] { QTimer::singleShot(300, grab); }, Qt::SingleShotConnection);
    QTimer::singleShot(30000, &window, grab);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Berth"));
    QApplication::setOrganizationName(QStringLiteral("Berth"));
    QApplication::setApplicationVersion(QStringLiteral(BERTH_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.berth.Berth"));
    Berth::installTranslations();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop manager for container images"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption(
        {QStringLiteral("H"), QStringLiteral("host")},
        QCoreApplication::translate(
            "main",
            "Engine endpoint (unix://, tcp://); default: DOCKER_HOST, else the local socket."),
        QStringLiteral("URL"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate(
            "main", "The endpoint is Berth's sandbox engine; say so in the window."));
    const QCommandLineOption selfTestOption(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main",
                                    "Check that the window and its models work, then exit."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the window once the images are listed, then exit."),
        QStringLiteral("FILE"));
    parser.addOptions({hostOption, sandboxOption, selfTestOption, screenshotOption});
    parser.process(app);

    if (parser.isSet(selfTestOption))
        return Berth::Ui::runSelfTest();

    auto endpoint = Berth::Engine::EngineEndpoint::resolve(parser.value(hostOption));
    if (!endpoint) {
        printError(QStringLiteral("berth: ") + endpoint.error().message());
        return 2;
    }

    Berth::Ui::MainWindow::Options options;
    options.endpoint = *endpoint;
    options.isSandbox = parser.isSet(sandboxOption);
#if defined(BERTH_SANDBOX_SCRIPT) && defined(BERTH_SANDBOX_DIR)
    options.sandbox = {QStringLiteral(BERTH_SANDBOX_SCRIPT), QStringLiteral(BERTH_SANDBOX_DIR)};
#endif
    Berth::Ui::MainWindow window(options);
    if (parser.isSet(screenshotOption))
        scheduleScreenshot(window, parser.value(screenshotOption));
    window.show();
    window.refresh();
    return app.exec();
}
