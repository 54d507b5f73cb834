// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aboutdialog.h"

#include "archive/libarchiveversion.h"
#include "registry/opensslversion.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace Berth::Ui {

namespace {

struct Library
{
    QString name;
    QString version;
    const char *licence; // SPDX expression
};

QList<Library> libraries()
{
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
         "LGPL-3.0-only OR GPL-2.0-or-later"},
        {QStringLiteral("QtKeychain"), QStringLiteral(BERTH_QTKEYCHAIN_VERSION), "BSD-3-Clause"},
        {QStringLiteral("libarchive"), Archive::libarchiveVersion(), "BSD-2-Clause"},
        {QStringLiteral("OpenSSL"), Registry::opensslVersion(), "Apache-2.0"},
    };
}

QString engineText(const Engine::EngineInfo &engine)
{
    if (engine.apiVersion.isEmpty())
        return QStringLiteral("-");
    return QStringLiteral("%1, API %2")
        .arg(engine.server.isEmpty() ? engine.osType : engine.server, engine.apiVersion);
}

} // namespace

QString AboutDialog::reportText(const Engine::EngineInfo &engine)
{
    QString text = QStringLiteral("Berth %1\n").arg(QCoreApplication::applicationVersion());
    for (const Library &library : libraries())
        text += QStringLiteral("%1 %2\n").arg(library.name, library.version);
    text += QStringLiteral("Engine: %1").arg(engineText(engine));
    if (!engine.daemonApiVersion.isEmpty())
        text += QStringLiteral(" (the daemon's newest API %1)").arg(engine.daemonApiVersion);
    text += QStringLiteral("\nPlatform: %1, %2, kernel %3 %4, Qt platform %5\nLocale: %6\n")
                .arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(),
                     QSysInfo::kernelType(), QSysInfo::kernelVersion(),
                     QGuiApplication::platformName(), QLocale().name());
    return text;
}

AboutDialog::AboutDialog(const Engine::EngineInfo &engine, QWidget *parent)
    : QDialog(parent)
    , m_report(reportText(engine))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Berth"));

    QString html = QStringLiteral("<h2>Berth %1</h2><p>%2</p>")
                       .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                            tr("Desktop manager for container images").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Engine: %1")
                         .arg(engine.apiVersion.isEmpty() ? tr("none has answered yet")
                                                          : engineText(engine))
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Berth is free software under the GNU General Public License, version 3 "
                        "or later (GPL-3.0-or-later).")
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p><ul>").arg(tr("It links these libraries:").toHtmlEscaped());
    for (const Library &library : libraries())
        html += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 %2, under %3")
                             .arg(library.name, library.version, QLatin1StringView(library.licence))
                             .toHtmlEscaped());
    html += QStringLiteral("</ul>");

    auto *text = new QLabel(html, this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    text->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy for a bug report"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyReportButton"));
    copy->setToolTip(tr("Copy Berth's, the libraries' and the engine's versions and the "
                        "platform, to paste into a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_report); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace Berth::Ui
