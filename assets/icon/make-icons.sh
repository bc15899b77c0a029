#!/usr/bin/env bash
# Renders the icon files the three OSes need from the two SVGs, with Chromium (for exact
# anti-aliasing) and ImageMagick: PNGs for Linux and the window, ICO for Windows, ICNS for
# macOS. The outputs are committed; run this again only after changing an SVG.
# threshold-small.svg is drawn on the 16-pixel grid and gives the 16, 32 and 48 pixel sizes.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/render.html" <<'HTML'
<!doctype html><body style="margin:0"><img id="i" style="display:block"></body>
<script>const p = new URLSearchParams(location.search), i = document.getElementById('i');
i.width = i.height = +p.get('size'); i.src = p.get('svg');</script>
HTML
render() { # size svg output
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
        --window-size="$1,$1" --screenshot="$3" "file://$work/render.html?size=$1&svg=file://$PWD/$2" >/dev/null 2>&1
}
for size in 16 32 48; do render "$size" threshold-small.svg "threshold-$size.png"; done
for size in 64 128 256 512 1024; do render "$size" threshold.svg "$work/threshold-$size.png"; done
cp "$work"/threshold-{64,128,256,512}.png .
render 24 threshold-small.svg "$work/threshold-24.png"
convert threshold-16.png "$work/threshold-24.png" threshold-32.png threshold-48.png threshold-64.png \
    threshold-128.png threshold-256.png threshold.ico
# ICNS: a header, then each size as PNG data under its four-letter type.
python3 - "$work" <<'PY'
import struct, sys
work = sys.argv[1]
entries = [(b'icp4', 'threshold-16.png'), (b'icp5', 'threshold-32.png'), (b'ic11', 'threshold-32.png'),
           (b'icp6', 'threshold-64.png'), (b'ic12', 'threshold-64.png'), (b'ic07', 'threshold-128.png'),
           (b'ic08', 'threshold-256.png'), (b'ic13', 'threshold-256.png'), (b'ic09', 'threshold-512.png'),
           (b'ic14', 'threshold-512.png'), (b'ic10', work + '/threshold-1024.png')]
body = b''
for kind, name in entries:
    data = open(name, 'rb').read()
    body += kind + struct.pack('>I', len(data) + 8) + data
open('threshold.icns', 'wb').write(b'icns' + struct.pack('>I', len(body) + 8) + body)
PY
