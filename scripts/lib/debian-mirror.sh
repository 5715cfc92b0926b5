# shellcheck shell=bash
# The Debian mirror this machine's apt already uses, read from /etc/apt/sources.list.d/*.sources
# (deb822) or /etc/apt/sources.list (one-line form); DSA_DEBIAN_MIRROR wins (a machine whose apt
# has no Debian mirror, e.g. Ubuntu's, names one there). No host name is ever written in the repo.
debian_mirror() {
  if [ -n "${DSA_DEBIAN_MIRROR:-}" ]; then
    printf '%s\n' "${DSA_DEBIAN_MIRROR%/}"
    return 0
  fi
  local uri=''
  local file
  for file in /etc/apt/sources.list.d/*.sources; do
    [ -f "$file" ] || continue
    # The first stanza whose suites are Debian's own (not -security, not a third party).
    uri=$(awk '
      /^URIs:/ { uris = $2 }
      /^Suites:/ { if ($0 ~ /(bookworm|trixie|stable|bullseye)( |$)/ && $0 !~ /security/) found = uris }
      /^$/ { if (found) { print found; exit } uris = "" }
      END { if (found) print found }
    ' "$file" | head -n1)
    [ -n "$uri" ] && break
  done
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1 == "deb" && $0 !~ /security/ { for (i = 2; i <= NF; i++) if ($i ~ /^https?:\/\//) { print $i; exit } }' /etc/apt/sources.list)
  fi
  if [ -z "$uri" ]; then
    echo "No Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list; set DSA_DEBIAN_MIRROR to one" >&2
    return 1
  fi
  printf '%s\n' "${uri%/}"
}

# apt_suite_download SUITE DEST PACKAGE...: downloads the packages of another suite of the same
# mirror (trixie, unstable) into DEST through a temporary source list, leaving the machine's apt
# configuration and lists untouched. Prints "package=version" lines of what it fetched.
apt_suite_download() {
  local suite=$1 dest=$2 mirror work package
  shift 2
  mirror=$(debian_mirror) || return 1
  work=$(mktemp -d)
  mkdir -p "$work/lists/partial" "$work/cache/archives/partial" "$dest"
  printf 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] %s %s main\n' "$mirror" "$suite" >"$work/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$work/sources.list" -o Dir::Etc::SourceParts=/dev/null
    -o "Dir::State::Lists=$work/lists" -o "Dir::Cache=$work/cache" -o APT::Sandbox::User=root)
  if ! apt-get "${opts[@]}" update -qq || ! (cd "$dest" && apt-get "${opts[@]}" download "$@" >/dev/null); then
    rm -rf "$work"
    return 1
  fi
  for package in "$@"; do
    printf '%s=%s\n' "$package" "$(apt-cache "${opts[@]}" show --no-all-versions "$package" | awk '/^Version:/ { print $2; exit }')"
  done
  rm -rf "$work"
}
