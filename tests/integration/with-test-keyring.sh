#!/bin/sh
# SPDX-License-Identifier: Apache-2.0
# Runs a test command inside a D-Bus session of its own, with a gnome-keyring whose login
# keyring is unlocked first. HOME, the XDG folders and the runtime folder are temporary, so the
# real keyrings of whoever runs the tests are never touched; DISPLAY is unset and Qt runs
# offscreen, so no unlock prompt can ever appear. Usage: with-test-keyring.sh COMMAND [ARGS...]
set -eu

scratch=$(mktemp -d "${TMPDIR:-/tmp}/certsrv-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT INT TERM
mkdir -m 700 "$scratch/run"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export XDG_RUNTIME_DIR="$scratch/run" QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL

status=0
dbus-run-session -- sh -c \
    'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    sh "$@" || status=$?
exit "$status"
