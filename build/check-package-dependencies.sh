#!/usr/bin/env bash
# Compares the dependency tables of docs/packages.md with the .nuspec of each packed package; prints a diff and fails
# when they disagree. Usage: check-package-dependencies.sh <folder with the .nupkg files> [packages.md]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
packages="$1"
doc="${2:-$root/docs/packages.md}"

# "<tfm> <id> <version>" for each dependency of a package's table in the doc; "the same version" stands for the
# version being packed.
documented() {
  awk -v package="$1" '
    $0 == "<!-- dependencies: " package " -->" { inside = 1; next }
    inside && /^<!-- end dependencies -->/ { inside = 0 }
    inside && /^\|/ && !/^\| *---/ && !/depends on/ {
      split($0, cells, "|"); id = cells[2]; version = cells[3]; n = split(cells[4], tfms, ",")
      gsub(/[ `]/, "", id); gsub(/^ +| +$/, "", version); if (version == "the same version") version = "same"
      for (i = 1; i <= n; i++) { tfm = tfms[i]; gsub(/ /, "", tfm); print tfm, id, version }
    }' "$doc" | sort
}

# The same lines from the <dependencies> of the package's .nuspec.
packed() {
  local nupkg
  nupkg="$(ls "$packages/$1".[0-9]*.nupkg | head -1)"
  local version="${nupkg##*/$1.}"; version="${version%.nupkg}"
  unzip -p "$nupkg" '*.nuspec' | tr -d '\r' | sed -n '/<dependencies>/,/<\/dependencies>/p' | awk -v own="$version" '
    /<group / { match($0, /targetFramework="[^"]*"/); tfm = substr($0, RSTART + 17, RLENGTH - 18) }
    /<dependency / {
      match($0, /id="[^"]*"/); id = substr($0, RSTART + 4, RLENGTH - 5)
      match($0, /version="[^"]*"/); version = substr($0, RSTART + 9, RLENGTH - 10)
      if (version == own) version = "same"
      print tfm, id, version
    }' | sort
}

status=0
for package in Logto.Generated Logto.Generated.AspNetCore; do
  if ! difference="$(diff -u --label "docs/packages.md ($package)" --label "$package .nuspec" <(documented "$package") <(packed "$package"))"; then
    echo "docs/packages.md does not list what $package depends on (- only in the doc, + only in the package):" >&2
    echo "$difference" >&2
    status=1
  elif [ -z "$(documented "$package")" ]; then
    echo "docs/packages.md has no dependency table for $package" >&2
    status=1
  else
    echo "$package: $(documented "$package" | wc -l) dependencies, as docs/packages.md lists them"
  fi
done
exit "$status"
