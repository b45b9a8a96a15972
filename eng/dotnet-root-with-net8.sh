#!/usr/bin/env bash
# Prints a DOTNET_ROOT under which an application's apphost finds both the net10.0 and the net8.0 runtime, for testing the
# packages' net8.0 assets. If the installed dotnet already has a .NET 8 runtime, that is its root. Otherwise the .NET 8 runtime comes from NuGet
# (the package Microsoft.NETCore.App.Runtime.linux-x64, restored by dotnet itself) and is laid out, next to links to the
# installed SDK and .NET 10 runtime, in artifacts/dotnet: a private root, nothing installed system-wide.
# Usage: DOTNET_ROOT=$(bash eng/dotnet-root-with-net8.sh) path/to/net8.0/app
set -euo pipefail
cd "$(dirname "$0")/.."

runtime_version=8.0.34   # the newest 8.0 patch nuget.org serves on 2026-11-25
rid=linux-x64

installed=$(command -v dotnet)
installed_root=$(dirname "$(readlink -f "$installed")")
if dotnet --list-runtimes | grep -q '^Microsoft\.NETCore\.App 8\.'; then
  echo "$installed_root"
  exit 0
fi
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "no .NET 8 runtime installed, and only $rid can be fetched here" >&2; exit 1; }

root="$PWD/artifacts/dotnet"
framework="$root/shared/Microsoft.NETCore.App/$runtime_version"
if [ ! -f "$framework/Microsoft.NETCore.App.deps.json" ]; then
  echo "installing the .NET $runtime_version runtime into $root (from NuGet)" >&2
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  cat >"$work/download.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Runtime.$rid" Version="[$runtime_version]" /></ItemGroup>
</Project>
XML
  dotnet restore "$work/download.csproj" -p:RestorePackagesPath="$work/packages" >&2
  package="$work/packages/microsoft.netcore.app.runtime.$rid/$runtime_version/runtimes/$rid"
  rm -rf "$root"
  mkdir -p "$framework"
  cp "$package"/lib/net8.0/* "$package"/native/* "$framework/"
  # The muxer finds host/fxr next to itself, so it is copied; everything else is the installed dotnet's, linked.
  cp "$installed_root/dotnet" "$root/dotnet"
  for entry in "$installed_root"/*; do
    name=$(basename "$entry")
    [ "$name" = dotnet ] || [ "$name" = shared ] || ln -s "$entry" "$root/$name"
  done
  for framework_dir in "$installed_root"/shared/*; do
    name=$(basename "$framework_dir")
    mkdir -p "$root/shared/$name"
    for version_dir in "$framework_dir"/*; do ln -s "$version_dir" "$root/shared/$name/$(basename "$version_dir")"; done
  done
fi
"$root/dotnet" --list-runtimes | grep -q "^Microsoft\.NETCore\.App $runtime_version " ||
  { echo "$root/dotnet does not list the .NET $runtime_version runtime" >&2; exit 1; }
echo "$root"
