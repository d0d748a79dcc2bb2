#!/usr/bin/env bash
# Renders the diagram of every process model (processes/*.bpmn) to docs/diagrams/<process>.png.
# Needs Node.js with npm and Debian's chromium (apt-get install -y chromium fonts-noto-cjk); run after changing a model.
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/bpmn-js ] || npm install --no-audit --no-fund --loglevel=error
node render.mjs
