// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/platformsloader.h"

#include "engine/engineclient.h"
#include "reference/imagereference.h"
#include "registry/registryclient.h"
#include "ui/registryclientstarter.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <optional>

namespace Berth::Ui {

namespace {
constexpr std::chrono::seconds RetryDeadline{5};
constexpr qint64 VersionBodyCap = 1024 * 1024;

struct Answers
{
    std::optional<Result<QStringList>> platforms;
    std::optional<QString> enginePlatform;
};
} // namespace

void PlatformsLoader::load(quint64 request, const Engine::EngineEndpoint &endpoint,
                           const QString &reference,
                           const std::shared_ptr<CredentialSource> &credentials)
{
    delete m_context;
    m_context = new QObject(this);
    QObject *context = m_context;
    auto answers = std::make_shared<Answers>();
    const auto finishIfComplete = [this, request, answers] {
        if (!answers->platforms || !answers->enginePlatform)
            return;
        if (!*answers->platforms) {
            Q_EMIT failed(request, answers->platforms->error().message());
            return;
        }
        QStringList platforms = answers->platforms->value();
        const QString own = *answers->enginePlatform;
        // The engine's own first: "linux/amd64" also stands first for "linux/amd64/v2".
        const auto ownIndex =
            std::find_if(platforms.cbegin(), platforms.cend(), [&own](const QString &platform) {
                return platform == own || platform.startsWith(own + u'/');
            });
        if (!own.isEmpty() && ownIndex != platforms.cend())
            platforms.move(ownIndex - platforms.cbegin(), 0);
        Q_EMIT loaded(request, platforms, own);
    };

    auto *engine = new Engine::EngineClient(endpoint, context);
    Http::HttpRequest version;
    version.method = "GET";
    version.target = "/version";
    engine->callUnversioned(
        version, VersionBodyCap, context,
        [answers, finishIfComplete](const Result<Engine::EngineClient::Response> &response) {
            QString platform;
            if (response) {
                const QJsonObject object = QJsonDocument::fromJson(response->body).object();
                const QString os = object.value(u"Os").toString();
                const QString arch = object.value(u"Arch").toString();
                if (!os.isEmpty() && !arch.isEmpty())
                    platform = os + u'/' + arch;
            }
            answers->enginePlatform = platform;
            finishIfComplete();
        });

    RegistryClientStarter::start(
        reference, credentials, {}, context,
        [answers, finishIfComplete, reference](const Result<Registry::RegistryClient *> &client) {
            if (!client) {
                answers->platforms = Result<QStringList>(client.error());
                finishIfComplete();
                return;
            }
            (*client)->retryPolicy().setDeadline(RetryDeadline);
            const auto parsed = Reference::ImageReference::parse(reference);
            (*client)->manifest(
                *parsed, *client,
                [answers, finishIfComplete](const Result<Registry::ManifestResponse> &response) {
                    if (!response) {
                        answers->platforms = Result<QStringList>(response.error());
                    } else {
                        QStringList platforms;
                        for (const auto &entry : response->manifest.platformManifests()) {
                            const QString platform = entry.platform.toString();
                            if (!platform.isEmpty() && !platforms.contains(platform))
                                platforms.append(platform);
                        }
                        answers->platforms = Result<QStringList>(platforms);
                    }
                    finishIfComplete();
                });
        });
}

} // namespace Berth::Ui
