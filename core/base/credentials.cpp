// SPDX-License-Identifier: GPL-3.0-or-later
#include "base/credentials.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Berth {

namespace {

// A JSON string literal, escaped as QJsonDocument escapes it.
QByteArray jsonString(const QString &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

} // namespace

QByteArray Credentials::toHeaderValue() const
{
    QByteArray json = "{";
    auto add = [&json](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        if (json.size() > 1)
            json += ',';
        json += '"' + QByteArray(key) + "\":" + jsonString(value);
    };
    if (identityToken.isEmpty()) {
        add("username", username);
        add("password", password);
    } else {
        add("identitytoken", identityToken);
    }
    add("serveraddress", serverAddress);
    json += '}';
    return json.toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace Berth
