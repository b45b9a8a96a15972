#!/usr/bin/env bash
# Makes the seed report as Word and PDF files for the Documents tests:
#   tests/RuleOfLaw.Domain.Documents.Tests/Samples/pingshan-2020.docx  (automatic list numbering, page header and footer)
#   tests/RuleOfLaw.Domain.Documents.Tests/Samples/pingshan-2020.pdf   (LibreOffice's PDF export of that .docx)
# Needs the .NET SDK and LibreOffice Writer (apt-get install libreoffice-writer-nogui fonts-noto-cjk).
# Run from anywhere; the outputs are committed, so run it again only when the seed or the generator changes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seed="$root/src/RuleOfLaw.Domain.Testing/Samples/district-report-2020.txt"
out="$root/tests/RuleOfLaw.Domain.Documents.Tests/Samples"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"
# The seed's own publication time (2021-01-05 14:11:08 Beijing) as the file's creation time, in UTC.
dotnet run "$root/eng/seed-documents/make-seed-docx.cs" -- "$seed" "$out/pingshan-2020.docx" 2021-01-05T06:11:08Z
cp "$out/pingshan-2020.docx" "$work/pingshan-2020.docx"
soffice --headless -env:UserInstallation="file://$work/profile" --convert-to pdf --outdir "$work" "$work/pingshan-2020.docx"
cp "$work/pingshan-2020.pdf" "$out/pingshan-2020.pdf"
ls -l "$out"/pingshan-2020.*
