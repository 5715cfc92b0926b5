# shellcheck shell=bash
# The Debian mirror this machine's apt already uses, read from /etc/apt/sources.list.d/*.sources
# (deb822) or /etc/apt/sources.list (one-line form). No host name is ever written in the repo.
debian_mirror() {
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
    echo "No Debian mirror found in /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list" >&2
    return 1
  fi
  printf '%s\n' "${uri%/}"
}
