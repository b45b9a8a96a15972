#!/usr/bin/env bash
# Runs the consumer tests against the packed packages, as a district integrator gets them: the three .nupkg files in
# artifacts/packages, their declared dependencies, restored into a private folder (no project references, no cache).
# Usage: eng/test-packages.sh            packs RuleOfLaw.Domain, RuleOfLaw.Domain.Testing and RuleOfLaw.Domain.Documents first (Release)
#        eng/test-packages.sh --no-pack  uses the packages already in artifacts/packages (what .ci/run does)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-pack" ]; then
  rm -rf artifacts/packages
  dotnet pack src/RuleOfLaw.Domain -c Release -o artifacts/packages
  dotnet pack src/RuleOfLaw.Domain.Testing -c Release -o artifacts/packages
  dotnet pack src/RuleOfLaw.Domain.Documents -c Release -o artifacts/packages
fi
for id in RuleOfLaw.Domain RuleOfLaw.Domain.Testing RuleOfLaw.Domain.Documents; do
  ls artifacts/packages/"$id".[0-9]*.nupkg >/dev/null 2>&1 || { echo "artifacts/packages holds no $id package: run without --no-pack" >&2; exit 1; }
done

# The tests run once per framework the packages target, as a .NET 8 (LTS) and a .NET 10 application. The test
# executables run directly (xunit's in-process runner), their apphost finding both runtimes through DOTNET_ROOT
# (`dotnet test` would replace it with the SDK's own root, which may lack .NET 8).
dotnet_root=$(bash eng/dotnet-root-with-net8.sh)
rm -rf artifacts/consumer
dotnet build tests/RuleOfLaw.Domain.Consumer.Tests -c Release -p:ConsumePackages=true \
  -p:BaseIntermediateOutputPath="$PWD/artifacts/consumer/obj/" -p:BaseOutputPath="$PWD/artifacts/consumer/bin/"
for tfm in $(dotnet msbuild tests/RuleOfLaw.Domain.Consumer.Tests -p:ConsumePackages=true -getProperty:TargetFrameworks | tr ';' ' '); do
  echo "== consumer tests on $tfm"
  out=$(DOTNET_ROOT="$dotnet_root" "artifacts/consumer/bin/Release/$tfm/RuleOfLaw.Domain.Consumer.Tests" -noColor) ||
    { echo "$out"; echo "the consumer tests failed on $tfm" >&2; exit 1; }
  echo "$out"
  runtime=${tfm#net}
  grep -q "\.NET ${runtime%.0}\." <<<"$out" || { echo "the $tfm consumer tests did not run on .NET $runtime" >&2; exit 1; }
  grep -qE 'Total: [1-9][0-9]*, Errors: 0, Failed: 0' <<<"$out" || { echo "no consumer test passed on $tfm" >&2; exit 1; }
done

# Prove what was tested: the three packages were restored as packages, and they are the very files in artifacts/packages.
python3 - <<'PY'
import base64, glob, hashlib, json, sys
assets = json.load(open("artifacts/consumer/obj/project.assets.json"))
for lib, entry in assets["libraries"].items():
    if entry["type"] != "package":
        sys.exit(f"the consumer tests reference {lib} as a {entry['type']}, not as a package")
for pid in ("RuleOfLaw.Domain", "RuleOfLaw.Domain.Testing", "RuleOfLaw.Domain.Documents"):
    versions = [k.split("/", 1)[1] for k in assets["libraries"] if k.split("/", 1)[0] == pid]
    if len(versions) != 1:
        sys.exit(f"the consumer tests do not reference the package {pid} exactly once: {versions}")
    packed = f"artifacts/packages/{pid}.{versions[0]}.nupkg"
    restored = f"artifacts/consumer/nuget-packages/{pid.lower()}/{versions[0]}/{pid.lower()}.{versions[0]}.nupkg.sha512"
    want = base64.b64encode(hashlib.sha512(open(packed, "rb").read()).digest()).decode()
    if open(restored).read().strip() != want:
        sys.exit(f"the restored {pid} {versions[0]} is not {packed}")
    print(f"tested {packed}")
PY
