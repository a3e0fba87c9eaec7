#!/usr/bin/env bash
# Builds src/main/resources/static/css/pharos.css and copies the
# Atkinson Hyperlegible fonts to src/main/resources/static/fonts/.
set -euo pipefail
cd "$(dirname "$0")"

# No package here needs its install scripts (sass is pure JavaScript).
npm ci --no-audit --no-fund --ignore-scripts

static=../src/main/resources/static
mkdir -p "$static/css" "$static/fonts"

# govuk-frontend 5 still uses @import internally: --quiet-deps silences the
# warnings from it (loaded through the load path), --silence-deprecation=import
# the one for our own @import of it.
npx sass --no-source-map --style=compressed --load-path=node_modules \
  --quiet-deps --silence-deprecation=import \
  pharos.scss "$static/css/pharos.css"

font=node_modules/@fontsource/atkinson-hyperlegible
for subset in latin latin-ext; do
  for weight in 400 700; do
    name="atkinson-hyperlegible-$subset-$weight-normal.woff2"
    cp "$font/files/$name" "$static/fonts/$name"
  done
done
cp "$font/LICENSE" "$static/fonts/OFL.txt"

echo "Built $static/css/pharos.css ($(wc -c < "$static/css/pharos.css") bytes)"
