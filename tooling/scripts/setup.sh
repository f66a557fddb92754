#!/usr/bin/env sh
# Installs the toolchain and dependencies on a machine that has only Node 20 and npm.
# Used by the README's two commands and by CI.
set -eu
cd "$(dirname "$0")/../.."
PNPM_VERSION=12.21.0
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION"
  npm install --global --silent "pnpm@$PNPM_VERSION"
fi
# better-sqlite3 compiles from source when its prebuilt binary cannot be downloaded; node-gyp then
# needs Node's headers. Point it at the system's copy when there is one (pnpm ignores ~/.npmrc's nodedir).
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then
  export npm_config_nodedir=/usr
fi
echo "› installing dependencies (the first install compiles SQLite: about two minutes)"
pnpm install --frozen-lockfile --reporter=silent
echo "› dependencies installed"
