#!/usr/bin/env bash
# Start-up of `rol check` on the built-in sample against a hello-world console app, both published the same way
# (framework-dependent for this machine's runtime identifier, ReadyToRun, the same runtime settings) and timed in the
# same run: whole-process wall time, interleaved runs, one warm-up each, minimum and median of N. Issue #21 asks for
# the median within 2x of hello world.
#
#   bash eng/measure-startup.sh [RUNS]        RUNS defaults to 21; prints one line per program and the ratio
#   STARTUP_MAX_RATIO=2 bash eng/measure-startup.sh   also exits 1 when the median ratio is above the bound
#   STARTUP_SELF_CONTAINED=1 bash eng/measure-startup.sh   both published self-contained, ReadyToRun composite with
#                                                           the framework (no JIT for the framework's generics over
#                                                           our types; about 140 MB, and a publish of ~10 minutes here)
#
# Publishes into artifacts/startup/ (not tracked). Not part of .ci/run: two publishes cost about a minute.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-21}
out=artifacts/startup
rid=$(dotnet --info | awk '/^ *RID:/ {print $2; exit}')
[ -n "$rid" ] || { echo "measure-startup: cannot tell this machine's runtime identifier from 'dotnet --info'" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/hello-src"

# The hello-world project lives outside the repository's Directory.Build.props, with the settings rol's project sets
# for start-up (InvariantGlobalization, TieredPGO, ReadyToRun when published for a runtime identifier).
cat > "$out/hello-src/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <InvariantGlobalization>true</InvariantGlobalization>
    <TieredPGO>true</TieredPGO>
    <PublishReadyToRun Condition="'$(RuntimeIdentifier)' != ''">true</PublishReadyToRun>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
</Project>
EOF
cat > "$out/hello-src/Program.cs" <<'EOF'
System.Console.WriteLine("Hello, World!");
EOF
printf '<Project></Project>\n' > "$out/hello-src/Directory.Build.props"
printf '<Project></Project>\n' > "$out/hello-src/Directory.Build.targets"
printf '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>\n' > "$out/hello-src/Directory.Packages.props"

if [ -n "${STARTUP_SELF_CONTAINED:-}" ]; then
  how=(--self-contained true -p:PublishReadyToRunComposite=true)
else
  how=(--self-contained false)
fi
# Crossgen's outputs are reused by timestamp, not by options: a composite publish's leftovers would abort a plain one.
find src/RuleOfLaw.Cli/obj -type d -name R2R -prune -exec rm -rf {} + 2>/dev/null || true
publish() { dotnet publish "$1" -c Release -r "$rid" "${how[@]}" -o "$2" -nologo -v quiet > "$out/publish-$(basename "$2").log" 2>&1 || { cat "$out/publish-$(basename "$2").log" >&2; exit 2; }; }
publish src/RuleOfLaw.Cli "$out/rol"
publish "$out/hello-src" "$out/hello"
grep -q . < <(find "$out/rol" -name 'rol.dll' -size +1k) || { echo "measure-startup: rol was not published" >&2; exit 2; }

# Wall time of one whole process in microseconds; output discarded. rol check exits 0 or 1 (findings); 2 and up fail.
time_once() {
  local start end status
  start=$EPOCHREALTIME
  set +e
  "$@" > /dev/null 2>&1
  status=$?
  set -e
  end=$EPOCHREALTIME
  [ "$status" -le 1 ] || { echo "measure-startup: '$*' exited $status" >&2; exit 2; }
  echo $(( (${end/./} - ${start/./}) ))
}

rol=("$out/rol/rol" check)
hello=("$out/hello/hello")
time_once "${rol[@]}" > /dev/null
time_once "${hello[@]}" > /dev/null
: > "$out/rol.us"
: > "$out/hello.us"
for _ in $(seq "$runs"); do
  time_once "${hello[@]}" >> "$out/hello.us"
  time_once "${rol[@]}" >> "$out/rol.us"
done

stats() { sort -n "$1" | awk '{v[NR]=$1} END {printf "%d %d\n", v[1], (NR % 2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
read -r hello_min hello_median < <(stats "$out/hello.us")
read -r rol_min rol_median < <(stats "$out/rol.us")
ms() { awk -v us="$1" 'BEGIN {printf "%.1f ms", us/1000}'; }
echo "runs: $runs each, interleaved, published -c Release -r $rid ${how[*]} (ReadyToRun); load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "hello world : min $(ms "$hello_min"), median $(ms "$hello_median")"
echo "rol check   : min $(ms "$rol_min"), median $(ms "$rol_median")"
ratio=$(awk -v a="$rol_median" -v b="$hello_median" 'BEGIN {printf "%.2f", a/b}')
echo "median ratio rol check / hello world: ${ratio}x (min ratio $(awk -v a="$rol_min" -v b="$hello_min" 'BEGIN {printf "%.2f", a/b}')x)"
# Load-independent: how many methods each process compiles at run time rather than running precompiled.
jitted() { DOTNET_JitStdOutFile="$out/jit.txt" DOTNET_JitDisasmSummary=1 "$@" > /dev/null 2>&1 || true; grep -c 'JIT compiled' "$out/jit.txt" || true; }
echo "methods compiled at run time: hello world $(jitted "${hello[@]}"), rol check $(jitted "${rol[@]}")"
if [ -n "${STARTUP_MAX_RATIO:-}" ] && awk -v r="$ratio" -v m="$STARTUP_MAX_RATIO" 'BEGIN {exit !(r > m)}'; then
  echo "measure-startup: median ratio ${ratio}x is above ${STARTUP_MAX_RATIO}x" >&2
  exit 1
fi
