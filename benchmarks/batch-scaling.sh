#!/usr/bin/env bash
# Batch scaling of the CLI (issue 8): `articleextract batch` with --parallel 1 and --parallel 2 over one corpus,
# against the ideal (two independent --parallel 1 processes over half the pages each, run at once), and peak
# memory over 1x and 3x the pages. Prints a markdown table. Usage, from anywhere:
#   benchmarks/batch-scaling.sh [CORPUS=trafilatura] [REPEAT=1]
# Environment: ARTIFACTS (build output, default /tmp/art-batch-scaling), SKIP_BUILD=1 to reuse a build, and any
# DOTNET_* GC setting to try (e.g. DOTNET_gcServer=0) is passed to every run.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-trafilatura}"
repeat="${2:-1}"
corpora="${ARTICLEEXTRACT_CORPORA:-$repo/../shared/corpora}"
manifest="$corpora/$corpus/manifest.jsonl"
artifacts="${ARTIFACTS:-/tmp/art-batch-scaling}"
[ -f "$manifest" ] || { echo "batch-scaling: no manifest at $manifest (shared corpora missing?)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "batch-scaling: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build "$repo/src/ArticleExtract.Cli" -c Release --artifacts-path "$artifacts" -v q -nologo >&2
fi
cli="$artifacts/bin/ArticleExtract.Cli/release/ArticleExtract.Cli.dll"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Manifests with absolute page paths: all pages, the two interleaved halves, and the pages three times over.
python3 - "$manifest" "$corpora/$corpus" "$work" <<'PY'
import json, os, sys
manifest, folder, work = sys.argv[1:]
rows = [json.loads(l) for l in open(manifest, encoding="utf-8") if l.strip()]
def write(name, items):
    with open(os.path.join(work, name), "w", encoding="utf-8") as f:
        for r in items:
            out = {"id": r["id"], "html": os.path.join(folder, r["html"])}
            if "url" in r: out["url"] = r["url"]
            f.write(json.dumps(out) + "\n")
write("all.jsonl", rows)
write("half1.jsonl", rows[0::2])
write("half2.jsonl", rows[1::2])
write("x3.jsonl", [dict(r, id=f"{k}-{r['id']}") for k in range(3) for r in rows])
PY
pages=$(wc -l < "$work/all.jsonl")

# One run: wall seconds, peak RSS (MiB) and CPU seconds (user + system) from GNU time.
run() { # name parallel manifest
  /usr/bin/time -f "%e %M %U %S" -o "$work/$1.time" dotnet "$cli" batch "$3" --out "$work/$1.jsonl" --parallel "$2" 2>/dev/null
  read -r wall rss user sys < <(tail -1 "$work/$1.time")
  echo "$wall $((rss / 1024)) $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')"
}

echo "Batch scaling over $corpus ($pages pages), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(env | grep -E '^DOTNET_gc|^DOTNET_GC' | tr '\n' ' ')"
echo
echo "| run | pages | wall (s) | pages/s | speed-up vs --parallel 1 | peak RSS (MiB) | CPU (s) |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for i in $(seq "$repeat"); do
  read -r w1 m1 c1 < <(run p1 1 "$work/all.jsonl")
  read -r w2 m2 c2 < <(run p2 2 "$work/all.jsonl")
  start=$(date +%s.%N)
  run a 1 "$work/half1.jsonl" > "$work/a.out" & pa=$!
  run b 1 "$work/half2.jsonl" > "$work/b.out" & pb=$!
  wait $pa $pb
  wi=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  read -r _ ma ca < "$work/a.out"; read -r _ mb cb < "$work/b.out"
  read -r w3 m3 c3 < <(run p2x3 2 "$work/x3.jsonl")
  cmp -s "$work/p1.jsonl" "$work/p2.jsonl" || echo "WARNING: --parallel 2 output differs from --parallel 1" >&2
  awk -v n="$pages" -v w1="$w1" -v m1="$m1" -v w2="$w2" -v m2="$m2" -v wi="$wi" -v ma="$ma" -v mb="$mb" -v w3="$w3" -v m3="$m3" \
      -v c1="$c1" -v c2="$c2" -v ca="$ca" -v cb="$cb" -v c3="$c3" 'BEGIN {
    printf "| batch --parallel 1 | %d | %.1f | %.1f | 1.00 | %d | %.1f |\n", n, w1, n / w1, m1, c1
    printf "| batch --parallel 2 | %d | %.1f | %.1f | %.2f | %d | %.1f |\n", n, w2, n / w2, w1 / w2, m2, c2
    printf "| ideal: 2 processes x --parallel 1, half each, at once | %d | %.1f | %.1f | %.2f | %d + %d | %.1f |\n", n, wi, n / wi, w1 / wi, ma, mb, ca + cb
    printf "| batch --parallel 2, pages 3 times over | %d | %.1f | %.1f | %.2f | %d | %.1f |\n", 3 * n, w3, 3 * n / w3, 3 * w1 / w3, m3, c3
    printf "\n--parallel 2 reaches %.0f %% of the ideal speed-up\n", 100 * (w1 / w2) / (w1 / wi)
  }'
done
