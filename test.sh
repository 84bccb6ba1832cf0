#!/usr/bin/env bash
# The test command: installs what the browser tests need, then builds and runs every test.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null || [ ! -d /usr/share/fonts/opentype/noto ]; then
  if command -v apt-get >/dev/null; then
    echo "installing chromium, chromium-driver and fonts-noto-cjk for the browser tests" >&2
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  fi
fi
mvn -B -ntp verify "$@"
