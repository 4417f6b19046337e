// SPDX-License-Identifier: Apache-2.0
// Reading back a CA key backup (<CA name>.p12): whether it opens with a password, which CA
// certificates it holds and whether its private key belongs to one of them. Verification uses it
// to prove that a set's key file can be restored, not merely that its bytes are unchanged.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace engine {

struct CaKeyInspection {
    bool opened = false; // the MAC checked out and the bags decrypted with the password
    QString error;       // why it did not open, in words
    bool hasKey = false;
    bool keyMatchesCertificate = false; // the private key belongs to the key's certificate
    QString keyCertificateCommonName;   // CN of the certificate that goes with the key
    QString keyCertificateSha256;       // lower-case hex SHA-256 of that certificate's DER
    QStringList certificateSha256s;     // every certificate in the file, the key's first
    QString encryption;                 // e.g. "AES-256-CBC (PBKDF2, HMAC-SHA256); MAC SHA256"
};

class CaKeyFile {
    Q_DECLARE_TR_FUNCTIONS(CaKeyFile)
public:
    static CaKeyInspection inspect(const QByteArray &pkcs12, const QString &password);
};

} // namespace engine
