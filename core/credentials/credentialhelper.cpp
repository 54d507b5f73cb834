// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialhelper.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTimer>

#include <memory>

namespace Berth::Auth {

namespace {

class HelperText final
{
    Q_DECLARE_TR_FUNCTIONS(Berth::Auth::CredentialHelper)
};

// What a helper prints when it keeps nothing for the server (docker-credential-helpers'
// errCredentialsNotFound).
bool saysNotFound(const QByteArray &out)
{
    return out.contains("credentials not found");
}

// A helper's answer is small; more is not an answer.
constexpr qint64 MaxAnswerBytes = 1024 * 1024;

} // namespace

void CredentialHelper::run(const QString &helper, const QString &verb, const QByteArray &input,
                           QObject *context, int timeoutMs,
                           std::function<void(const Result<QByteArray> &out)> done)
{
    const QString program = QStringLiteral("docker-credential-") + helper;
    auto *process = new QProcess(context);
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    auto answered = std::make_shared<bool>(false);
    auto finish = [answered, done = std::move(done)](const Result<QByteArray> &result) {
        if (*answered)
            return;
        *answered = true;
        done(result);
    };
    // A helper that hangs is killed and never waited for: the answer goes at once, the
    // process object when the kill has ended it.
    QObject::connect(timer, &QTimer::timeout, process, [process, program, finish] {
        process->kill();
        finish(Error(ErrorKind::Timeout,
                     HelperText::tr("the credential helper %1 did not answer").arg(program)));
    });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, program, finish](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return;
                         finish(Error(ErrorKind::Unreachable,
                                      HelperText::tr("cannot run the credential helper %1: %2")
                                          .arg(program, process->errorString())));
                         process->deleteLater();
                     });
    QObject::connect(
        process, &QProcess::finished, process,
        [process, program, finish](int code, QProcess::ExitStatus status) {
            process->deleteLater();
            const QByteArray out = process->read(MaxAnswerBytes);
            if (status == QProcess::NormalExit && code == 0) {
                finish(out);
            } else if (saysNotFound(out)) {
                finish(QByteArray());
            } else {
                // The helper's own words; they never hold the secret asked for.
                const QByteArray said =
                    QByteArray(out + process->readAllStandardError()).trimmed().left(300);
                finish(
                    Error(ErrorKind::Remote, HelperText::tr("the credential helper %1 failed: %2")
                                                 .arg(program, QString::fromUtf8(said))));
            }
        });
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(program, {verb});
    process->write(input);
    process->closeWriteChannel();
    timer->start(timeoutMs);
}

Result<Credentials> CredentialHelper::parseGet(const QByteArray &out)
{
    if (out.isEmpty())
        return Credentials{}; // "credentials not found": anonymous
    const QJsonDocument document = QJsonDocument::fromJson(out);
    if (!document.isObject())
        return Error(ErrorKind::Protocol,
                     HelperText::tr("the credential helper's answer is not a JSON object"));
    const QJsonObject object = document.object();
    Credentials credentials;
    const QString user = object.value(QLatin1StringView("Username")).toString();
    const QString secret = object.value(QLatin1StringView("Secret")).toString();
    // Docker's convention: the user "<token>" means the secret is an identity token.
    if (user == u"<token>") {
        credentials.identityToken = secret;
    } else {
        credentials.username = user;
        credentials.password = secret;
    }
    return credentials;
}

void CredentialHelper::get(const QString &helper, const QString &serverUrl, QObject *context,
                           std::function<void(const Result<Credentials> &)> done, int timeoutMs)
{
    run(helper, QStringLiteral("get"), serverUrl.toUtf8(), context, timeoutMs,
        [done = std::move(done)](const Result<QByteArray> &out) {
            if (!out)
                done(out.error());
            else
                done(parseGet(*out));
        });
}

void CredentialHelper::list(const QString &helper, QObject *context,
                            std::function<void(const Result<QHash<QString, QString>> &)> done,
                            int timeoutMs)
{
    run(helper, QStringLiteral("list"), {}, context, timeoutMs,
        [done = std::move(done)](const Result<QByteArray> &out) {
            if (!out) {
                done(out.error());
                return;
            }
            QHash<QString, QString> servers;
            const QJsonObject object = QJsonDocument::fromJson(*out).object();
            for (auto it = object.begin(); it != object.end(); ++it)
                servers.insert(it.key(), it.value().toString());
            done(servers);
        });
}

} // namespace Berth::Auth
