// SPDX-License-Identifier: GPL-3.0-or-later
#include "build/buildcontextdevice.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Berth::Build {

namespace {

constexpr qint64 FilePiece = 64 * 1024;

la_ssize_t collect(struct archive *, void *pending, const void *buffer, size_t length)
{
    static_cast<QByteArray *>(pending)->append(static_cast<const char *>(buffer),
                                               qsizetype(length));
    return la_ssize_t(length);
}

QString joined(const QString &directory, const QString &name)
{
    return directory.isEmpty() ? name : directory + u'/' + name;
}

} // namespace

BuildContextDevice::BuildContextDevice(QString root, DockerIgnore ignore, QObject *parent)
    : QIODevice(parent)
    , m_root(std::move(root))
    , m_ignore(std::move(ignore))
{}

BuildContextDevice::~BuildContextDevice()
{
    if (m_archive)
        archive_write_free(m_archive);
}

bool BuildContextDevice::atEnd() const
{
    return !m_failed && m_ended && m_pending.isEmpty() && QIODevice::bytesAvailable() == 0;
}

qint64 BuildContextDevice::bytesAvailable() const
{
    // Unknown until made; say there is more until the tar has ended.
    return QIODevice::bytesAvailable() + m_pending.size() + (m_ended || m_failed ? 0 : 1);
}

qint64 BuildContextDevice::readData(char *data, qint64 maxSize)
{
    while (!m_failed && !m_ended && m_pending.size() < maxSize) {
        if (!advance())
            break;
    }
    if (m_failed)
        return -1;
    const qint64 size = qMin<qint64>(maxSize, m_pending.size());
    if (size == 0)
        return m_ended ? -1 : 0;
    std::memcpy(data, m_pending.constData(), size_t(size));
    m_pending.remove(0, size);
    m_bytesSent += size;
    return size;
}

qint64 BuildContextDevice::writeData(const char *, qint64)
{
    return -1;
}

bool BuildContextDevice::fail(const QString &message)
{
    m_failed = true;
    setErrorString(message);
    return false;
}

// One step: a piece of the current file, else the next entry, else the tar's end.
bool BuildContextDevice::advance()
{
    if (!m_started) {
        m_started = true;
        m_archive = archive_write_new();
        // pax only where ustar cannot say it (long names), as Go's archive/tar does.
        if (!m_archive || archive_write_set_format_pax_restricted(m_archive) != ARCHIVE_OK ||
            archive_write_open(m_archive, &m_pending, nullptr, collect, nullptr) != ARCHIVE_OK)
            return fail(tr("cannot start the build context's tar"));
        return enter(QString());
    }
    if (m_file) {
        const QByteArray piece = m_file->read(FilePiece);
        if (piece.isEmpty()) {
            if (!m_file->atEnd())
                return fail(
                    tr("cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
            m_file.reset();
            archive_write_finish_entry(m_archive);
            return true;
        }
        if (archive_write_data(m_archive, piece.constData(), size_t(piece.size())) < 0)
            return fail(QString::fromUtf8(archive_error_string(m_archive)));
        return true;
    }
    while (!m_stack.isEmpty()) {
        Directory &directory = m_stack.last();
        if (directory.next >= directory.names.size()) {
            m_stack.removeLast();
            continue;
        }
        const QString relative = joined(directory.relative, directory.names.at(directory.next++));
        return writeEntry(relative);
    }
    archive_write_close(m_archive);
    m_ended = true;
    return true;
}

// Lists a directory's names in Go's order (byte-wise), for the walk to visit.
bool BuildContextDevice::enter(const QString &relative)
{
    const QString path = relative.isEmpty() ? m_root : m_root + u'/' + relative;
    DIR *dir = ::opendir(QFile::encodeName(path).constData());
    if (!dir)
        return fail(
            tr("cannot list %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    QList<QByteArray> names;
    while (const dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") != 0 && std::strcmp(entry->d_name, "..") != 0)
            names.append(QByteArray(entry->d_name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    Directory directory{relative, {}, 0};
    directory.names.reserve(names.size());
    for (const QByteArray &name : std::as_const(names))
        directory.names.append(QFile::decodeName(name));
    m_stack.append(std::move(directory));
    return true;
}

bool BuildContextDevice::writeEntry(const QString &relative)
{
    const QString path = m_root + u'/' + relative;
    const QByteArray nativePath = QFile::encodeName(path);
    struct stat info
    {
    };
    if (::lstat(nativePath.constData(), &info) != 0)
        return fail(
            tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const bool isDirectory = S_ISDIR(info.st_mode);
    if (m_ignore.excludes(relative)) {
        // An excluded directory is entered only when an exception may bring some of it back;
        // its own entry is left out either way, as the CLI leaves it.
        if (isDirectory && m_ignore.mayReinclude(relative))
            return enter(relative);
        return true;
    }
    // Sockets and the like cannot travel in a tar; the CLI skips them too.
    if (!isDirectory && !S_ISREG(info.st_mode) && !S_ISLNK(info.st_mode))
        return true;
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(
        entry, (isDirectory ? relative + u'/' : relative).toUtf8().constData());
    archive_entry_copy_stat(entry, &info);
    archive_entry_set_uid(entry, 0);
    archive_entry_set_gid(entry, 0);
    archive_entry_set_uname(entry, "");
    archive_entry_set_gname(entry, "");
    if (!S_ISREG(info.st_mode))
        archive_entry_set_size(entry, 0);
    if (S_ISLNK(info.st_mode)) {
        QByteArray target(qsizetype(info.st_size) + 1, '\0');
        const ssize_t length =
            ::readlink(nativePath.constData(), target.data(), size_t(target.size()));
        if (length < 0) {
            archive_entry_free(entry);
            return fail(
                tr("cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        target.truncate(length);
        archive_entry_set_symlink(entry, target.constData());
    }
    std::unique_ptr<QFile> file;
    if (S_ISREG(info.st_mode)) {
        file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly)) {
            archive_entry_free(entry);
            return fail(tr("cannot read %1: %2").arg(path, file->errorString()));
        }
    }
    const int written = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (written != ARCHIVE_OK)
        return fail(QString::fromUtf8(archive_error_string(m_archive)));
    ++m_entries;
    if (file)
        m_file = std::move(file);
    else
        archive_write_finish_entry(m_archive);
    if (isDirectory)
        return enter(relative);
    return true;
}

} // namespace Berth::Build
