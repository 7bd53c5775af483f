#!/usr/bin/env bash
# Regenerates the four demo clips embedded in the simulator (src/media_assets.rs uses
# include_bytes! on them). Run once with Debian's ffmpeg; the outputs are committed.
#
# Every clip: 2.0 s, 320x180, 24 fps, H.264 Main (yuv420p, keyint 24, no B-frame
# surprises across clips), AAC-LC mono 44.1 kHz 32 kb/s sine tone, +faststart.
# The codec parameters are IDENTICAL across the clips, so they can be joined later with
# the concat demuxer by stream copy. Each clip is one dominant solid colour (red, green,
# blue, yellow) with a small testsrc2 box moving along the top edge (visible motion).
# A frame sampled from the middle of a clip identifies it by its dominant colour.
set -euo pipefail
cd "$(dirname "$0")"

FFMPEG="${FFMPEG:-/usr/bin/ffmpeg}"

make_clip() {
  local name="$1" colour="$2" tone="$3"
  "$FFMPEG" -hide_banner -loglevel error -y \
    -f lavfi -i "color=c=${colour}:s=320x180:r=24:d=2" \
    -f lavfi -i "testsrc2=s=64x36:r=24:d=2" \
    -f lavfi -i "sine=frequency=${tone}:sample_rate=44100:duration=2" \
    -filter_complex "[0:v][1:v]overlay=x='mod(t*128,256)':y=8:shortest=1,format=yuv420p[v]" \
    -map "[v]" -map 2:a \
    -c:v libx264 -profile:v main -level 3.0 -pix_fmt yuv420p -preset medium -crf 30 \
    -g 24 -keyint_min 24 -sc_threshold 0 -bf 0 -r 24 \
    -c:a aac -ac 1 -ar 44100 -b:a 32k \
    -t 2 -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    "clip-${name}.mp4"
}

make_clip red    red     440
make_clip green  green   523
make_clip blue   blue    659
make_clip yellow yellow  784

ls -l clip-*.mp4
