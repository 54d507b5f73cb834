// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importnotice.h"

#include "credentials/credentialstore.h"
#include "credentials/dockerconfig.h"
#include "ui/palettecolors.h"
#include "ui/palettefollower.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace Berth::Ui {

namespace {

const QString AnsweredKey = QStringLiteral("dockerImportOffer/answered");

std::unique_ptr<QSettings> windowSettings()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                       QStringLiteral("Berth"), QStringLiteral("window"));
}

} // namespace

ImportNotice::ImportNotice(std::shared_ptr<Auth::CredentialStore> store, QWidget *parent)
    : QFrame(parent)
    , m_store(std::move(store))
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("importNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    PaletteFollower::follow(this, [](QWidget *widget, const QPalette &around) {
        const QColor background = PaletteColors::noticeBackground(around);
        QPalette pal = around;
        pal.setColor(QPalette::Window, background);
        pal.setColor(QPalette::WindowText, PaletteColors::textOn(around, background));
        widget->setPalette(pal);
    });
    m_label->setObjectName(QStringLiteral("importNoticeText"));
    m_label->setWordWrap(true);
    auto *import = new QPushButton(tr("&Import..."), this);
    import->setObjectName(QStringLiteral("importNoticeImport"));
    import->setToolTip(tr("Copy Docker's logins into the keychain; Docker's config is not "
                          "changed"));
    auto *notNow = new QPushButton(tr("&Not Now"), this);
    notNow->setObjectName(QStringLiteral("importNoticeDismiss"));
    notNow->setToolTip(tr("Do not offer this again; File > Accounts... can still import"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(import);
    layout->addWidget(notNow);
    connect(import, &QPushButton::clicked, this, [this] {
        answer();
        Q_EMIT importRequested();
    });
    connect(notNow, &QPushButton::clicked, this, &ImportNotice::answer);
    hide();
}

bool ImportNotice::answered()
{
    return windowSettings()->value(AnsweredKey).toBool();
}

bool ImportNotice::offerIfDue()
{
    const bool shown = offerWhenMissing();
    Q_EMIT checked(shown);
    return shown;
}

bool ImportNotice::offerWhenMissing()
{
    if (answered())
        return false;
    const auto docker = Auth::DockerConfig::load();
    if (!docker)
        return false; // the Accounts dialog's import reports a broken config
    QStringList kept;
    for (const auto &account : m_store->accounts())
        kept.append(account.login.registry);
    QStringList missing;
    for (const QString &registry : docker->registries()) {
        // An auths entry without a secret only names the registry: nothing to import.
        const auto source = docker->sourceFor(registry);
        const bool hasLogin =
            source && (!source->helper.isEmpty() || !source->credentials.isEmpty());
        if (hasLogin && !kept.contains(registry))
            missing.append(registry);
    }
    if (missing.isEmpty())
        return false;
    m_label->setText(
        tr("Docker has logins for %Ln registry(s) Berth does not keep: %1. Import them into "
           "the keychain?",
           nullptr, int(missing.size()))
            .arg(missing.join(QStringLiteral(", "))));
    show();
    return true;
}

QString ImportNotice::text() const
{
    return m_label->text();
}

void ImportNotice::answer()
{
    windowSettings()->setValue(AnsweredKey, true);
    hide();
}

} // namespace Berth::Ui
