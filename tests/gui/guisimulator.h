// SPDX-License-Identifier: Apache-2.0
// The GUI tests' simulated CAs: a private simulator home exported into the test process, the
// servers a test needs started, and the simulator's client library loaded in-process, as the
// application loads certadm.dll.
#pragma once

#include "engine/certadmloader.h"
#include "simulatorfixture.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace testing {

struct SimulatedServer {
    QString name;
    QStringList startArguments; // "--issue-rate 200", "--fault stall=150", ...
};

class GuiSimulator {
public:
    // Starts `servers`; error() says why when ready() is false.
    explicit GuiSimulator(const QList<SimulatedServer> &servers = {})
        : m_fixture(std::make_unique<SimulatorFixture>(QStringLiteral(CERTSRV_BIN_DIR)))
    {
        if (!m_fixture->isValid()) {
            m_error = QStringLiteral("no simulator home");
            return;
        }
        m_fixture->exportEnvironment();
        for (const SimulatedServer &server : servers) {
            if (!m_fixture->createAndStart(server.name, server.startArguments, &m_error)) {
                return;
            }
        }
        m_library = engine::loadCertadmLibrary(
            QStringLiteral(CERTSRV_BIN_DIR) + QStringLiteral("/libcertadm-sim.so"), &m_error);
    }

    bool ready() const { return m_library != nullptr; }
    const QString &error() const { return m_error; }
    SimulatorFixture *fixture() const { return m_fixture.get(); }
    const std::shared_ptr<const certadm::CertadmLibrary> &library() const { return m_library; }

private:
    std::unique_ptr<SimulatorFixture> m_fixture;
    std::shared_ptr<const certadm::CertadmLibrary> m_library;
    QString m_error;
};

} // namespace testing
