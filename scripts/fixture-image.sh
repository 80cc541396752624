#!/usr/bin/env bash
# Builds a one-layer busybox image as an OCI layout from Debian's busybox-static
# (there is no internet to pull one from).
#   scripts/fixture-image.sh OUTDIR
set -euo pipefail
out=${1:?usage: fixture-image.sh OUTDIR}
here=$(dirname "$0")
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
"$here/busybox-rootfs.sh" "$root"
"$here/oci-image.sh" "$out" "$root"
