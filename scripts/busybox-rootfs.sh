#!/usr/bin/env bash
# Fills ROOTDIR with a minimal busybox root filesystem from Debian's busybox-static.
#   scripts/busybox-rootfs.sh ROOTDIR
set -euo pipefail
root=${1:?usage: busybox-rootfs.sh ROOTDIR}
busybox=/bin/busybox
[ -x "$busybox" ] || { echo "error: $busybox not found: install busybox-static" >&2; exit 1; }
mkdir -p "$root"/{bin,etc,tmp,root,proc,sys,dev}
chmod 1777 "$root/tmp"
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' > "$root/etc/passwd"
printf 'root:x:0:\nnobody:x:65534:\n' > "$root/etc/group"
