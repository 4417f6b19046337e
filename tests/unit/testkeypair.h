// SPDX-License-Identifier: Apache-2.0
// A self-signed CA key pair made with OpenSSL for the tests of the CA key backup, so that they do
// not depend on the simulator: PEM files for the key source, and PKCS#12 files to plant in sets.
#pragma once

#include <QByteArray>
#include <QString>

#include <openssl/evp.h>
#include <openssl/x509.h>

class TestKeyPair {
public:
    enum class KeyType { EcP384, Rsa2048 };
    explicit TestKeyPair(const QString &commonName, KeyType type = KeyType::EcP384);
    ~TestKeyPair();
    TestKeyPair(const TestKeyPair &) = delete;
    TestKeyPair &operator=(const TestKeyPair &) = delete;

    bool isValid() const { return m_key != nullptr && m_certificate != nullptr; }
    QByteArray keyPem() const;
    QByteArray certificatePem() const;
    // Writes ca/ca-key.pem and ca/ca-cert.pem into a simulated server's folder.
    bool install(const QString &serverFolder) const;
    enum class Encryption { Aes256, TripleDes };
    // A PKCS#12 of this pair (AES-256, 2048 iterations), as another tool might write it; or with
    // the 3DES and SHA-1 that Windows Server 2016 and older export.
    QByteArray pkcs12(const QByteArray &password, Encryption encryption = Encryption::Aes256) const;

private:
    EVP_PKEY *m_key = nullptr;
    X509 *m_certificate = nullptr;
};
