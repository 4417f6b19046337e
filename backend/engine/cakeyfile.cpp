// SPDX-License-Identifier: Apache-2.0
#include "cakeyfile.h"

#include "platform/x509text.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace engine {
namespace {

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12, PKCS12_free>>;
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Pbe2 = std::unique_ptr<PBE2PARAM, Deleter<PBE2PARAM, PBE2PARAM_free>>;
using Pbkdf2 = std::unique_ptr<PBKDF2PARAM, Deleter<PBKDF2PARAM, PBKDF2PARAM_free>>;

struct CertificateStackFree {
    void operator()(STACK_OF(X509) * stack) const { sk_X509_pop_free(stack, X509_free); }
};
struct AuthSafesFree {
    void operator()(STACK_OF(PKCS7) * stack) const { sk_PKCS7_pop_free(stack, PKCS7_free); }
};
struct BagsFree {
    void operator()(STACK_OF(PKCS12_SAFEBAG) * stack) const
    {
        sk_PKCS12_SAFEBAG_pop_free(stack, PKCS12_SAFEBAG_free);
    }
};

QString objectName(const ASN1_OBJECT *object)
{
    const int nid = OBJ_obj2nid(object);
    return nid == NID_undef ? QStringLiteral("unknown") : QString::fromLatin1(OBJ_nid2sn(nid));
}

// "AES-256-CBC (PBKDF2 hmacWithSHA256, 200000 iterations)" for PBES2, the scheme's short name
// for the legacy PKCS#12 schemes.
QString describeEncryption(const X509_ALGOR *algorithm)
{
    if (algorithm == nullptr) {
        return QStringLiteral("none");
    }
    if (OBJ_obj2nid(algorithm->algorithm) != NID_pbes2) {
        return objectName(algorithm->algorithm);
    }
    const Pbe2 pbe2(static_cast<PBE2PARAM *>(
        ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM), algorithm->parameter)));
    if (!pbe2) {
        return QStringLiteral("PBES2 (unreadable parameters)");
    }
    QString text = objectName(pbe2->encryption->algorithm);
    if (OBJ_obj2nid(pbe2->keyfunc->algorithm) == NID_id_pbkdf2) {
        const Pbkdf2 kdf(static_cast<PBKDF2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBKDF2PARAM), pbe2->keyfunc->parameter)));
        if (kdf) {
            const QString prf = kdf->prf == nullptr ? QStringLiteral("hmacWithSHA1")
                                                    : objectName(kdf->prf->algorithm);
            text += QStringLiteral(" (PBKDF2 %1, %2 iterations)")
                        .arg(prf)
                        .arg(ASN1_INTEGER_get(kdf->iter));
        }
    } else {
        text += QStringLiteral(" (%1)").arg(objectName(pbe2->keyfunc->algorithm));
    }
    return text;
}

// How the key bags, the certificate bags and the MAC are protected.
QString describeProtection(PKCS12 *p12)
{
    QStringList parts;
    const std::unique_ptr<STACK_OF(PKCS7), AuthSafesFree> safes(PKCS12_unpack_authsafes(p12));
    for (int i = 0; safes && i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes.get(), i);
        const int type = OBJ_obj2nid(p7->type);
        std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), BagsFree> bags;
        if (type == NID_pkcs7_encrypted) {
            // Not decrypted again: that would cost another key derivation for nothing new.
            parts.append(QStringLiteral("certificates: ") +
                         describeEncryption(p7->d.encrypted->enc_data->algorithm));
        } else if (type == NID_pkcs7_data) {
            bags.reset(PKCS12_unpack_p7data(p7));
        }
        for (int j = 0; bags && j < sk_PKCS12_SAFEBAG_num(bags.get()); ++j) {
            const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags.get(), j);
            if (PKCS12_SAFEBAG_get_nid(bag) == NID_pkcs8ShroudedKeyBag) {
                const X509_ALGOR *algorithm = nullptr;
                X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &algorithm, nullptr);
                parts.append(QStringLiteral("key: ") + describeEncryption(algorithm));
            } else if (PKCS12_SAFEBAG_get_nid(bag) == NID_keyBag) {
                parts.append(QStringLiteral("key: not encrypted"));
            }
        }
    }
    const ASN1_OCTET_STRING *mac = nullptr;
    const X509_ALGOR *macAlgorithm = nullptr;
    const ASN1_INTEGER *macIterations = nullptr;
    PKCS12_get0_mac(&mac, &macAlgorithm, nullptr, &macIterations, p12);
    if (macAlgorithm != nullptr) {
        const ASN1_OBJECT *object = nullptr;
        X509_ALGOR_get0(&object, nullptr, nullptr, macAlgorithm);
        parts.append(QStringLiteral("MAC: %1, %2 iterations")
                         .arg(objectName(object))
                         .arg(macIterations == nullptr ? 1 : ASN1_INTEGER_get(macIterations)));
    } else {
        parts.append(QStringLiteral("MAC: none"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

CaKeyInspection CaKeyFile::inspect(const QByteArray &pkcs12, const QString &password)
{
    CaKeyInspection result;
    const auto *cursor = reinterpret_cast<const unsigned char *>(pkcs12.constData());
    const Pkcs12 p12(d2i_PKCS12(nullptr, &cursor, static_cast<long>(pkcs12.size())));
    if (!p12) {
        ERR_clear_error();
        result.error = tr("the file is not a PKCS#12 file");
        return result;
    }
    const QByteArray pass = password.toUtf8();
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCertificate = nullptr;
    STACK_OF(X509) *rawOthers = nullptr;
    const int parsed =
        PKCS12_parse(p12.get(), pass.constData(), &rawKey, &rawCertificate, &rawOthers);
    const Key key(rawKey);
    const Certificate certificate(rawCertificate);
    const std::unique_ptr<STACK_OF(X509), CertificateStackFree> others(rawOthers);
    if (parsed != 1) {
        // PKCS12_parse checks the MAC first; a wrong password shows as a MAC failure.
        const unsigned long code = ERR_get_error();
        ERR_clear_error();
        if (ERR_GET_LIB(code) == ERR_LIB_PKCS12 &&
            ERR_GET_REASON(code) == PKCS12_R_MAC_VERIFY_FAILURE) {
            result.error = tr("it does not open with the stored password (integrity check failed)");
            return result;
        }
        char text[256] = {};
        ERR_error_string_n(code, text, sizeof text);
        result.error = tr("it cannot be decrypted with the stored password (%1)")
                           .arg(QString::fromLatin1(text));
        return result;
    }
    result.opened = true;
    result.hasKey = key != nullptr;
    if (certificate) {
        result.keyCertificateCommonName = platform::x509CommonName(certificate.get());
        result.keyCertificateSha256 = platform::x509Sha256Hex(certificate.get());
        result.certificateSha256s.append(result.keyCertificateSha256);
        if (key) {
            result.keyMatchesCertificate = X509_check_private_key(certificate.get(), key.get());
            ERR_clear_error();
        }
    }
    for (int i = 0; others && i < sk_X509_num(others.get()); ++i) {
        result.certificateSha256s.append(platform::x509Sha256Hex(sk_X509_value(others.get(), i)));
    }
    result.encryption = describeProtection(p12.get());
    return result;
}

} // namespace engine
