// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry/driftprobe.h"

#include "registry/registryclient.h"

namespace Berth::Registry {

void DriftProbe::ask(RegistryClient *client, const Reference::ImageReference &tag, QObject *context,
                     Done done)
{
    client->manifestHead(tag, context, [done = std::move(done)](const Result<ContentHead> &head) {
        RemoteTagAnswer answer;
        if (head) {
            answer.kind = RemoteTagAnswer::Kind::Present;
            answer.digest = head->digest;
        } else if (head.error().kind() == ErrorKind::NotFound) {
            answer.kind = RemoteTagAnswer::Kind::Absent;
        } else {
            answer.reason = head.error().message();
        }
        done(answer);
    });
}

} // namespace Berth::Registry
