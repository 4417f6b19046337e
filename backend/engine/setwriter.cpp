// SPDX-License-Identifier: Apache-2.0
#include "setwriter.h"

#include "enginelog.h"
#include "platform/filesync.h"
#include "joberror.h"
#include "partialset.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <stdexcept>

namespace engine {
namespace {

QString setFolderName(const QDateTime &started, SetType type, int attempt)
{
    QString name = started.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (attempt > 1) {
        name += QStringLiteral("-%1").arg(attempt);
    }
    return name + QLatin1Char('-') + setTypeName(type);
}

// More attempts than that in one second means something else is wrong.
constexpr int kMaxAttempts = 100;

} // namespace

SetWriter::SetWriter(int bufferCount, std::uint32_t bufferSize)
    : m_bufferCount(std::max(2, bufferCount)), m_bufferSize(bufferSize)
{}

SetWriter::~SetWriter()
{
    if (m_state == State::Open) {
        discard();
    }
}

void SetWriter::requireOpen() const
{
    if (m_state != State::Open) {
        throw std::logic_error("the backup set is not open for writing");
    }
}

void SetWriter::releaseLock()
{
    m_lock.reset();
}

void SetWriter::create(const QString &caFolder, const QDateTime &started, SetType type)
{
    if (m_state != State::Empty) {
        throw std::logic_error("a set writer creates one set only");
    }
    m_caFolder = caFolder;
    m_started = started;
    m_type = type;
    QStringList busy;
    for (int attempt = 1; attempt < kMaxAttempts && m_partialPath.isEmpty(); ++attempt) {
        const QString base = setFolderName(started, type, attempt);
        const QString candidate =
            caFolder + QLatin1Char('/') + base + QLatin1String(kPartialSuffix);
        auto lock = std::make_unique<PartialSetLock>(candidate);
        QString owner;
        if (!lock->tryLock(&owner)) {
            busy.append(owner);
            continue;
        }
        if (QFileInfo::exists(candidate) || QFileInfo::exists(caFolder + QLatin1Char('/') + base)) {
            continue; // taken (a folder this run may not remove); the lock goes with `lock`
        }
        m_finalName = base;
        m_partialPath = candidate;
        m_lock = std::move(lock);
    }
    if (m_partialPath.isEmpty()) {
        throw JobError{certadm::kHrFileExists, QStringLiteral("create folder"),
                       tr("No free name for a new set in %1 (other backups: %2).")
                           .arg(QDir::toNativeSeparators(caFolder),
                                busy.isEmpty() ? tr("none") : busy.join(QStringLiteral(", "))),
                       tr("Remove or move the sets of this second from the folder, or wait for "
                          "the other backups to finish, then start this one again.")};
    }
    m_state = State::Open;
    const QString data = dataFolder();
    if (!QDir().mkpath(data)) {
        throw JobError{certadm::hresultFromWin32(3), QStringLiteral("create folder"),
                       tr("Cannot create %1.").arg(QDir::toNativeSeparators(data))};
    }
    m_pipeline = std::make_unique<WritePipeline>(m_bufferCount, m_bufferSize);
    qCInfo(lcEngine).noquote() << "writing the set" << m_partialPath;
}

QString SetWriter::dataFolder() const
{
    return pathOf(QLatin1String(kDatabaseFolder));
}

QString SetWriter::pathOf(const QString &relativePath) const
{
    return m_partialPath + QLatin1Char('/') + relativePath;
}

void SetWriter::beginFile(const QString &relativePath)
{
    requireOpen();
    m_pipeline->beginFile(pathOf(relativePath));
}

WritePipeline::Buffer *SetWriter::acquire()
{
    requireOpen();
    WritePipeline::Buffer *buffer = m_pipeline->failed() ? nullptr : m_pipeline->acquire();
    if (buffer == nullptr) {
        throwWriteFailure();
    }
    return buffer;
}

void SetWriter::submit(WritePipeline::Buffer *buffer)
{
    requireOpen();
    m_pipeline->submit(buffer);
}

void SetWriter::endFile()
{
    requireOpen();
    m_pipeline->endFile();
}

bool SetWriter::failed() const
{
    return m_pipeline && m_pipeline->failed();
}

void SetWriter::throwWriteFailure() const
{
    requireOpen();
    throw JobError{m_pipeline->diskFull() ? certadm::kHrDiskFull : certadm::kHrWriteFault,
                   QStringLiteral("write"), m_pipeline->errorMessage()};
}

void SetWriter::writeFile(const QString &relativePath, const QByteArray &bytes)
{
    beginFile(relativePath);
    qint64 offset = 0;
    do {
        WritePipeline::Buffer *buffer = acquire();
        const auto chunk = static_cast<std::uint32_t>(
            std::min<qint64>(bytes.size() - offset, static_cast<qint64>(buffer->data.size())));
        std::copy_n(bytes.constData() + offset, chunk, buffer->data.data());
        buffer->used = chunk;
        submit(buffer);
        offset += chunk;
    } while (offset < bytes.size());
    endFile();
}

void SetWriter::flushFiles()
{
    requireOpen();
    if (!m_pipeline->drain()) {
        throwWriteFailure();
    }
    const QString data = dataFolder();
    if (!platform::syncDirectory(data)) {
        throw JobError{certadm::kHrWriteFault, QStringLiteral("flush"),
                       tr("Cannot flush %1 to disk.").arg(QDir::toNativeSeparators(data))};
    }
}

std::optional<WrittenFile> SetWriter::written(const QString &relativePath) const
{
    if (!m_pipeline) {
        return std::nullopt;
    }
    const QString path = pathOf(relativePath);
    const std::vector<WrittenFile> files = m_pipeline->writtenFiles();
    const auto it = std::find_if(files.begin(), files.end(),
                                 [&](const WrittenFile &file) { return file.path == path; });
    if (it == files.end()) {
        return std::nullopt;
    }
    return *it;
}

void SetWriter::writeManifest(const Manifest &manifest)
{
    requireOpen();
    const QString manifestPath = pathOf(QLatin1String(kManifestFileName));
    {
        QFile file(manifestPath);
        const QByteArray bytes = manifest.toBytes();
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            file.write(bytes) != bytes.size() || !platform::syncFile(file)) {
            throw JobError{file.error() == QFileDevice::ResourceError ? certadm::kHrDiskFull
                                                                      : certadm::kHrWriteFault,
                           QStringLiteral("write manifest"),
                           tr("Cannot write %1: %2").arg(manifestPath, file.errorString())};
        }
    }
    if (!platform::syncDirectory(m_partialPath)) {
        throw JobError{certadm::kHrWriteFault, QStringLiteral("flush"),
                       tr("Cannot flush %1 to disk.").arg(m_partialPath)};
    }
    m_manifestWritten = true;
}

QString SetWriter::commit()
{
    requireOpen();
    if (!m_manifestWritten) {
        throw std::logic_error("a backup set is committed only with its manifest");
    }
    // The rename is what makes the set visible; a name taken in the same second gets a number.
    QString finalPath;
    for (int attempt = 1; attempt < kMaxAttempts && finalPath.isEmpty(); ++attempt) {
        const QString candidate =
            m_caFolder + QLatin1Char('/') + setFolderName(m_started, m_type, attempt);
        if (!QFileInfo::exists(candidate) && QDir().rename(m_partialPath, candidate)) {
            finalPath = candidate;
        }
    }
    if (finalPath.isEmpty()) {
        throw JobError{certadm::kHrWriteFault, QStringLiteral("rename"),
                       tr("Cannot rename %1 to its final name.").arg(m_partialPath)};
    }
    m_state = State::Committed;
    m_finalPath = finalPath;
    m_partialPath.clear();
    m_pipeline.reset(); // drained before the manifest: nothing is left to write
    releaseLock();
    qCInfo(lcEngine).noquote() << "committed the set" << finalPath;
    // The set is complete either way; a rename that is not yet durable survives anything but
    // a power loss in the next moments.
    if (!platform::syncDirectory(m_caFolder)) {
        qCWarning(lcEngine).noquote() << "could not flush" << m_caFolder << "after the rename";
    }
    return finalPath;
}

bool SetWriter::discard()
{
    if (m_state != State::Open) {
        return false;
    }
    // The writer thread is stopped and joined first, so that nothing writes into the folder
    // while it is being removed.
    m_pipeline.reset();
    bool removed = false;
    if (QFileInfo::exists(m_partialPath)) {
        removed = QDir(m_partialPath).removeRecursively();
        if (!removed) {
            // The next backup to this destination sweeps what is left.
            qCWarning(lcEngine).noquote() << "could not remove all of" << m_partialPath;
        }
    }
    m_state = State::Discarded;
    // Released only once the folder is gone, so that no sweep meanwhile takes it for stale.
    releaseLock();
    return removed;
}

} // namespace engine
