// SPDX-License-Identifier: GPL-3.0-or-later
// Invariants of Docker Hub's answers read by Berth, on arbitrary bytes: no parser crashes; a
// page read is consistent (a next page is an absolute URL; a tag's digest is its only
// image's when Hub gave none); an error is a protocol error with a message; the rate-limit
// and retry headers read from the same bytes give numbers in range.
#include "hub/hubjson.h"
#include "hub/hubratelimit.h"
#include "invariantbroken.h"

#include <cstdint>

using namespace Berth;
using namespace Berth::Hub;

namespace {

template<typename T> void checkPage(const Result<HubPage<T>> &page, const QByteArray &input)
{
    if (!page) {
        if (page.error().kind() != ErrorKind::Protocol || page.error().message().isEmpty())
            invariantBroken("Hub JSON", "an error that is not a described protocol error", input);
        return;
    }
    if (!page->next.isEmpty() && (page->next.isRelative() || !page->next.isValid()))
        invariantBroken("Hub JSON", "a next page that is not an absolute URL", input);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkPage(HubJson::searchPage(input), input);
    checkPage(HubJson::repositoriesPage(input), input);
    checkPage(HubJson::organizationsPage(input), input);
    const auto tags = HubJson::tagsPage(input);
    checkPage(tags, input);
    if (tags) {
        for (const HubTag &tag : tags->results) {
            if (tag.digest.isEmpty() && tag.images.size() == 1 &&
                !tag.images.first().digest.isEmpty())
                invariantBroken("Hub JSON", "a tag without the digest of its only image", input);
        }
    }
    if (const auto token = HubJson::accessToken(input); token && token->isEmpty())
        invariantBroken("Hub JSON", "an empty access token accepted", input);
    (void)HubJson::repository(input);
    (void)HubJson::twoFactorToken(input);
    (void)HubJson::errorText(input);

    // The same bytes as header values.
    const HubRateLimit::Headers headers{
        {"ratelimit-limit", input}, {"ratelimit-remaining", input}, {"X-Retry-After", input}};
    const HubRateLimit limit = HubRateLimit::fromHeaders(headers);
    if (limit.limited && limit.limit < 0 && limit.remaining < 0)
        invariantBroken("Hub rate limit", "limited without a number", input);
    if (limit.text().isEmpty())
        invariantBroken("Hub rate limit", "no words", input);
    const auto wait = HubRateLimit::retryAfter(headers, QDateTime::fromSecsSinceEpoch(0, Qt::UTC));
    if (wait && wait->count() < 0)
        invariantBroken("Hub retry", "a negative wait", input);
    return 0;
}
