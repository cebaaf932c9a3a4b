#!/usr/bin/env bash
# Measures what the build-time generation costs, on a copy of the working tree (the tree itself is not touched):
#   clean build      the library (both target frameworks) after deleting the bin and obj folders of the library and
#                    of SpecTools; restore runs before it and is not timed
#   generation       the LogtoGenerate target forced to run (stamp deleted): SpecTools up-to-date check, normalize,
#                    NSwag; taken from MSBuild's target performance summary
#   no-op build      the library again, nothing changed
#   no-op, skipped   the same with -p:LogtoSkipGeneration=true (the generation target is skipped, its inputs unchecked)
# Each is measured RUNS times (3 by default), interleaved, and the median is printed as a Markdown table.
# Usage: build/measure-build.sh            (RUNS=5 build/measure-build.sh for more runs)
set -euo pipefail

runs="${RUNS:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/logto-measure-build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The tracked files and the new, not ignored ones: what a fresh clone with the current changes would have.
git -C "$repo" ls-files -z --cached --others --exclude-standard \
  | (cd "$repo" && tar --null --files-from=- --create --file=-) \
  | tar --extract --file=- --directory="$work"

library="$work/src/Logto.Generated/Logto.Generated.csproj"
spectools="$work/build/Logto.Generated.SpecTools"
stamp="$work/src/Logto.Generated/obj/generated/generation.stamp"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

seconds() { # seconds a command takes; its output is kept in $work/last.log and shown if it fails
  local start end
  start=$(date +%s.%N)
  if ! "$@" >"$work/last.log" 2>&1; then
    cat "$work/last.log" >&2
    echo "failed: $*" >&2
    exit 1
  fi
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l | awk '{ printf "%.2f\n", $1 }'
}

generation_seconds() { # the LogtoGenerate target's own time, from the performance summary
  rm -f "$stamp"
  dotnet msbuild "$library" -t:LogtoGenerate -clp:PerformanceSummary -nologo -v:m >"$work/generate.log" 2>&1 \
    || { cat "$work/generate.log" >&2; exit 1; }
  awk '/Target Performance Summary/ { on = 1 } on && $3 == "LogtoGenerate" { printf "%.3f\n", $1 / 1000; exit }' "$work/generate.log"
}

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

clean=() generation=() noop=() skipped=() added=() loads=()
for run in $(seq 1 "$runs"); do
  rm -rf "$work/src/Logto.Generated/bin" "$work/src/Logto.Generated/obj" "$spectools/bin" "$spectools/obj"
  dotnet restore "$spectools/Logto.Generated.SpecTools.csproj" -nologo -v:q >/dev/null
  dotnet restore "$library" -nologo -v:q >/dev/null
  loads+=("$(cut -d' ' -f1 /proc/loadavg)")
  clean+=("$(seconds dotnet build "$library" --no-restore -nologo -v:q)")
  noop+=("$(seconds dotnet build "$library" --no-restore -nologo -v:q)")
  skipped+=("$(seconds dotnet build "$library" --no-restore -nologo -v:q -p:LogtoSkipGeneration=true)")
  added+=("$(echo "${noop[-1]} - ${skipped[-1]}" | bc -l | awk '{ printf "%.2f\n", $1 }')")
  generation+=("$(generation_seconds)")
  echo "run $run/$runs: clean ${clean[-1]} s, generation ${generation[-1]} s, no-op ${noop[-1]} s, no-op skipped ${skipped[-1]} s (load ${loads[-1]})" >&2
done

cat <<EOF
| Build of src/Logto.Generated (net8.0 + net10.0), median of $runs | Seconds | Runs |
|---|---:|---|
| Clean build (restore excluded) | $(median "${clean[@]}") | ${clean[*]} |
| Generation step (LogtoGenerate target, forced) | $(median "${generation[@]}") | ${generation[*]} |
| No-op incremental build | $(median "${noop[@]}") | ${noop[*]} |
| No-op incremental build, -p:LogtoSkipGeneration=true | $(median "${skipped[@]}") | ${skipped[*]} |
| What generation adds to a no-op build (median of the per-run differences) | $(median "${added[@]}") | ${added[*]} |

Load average (1 min) before each run: ${loads[*]}; $(nproc) cores; $(dotnet --version) SDK.
EOF
