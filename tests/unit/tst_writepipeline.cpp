// SPDX-License-Identifier: Apache-2.0
// The write pipeline: files come out byte for byte with the right SHA-256, in a fixed pool.
#include "engine/writepipeline.h"

#include "engine/sha256.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace engine;

class TestWritePipeline final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writesAndHashes()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WritePipeline pipeline(3, 4096);
        QByteArray expected;
        for (int file = 0; file < 3; ++file) {
            pipeline.beginFile(dir.filePath(QStringLiteral("f%1").arg(file)));
            for (int block = 0; block < 10 + file; ++block) {
                WritePipeline::Buffer *buffer = pipeline.acquire();
                QVERIFY(buffer != nullptr);
                buffer->used = 1000u + static_cast<std::uint32_t>(block);
                std::memset(buffer->data.data(), 'a' + block, buffer->used);
                if (file == 2) {
                    expected.append(buffer->data.data(), buffer->used);
                }
                pipeline.submit(buffer);
            }
            pipeline.endFile();
        }
        QVERIFY(pipeline.drain());
        const std::vector<WrittenFile> files = pipeline.writtenFiles();
        QCOMPARE(files.size(), std::size_t(3));
        QFile last(dir.filePath(QStringLiteral("f2")));
        QVERIFY(last.open(QIODevice::ReadOnly));
        QCOMPARE(last.readAll(), expected);
        QCOMPARE(files[2].size, qint64(expected.size()));
        Sha256 hash;
        hash.update(expected.constData(), static_cast<std::size_t>(expected.size()));
        QCOMPARE(files[2].sha256, hash.finishHex());
        QCOMPARE(files[2].sha256, Sha256::ofFile(last.fileName()));
        QCOMPARE(pipeline.bytesWritten(),
                 qint64(10 * 1000 + 45 + 11 * 1000 + 55 + expected.size()));
    }

    void knownDigest()
    {
        Sha256 hash;
        hash.update("abc", 3);
        QCOMPARE(
            hash.finishHex(),
            QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        hash.update("", 0);
        QCOMPARE(
            hash.finishHex(),
            QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void callerHashing()
    {
        // With Hashing::ByCaller the writer only writes: same bytes on disk, no digest of its own.
        QTemporaryDir dir;
        WritePipeline pipeline(2, 16, WritePipeline::Hashing::ByCaller);
        const QString path = dir.filePath(QStringLiteral("f"));
        pipeline.beginFile(path);
        WritePipeline::Buffer *buffer = pipeline.acquire();
        QVERIFY(buffer != nullptr);
        std::memcpy(buffer->data.data(), "abc", 3);
        buffer->used = 3;
        pipeline.submit(buffer);
        pipeline.endFile();
        QVERIFY(pipeline.drain());
        const std::vector<WrittenFile> written = pipeline.writtenFiles();
        QCOMPARE(written.size(), std::size_t(1));
        QCOMPARE(written.front().size, qint64(3));
        QVERIFY(written.front().sha256.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("abc"));
    }

    void failureStopsTheReader()
    {
        QTemporaryDir dir;
        WritePipeline pipeline(2, 1024);
        // A file in a folder that does not exist cannot be created.
        pipeline.beginFile(dir.filePath(QStringLiteral("missing/f")));
        QVERIFY(!pipeline.drain());
        QVERIFY(pipeline.failed());
        QVERIFY(pipeline.errorMessage().contains(QStringLiteral("missing/f")));
        QVERIFY(pipeline.acquire() == nullptr);
    }

    void refusesToOverwrite()
    {
        QTemporaryDir dir;
        QFile existing(dir.filePath(QStringLiteral("f")));
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep");
        existing.close();
        WritePipeline pipeline(2, 1024);
        pipeline.beginFile(existing.fileName());
        pipeline.endFile();
        QVERIFY(!pipeline.drain());
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("keep"));
    }

    void abortReleasesAWaitingReader()
    {
        QTemporaryDir dir;
        WritePipeline pipeline(1, 1024);
        WritePipeline::Buffer *only = pipeline.acquire();
        QVERIFY(only != nullptr);
        std::thread aborter([&] {
            QThread::msleep(50);
            pipeline.abort();
        });
        // The pool is empty: this blocks until abort() releases it.
        QVERIFY(pipeline.acquire() == nullptr);
        aborter.join();
    }
};

QTEST_APPLESS_MAIN(TestWritePipeline)
#include "tst_writepipeline.moc"
