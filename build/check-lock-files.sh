#!/usr/bin/env bash
# Checks that every project restores from a committed packages.lock.json that matches Directory.Packages.props, and
# proves that a stale lock file fails the restore. Run by .ci/run before the build; exits non-zero with the fix.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
fix="Refresh the lock files with 'dotnet restore --force-evaluate' at the repository root, then commit Directory.Packages.props and every packages.lock.json together."

missing=()
while IFS= read -r project; do
  lock="$(dirname "$project")/packages.lock.json"
  git ls-files --error-unmatch "$lock" >/dev/null 2>&1 || missing+=("$project")
done < <(git ls-files '*.csproj')
if [ ${#missing[@]} -gt 0 ]; then
  printf 'These projects have no committed packages.lock.json:\n' >&2
  printf '  %s\n' "${missing[@]}" >&2
  echo "$fix" >&2
  exit 1
fi

echo "locked restore of every project"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
if ! dotnet restore --locked-mode >"$log" 2>&1; then
  grep -E 'error|NU1004|NU1' "$log" >&2 || cat "$log" >&2
  echo "A packages.lock.json does not match the project's package versions (see the package named above)." >&2
  echo "$fix" >&2
  exit 1
fi

# Self-test: a PackageVersion bump that the lock file does not reflect must fail a locked restore with NU1004.
echo "self-test: a PackageVersion change missing from the lock file fails the locked restore"
probe="$(mktemp -d)"
trap 'rm -f "$log"; rm -rf "$probe"' EXIT
mkdir -p "$probe/build"
cp Directory.Build.props "$probe/"
echo "<Project />" > "$probe/Directory.Build.targets"
sed 's|Include="YamlDotNet" Version="[^"]*"|Include="YamlDotNet" Version="16.3.0"|' Directory.Packages.props > "$probe/Directory.Packages.props"
cmp -s Directory.Packages.props "$probe/Directory.Packages.props" && { echo "self-test could not change the YamlDotNet version" >&2; exit 1; }
cp -r build/Logto.Generated.SpecTools "$probe/build/"
rm -rf "$probe/build/Logto.Generated.SpecTools/bin" "$probe/build/Logto.Generated.SpecTools/obj"
if dotnet restore --locked-mode "$probe/build/Logto.Generated.SpecTools/Logto.Generated.SpecTools.csproj" >"$log" 2>&1; then
  echo "a stale lock file restored in locked mode: locked restore is not in force" >&2
  exit 1
fi
grep -q NU1004 "$log" || { cat "$log" >&2; echo "the stale lock file failed, but not with NU1004" >&2; exit 1; }
echo "ok: $(grep -o 'NU1004.*' "$log" | head -1 | cut -c1-160)"
