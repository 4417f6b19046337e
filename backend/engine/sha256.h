// SPDX-License-Identifier: Apache-2.0
// Incremental SHA-256 over OpenSSL's EVP interface (SHA-NI / AVX2 code paths where the CPU has
// them). Hashes in the manifest are lower-case hex.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <memory>

struct evp_md_ctx_st;

namespace engine {

class Sha256 {
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const void *data, std::size_t size);
    // The digest as 64 hex characters; the object starts over afterwards.
    QString finishHex();

    // The hash of a whole file, read in large blocks; an empty string when it cannot be read
    // (with the reason in *error).
    static QString ofFile(const QString &path, QString *error = nullptr);

    // Loads OpenSSL's default provider and SHA-256 once, on the calling thread. Programs call it
    // at start, before any worker thread uses OpenSSL: OpenSSL 3.0 can leak a provider object
    // when two threads activate the providers at the same time. Every Sha256 calls it too.
    static void initialise();

private:
    void reset();
    struct Free {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
};

} // namespace engine
