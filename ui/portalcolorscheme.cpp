// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/portalcolorscheme.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

namespace Berth::Ui {

namespace {

const QString Service = QStringLiteral("org.freedesktop.portal.Desktop");
const QString Path = QStringLiteral("/org/freedesktop/portal/desktop");
const QString Interface = QStringLiteral("org.freedesktop.portal.Settings");
const QString Group = QStringLiteral("org.freedesktop.appearance");
const QString Key = QStringLiteral("color-scheme");

// Read's answer is a variant holding the value's variant (the portal's version 1 API);
// SettingChanged's is the value's variant itself.
QVariant unwrap(QVariant value)
{
    while (value.canConvert<QDBusVariant>() && value.userType() == qMetaTypeId<QDBusVariant>())
        value = value.value<QDBusVariant>().variant();
    return value;
}

} // namespace

PortalColorScheme::PortalColorScheme(QObject *parent)
    : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        m_answered = true;
        return;
    }
    // The whole message: a slot typed (QString, QString, QDBusVariant) is not matched to the
    // signal's (ssv) by QtDBus 6.4.
    bus.connect(Service, Path, Interface, QStringLiteral("SettingChanged"), this,
                SLOT(onSettingChanged(QDBusMessage)));
    QDBusMessage read =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Read"));
    read << Group << Key;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(read), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                const QDBusPendingReply<QVariant> reply = *call;
                // No portal, or one without the key: no preference.
                if (!reply.isError())
                    take(unwrap(reply.value()));
                m_answered = true;
                Q_EMIT answered();
            });
}

void PortalColorScheme::onSettingChanged(const QDBusMessage &message)
{
    const QVariantList arguments = message.arguments();
    if (arguments.size() == 3 && arguments.at(0).toString() == Group &&
        arguments.at(1).toString() == Key)
        take(unwrap(arguments.at(2)));
}

void PortalColorScheme::take(const QVariant &value)
{
    const uint scheme = value.toUInt();
    const Preference preference = scheme == 1   ? Preference::Dark
                                  : scheme == 2 ? Preference::Light
                                                : Preference::None;
    if (preference == m_preference)
        return;
    m_preference = preference;
    Q_EMIT changed(preference);
}

} // namespace Berth::Ui
