#!/usr/bin/env bash
# Packs Logto.Generated and Logto.Generated.AspNetCore, installs them from a local folder into a fresh console project, and runs that project against
# a loopback stub. Then packs Logto.Generated.Testing and runs its consumer on net10.0 and, self-contained, on net8.0. Prints the package sizes and the consumer's dependencies.
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

echo "== Logto.Generated.Testing consumer: net10.0, and net8.0 self-contained on the .NET 8 runtime packs"
dotnet pack "$root/src/Logto.Generated.Testing/Logto.Generated.Testing.csproj" -c Release -o "$work/packages" -p:Version="$version" --nologo -v q
testing="$work/testing-consumer"
mkdir -p "$testing"
sed "s/@VERSION@/$version/" "$root/build/consumption/testing/TestingConsumer.csproj.template" > "$testing/TestingConsumer.csproj"
cp "$root/build/consumption/testing/Program.cs" "$work/consumer/nuget.config" "$testing/"
(cd "$testing" && dotnet run -c Release -f net10.0 --nologo)
# Only the .NET 10 runtime is installed: the net8.0 build runs as a self-contained app on runtime packs 8.0.33.
(cd "$testing" && dotnet publish -c Release -f net8.0 -r linux-x64 --self-contained -o "$work/testing-net8" --nologo -v q)
"$work/testing-net8/TestingConsumer"
