// SPDX-License-Identifier: Apache-2.0
// `certsrv-sim create`: the simulated CA's own key pair and self-signed CA certificate, so that
// the application can back up "the CA key" from a simulated server the way it does from a real
// one. Written into the instance folder as ca/ca-key.pem (PKCS#8, mode 0600) and
// ca/ca-cert.pem; the certificate's subject is CN=<CA name>.
#pragma once

#include <ctime>
#include <string>

namespace certsrvsim {

class CaKeyMaker {
public:
    // A P-384 key (fast to make, so tests that create many servers stay quick) and a
    // self-signed CA certificate valid for ten years from `created`. False with `error` set
    // when OpenSSL or the file system fails.
    static bool create(const std::string &keyPath, const std::string &certificatePath,
                       const std::string &caName, std::time_t created, std::string *error);
};

} // namespace certsrvsim
