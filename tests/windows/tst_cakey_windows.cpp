// SPDX-License-Identifier: Apache-2.0
// The CA key's Windows code for real (under Wine in CI): a restore's import of a set's PKCS#12
// into the local machine's "MY" store (PFXImportCertStore, CertAddCertificateContextToStore), and
// a backup's export of it from there (PFXExportCertStoreEx with AES-256), each read back with
// OpenSSL. Where Wine lacks a part of crypt32 that Windows has, the test says which.
#include "platform/cakeysource.h"
#include "testkeypair.h"

#include <QTest>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <windows.h>

namespace {

const QString kCaName = QStringLiteral("Zertifizierungsstelle Süd Test");
const QString kLocal = QStringLiteral("localhost");

bool underWine()
{
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll != nullptr && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

// The certificate of `pkcs12` opened with `password`, as DER; empty when it does not open.
QByteArray certificateOf(const QByteArray &pkcs12, const QByteArray &password, bool *hasKey)
{
    const auto *data = reinterpret_cast<const unsigned char *>(pkcs12.constData());
    PKCS12 *p12 = d2i_PKCS12(nullptr, &data, static_cast<long>(pkcs12.size()));
    if (p12 == nullptr) {
        return {};
    }
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    const bool parsed = PKCS12_parse(p12, password.constData(), &key, &certificate, nullptr) == 1;
    PKCS12_free(p12);
    QByteArray der;
    if (parsed && certificate != nullptr) {
        unsigned char *out = nullptr;
        const int size = i2d_X509(certificate, &out);
        if (size > 0) {
            der = QByteArray(reinterpret_cast<const char *>(out), size);
        }
        OPENSSL_free(out);
        *hasKey = key != nullptr && X509_check_private_key(certificate, key) == 1;
    }
    EVP_PKEY_free(key);
    X509_free(certificate);
    return der;
}

QByteArray derOf(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size()));
    X509 *certificate = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    QByteArray der;
    unsigned char *out = nullptr;
    const int size = certificate != nullptr ? i2d_X509(certificate, &out) : 0;
    if (size > 0) {
        der = QByteArray(reinterpret_cast<const char *>(out), size);
    }
    OPENSSL_free(out);
    X509_free(certificate);
    return der;
}

} // namespace

class TestCaKeyWindows final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // As the product does on Windows: no OpenSSL clean-up while the DLL detaches at exit.
        QVERIFY(OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1);
    }

    void keyOfAnotherComputerIsRefused()
    {
        const platform::CaKeyExport exported = platform::CaKeySource::exportPkcs12(
            QStringLiteral("CA99.example.invalid"), kCaName, QStringLiteral("password"));
        QVERIFY(!exported.ok);
        QVERIFY2(exported.error.contains(QStringLiteral("another computer")),
                 qPrintable(exported.error));
        QVERIFY(!exported.action.isEmpty());
    }

    void aCaWithoutItsCertificateIsNamed()
    {
        const platform::CaKeyExport exported = platform::CaKeySource::exportPkcs12(
            kLocal, QStringLiteral("No Such CA"), QStringLiteral("password"));
        QVERIFY(!exported.ok);
        QVERIFY2(exported.error.contains(QStringLiteral("\"No Such CA\"")),
                 qPrintable(exported.error));
    }

    void wrongPasswordDoesNotImport()
    {
        const TestKeyPair pair(kCaName);
        QVERIFY(pair.isValid());
        const platform::CaKeyImport imported = platform::CaKeySource::importPkcs12(
            kLocal, kCaName, pair.pkcs12("right password"), QStringLiteral("wrong password"));
        QVERIFY(!imported.ok);
        QVERIFY2(imported.error.contains(QStringLiteral("does not open")),
                 qPrintable(imported.error));
    }

    void ecdsaKeyFileImports()
    {
        // A CA with an ECDSA key (P-384), as newer hierarchies use.
        const TestKeyPair pair(QStringLiteral("ECDSA Import Test CA"));
        QVERIFY(pair.isValid());
        const platform::CaKeyImport imported = platform::CaKeySource::importPkcs12(
            kLocal, QStringLiteral("ECDSA Import Test CA"),
            pair.pkcs12("ec password", TestKeyPair::Encryption::TripleDes),
            QStringLiteral("ec password"));
        if (!imported.ok && underWine()) {
            QSKIP(qPrintable(QStringLiteral("Wine's crypt32 does not import ECDSA keys from a "
                                            "PKCS#12: ") +
                             imported.error));
        }
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void aes256KeyFileImports()
    {
        // What this tool's backups write (on Windows through PFXExportCertStoreEx with AES-256).
        const TestKeyPair pair(QStringLiteral("AES Import Test CA"), TestKeyPair::KeyType::Rsa2048);
        QVERIFY(pair.isValid());
        const platform::CaKeyImport imported = platform::CaKeySource::importPkcs12(
            kLocal, QStringLiteral("AES Import Test CA"), pair.pkcs12("aes password"),
            QStringLiteral("aes password"));
        if (!imported.ok && underWine()) {
            // Windows 10 1709 / Server 2019 and later read PBES2 with AES-256; Wine's crypt32
            // (GnuTLS underneath) does not decrypt it.
            QSKIP(qPrintable(QStringLiteral("Wine's crypt32 does not read an AES-256 PKCS#12: ") +
                             imported.error));
        }
        QVERIFY2(imported.ok, qPrintable(imported.error));
    }

    void importedKeyIsExportedAgain()
    {
        // Imported as a restore does it, from the 3DES file older Windows versions write, then
        // exported from the machine store as a backup does it. RSA, as most CAs' keys are.
        const TestKeyPair pair(kCaName, TestKeyPair::KeyType::Rsa2048);
        QVERIFY(pair.isValid());
        const platform::CaKeyImport imported = platform::CaKeySource::importPkcs12(
            kLocal, kCaName, pair.pkcs12("import password", TestKeyPair::Encryption::TripleDes),
            QStringLiteral("import password"));
        QVERIFY2(imported.ok, qPrintable(imported.error));
        QVERIFY2(imported.detail.contains(kCaName), qPrintable(imported.detail));

        const platform::CaKeyExport exported =
            platform::CaKeySource::exportPkcs12(kLocal, kCaName, QStringLiteral("export password"));
        if (!exported.ok && underWine() &&
            exported.error.startsWith(QStringLiteral("Windows could not export"))) {
            // The import and the search of the machine store ran for real; the export itself
            // needs crypt32's PFXExportCertStoreEx with PBES2/AES-256 parameters.
            QSKIP(qPrintable(QStringLiteral("Wine's crypt32 cannot do this export: ") +
                             exported.error));
        }
        QVERIFY2(exported.ok, qPrintable(exported.error));
        bool hasKey = false;
        const QByteArray certificate = certificateOf(exported.pkcs12, "export password", &hasKey);
        QCOMPARE(certificate, derOf(pair.certificatePem()));
        QVERIFY(hasKey);
        QCOMPARE(exported.certificateSha256.size(), 64);
    }
};

QTEST_GUILESS_MAIN(TestCaKeyWindows)
#include "tst_cakey_windows.moc"
