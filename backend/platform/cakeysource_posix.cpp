// SPDX-License-Identifier: Apache-2.0
#include "cakeysource.h"

#include "simulatorhome.h"
#include "x509text.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <memory>

namespace platform {
namespace {

// PBKDF2 iterations for the key and certificate encryption and the MAC. Far above OpenSSL's
// 2048 default while keeping an export (three derivations) well under a second.
constexpr int kPbkdf2Iterations = 600000;

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;

QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0) {
        return QStringLiteral("unknown OpenSSL error");
    }
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QByteArray readSmallFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return file.read(1 << 20);
}

} // namespace

bool CaKeySource::isLocal(const QString &server, QString *why)
{
    if (!simulatedServerFolder(server).isEmpty()) {
        return true;
    }
    if (why != nullptr) {
        *why = tr("%1 is not a CA on this computer: the CA key can only be backed up on the CA "
                  "itself (no simulated server of that name under %2).")
                   .arg(server, QDir::toNativeSeparators(simulatorHome()));
    }
    return false;
}

CaKeyExport CaKeySource::exportPkcs12(const QString &server, const QString &caName,
                                      const QString &password)
{
    CaKeyExport result;
    const QString folder = simulatedServerFolder(server);
    if (folder.isEmpty()) {
        isLocal(server, &result.error);
        result.action = tr("Run the backup on the CA itself, or turn off \"include the CA key\".");
        return result;
    }
    if (password.isEmpty()) {
        result.error = tr("No password was given to protect the CA key.");
        result.action = tr("Store a key password in the profile, or type one when asked.");
        return result;
    }
    const QString keyPath = folder + QStringLiteral("/ca/ca-key.pem");
    const QString certificatePath = folder + QStringLiteral("/ca/ca-cert.pem");
    QString readError;
    const QByteArray keyPem = readSmallFile(keyPath, &readError);
    const QByteArray certificatePem =
        keyPem.isEmpty() ? QByteArray() : readSmallFile(certificatePath, &readError);
    if (keyPem.isEmpty() || certificatePem.isEmpty()) {
        result.error =
            tr("The key or certificate of CA \"%1\" cannot be read from %2: %3")
                .arg(caName, QDir::toNativeSeparators(folder + QStringLiteral("/ca")), readError);
        result.action = tr("Check that this account can read the CA's key files; a server "
                           "created by an older simulator has none (create it again).");
        return result;
    }

    const Bio keyBio(BIO_new_mem_buf(keyPem.constData(), static_cast<int>(keyPem.size())));
    const Bio certificateBio(
        BIO_new_mem_buf(certificatePem.constData(), static_cast<int>(certificatePem.size())));
    const Key key(keyBio ? PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr)
                         : nullptr);
    const Certificate certificate(
        certificateBio ? PEM_read_bio_X509(certificateBio.get(), nullptr, nullptr, nullptr)
                       : nullptr);
    if (!key || !certificate) {
        result.error = tr("The key files of CA \"%1\" are damaged: %2").arg(caName, opensslError());
        result.action = tr("Restore the CA's key files, or create the simulated server again.");
        return result;
    }
    const QString subject = x509CommonName(certificate.get());
    if (subject.compare(caName, Qt::CaseInsensitive) != 0) {
        result.error = tr("The certificate on %1 is issued to \"%2\", not to the CA \"%3\" that "
                          "the server reports.")
                           .arg(server, subject, caName);
        result.action = tr("Check which CA runs on this server before backing up its key.");
        return result;
    }
    if (X509_check_private_key(certificate.get(), key.get()) != 1) {
        ERR_clear_error();
        result.error =
            tr("The private key of CA \"%1\" does not belong to its certificate.").arg(caName);
        result.action = tr("Restore the CA's key files before backing up the key.");
        return result;
    }

    // AES-256-CBC with PBKDF2/HMAC-SHA256 for both bags instead of the legacy RC2/3DES, and a
    // SHA-256 MAC; the MAC is added separately so that its digest is chosen here, not by default.
    const QByteArray pass = password.toUtf8();
    QByteArray friendlyName = caName.toUtf8();
    const Pkcs12 p12(PKCS12_create_ex(pass.constData(), friendlyName.data(), key.get(),
                                      certificate.get(), nullptr, NID_aes_256_cbc, NID_aes_256_cbc,
                                      kPbkdf2Iterations, -1, 0, nullptr, nullptr));
    if (!p12 || PKCS12_set_mac(p12.get(), pass.constData(), -1, nullptr, 0, kPbkdf2Iterations,
                               EVP_sha256()) != 1) {
        result.error = tr("Cannot build the PKCS#12 file: %1").arg(opensslError());
        result.action = tr("Run the backup again; report the log if it repeats.");
        return result;
    }
    unsigned char *der = nullptr;
    const int size = i2d_PKCS12(p12.get(), &der);
    if (size <= 0) {
        result.error = tr("Cannot encode the PKCS#12 file: %1").arg(opensslError());
        result.action = tr("Run the backup again; report the log if it repeats.");
        return result;
    }
    result.pkcs12 = QByteArray(reinterpret_cast<const char *>(der), size);
    OPENSSL_free(der);
    result.certificateSha256 = x509Sha256Hex(certificate.get());
    result.ok = true;
    return result;
}

namespace {

QByteArray pemOf(int (*write)(BIO *, const void *), const void *object)
{
    const Bio bio(BIO_new(BIO_s_mem()));
    if (!bio || write(bio.get(), object) != 1) {
        return {};
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<int>(size));
}

int writeKey(BIO *bio, const void *key)
{
    return PEM_write_bio_PrivateKey(bio, static_cast<EVP_PKEY *>(const_cast<void *>(key)), nullptr,
                                    nullptr, 0, nullptr, nullptr);
}

int writeCertificate(BIO *bio, const void *certificate)
{
    return PEM_write_bio_X509(bio, static_cast<X509 *>(const_cast<void *>(certificate)));
}

bool replaceFile(const QString &path, const QByteArray &content, QFile::Permissions permissions,
                 QString *error)
{
    if (QFile::exists(path)) {
        const QString kept = path + QStringLiteral(".before-restore");
        QFile::remove(kept);
        if (!QFile::copy(path, kept)) {
            *error = QStringLiteral("cannot keep a copy of %1").arg(path);
            return false;
        }
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) ||
        file.write(content) != content.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

CaKeyImport CaKeySource::importPkcs12(const QString &server, const QString &caName,
                                      const QByteArray &pkcs12, const QString &password)
{
    CaKeyImport result;
    const QString folder = simulatedServerFolder(server);
    if (folder.isEmpty()) {
        isLocal(server, &result.error);
        result.action = tr("Restore the CA key on the CA itself.");
        return result;
    }
    const auto *der = reinterpret_cast<const unsigned char *>(pkcs12.constData());
    const Pkcs12 p12(d2i_PKCS12(nullptr, &der, pkcs12.size()));
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    const QByteArray pass = password.toUtf8();
    if (!p12 || PKCS12_parse(p12.get(), pass.constData(), &rawKey, &rawCertificate, nullptr) != 1) {
        ERR_clear_error();
        result.error = tr("The CA key file does not open with the password given.");
        result.action = tr("Give the password the key was backed up with.");
        return result;
    }
    const Key key(rawKey);
    const Certificate certificate(rawCertificate);
    if (!key || !certificate) {
        result.error = tr("The CA key file holds no key or no certificate.");
        result.action = tr("Restore the key from another set.");
        return result;
    }
    const QString subject = x509CommonName(certificate.get());
    if (subject.compare(caName, Qt::CaseInsensitive) != 0) {
        result.error = tr("The key file holds the certificate of \"%1\", not of the CA \"%2\".")
                           .arg(subject, caName);
        result.action = tr("Restore the key of this CA, from a set of this CA.");
        return result;
    }
    QString error;
    const QString dir = folder + QStringLiteral("/ca");
    if (!QDir().mkpath(dir) ||
        !replaceFile(dir + QStringLiteral("/ca-key.pem"), pemOf(writeKey, key.get()),
                     QFile::ReadOwner | QFile::WriteOwner, &error) ||
        !replaceFile(
            dir + QStringLiteral("/ca-cert.pem"), pemOf(writeCertificate, certificate.get()),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther, &error)) {
        result.error =
            tr("The CA key cannot be written to %1: %2").arg(QDir::toNativeSeparators(dir), error);
        result.action = tr("Check that this account can write the CA's key folder.");
        return result;
    }
    result.detail = tr("The key and certificate of \"%1\" were written to %2; the previous ones "
                       "are kept as *.before-restore.")
                        .arg(subject, QDir::toNativeSeparators(dir));
    result.ok = true;
    return result;
}

} // namespace platform
