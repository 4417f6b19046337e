#include "cakeysource.h"

#include "simulatorhome.h"
#include "x509text.h"

#include <QDir>
#include <QFile>

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

} // namespace platform
