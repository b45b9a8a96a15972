#!/usr/bin/env bash
# The second way to ship `rol` (#21): one native executable compiled ahead of time, for this machine's runtime
# identifier (or the one given), with no .NET runtime needed to run it. It starts about as fast as a hello-world
# program (eng/measure-startup.sh with STARTUP_AOT=1 measures it); the framework-dependent tool package stays the
# first way.
#
#   bash eng/publish-aot.sh [OUTPUT] [RID]    OUTPUT defaults to artifacts/aot, RID to this machine's
#
# Needs a C toolchain for the native link: on Debian or Ubuntu `apt-get install -y clang zlib1g-dev`. The SDK picks
# the ahead-of-time compiler package.
# The native rol uses the machine's ICU (libicu) for globalization, as .NET does by default; without it, run it with
# DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1. A publish takes several minutes on two cores;
# eng/test-aot.sh (run by .ci/run) publishes and checks it.
set -euo pipefail
cd "$(dirname "$0")/.."

out=${1:-artifacts/aot}
rid=${2:-$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')}
[ -n "$rid" ] || { echo "publish-aot: cannot tell this machine's runtime identifier from 'dotnet --info'" >&2; exit 2; }
command -v clang > /dev/null || command -v gcc > /dev/null || { echo "publish-aot: no C toolchain (clang or gcc) for the native link; apt-get install -y clang zlib1g-dev" >&2; exit 2; }

# Crossgen's outputs are reused by timestamp, not by options: a ReadyToRun publish's leftovers must not mix in.
find src/RuleOfLaw.Cli/obj -type d -name R2R -prune -exec rm -rf {} + 2>/dev/null || true
log=$(mktemp)
if ! dotnet publish src/RuleOfLaw.Cli -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo > "$log" 2>&1; then
  cat "$log" >&2
  exit 2
fi
# The publish keeps the summaries of the packages' own warnings (see RuleOfLaw.Cli.csproj); show them, once each.
grep -aoE '[^ ]+\.dll : warning IL[0-9]+: [^[]*' "$log" | sort -u || true
rm -f "$log"
[ -x "$out/rol" ] || { echo "publish-aot: $out/rol was not produced" >&2; exit 2; }
"$out/rol" --version > /dev/null || { echo "publish-aot: $out/rol does not run" >&2; exit 2; }
echo "rol published ahead of time for $rid: $out/rol ($(du -h "$out/rol" | cut -f1))"
