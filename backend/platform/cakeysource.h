// SPDX-License-Identifier: Apache-2.0
// The CA's own certificate and private key, the part of a CA backup that the Certificate Services
// backup API does not cover (certutil -backupKey). Exported as a password-protected PKCS#12 blob
// that the engine writes as <CA name>.p12 into the set. Only possible on the CA itself: the key
// never leaves the machine that holds it except inside that file. One implementation per OS:
// cakeysource_windows.cpp (the local machine's "MY" store, PFXExportCertStoreEx with AES-256),
// cakeysource_posix.cpp (the simulated CA's PEM files, PKCS#12 built with OpenSSL).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace platform {

struct CaKeyExport {
    bool ok = false;
    QByteArray pkcs12;         // DER, protected with the password; keys and certificates AES-256
    QString certificateSha256; // lower-case hex SHA-256 of the current CA certificate's DER
    QString error;             // what went wrong, in words (failure only)
    QString action;            // what the operator can do next (failure only)
};

struct CaKeyImport {
    bool ok = false;
    QString detail; // what was imported and where the previous key went (success)
    QString error;  // what went wrong (failure only)
    QString action;
};

class CaKeySource {
    Q_DECLARE_TR_FUNCTIONS(CaKeySource)
public:
    // Whether the CA `server` runs on this machine, so that its key can be reached. `why` gets
    // a sentence for the operator when it does not.
    static bool isLocal(const QString &server, QString *why = nullptr);

    // Exports the certificate and private key of the CA `caName` on `server` (which must be
    // local) protected with `password`. Never writes anything to disk.
    static CaKeyExport exportPkcs12(const QString &server, const QString &caName,
                                    const QString &password);

    // Imports the certificate and private key of `pkcs12` (a set's <CA name>.p12) for the CA
    // `caName` on `server` (local): Windows puts them into the local machine's "MY" store,
    // the simulator writes its key files (the previous ones are kept beside them as
    // *.before-restore). The certificate must be issued to `caName`.
    static CaKeyImport importPkcs12(const QString &server, const QString &caName,
                                    const QByteArray &pkcs12, const QString &password);
};

} // namespace platform
