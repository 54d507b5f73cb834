// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "build/dockerignore.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>

#include <memory>

struct archive;

namespace Berth::Build {

// A build context as the tar the daemon reads, made as it is read: the folder is walked
// in the order the docker CLI walks it (names sorted byte-wise, depth first), each entry
// that .dockerignore keeps is written through libarchive into a small buffer, and a
// directory that is excluded outright is never entered. Nothing is held whole in memory
// or written to disk: what a streamed HTTP body reads, a piece each time the socket
// drains. Entries are owned by root, as the CLI sends them. A read error (a file that
// vanished or cannot be read) shows as read() returning -1 with errorString(), while
// atEnd() stays false.
class BuildContextDevice final : public QIODevice
{
    Q_OBJECT

public:
    // `ignore` has the Dockerfile and .dockerignore kept already (BuildContext::open).
    BuildContextDevice(QString root, DockerIgnore ignore, QObject *parent = nullptr);
    ~BuildContextDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;
    bool failed() const { return m_failed; }
    // Entries written and tar bytes read so far.
    qint64 entriesSent() const { return m_entries; }
    qint64 bytesSent() const { return m_bytesSent; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    struct Directory
    {
        QString relative; // "" for the root
        QStringList names;
        qsizetype next = 0;
    };

    bool advance();
    bool enter(const QString &relative);
    bool writeEntry(const QString &relative);
    bool fail(const QString &message);

    QString m_root;
    DockerIgnore m_ignore;
    struct archive *m_archive = nullptr;
    QByteArray m_pending;
    QList<Directory> m_stack;
    std::unique_ptr<QFile> m_file; // the file whose bytes are being sent
    bool m_started = false;
    bool m_ended = false;
    bool m_failed = false;
    qint64 m_entries = 0;
    qint64 m_bytesSent = 0;
};

} // namespace Berth::Build
