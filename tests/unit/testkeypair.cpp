// SPDX-License-Identifier: Apache-2.0
#include "testkeypair.h"

#include <QDir>
#include <QFile>

#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509v3.h>

namespace {

QByteArray takeBio(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray bytes(data, static_cast<qsizetype>(size));
    BIO_free(bio);
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

TestKeyPair::TestKeyPair(const QString &commonName, KeyType type)
{
    m_key = type == KeyType::Rsa2048 ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t{2048})
                                     : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384");
    m_certificate = X509_new();
    if (m_key == nullptr || m_certificate == nullptr) {
        return;
    }
    X509_set_version(m_certificate, X509_VERSION_3);
    ASN1_INTEGER_set(X509_get_serialNumber(m_certificate), 1);
    const QByteArray cn = commonName.toUtf8();
    X509_NAME *name = X509_get_subject_name(m_certificate);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn.constData()),
                               static_cast<int>(cn.size()), -1, 0);
    X509_set_issuer_name(m_certificate, name);
    X509_gmtime_adj(X509_getm_notBefore(m_certificate), 0);
    X509_gmtime_adj(X509_getm_notAfter(m_certificate), 3600L * 24 * 365);
    X509_set_pubkey(m_certificate, m_key);
    // A CA certificate, as the CA key sources look for.
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, m_certificate, m_certificate, nullptr, nullptr, 0);
    X509_EXTENSION *constraints =
        X509V3_EXT_conf_nid(nullptr, &context, NID_basic_constraints, "critical,CA:TRUE");
    if (constraints != nullptr) {
        X509_add_ext(m_certificate, constraints, -1);
        X509_EXTENSION_free(constraints);
    }
    if (X509_sign(m_certificate, m_key, EVP_sha384()) <= 0) {
        X509_free(m_certificate);
        m_certificate = nullptr;
    }
}

TestKeyPair::~TestKeyPair()
{
    EVP_PKEY_free(m_key);
    X509_free(m_certificate);
}

QByteArray TestKeyPair::keyPem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
    return takeBio(bio);
}

QByteArray TestKeyPair::certificatePem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, m_certificate);
    return takeBio(bio);
}

bool TestKeyPair::install(const QString &serverFolder) const
{
    return writeFile(serverFolder + QStringLiteral("/ca/ca-key.pem"), keyPem()) &&
           writeFile(serverFolder + QStringLiteral("/ca/ca-cert.pem"), certificatePem());
}

QByteArray TestKeyPair::pkcs12(const QByteArray &password, Encryption encryption) const
{
    const int nid =
        encryption == Encryption::Aes256 ? NID_aes_256_cbc : NID_pbe_WithSHA1And3_Key_TripleDES_CBC;
    PKCS12 *p12 = PKCS12_create(password.constData(), nullptr, m_key, m_certificate, nullptr, nid,
                                nid, 2048, 2048, 0);
    unsigned char *der = nullptr;
    const int size = p12 == nullptr ? 0 : i2d_PKCS12(p12, &der);
    QByteArray bytes(reinterpret_cast<const char *>(der), size > 0 ? size : 0);
    OPENSSL_free(der);
    PKCS12_free(p12);
    return bytes;
}
