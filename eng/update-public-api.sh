#!/usr/bin/env bash
# Adds every symbol that RS0016 reports as undeclared to the project's PublicAPI.Unshipped.txt, then sorts it.
# Usage: eng/update-public-api.sh src/RuleOfLaw.Domain
# Review the resulting diff: it is the API change a reviewer reads first.
set -euo pipefail
project_dir=${1:?project folder}
file="$project_dir/PublicAPI.Unshipped.txt"
log=$(mktemp)
dotnet build "$project_dir" --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= 2>&1 > "$log" || true
grep -oP "RS0016: Symbol '\K.*?(?=' is not part of the declared public API)" "$log" | sort -u > "$log.new" || true
{ grep -v '^#nullable enable$' "$file" || true; cat "$log.new"; } | LC_ALL=C sort -u > "$log.all"
{ echo '#nullable enable'; cat "$log.all"; } > "$file"
echo "$(wc -l < "$log.new") symbols added to $file"
rm -f "$log" "$log.new" "$log.all"
