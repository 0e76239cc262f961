#!/usr/bin/env bash
# CPU profile of single-threaded extraction (issue 8): dotnet-trace samples the benchmark's --loop mode (the public
# Extract over a corpus, 3 rounds) and speedscope_top.py prints the inclusive share per method of the main thread.
# Usage: benchmarks/profile-cpu.sh [CORPUS=trafilatura] [extra speedscope_top.py arguments, e.g. --callers PollGC]
# Needs: dotnet tool install -g dotnet-trace --version 10.0.750501
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-trafilatura}"; shift || true
artifacts="${ARTIFACTS:-/tmp/art-profile}"
out="${OUT:-/tmp/articleextract-cpu}"
export PATH="$PATH:$HOME/.dotnet/tools"
command -v dotnet-trace >/dev/null || { echo "profile-cpu: install dotnet-trace first (see the header)" >&2; exit 2; }
dotnet build "$repo/benchmarks/ArticleExtract.Benchmarks" -c Release --artifacts-path "$artifacts" -v q -nologo >&2
cd "$repo"  # the benchmark finds ../shared/corpora from the working directory
dotnet-trace collect -o "$out.nettrace" --profile dotnet-sampled-thread-time --format Speedscope -- \
  dotnet "$artifacts/bin/ArticleExtract.Benchmarks/release/ArticleExtract.Benchmarks.dll" --loop --corpus "$corpus" --rounds 3 >&2
python3 "$repo/benchmarks/speedscope_top.py" "$out.speedscope.json" "$@"
