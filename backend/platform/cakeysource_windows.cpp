// SPDX-License-Identifier: Apache-2.0
#include "cakeysource.h"

#include <QList>
#include <QStringList>
#include <QSysInfo>

#include <windows.h>
#include <wincrypt.h>

#include <string>

namespace platform {
namespace {

// Closes a certificate store on every path.
class StoreHandle {
public:
    explicit StoreHandle(HCERTSTORE store) : m_store(store) {}
    ~StoreHandle()
    {
        if (m_store != nullptr) {
            CertCloseStore(m_store, 0);
        }
    }
    StoreHandle(const StoreHandle &) = delete;
    StoreHandle &operator=(const StoreHandle &) = delete;
    HCERTSTORE get() const { return m_store; }

private:
    HCERTSTORE m_store;
};

QString errorText(DWORD code)
{
    wchar_t *buffer = nullptr;
    const DWORD length = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, code, 0, reinterpret_cast<wchar_t *>(&buffer), 0, nullptr);
    QString text = length > 0 ? QString::fromWCharArray(buffer, static_cast<int>(length)).trimmed()
                              : QString();
    if (buffer != nullptr) {
        LocalFree(buffer);
    }
    return QStringLiteral("0x%1 %2")
        .arg(static_cast<qulonglong>(code), 8, 16, QLatin1Char('0'))
        .arg(text);
}

QString computerName(COMPUTER_NAME_FORMAT format)
{
    DWORD size = 0;
    GetComputerNameExW(format, nullptr, &size); // asks for the size, including the NUL
    if (size == 0) {
        return {};
    }
    std::wstring buffer(size, L'\0');
    if (!GetComputerNameExW(format, buffer.data(), &size)) {
        return {};
    }
    return QString::fromWCharArray(buffer.c_str(), static_cast<int>(size));
}

QString commonName(PCCERT_CONTEXT certificate)
{
    void *oid = const_cast<char *>(szOID_COMMON_NAME);
    const DWORD size = CertGetNameStringW(certificate, CERT_NAME_ATTR_TYPE, 0, oid, nullptr, 0);
    if (size <= 1) {
        return {};
    }
    std::wstring buffer(size, L'\0');
    CertGetNameStringW(certificate, CERT_NAME_ATTR_TYPE, 0, oid, buffer.data(), size);
    return QString::fromWCharArray(buffer.c_str(), static_cast<int>(size - 1));
}

bool isCaCertificate(PCCERT_CONTEXT certificate)
{
    const PCERT_EXTENSION extension =
        CertFindExtension(szOID_BASIC_CONSTRAINTS2, certificate->pCertInfo->cExtension,
                          certificate->pCertInfo->rgExtension);
    if (extension == nullptr) {
        return false;
    }
    CERT_BASIC_CONSTRAINTS2_INFO *info = nullptr;
    DWORD size = 0;
    if (!CryptDecodeObjectEx(X509_ASN_ENCODING, X509_BASIC_CONSTRAINTS2, extension->Value.pbData,
                             extension->Value.cbData, CRYPT_DECODE_ALLOC_FLAG, nullptr, &info,
                             &size)) {
        return false;
    }
    const bool ca = info->fCA != FALSE;
    LocalFree(info);
    return ca;
}

bool hasPrivateKey(PCCERT_CONTEXT certificate)
{
    DWORD size = 0;
    return CertGetCertificateContextProperty(certificate, CERT_KEY_PROV_INFO_PROP_ID, nullptr,
                                             &size) != FALSE;
}

QString sha256Hex(PCCERT_CONTEXT certificate)
{
    BYTE digest[32];
    DWORD size = sizeof digest;
    if (!CryptHashCertificate2(L"SHA256", 0, nullptr, certificate->pbCertEncoded,
                               certificate->cbCertEncoded, digest, &size)) {
        return {};
    }
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest), static_cast<int>(size)).toHex());
}

} // namespace

bool CaKeySource::isLocal(const QString &server, QString *why)
{
    QString name = server.trimmed();
    while (name.startsWith(QLatin1Char('\\'))) {
        name.remove(0, 1);
    }
    const QStringList local{
        QStringLiteral("localhost"),           QStringLiteral("."),
        QStringLiteral("127.0.0.1"),           QStringLiteral("::1"),
        QSysInfo::machineHostName(),           computerName(ComputerNameNetBIOS),
        computerName(ComputerNameDnsHostname), computerName(ComputerNameDnsFullyQualified)};
    for (const QString &candidate : local) {
        if (!candidate.isEmpty() && candidate.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    if (why != nullptr) {
        *why = tr("%1 is another computer: the CA key can only be backed up on the CA itself, "
                  "where its private key is kept in the local machine's certificate store.")
                   .arg(server);
    }
    return false;
}

CaKeyExport CaKeySource::exportPkcs12(const QString &server, const QString &caName,
                                      const QString &password)
{
    CaKeyExport result;
    if (!isLocal(server, &result.error)) {
        result.action = tr("Run the backup on the CA itself, or turn off \"include the CA key\".");
        return result;
    }
    if (password.isEmpty()) {
        result.error = tr("No password was given to protect the CA key.");
        result.action = tr("Store a key password in the profile, or type one when asked.");
        return result;
    }

    // The CA's certificates (one per renewal) sit with their keys in the machine's "MY" store.
    const StoreHandle machine(CertOpenStore(
        CERT_STORE_PROV_SYSTEM_W, 0, 0,
        CERT_SYSTEM_STORE_LOCAL_MACHINE | CERT_STORE_OPEN_EXISTING_FLAG | CERT_STORE_READONLY_FLAG,
        L"MY"));
    if (machine.get() == nullptr && GetLastError() != ERROR_FILE_NOT_FOUND) {
        result.error = tr("Cannot open the local machine's certificate store: %1")
                           .arg(errorText(GetLastError()));
        result.action = tr("Run the backup as an administrator (elevated).");
        return result;
    }
    // A machine without a "MY" store at all holds no CA key either: said below, as for an
    // empty store.
    const StoreHandle selection(
        CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, CERT_STORE_CREATE_NEW_FLAG, nullptr));
    if (selection.get() == nullptr) {
        result.error =
            tr("Cannot create a certificate store in memory: %1").arg(errorText(GetLastError()));
        result.action = tr("Run the backup again; report the log if it repeats.");
        return result;
    }
    int found = 0;
    FILETIME newest{};
    PCCERT_CONTEXT certificate = nullptr;
    while (machine.get() != nullptr &&
           (certificate = CertEnumCertificatesInStore(machine.get(), certificate)) != nullptr) {
        if (commonName(certificate).compare(caName, Qt::CaseInsensitive) != 0 ||
            !isCaCertificate(certificate) || !hasPrivateKey(certificate)) {
            continue;
        }
        // The copy keeps the key's provider information, so the export finds the key.
        if (!CertAddCertificateContextToStore(selection.get(), certificate, CERT_STORE_ADD_ALWAYS,
                                              nullptr)) {
            continue;
        }
        ++found;
        if (found == 1 || CompareFileTime(&certificate->pCertInfo->NotBefore, &newest) > 0) {
            newest = certificate->pCertInfo->NotBefore;
            result.certificateSha256 = sha256Hex(certificate);
        }
    }
    if (found == 0) {
        result.error = tr("No certificate of CA \"%1\" with its private key is in the local "
                          "machine's certificate store.")
                           .arg(caName);
        result.action = tr("Check that this computer is the CA and that the backup runs "
                           "elevated; otherwise turn off \"include the CA key\".");
        return result;
    }

    // PBES2 with AES-256 and SHA-256 instead of the legacy 3DES/RC2 that PFXExportCertStoreEx
    // uses by default (needs Windows 10 1709 / Server 2019 or later).
    PKCS12_PBES2_EXPORT_PARAMS params{};
    params.dwSize = sizeof params;
    params.hNcryptDescriptor = nullptr;
    params.pwszPbes2Alg = const_cast<LPWSTR>(PKCS12_PBES2_ALG_AES256_SHA256);
    const DWORD flags = EXPORT_PRIVATE_KEYS | REPORT_NO_PRIVATE_KEY |
                        REPORT_NOT_ABLE_TO_EXPORT_PRIVATE_KEY | PKCS12_EXPORT_PBES2_PARAMS;
    const std::wstring pass = password.toStdWString();
    CRYPT_DATA_BLOB blob{};
    bool ok = PFXExportCertStoreEx(selection.get(), &blob, pass.c_str(), &params, flags) != FALSE;
    QByteArray bytes;
    if (ok) {
        bytes.resize(static_cast<qsizetype>(blob.cbData));
        blob.pbData = reinterpret_cast<BYTE *>(bytes.data());
        ok = PFXExportCertStoreEx(selection.get(), &blob, pass.c_str(), &params, flags) != FALSE;
        bytes.resize(static_cast<qsizetype>(blob.cbData));
    }
    if (!ok) {
        const DWORD code = GetLastError();
        result.error =
            tr("Windows could not export the key of CA \"%1\": %2").arg(caName, errorText(code));
        result.action = tr("Run the backup elevated on the CA. A key marked as not exportable, "
                           "or a Windows version older than Windows 10 1709 / Server 2019, "
                           "cannot be exported with AES-256 by this tool.");
        return result;
    }
    result.pkcs12 = bytes;
    result.ok = true;
    return result;
}

CaKeyImport CaKeySource::importPkcs12(const QString &server, const QString &caName,
                                      const QByteArray &pkcs12, const QString &password)
{
    CaKeyImport result;
    if (!isLocal(server, &result.error)) {
        result.action = tr("Restore the CA key on the CA itself.");
        return result;
    }
    CRYPT_DATA_BLOB blob{};
    blob.cbData = static_cast<DWORD>(pkcs12.size());
    blob.pbData = reinterpret_cast<BYTE *>(const_cast<char *>(pkcs12.constData()));
    const std::wstring pass = password.toStdWString();
    // The key goes into the machine's key store, where CertSvc finds it; exportable so that the
    // next backup can export it again.
    const StoreHandle imported(
        PFXImportCertStore(&blob, pass.c_str(), CRYPT_MACHINE_KEYSET | CRYPT_EXPORTABLE));
    if (imported.get() == nullptr) {
        result.error = tr("The CA key file does not open: %1").arg(errorText(GetLastError()));
        result.action = tr("Give the password the key was backed up with, and run elevated.");
        return result;
    }
    const StoreHandle machine(
        CertOpenStore(CERT_STORE_PROV_SYSTEM_W, 0, 0, CERT_SYSTEM_STORE_LOCAL_MACHINE, L"MY"));
    if (machine.get() == nullptr) {
        result.error = tr("Cannot open the local machine's certificate store: %1")
                           .arg(errorText(GetLastError()));
        result.action = tr("Run the restore as an administrator (elevated).");
        return result;
    }
    int added = 0;
    PCCERT_CONTEXT certificate = nullptr;
    while ((certificate = CertEnumCertificatesInStore(imported.get(), certificate)) != nullptr) {
        if (commonName(certificate).compare(caName, Qt::CaseInsensitive) != 0) {
            continue;
        }
        if (CertAddCertificateContextToStore(machine.get(), certificate,
                                             CERT_STORE_ADD_REPLACE_EXISTING, nullptr)) {
            ++added;
        }
    }
    if (added == 0) {
        result.error = tr("The key file holds no certificate of CA \"%1\".").arg(caName);
        result.action = tr("Restore the key of this CA, from a set of this CA.");
        return result;
    }
    result.detail = tr("%1 certificate(s) of \"%2\" with their keys were imported into the local "
                       "machine's certificate store.")
                        .arg(added)
                        .arg(caName);
    result.ok = true;
    return result;
}

} // namespace platform
