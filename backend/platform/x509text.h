// SPDX-License-Identifier: Apache-2.0
// What the tool shows and records of an X.509 certificate (OpenSSL): its subject's common name
// and the SHA-256 of its DER encoding. Shared by the CA key export and the .p12 check.
#pragma once

#include <QString>

struct x509_st;

namespace platform {

// The first commonName of the subject as UTF-8 text; empty when there is none.
QString x509CommonName(x509_st *certificate);
// Lower-case hex SHA-256 of the DER encoding; empty on failure.
QString x509Sha256Hex(x509_st *certificate);

} // namespace platform
