// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "base/result.h"
#include "registry/registryrequest.h"
#include "registry/requesthandle.h"

#include <QPointer>

#include <functional>
#include <memory>

class QAbstractSocket;

namespace Berth::Http {
class HttpExchange;
struct HttpResponseHead;
} // namespace Berth::Http

namespace Berth::Registry {

class RegistryClient;

// A blob's GET or an upload's PATCH on a connection of its own, in the calling thread
// (docs/protocols.md, "Streaming blobs"). Qt's network access runs HTTP in a thread of its
// own, so every piece of a streamed body crosses threads twice, each time waking a thread:
// for a copy, tens of thousands of wake-ups that a busy machine serves late. Here the bytes
// go from one socket to the other in one thread, as fast as the sockets drain.
//
// Only the plain path is taken here; anything else goes back to the client's send(), with
// Berth's full transport rules (redirects, re-authentication, retries, the registry's error
// words): a GET answered other than 200/206 or cut short (the rest is asked for with a
// Range), a PATCH answered other than 2xx (sent again, from a reopened source). A PATCH cut
// mid-body fails, as through send(): the registry has dropped the session.
class DirectStream final : public RequestHandle
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<RegistryResponse> &)>;

    DirectStream(RegistryClient *client, RequestSpec spec, QString scope, QByteArray authorization,
                 Done done);

    void start();
    void cancel() override;
    void pause() override;
    void resume() override;

private:
    void onConnected();
    void onHead(const Http::HttpResponseHead &head);
    void onBody(const QByteArray &data);
    void onFinished(const Result<void> &result);
    // Hands the request to the client's send(); this object is done.
    void fallBack(const QString &why);
    void finish(const Result<RegistryResponse> &result);
    void close();
    bool isUpload() const { return bool(m_spec.uploadBody); }

    QPointer<RegistryClient> m_client;
    RequestSpec m_spec;
    QString m_scope;
    QByteArray m_authorization;
    Done m_done;
    QAbstractSocket *m_socket = nullptr;
    Http::HttpExchange *m_exchange = nullptr;
    RegistryResponse m_response;
    bool m_headSeen = false;
    bool m_paused = false;
    bool m_finished = false;
};

} // namespace Berth::Registry
