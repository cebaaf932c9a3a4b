#!/usr/bin/env bash
# Packs Logto.Generated and Logto.Generated.AspNetCore, installs them from a local folder into a fresh console project, and runs that project against
# a loopback stub. Prints the package sizes and the consumer's dependencies.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="0.1.0-consumption.$(date +%s)"

echo "== pack $version"
for project in Logto.Generated Logto.Generated.AspNetCore; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$work/packages" -p:Version="$version" --nologo -v q
done
ls -l "$work/packages" | awk 'NR > 1 { printf "%10d bytes  %s\n", $5, $9 }'

echo "== dependencies (docs/packages.md lists what each .nuspec says; a doc with a row removed must fail)"
bash "$root/build/check-package-dependencies.sh" "$work/packages"
grep -v '^| Polly.RateLimiting ' "$root/docs/packages.md" > "$work/stale-packages.md"
if bash "$root/build/check-package-dependencies.sh" "$work/packages" "$work/stale-packages.md" > /dev/null 2>&1; then
  echo "the dependency check passed a stale docs/packages.md" >&2
  exit 1
fi

echo "== consumer"
mkdir -p "$work/consumer"
sed "s/@VERSION@/$version/" "$root/build/consumption/Consumer.csproj.template" > "$work/consumer/Consumer.csproj"
cp "$root/build/consumption/Program.cs" "$work/consumer/"
cat > "$work/consumer/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local-build" value="$work/packages" />
  </packageSources>
</configuration>
CONFIG
# The consumer must not see the repository's Directory.Build.props or central package versions.
echo "<Project />" > "$work/Directory.Build.props"; echo "<Project />" > "$work/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' > "$work/Directory.Packages.props"
(cd "$work/consumer" && dotnet run -c Release --nologo)
(cd "$work/consumer" && dotnet list package --include-transitive)
