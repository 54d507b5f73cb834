// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "hub/hubtypes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Berth::Hub {

// Hub's JSON answers read into Berth's types. Pure functions: any bytes give a value or an
// Error, never a crash (fuzz_hubjson). Missing fields take their empty values, as Hub leaves
// out what it does not know; a field of the wrong type is an error, so drift shows.
class HubJson final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Hub::HubJson)

public:
    static Result<HubPage<HubSearchResult>> searchPage(const QByteArray &body);
    static Result<HubPage<HubRepository>> repositoriesPage(const QByteArray &body);
    static Result<HubPage<HubTag>> tagsPage(const QByteArray &body);
    // One repository, as creating one answers.
    static Result<HubRepository> repository(const QByteArray &body);
    // The organizations of the signed-in user (/v2/user/orgs): their names.
    static Result<HubPage<QString>> organizationsPage(const QByteArray &body);
    // POST /v2/auth/token's access_token, or /v2/users/login's token.
    static Result<QString> accessToken(const QByteArray &body);
    // The two-factor step's token in /v2/users/login's 401 answer, else empty.
    static QString twoFactorToken(const QByteArray &body);
    // Hub's error bodies as one line: {"detail"}, {"message"}, {"errinfo"}, {"fields": {f: [..]}},
    // {"errors": [...]}; empty when the body says nothing readable.
    static QString errorText(const QByteArray &body);
};

} // namespace Berth::Hub
