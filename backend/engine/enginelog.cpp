// SPDX-License-Identifier: Apache-2.0
#include "enginelog.h"

#include <atomic>

namespace engine {
namespace {

std::atomic<bool> verbose{false};

} // namespace

Q_LOGGING_CATEGORY(lcEngine, "certsrv.engine", QtWarningMsg)
Q_LOGGING_CATEGORY(lcJob, "certsrv.job", QtWarningMsg)

void enableVerboseLogging(bool withJobLines)
{
    QString rules = QStringLiteral("certsrv.*.info=true");
    if (!withJobLines) {
        rules += QStringLiteral("\ncertsrv.job.info=false");
    }
    QLoggingCategory::setFilterRules(rules);
    verbose = true;
}

bool verboseLoggingEnabled()
{
    return verbose.load();
}

} // namespace engine
