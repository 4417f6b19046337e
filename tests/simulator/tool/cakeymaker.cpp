// SPDX-License-Identifier: Apache-2.0
#include "tool/cakeymaker.h"

#include "common/fileio.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace certsrvsim {

namespace {

template <typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using BigNumber = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

// The newest OpenSSL error in words, for a message to the operator.
std::string opensslError(const std::string &what)
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return what;
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return what + ": " + text;
}

bool addExtension(X509 *certificate, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, certificate, certificate, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

std::string pemText(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? std::string(data, static_cast<std::size_t>(size)) : std::string();
}

} // namespace

bool CaKeyMaker::create(const std::string &keyPath, const std::string &certificatePath,
                        const std::string &caName, std::time_t created, std::string *error)
{
    auto fail = [error](const std::string &text) {
        if (error)
            *error = text;
        return false;
    };
    const Key key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-384"));
    if (!key)
        return fail(opensslError("cannot generate the CA key pair"));

    const Certificate certificate(X509_new());
    const BigNumber serial(BN_new());
    // A positive random 128-bit serial, as CAs use for their own certificates.
    bool ok = certificate && serial &&
              BN_rand(serial.get(), 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) == 1;
    ok = ok && X509_set_version(certificate.get(), X509_VERSION_3) == 1 &&
         BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) != nullptr;
    X509_NAME *name = ok ? X509_get_subject_name(certificate.get()) : nullptr;
    ok = ok && name != nullptr &&
         X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(caName.c_str()),
                                    static_cast<int>(caName.size()), -1, 0) == 1 &&
         X509_set_issuer_name(certificate.get(), name) == 1;
    std::time_t notBefore = created;
    ok = ok && X509_time_adj_ex(X509_getm_notBefore(certificate.get()), 0, 0, &notBefore) &&
         X509_time_adj_ex(X509_getm_notAfter(certificate.get()), 3652, 0, &notBefore) &&
         X509_set_pubkey(certificate.get(), key.get()) == 1;
    ok = ok && addExtension(certificate.get(), NID_basic_constraints, "critical,CA:TRUE") &&
         addExtension(certificate.get(), NID_key_usage,
                      "critical,digitalSignature,keyCertSign,cRLSign") &&
         addExtension(certificate.get(), NID_subject_key_identifier, "hash");
    ok = ok && X509_sign(certificate.get(), key.get(), EVP_sha384()) > 0;
    if (!ok)
        return fail(opensslError("cannot make the CA certificate of '" + caName + "'"));

    const Bio keyBio(BIO_new(BIO_s_mem()));
    const Bio certificateBio(BIO_new(BIO_s_mem()));
    if (!keyBio || !certificateBio ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) !=
            1 ||
        PEM_write_bio_X509(certificateBio.get(), certificate.get()) != 1)
        return fail(opensslError("cannot encode the CA key pair"));

    std::string err;
    if (!fileio::makeDirectories(fileio::dirName(keyPath), &err) ||
        !fileio::writeFileAtomic(keyPath, pemText(keyBio.get()), 0600, &err) ||
        !fileio::writeFileAtomic(certificatePath, pemText(certificateBio.get()), 0644, &err))
        return fail(err);
    return true;
}

} // namespace certsrvsim
