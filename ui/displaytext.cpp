// SPDX-License-Identifier: Apache-2.0
#include "displaytext.h"

#include "engine/errortext.h"
#include "uiresources.h"

namespace ui {

FailureText failureText(const engine::RunRecord &run)
{
    FailureText text{run.message, run.action, QString()};
    bool ok = false;
    const uint code = QStringView(run.hresult).mid(2).toUInt(&ok, 16);
    if (!ok || !run.hresult.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        return text;
    }
    const HRESULT hr = static_cast<HRESULT>(code);
    const engine::ErrorText d = engine::describeError(hr);
    // "Unspecified failure" says less than whatever the run recorded.
    if (!d.known || hr == engine::kHrFail || d.symbol == QLatin1String("E_UNEXPECTED")) {
        return text;
    }
    text.meaning = d.meaning;
    if (!d.action.isEmpty()) {
        text.action = d.action;
    }
    if (text.meaning != run.message) {
        text.recorded = run.message;
    }
    return text;
}

const QIcon &onlineIcon(engine::OnlineState state)
{
    switch (state) {
    case engine::OnlineState::Online:
        return stateIcon(StateIcon::Ok);
    case engine::OnlineState::Paused:
        return stateIcon(StateIcon::Warning);
    case engine::OnlineState::Unreachable:
        return stateIcon(StateIcon::Failed);
    case engine::OnlineState::Unknown:
        break;
    }
    return stateIcon(StateIcon::Unknown);
}

const QIcon &outcomeIcon(engine::RunOutcome outcome)
{
    switch (outcome) {
    case engine::RunOutcome::Succeeded:
        return stateIcon(StateIcon::Ok);
    case engine::RunOutcome::Cancelled:
        return stateIcon(StateIcon::Cancelled);
    case engine::RunOutcome::Failed:
        break;
    }
    return stateIcon(StateIcon::Failed);
}

} // namespace ui
