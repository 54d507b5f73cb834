// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/imagedetailsparser.h"

#include "base/humanformat.h"

#include <QDateTime>

#include <algorithm>

namespace Berth::Ui {

namespace {

QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The keys of a set written as a JSON object ({"80/tcp": {}}), sorted as docker prints them.
QStringList sortedKeys(const QJsonValue &value)
{
    QStringList keys = value.toObject().keys();
    std::sort(keys.begin(), keys.end());
    return keys;
}

DetailsField field(QString key, QString label, QStringList values, QVariant raw = {},
                   bool isDigest = false)
{
    if (!raw.isValid())
        raw = values.size() == 1 ? QVariant(values.first()) : QVariant(values);
    return DetailsField{std::move(key), std::move(label), std::move(values), std::move(raw),
                        isDigest};
}

// Shown as the locale writes a moment; copied and compared as the source wrote it.
DetailsField createdField(const QString &iso8601)
{
    return field(QStringLiteral("created"), ImageDetailsParser::tr("Created"),
                 {HumanFormat::localeTime(iso8601)}, QVariant(iso8601));
}

DetailsField sizeField(QString label, qint64 bytes)
{
    const QString shown = ImageDetailsParser::tr("%1 (%2 bytes)")
                              .arg(HumanFormat::localeSize(bytes), QLocale().toString(bytes));
    return field(QStringLiteral("size"), std::move(label), {shown}, QVariant(bytes));
}

// The registries and repositories that the image's names point to, each once.
void addNamesOf(const QStringList &names, QList<DetailsField> &fields)
{
    QStringList registries;
    QStringList repositories;
    for (const QString &name : names) {
        const auto reference = Reference::ImageReference::parse(name);
        if (!reference)
            continue;
        if (!registries.contains(reference->domain()))
            registries.append(reference->domain());
        if (!repositories.contains(reference->path()))
            repositories.append(reference->path());
    }
    fields.append(field(QStringLiteral("registry"), ImageDetailsParser::tr("Registry"), registries,
                        QVariant(registries)));
    fields.append(field(QStringLiteral("repository"), ImageDetailsParser::tr("Repository"),
                        repositories, QVariant(repositories)));
}

enum class StepGuess { Layer, NoLayer, Unsure };

// What a step of the engine's history made, by its bytes and its instruction: the classic
// builder writes "/bin/sh -c #(nop)  ENV ...", BuildKit "ENV ..."; COPY and ADD after
// "#(nop)" do make layers, and WORKDIR does when the folder was missing.
StepGuess guessStep(qint64 size, const QString &createdBy)
{
    static const QStringList settings{
        QStringLiteral("ENV"),        QStringLiteral("LABEL"),  QStringLiteral("CMD"),
        QStringLiteral("ENTRYPOINT"), QStringLiteral("EXPOSE"), QStringLiteral("VOLUME"),
        QStringLiteral("USER"),       QStringLiteral("ARG"),    QStringLiteral("HEALTHCHECK"),
        QStringLiteral("STOPSIGNAL"), QStringLiteral("SHELL"),  QStringLiteral("ONBUILD"),
        QStringLiteral("MAINTAINER")};
    if (size > 0)
        return StepGuess::Layer;
    const qsizetype nop = createdBy.indexOf(QLatin1StringView("#(nop)"));
    const QString instruction =
        (nop >= 0 ? createdBy.mid(nop + 6) : createdBy).trimmed().section(u' ', 0, 0);
    return settings.contains(instruction) ? StepGuess::NoLayer : StepGuess::Unsure;
}

// The engine's history, newest first. It does not say which steps made a layer; the
// guesses decide where they add up to the image's layers, and no step is marked otherwise.
QList<HistoryStep> engineHistory(const QJsonArray &history, qsizetype layerCount)
{
    QList<HistoryStep> steps;
    QList<StepGuess> guesses;
    qsizetype layers = 0;
    qsizetype unsure = 0;
    for (const QJsonValue &value : history) {
        const QJsonObject entry = value.toObject();
        HistoryStep step;
        step.created = QDateTime::fromSecsSinceEpoch(
                           entry.value(QLatin1StringView("Created")).toInteger(), Qt::UTC)
                           .toString(Qt::ISODate);
        step.createdBy = text(entry, QLatin1StringView("CreatedBy"));
        step.size = entry.value(QLatin1StringView("Size")).toInteger();
        step.comment = text(entry, QLatin1StringView("Comment"));
        guesses.append(guessStep(step.size, step.createdBy));
        layers += guesses.last() == StepGuess::Layer ? 1 : 0;
        unsure += guesses.last() == StepGuess::Unsure ? 1 : 0;
        steps.append(step);
    }
    const bool unsureAreLayers = layers + unsure == layerCount;
    if (!unsureAreLayers && layers != layerCount)
        return steps;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        steps[i].emptyLayer = guesses.at(i) == StepGuess::NoLayer ||
                              (guesses.at(i) == StepGuess::Unsure && !unsureAreLayers);
    }
    return steps;
}

} // namespace

QList<ContainerInfo> ImageDetailsParser::containers(const QJsonArray &containers)
{
    QList<ContainerInfo> rows;
    for (const QJsonValue &value : containers) {
        const QJsonObject container = value.toObject();
        QString name = strings(container.value(QLatin1StringView("Names"))).value(0);
        if (name.startsWith(u'/'))
            name.remove(0, 1);
        rows.append({text(container, QLatin1StringView("Id")), name,
                     text(container, QLatin1StringView("State")),
                     text(container, QLatin1StringView("Status"))});
    }
    return rows;
}

namespace {

QList<DetailsField> remoteNameFields(const Reference::ImageReference &reference,
                                     const QString &digest, const QString &mediaType)
{
    QList<DetailsField> fields;
    fields.append(
        field(QStringLiteral("digest"), ImageDetailsParser::tr("Digest"), {digest}, {}, true));
    fields.append(
        field(QStringLiteral("mediaType"), ImageDetailsParser::tr("Media type"), {mediaType}));
    fields.append(field(QStringLiteral("registry"), ImageDetailsParser::tr("Registry"),
                        {reference.domain()}));
    fields.append(field(QStringLiteral("repository"), ImageDetailsParser::tr("Repository"),
                        {reference.path()}));
    if (!reference.tag().isEmpty() || !reference.hasDigest())
        fields.append(field(QStringLiteral("tags"), ImageDetailsParser::tr("Tag"),
                            {reference.effectiveTag()}));
    return fields;
}

} // namespace

QString ImageDetailsParser::platformText(const QString &os, const QString &architecture,
                                         const QString &variant)
{
    QString result = os + u'/' + architecture;
    if (!variant.isEmpty())
        result += u'/' + variant;
    return result;
}

QList<DetailsField> ImageDetailsParser::configFields(const QJsonObject &config)
{
    const QStringList entrypoint = strings(config.value(QLatin1StringView("Entrypoint")));
    const QStringList cmd = strings(config.value(QLatin1StringView("Cmd")));
    const QStringList env = strings(config.value(QLatin1StringView("Env")));
    QStringList labels;
    const QJsonObject labelObject = config.value(QLatin1StringView("Labels")).toObject();
    for (auto it = labelObject.begin(); it != labelObject.end(); ++it)
        labels.append(it.key() + u'=' + it.value().toString());
    return {
        field(QStringLiteral("entrypoint"), tr("Entrypoint"), entrypoint, QVariant(entrypoint)),
        field(QStringLiteral("cmd"), tr("Command"), cmd, QVariant(cmd)),
        field(QStringLiteral("env"), tr("Environment"), env, QVariant(env)),
        field(QStringLiteral("workingDir"), tr("Working directory"),
              {text(config, QLatin1StringView("WorkingDir"))}),
        field(QStringLiteral("user"), tr("User"), {text(config, QLatin1StringView("User"))}),
        field(QStringLiteral("exposedPorts"), tr("Exposed ports"),
              sortedKeys(config.value(QLatin1StringView("ExposedPorts"))),
              QVariant(sortedKeys(config.value(QLatin1StringView("ExposedPorts"))))),
        field(QStringLiteral("volumes"), tr("Volumes"),
              sortedKeys(config.value(QLatin1StringView("Volumes"))),
              QVariant(sortedKeys(config.value(QLatin1StringView("Volumes"))))),
        field(QStringLiteral("labels"), tr("Labels"), labels, QVariant(labels)),
    };
}

ImageDetails ImageDetailsParser::fromEngine(const QJsonObject &inspect, const QJsonArray &history,
                                            const std::optional<QJsonArray> &containers,
                                            const QString &containersProblem)
{
    ImageDetails details;
    details.kind = ImageDetails::Kind::LocalImage;
    details.digest = text(inspect, QLatin1StringView("Id"));
    const QStringList tags = strings(inspect.value(QLatin1StringView("RepoTags")));
    const QStringList repoDigests = strings(inspect.value(QLatin1StringView("RepoDigests")));
    details.title = tags.value(0, details.digest);
    details.overview = {
        field(QStringLiteral("id"), tr("ID"), {details.digest}, {}, true),
        field(QStringLiteral("tags"), tr("Tags"), tags, QVariant(tags)),
        field(QStringLiteral("repoDigests"), tr("Digests"), repoDigests, QVariant(repoDigests),
              true),
        createdField(text(inspect, QLatin1StringView("Created"))),
        sizeField(tr("Size"), inspect.value(QLatin1StringView("Size")).toInteger()),
        field(QStringLiteral("platform"), tr("Platform"),
              {platformText(text(inspect, QLatin1StringView("Os")),
                            text(inspect, QLatin1StringView("Architecture")),
                            text(inspect, QLatin1StringView("Variant")))}),
    };
    addNamesOf(tags + repoDigests, details.overview);
    details.config = configFields(inspect.value(QLatin1StringView("Config")).toObject());
    // The layers are the config's diff ids. Their sizes are the history's steps that made a
    // layer, oldest first, where those match the layers one to one.
    const QStringList diffIds = strings(
        inspect.value(QLatin1StringView("RootFS")).toObject().value(QLatin1StringView("Layers")));
    details.history = engineHistory(history, diffIds.size());
    QList<qint64> sizes;
    for (auto it = details.history.crbegin(); it != details.history.crend(); ++it) {
        if (!it->emptyLayer)
            sizes.append(it->size);
    }
    for (qsizetype i = 0; i < diffIds.size(); ++i) {
        LayerInfo layer;
        layer.digest = diffIds.at(i);
        layer.diffId = diffIds.at(i);
        if (sizes.size() == diffIds.size())
            layer.uncompressedSize = sizes.at(i);
        details.layers.append(layer);
    }
    if (containers)
        details.containers = ImageDetailsParser::containers(*containers);
    else
        details.problems.append(containersProblem);
    return details;
}

ImageDetails ImageDetailsParser::fromRemoteImage(const Reference::ImageReference &reference,
                                                 const QString &digest,
                                                 const Registry::Manifest &manifest,
                                                 const std::optional<QJsonObject> &config,
                                                 const QString &configProblem)
{
    ImageDetails details;
    details.kind = ImageDetails::Kind::RemoteImage;
    details.title = reference.familiar();
    details.digest = digest;
    details.overview = remoteNameFields(reference, digest, manifest.mediaType());
    qint64 total = 0;
    for (const Registry::Descriptor &layer : manifest.layers())
        total += std::max<qint64>(layer.size, 0);
    details.overview.append(sizeField(tr("Size (compressed layers)"), total));
    details.overview.append(
        field(QStringLiteral("configDigest"), tr("Config"), {manifest.config().digest}, {}, true));

    const QJsonObject image = config.value_or(QJsonObject());
    const QStringList diffIds = strings(
        image.value(QLatin1StringView("rootfs")).toObject().value(QLatin1StringView("diff_ids")));
    for (qsizetype i = 0; i < manifest.layers().size(); ++i) {
        const Registry::Descriptor &descriptor = manifest.layers().at(i);
        LayerInfo layer;
        layer.digest = descriptor.digest;
        layer.diffId = diffIds.value(i);
        layer.compressedSize = descriptor.size;
        layer.mediaType = descriptor.mediaType;
        details.layers.append(layer);
    }
    if (!config) {
        details.problems.append(configProblem);
        return details;
    }
    details.overview.append(createdField(text(image, QLatin1StringView("created"))));
    details.overview.append(field(QStringLiteral("platform"), tr("Platform"),
                                  {platformText(text(image, QLatin1StringView("os")),
                                                text(image, QLatin1StringView("architecture")),
                                                text(image, QLatin1StringView("variant")))}));
    details.config = configFields(image.value(QLatin1StringView("config")).toObject());
    // A registry's history has no sizes: a step that made a layer gets that layer's
    // compressed size, in order.
    qsizetype layerIndex = 0;
    for (const QJsonValue &value : image.value(QLatin1StringView("history")).toArray()) {
        const QJsonObject entry = value.toObject();
        HistoryStep step;
        step.created = text(entry, QLatin1StringView("created"));
        step.createdBy = text(entry, QLatin1StringView("created_by"));
        step.comment = text(entry, QLatin1StringView("comment"));
        step.emptyLayer = entry.value(QLatin1StringView("empty_layer")).toBool();
        step.size = step.emptyLayer ? 0 : manifest.layers().value(layerIndex++).size;
        details.history.append(step);
    }
    // Newest first, as the engine's history and docker history list it.
    std::reverse(details.history.begin(), details.history.end());
    return details;
}

ImageDetails ImageDetailsParser::fromRemoteIndex(const Reference::ImageReference &reference,
                                                 const QString &digest,
                                                 const Registry::Manifest &index)
{
    ImageDetails details;
    details.kind = ImageDetails::Kind::RemoteIndex;
    details.title = reference.familiar();
    details.digest = digest;
    details.overview = remoteNameFields(reference, digest, index.mediaType());
    for (const Registry::Descriptor &entry : index.manifests()) {
        details.platforms.append(
            {platformText(entry.platform.os, entry.platform.architecture, entry.platform.variant),
             entry.digest, entry.size, entry.mediaType});
    }
    QStringList platforms;
    for (const PlatformEntry &entry : details.platforms)
        platforms.append(entry.platform);
    details.overview.append(
        field(QStringLiteral("platforms"), tr("Platforms"), platforms, QVariant(platforms)));
    return details;
}

} // namespace Berth::Ui
