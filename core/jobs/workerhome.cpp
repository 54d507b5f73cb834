// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/workerhome.h"

#include "engine/engineclient.h"
#include "engine/engineimages.h"
#include "jobs/job.h"

namespace Berth::Jobs {

Engine::EngineImages *WorkerHome::imagesFor(const Engine::EngineEndpoint &endpoint)
{
    Engine::EngineImages *&images = m_images[endpoint.url()];
    if (!images) {
        auto *client = new Engine::EngineClient(endpoint, this);
        images = new Engine::EngineImages(client, this);
    }
    return images;
}

} // namespace Berth::Jobs
