// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QDBusMessage;

namespace Berth::Ui {

// The desktop's light or dark preference as the freedesktop portal publishes it
// (org.freedesktop.portal.Settings, org.freedesktop.appearance color-scheme: 0 no
// preference, 1 prefer dark, 2 prefer light), read without blocking and followed while
// Berth runs (SettingChanged). Without a portal on the session bus it stays None.
class PortalColorScheme final : public QObject
{
    Q_OBJECT

public:
    enum class Preference { None, Dark, Light };

    // Asks at once; the answer comes as changed().
    explicit PortalColorScheme(QObject *parent = nullptr);

    Preference preference() const { return m_preference; }
    // Whether the portal answered the first question (either way).
    bool hasAnswered() const { return m_answered; }

Q_SIGNALS:
    void changed(Berth::Ui::PortalColorScheme::Preference preference);
    void answered();

private Q_SLOTS:
    // SettingChanged(namespace, key, value)
    void onSettingChanged(const QDBusMessage &message);

private:
    void take(const QVariant &value);

    Preference m_preference = Preference::None;
    bool m_answered = false;
};

} // namespace Berth::Ui
