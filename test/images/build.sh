#!/usr/bin/env bash
# Builds the images the tests and the demo use, without any registry:
#   dsa-test/busybox:1    a rootfs of Debian's busybox-static, through `docker import`
#   dsa-test/postgres:15  PostgreSQL 15 from Debian's packages (debootstrap minbase)
#   dsa-test/redis:7      Redis from Debian's packages (the same rootfs, another command)
# Each image carries the hash of its recipe as a label and is rebuilt only when the recipe
# changes, so repeated runs cost a second.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=../../scripts/lib/debian-mirror.sh
. "$here/../../scripts/lib/debian-mirror.sh"

log() { printf '[images] %s\n' "$*"; }
recipe_hash() { cat "$here/build.sh" "$@" | sha256sum | cut -c1-16; }
current_hash() { docker image inspect --format '{{index .Config.Labels "dsa.recipe"}}' "$1" 2>/dev/null || true; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build_busybox() {
  local image=dsa-test/busybox:1 hash
  hash=$(recipe_hash /bin/busybox)
  if [ "$(current_hash "$image")" = "$hash" ]; then log "$image is up to date"; return; fi
  log "building $image"
  local root="$work/busybox"
  mkdir -p "$root"/{bin,sbin,etc,tmp,var/www,root,proc,sys,dev,usr/bin,usr/sbin}
  chmod 1777 "$root/tmp"
  cp /bin/busybox "$root/bin/busybox"
  chroot "$root" /bin/busybox --install -s
  printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
  echo '<h1>ok</h1>' >"$root/var/www/index.html"
  tar -C "$root" -c . | docker import \
    -c 'ENV PATH=/bin:/sbin:/usr/bin:/usr/sbin' \
    -c 'CMD ["sh"]' \
    -c "LABEL dsa.recipe=$hash" \
    - "$image" >/dev/null
}

build_debian_services() {
  local hash
  hash=$(recipe_hash "$here/rootfs-files/dsa-postgres")
  if [ "$(current_hash dsa-test/postgres:15)" = "$hash" ] && [ "$(current_hash dsa-test/redis:7)" = "$hash" ]; then
    log 'dsa-test/postgres:15 and dsa-test/redis:7 are up to date'
    return
  fi
  command -v debootstrap >/dev/null || {
    log 'installing debootstrap'
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  }
  local root="$work/debian" mirror
  mirror=$(debian_mirror)
  log "debootstrap bookworm (minbase, postgresql-15, redis-server) from $mirror"
  debootstrap --variant=minbase --include=postgresql-15,redis-server,procps bookworm "$root" "$mirror" >"$work/debootstrap.log" 2>&1 || {
    tail -n 30 "$work/debootstrap.log" >&2
    exit 1
  }
  # Smaller images: no docs, man pages, apt lists or caches.
  rm -rf "$root"/usr/share/{doc,man,info,locale}/* "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*
  # The LLVM JIT is most of PostgreSQL's size and is switched off (jit=off) in these images.
  rm -rf "$root"/usr/lib/postgresql/15/lib/llvmjit* "$root"/usr/lib/postgresql/15/lib/bitcode \
    "$root"/usr/lib/x86_64-linux-gnu/libLLVM-*
  install -m 0755 "$here/rootfs-files/dsa-postgres" "$root/usr/local/bin/dsa-postgres"
  mkdir -p "$root/var/lib/postgresql/data" "$root/var/run/postgresql"
  chroot "$root" chown -R postgres:postgres /var/lib/postgresql /var/run/postgresql
  tar -C "$root" -c . >"$work/debian.tar"
  log 'importing dsa-test/postgres:15'
  docker import \
    -c 'ENV PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV PGDATA=/var/lib/postgresql/data/pgdata' \
    -c 'EXPOSE 5432' \
    -c 'ENTRYPOINT ["/usr/local/bin/dsa-postgres"]' \
    -c 'CMD ["postgres"]' \
    -c "LABEL dsa.recipe=$hash" \
    "$work/debian.tar" dsa-test/postgres:15 >/dev/null
  log 'importing dsa-test/redis:7'
  docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'EXPOSE 6379' \
    -c 'CMD ["redis-server", "--protected-mode", "no", "--save", "", "--appendonly", "no"]' \
    -c "LABEL dsa.recipe=$hash" \
    "$work/debian.tar" dsa-test/redis:7 >/dev/null
}

build_busybox
if [ "${DSA_IMAGES:-all}" != busybox ]; then build_debian_services; fi
docker image ls --filter reference='dsa-test/*' --format '{{.Repository}}:{{.Tag}}  {{.Size}}'
