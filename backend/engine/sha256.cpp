// SPDX-License-Identifier: Apache-2.0
#include "sha256.h"

#include <QFile>

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <stdexcept>
#include <vector>

namespace engine {

void Sha256::Free::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

void Sha256::initialise()
{
    static const bool ready = [] {
#if defined(_WIN32)
        // No clean-up at exit: on Windows it runs while libcrypto's DLL detaches, after the
        // process's other threads were ended, and can wait there for a lock one of them held
        // (processes hung in exit under Wine). The memory goes with the process.
        OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
#endif
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        return EVP_Digest("", 0, digest, &length, EVP_sha256(), nullptr) == 1;
    }();
    if (!ready) {
        throw std::runtime_error("OpenSSL has no SHA-256");
    }
}

Sha256::Sha256() : m_ctx((initialise(), EVP_MD_CTX_new()))
{
    if (!m_ctx) {
        throw std::bad_alloc();
    }
    reset();
}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    if (EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) != 1) {
        throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
    }
}

void Sha256::update(const void *data, std::size_t size)
{
    if (size > 0 && EVP_DigestUpdate(m_ctx.get(), data, size) != 1) {
        throw std::runtime_error("OpenSSL SHA-256 update failed");
    }
}

QString Sha256::finishHex()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_ctx.get(), digest, &length) != 1) {
        throw std::runtime_error("OpenSSL SHA-256 final failed");
    }
    reset();
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(length)).toHex());
}

QString Sha256::ofFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error != nullptr) {
            *error = file.errorString();
        }
        return {};
    }
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const qint64 got = file.read(buffer.data(), static_cast<qint64>(buffer.size()));
        if (got < 0) {
            if (error != nullptr) {
                *error = file.errorString();
            }
            return {};
        }
        if (got == 0) {
            break;
        }
        hash.update(buffer.data(), static_cast<std::size_t>(got));
    }
    return hash.finishHex();
}

} // namespace engine
