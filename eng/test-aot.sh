#!/usr/bin/env bash
# The second way to ship `rol` (#21), checked: compiles it ahead of time (eng/publish-aot.sh) and runs the native
# executable beside the framework-dependent tool on the same inputs: the built-in sample (text and JSON output, in
# English and Chinese), a Word and a PDF file, a JSON report, a usage error, help, a schema and a small JSON Lines batch. Every output must be byte for byte the same, so
# trimming or ahead-of-time compilation cannot change what a user sees. Installs clang and zlib1g-dev with apt-get
# when no C toolchain is present, and libicu (the native rol's globalization) when missing (CI runs as root on a fresh
# machine). Prints the native executable's size.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang > /dev/null && ! command -v gcc > /dev/null || ! [ -e /usr/include/zlib.h ] || ! ldconfig -p | grep -q libicuuc; then
  echo "installing clang, zlib1g-dev and libicu"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq clang zlib1g-dev libicu-dev > /dev/null
fi

out=artifacts/aot
rm -rf "$out"
bash eng/publish-aot.sh "$out"
native="$out/rol"

dotnet build src/RuleOfLaw.Cli -c Release --nologo -v quiet > /dev/null
managed=(dotnet src/RuleOfLaw.Cli/bin/Release/net10.0/rol.dll)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build benchmarks/RuleOfLaw.Domain.Benchmarks -c Release --nologo -v quiet > /dev/null
dotnet benchmarks/RuleOfLaw.Domain.Benchmarks/bin/Release/net10.0/RuleOfLaw.Domain.Benchmarks.dll jsonl 50 "$work/batch.jsonl" > /dev/null

failures=0
same() {
  local name=$1
  shift
  set +e
  "$native" "$@" > "$work/native.out" 2> "$work/native.err"
  local native_code=$?
  "${managed[@]}" "$@" > "$work/managed.out" 2> "$work/managed.err"
  local managed_code=$?
  set -e
  if [ "$native_code" -ne "$managed_code" ] || ! cmp -s "$work/native.out" "$work/managed.out" || ! cmp -s "$work/native.err" "$work/managed.err"; then
    echo "FAIL $name: the native rol differs from the tool (exit $native_code against $managed_code)" >&2
    diff "$work/managed.out" "$work/native.out" | head -20 >&2 || true
    diff "$work/managed.err" "$work/native.err" | head -20 >&2 || true
    failures=$((failures + 1))
  else
    echo "same: $name (exit $native_code, $(wc -c < "$work/native.out") bytes)"
  fi
}

same "check, text" check --today 2026-06-01
same "check, Chinese" check --lang zh --today 2026-06-01
same "check, JSON" check --format json --today 2026-06-01
same "check, SARIF" check --format sarif --today 2026-06-01
same "read, Word" read --lang zh tests/RuleOfLaw.Domain.Documents.Tests/Samples/pingshan-2020.docx
same "check, PDF" check --today 2026-06-01 tests/RuleOfLaw.Domain.Documents.Tests/Samples/pingshan-2020.pdf
same "check, JSON report" check --today 2026-06-01 tests/RuleOfLaw.Domain.Tests/Json/pingshan-2020.report.json
same "usage error, Chinese" check --lang zh --no-such-flag
same "schema" schema report
same "batch, JSON Lines" check --today 2026-06-01 "$work/batch.jsonl"
same "help, Chinese" check --lang zh --help
grep -q '^用法' "$work/native.out" || { echo "FAIL help, Chinese: the native rol's help headings are not Chinese" >&2; failures=$((failures + 1)); }
# The native rol reads the machine's locale through ICU (the tool is invariant): no output may depend on it.
LANG=de_DE.UTF-8 same "check, German locale" check --today 2026-06-01
LANG=de_DE.UTF-8 same "check, JSON, German locale" check --format json --today 2026-06-01

[ "$failures" -eq 0 ] || { echo "$failures native output(s) differ" >&2; exit 1; }
echo "native rol: $(du -h "$native" | cut -f1), every output the same as the tool's"
