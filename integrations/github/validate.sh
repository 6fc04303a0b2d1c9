#!/usr/bin/env bash
# The step of action.yml: find or install declare-cli, then validate with
# --format github (one annotation per finding, and a job summary). The exit
# code is declare's: 1 when a declaration has errors, 2 when it cannot run.
set -euo pipefail

# Words of a space- or newline-separated list, quotes respected, never globbed:
# declare expands globs itself ('申报/**/*.yaml'), the same on every runner.
words() { printf '%s\n' "$1" | xargs -r -n1 printf '%s\n'; }

if [ -n "${DECLARE_INSTALL:-}" ]; then
  spec="$DECLARE_INSTALL"
elif [ -x node_modules/.bin/declare-cli ]; then
  spec=''
else
  # The release this action belongs to, from the npm registry: no build needed.
  spec="declare-cli@$(node -p 'require(process.argv[1]).version' "$GITHUB_ACTION_PATH/package.json")"
fi

if [ -n "$spec" ]; then
  prefix="${RUNNER_TEMP:-$(mktemp -d)}/declare-cli-action"
  mkdir -p "$prefix"
  echo "::group::npm install $spec"
  npm install --prefix "$prefix" --no-save --no-package-lock --no-audit --no-fund "$spec" >&2
  echo "::endgroup::"
  cli="$prefix/node_modules/.bin/declare-cli"
else
  cli=node_modules/.bin/declare-cli
fi

# Arrays filled without mapfile, and expanded with ${a[@]+…}: macOS runners have bash 3.2.
paths=()
while IFS= read -r w; do [ -n "$w" ] && paths+=("$w"); done < <(words "${DECLARE_PATHS:-.}")
args=()
while IFS= read -r w; do [ -n "$w" ] && args+=("$w"); done < <(words "${DECLARE_ARGS:-}")
[ "${#paths[@]}" -gt 0 ] || paths=(.)
exec "$cli" validate --format github ${args[@]+"${args[@]}"} "${paths[@]}"
