// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/containerrunspec.h"

#include "reference/imagereference.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace Berth::Engine {

namespace {

class RunSpecText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Engine::ContainerRunSpec)
};

// -p as the docker CLI reads it: [ip:][hostPort:]containerPort[/proto]. Ranges are not
// taken here (the docker CLI expands them); one port each side.
Result<void> addPort(const QString &text, QJsonObject &exposed, QJsonObject &bindings)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:(?:(\\[[0-9a-fA-F:.]+\\]|[0-9.]+):)?([0-9]*):)?([0-9]+)(?:/(tcp|udp|sctp))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return Error(
            ErrorKind::Invalid,
            RunSpecText::tr("invalid port '%1': expected [IP:]HOST:CONTAINER[/PROTO]").arg(text));
    QString ip = match.captured(1);
    if (ip.startsWith(u'['))
        ip = ip.mid(1, ip.size() - 2);
    const QString key =
        match.captured(3) + u'/' +
        (match.hasCaptured(4) && !match.captured(4).isEmpty() ? match.captured(4)
                                                              : QStringLiteral("tcp"));
    exposed.insert(key, QJsonObject{});
    QJsonArray list = bindings.value(key).toArray();
    list.append(QJsonObject{{QStringLiteral("HostIp"), ip},
                            {QStringLiteral("HostPort"), match.captured(2)}});
    bindings.insert(key, list);
    return {};
}

} // namespace

Result<QJsonObject> ContainerRunSpec::createBody() const
{
    for (const QString &variable : environment) {
        if (variable.isEmpty() || variable.startsWith(u'='))
            return Error(
                ErrorKind::Invalid,
                RunSpecText::tr("invalid environment variable '%1': expected K=V").arg(variable));
    }
    QJsonObject exposed;
    QJsonObject bindings;
    for (const QString &port : ports) {
        if (auto added = addPort(port, exposed, bindings); !added)
            return added.error();
    }
    QJsonObject body{
        {QStringLiteral("Image"), image},
        {QStringLiteral("Tty"), tty},
        {QStringLiteral("OpenStdin"), interactive},
        {QStringLiteral("StdinOnce"), interactive},
        {QStringLiteral("AttachStdin"), interactive},
        {QStringLiteral("AttachStdout"), true},
        {QStringLiteral("AttachStderr"), true},
        {QStringLiteral("Env"), QJsonArray::fromStringList(environment)},
        {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("AutoRemove"), autoRemove},
                                                   {QStringLiteral("PortBindings"), bindings}}},
    };
    if (!command.isEmpty())
        body.insert(QStringLiteral("Cmd"), QJsonArray::fromStringList(command));
    if (entrypoint) {
        // --entrypoint "" clears the image's entrypoint, as docker run does.
        body.insert(QStringLiteral("Entrypoint"),
                    entrypoint->isEmpty() ? QJsonArray{QString()} : QJsonArray{*entrypoint});
    }
    if (!exposed.isEmpty())
        body.insert(QStringLiteral("ExposedPorts"), exposed);
    return body;
}

std::optional<QString> ContainerRunSpec::pullableImage() const
{
    // "sha256:<64 hex>" is an image ID to the docker CLI (ParseAnyReference), though the
    // grammar reads it as the repository sha256 with a tag.
    static const QLatin1StringView idPrefix("sha256:");
    if (image.startsWith(idPrefix) &&
        Reference::ImageReference::isImageId(QStringView(image).mid(idPrefix.size())))
        return std::nullopt;
    const auto reference = Reference::ImageReference::parse(image);
    if (!reference)
        return std::nullopt;
    if (reference->hasTag() || reference->hasDigest())
        return reference->familiar();
    return reference->familiar() + u':' + Reference::ImageReference::defaultTag();
}

} // namespace Berth::Engine
