#!/usr/bin/env bash
# Package consumer check (issue 9): packs ArticleExtract and ArticleExtract.Http into a temporary folder, then builds
# and runs a fresh console app (Program.cs here) that takes both packages from that folder only, resolves
# IArticleExtractor through AddArticleExtractor(), extracts the seed fixtures and fetches one over loopback.
#
#   tests/package-smoke/run.sh [TFM ...]      default: every target framework the ArticleExtract package has
#
# A TFM whose runtime is installed runs framework-dependent; otherwise the app is built self-contained, so it runs on
# that runtime's own pack from NuGet (here: .NET 8, whose shared runtime is not installed). KEEP=1 keeps the folder.
# Not part of ArticleExtract.sln: `dotnet test` never builds it. Exit 0 when every target framework passed.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
here="$repo/tests/package-smoke"
fixtures="$repo/tests/ArticleExtract.Tests/Fixtures/Seed"
if [ "$#" -gt 0 ]; then
  tfms=("$@")
else
  IFS=';' read -r -a tfms <<<"$(dotnet msbuild "$repo/src/ArticleExtract/ArticleExtract.csproj" -getProperty:TargetFrameworks)"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/package-smoke.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT; fi
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

version=$(dotnet msbuild "$repo/src/ArticleExtract/ArticleExtract.csproj" -getProperty:Version)
echo "== pack ArticleExtract $version and ArticleExtract.Http into $work/feed (package validation runs here)"
for project in ArticleExtract ArticleExtract.Http; do
  dotnet pack "$repo/src/$project/$project.csproj" -c Release -o "$work/feed" --artifacts-path "$work/build" \
    -nologo -v quiet -clp:ErrorsOnly
done
for package in "$work"/feed/*.nupkg; do
  echo "$(basename "$package"): $(unzip -Z1 "$package" | grep -E '^lib/.*\.dll$|^README\.md$' | tr '\n' ' ')"
done
ls "$work/feed"

# The consumer lives outside the repository, so none of its Directory.*.props apply; its own stop the walk upwards.
mkdir -p "$work/consumer"
cp "$here/Program.cs" "$work/consumer/"
echo '<Project />' > "$work/consumer/Directory.Build.props"
echo '<Project />' > "$work/consumer/Directory.Build.targets"
echo '<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>' \
  > "$work/consumer/Directory.Packages.props"
tfm_list=$(IFS=';'; echo "${tfms[*]}")
cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFrameworks>$tfm_list</TargetFrameworks>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ArticleExtract" Version="$version" />
    <PackageReference Include="ArticleExtract.Http" Version="$version" />
    <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
    <PackageReference Include="Microsoft.Extensions.Logging" Version="10.0.0" />
  </ItemGroup>
</Project>
XML
# ArticleExtract* only from the local folder (source mapping), everything else from the usual feed.
cat > "$work/consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="local">
      <package pattern="ArticleExtract" />
      <package pattern="ArticleExtract.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
XML
# A package cache of its own: the app must get this build, never an older one cached under the same version.
export NUGET_PACKAGES="$work/packages"

rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -1)
status=0
for tfm in "${tfms[@]}"; do
  major=${tfm#net}; major=${major%%.*}
  if dotnet --list-runtimes | grep -q "^Microsoft.NETCore.App $major\."; then
    mode=(); how="framework-dependent"
  else
    mode=(-r "$rid" --self-contained); how="self-contained $rid (no $major.0 shared runtime installed)"
  fi
  echo "== $tfm, $how"
  if ! dotnet build "$work/consumer/Consumer.csproj" -c Release -f "$tfm" "${mode[@]}" -nologo -v quiet -clp:ErrorsOnly; then
    echo "FAIL $tfm: the consumer did not build"; status=1; continue
  fi
  echo "restored from: $(sed -n 's/.*"source": *"\([^"]*\)".*/\1/p' "$NUGET_PACKAGES/articleextract/$version/.nupkg.metadata")"
  if dotnet run --project "$work/consumer/Consumer.csproj" -c Release -f "$tfm" "${mode[@]}" --no-build -- "$fixtures"; then
    echo "PASS $tfm"
  else
    echo "FAIL $tfm"; status=1
  fi
done
exit $status
