#!/usr/bin/env bash
# loclint benchmark: builds the jar if needed, generates monorepos of 1, 200 and 1,000 code locations and prints,
# per size, the median wall time, user+sys CPU, peak RSS, files, lines, findings and lines/s of loclint, and the
# same for flake8 --select N8 (pep8-naming) and bandit where they are installed, with loclint/peer ratios.
# It prints figures; it is not a test and never fails because a peer is missing.
#
#   bench/run.sh [--quick] [--runs N] [--peer-runs N] [--peer-max N] [--seed S] [--keep DIR]
#
#   --quick        1 and 200 locations only (skip 1,000)
#   --runs N       loclint runs per size (default 5; at least 11 for the sub-second runs: one location and
#                  --changed-since); the median is printed
#   --peer-runs N  runs per peer and size (default 1; peers take tens of seconds to minutes)
#   --peer-max N   run peers only on trees of at most N locations (default 1000; 200 saves ~15 minutes)
#   --seed S       generator seed (default 1)
#   --keep DIR     generate into DIR (kept) instead of a temporary folder that is removed at the end
#
# loclint runs through the ./loclint launcher, as users run it (its AppCDS archive and JVM flags included). At the
# largest size the tree is also made a Git repository with one file changed, and `check --changed-since HEAD` is
# timed against the single-location run, then what the pre-push hook runs once that change is committed
# (`check --rev HEAD --changed-since HEAD~1`).
#
# Environment: LOCLINT_JAVA_OPTS adds JVM options to the loclint command (the launcher passes them on).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
launcher="$root/loclint"

runs=5; peer_runs=1; peer_max=1000; seed=1; quick=0; keep=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --runs) runs="$2"; shift ;;
    --peer-runs) peer_runs="$2"; shift ;;
    --peer-max) peer_max="$2"; shift ;;
    --seed) seed="$2"; shift ;;
    --keep) keep="$2"; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

if [ ! -x /usr/bin/time ]; then
  echo "bench/run.sh: /usr/bin/time is missing; install it (Debian/Ubuntu: apt-get install time)" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "bench/run.sh: python3 is needed for the generator" >&2; exit 2; }

# The launcher builds the jar when it is missing or older than any source, and then its AppCDS archive; one run
# here does both before anything is timed.
"$launcher" --version >/dev/null

if [ -n "$keep" ]; then
  work="$keep"; mkdir -p "$work"
else
  work="$(mktemp -d "${TMPDIR:-/tmp}/loclint-bench.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
fi
meas="$(mktemp -d "${TMPDIR:-/tmp}/loclint-bench-m.XXXXXX")"
trap 'rm -rf "$meas"; [ -n "$keep" ] || rm -rf "$work"' EXIT

# shellcheck disable=SC2206
java_opts=(${LOCLINT_JAVA_OPTS:-})
loclint=("$launcher")

echo "loclint benchmark  $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(uname -sm), $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "loclint: ./loclint check --fail-on never --format json --output /dev/null TREE${java_opts[*]:+  (LOCLINT_JAVA_OPTS=${java_opts[*]})}"
echo "targets: 1 location <= 0.45 s; 200 <= 4 s and >= 6x faster than flake8 --select N8; 1,000 <= 20 s and"
echo "         <= 1.5 GB rss, growing no worse than linearly from 200; --changed-since with one file changed in"
echo "         1,000 locations <= 2x the 1-location time"
# sub-second runs are cheap and noisier: more of them for a steadier median
short_runs=$(( runs < 11 ? 11 : runs ))
echo "runs: loclint $runs per size ($short_runs for one location and --changed-since), peers $peer_runs per size (peers up to $peer_max locations)"
echo

# measure NAME RUNS CMD... : runs CMD RUNS times under /usr/bin/time and sets
#   m_wall (median s), m_cpu (median user+sys s), m_rss (max peak RSS MB), m_bad (runs that crashed or exited >1)
measure() {
  local name="$1" n="$2"; shift 2
  local i rc
  : > "$meas/$name.times"
  m_bad=0
  for ((i = 1; i <= n; i++)); do
    rc=0
    /usr/bin/time -f '%e %U %S %M' -o "$meas/$name.one" "$@" >/dev/null 2>"$meas/$name.err" || rc=$?
    # flake8 and bandit exit 1 when they report something; anything above 1 (or a signal) is a failure
    if [ "$rc" -gt 1 ]; then
      m_bad=$((m_bad + 1))
      echo "    ! $name run $i exited $rc: $(grep -v '^Command' "$meas/$name.err" | head -3 | tr '\n' ' ')" >&2
    fi
    tail -1 "$meas/$name.one" >> "$meas/$name.times"
  done
  read -r m_wall m_cpu m_rss < <(python3 - "$meas/$name.times" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
wall = statistics.median(float(r[0]) for r in rows)
cpu = statistics.median(float(r[1]) + float(r[2]) for r in rows)
rss = max(int(r[3]) for r in rows) / 1024
print("%.2f %.2f %.0f" % (wall, cpu, rss))
EOF
)
}

# tree_files TREE [find tests]: the generated files, NUL-separated, leaving out the .git a --changed-since run adds
tree_files() {
  local tree="$1"; shift
  find "$tree" -name .git -prune -o -type f "$@" -print0
}

# bench_commit TREE COMMIT_ARGS...: a commit in the benchmark's own repository. gc.auto=0: a commit of tens of
# thousands of loose objects otherwise starts "git gc" in the background, which competes with the timed runs.
bench_commit() {
  local tree="$1"; shift
  git -C "$tree" -c gc.auto=0 -c user.name=bench -c user.email=bench@localhost -c commit.gpgsign=false \
    commit -q "$@"
}

row() { # label wall cpu rss lines_per_s extra
  printf '  %-22s %8s s wall %8s s cpu %7s MB rss %10s lines/s  %s\n' "$1" "$2" "$3" "$4" "$5" "${6:-}"
}

declare -A wall_at=()
sizes=(1 200 1000)
[ "$quick" = 1 ] && sizes=(1 200)

measure bare-jvm "$runs" java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -version
echo "bare JVM (java -version): median ${m_wall} s wall, ${m_cpu} s cpu, ${m_rss} MB rss"
echo

for n in "${sizes[@]}"; do
  tree="$work/locations-$n"
  if [ ! -d "$tree" ]; then
    gen="$(python3 "$here/generate.py" --locations "$n" --seed "$seed" --out "$tree")"
  else
    gen="(reused) $(tree_files "$tree" | tr -cd '\0' | wc -c) files"
  fi
  py_lines="$(tree_files "$tree" -name '*.py' | xargs -0 cat | wc -l)"
  all_lines="$(tree_files "$tree" | xargs -0 cat | wc -l)"
  files="$(tree_files "$tree" | tr -cd '\0' | wc -c)"
  py_files="$(tree_files "$tree" -name '*.py' | tr -cd '\0' | wc -c)"
  echo "== $n location(s): $files files ($py_files Python), $py_lines Python lines, $all_lines lines in all"
  echo "   generator: $gen"
  echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"

  findings="$("${loclint[@]}" check --fail-on never --format json --output "$meas/findings.json" "$tree" \
      >/dev/null 2>&1 && python3 - "$meas/findings.json" <<'EOF'
import collections, json, sys
d = json.load(open(sys.argv[1]))
by = collections.Counter(f["code"] for f in d["findings"])
print("%d findings (%s)" % (len(d["findings"]), ", ".join("%s %d" % kv for kv in sorted(by.items()))))
EOF
)" || findings="(the JSON run failed)"
  echo "   loclint findings: $findings"

  measure "loclint-$n" "$([ "$n" -eq 1 ] && echo "$short_runs" || echo "$runs")" "${loclint[@]}" check --fail-on never --format json --output /dev/null "$tree"
  l_wall="$m_wall"
  wall_at[$n]="$m_wall"
  lps="$(python3 -c "print('%.0f' % ($py_lines / max($m_wall, 0.001)))")"
  row "loclint" "$m_wall" "$m_cpu" "$m_rss" "$lps" "$([ "$m_bad" -gt 0 ] && echo "($m_bad of $runs runs FAILED)")"

  for peer in flake8 bandit; do
    if ! command -v "$peer" >/dev/null; then
      row "$peer" "-" "-" "-" "-" "not installed"
      continue
    fi
    if [ "$n" -gt "$peer_max" ]; then
      row "$peer" "-" "-" "-" "-" "skipped (--peer-max $peer_max)"
      continue
    fi
    case "$peer" in
      flake8) label="flake8 --select N8"; measure "flake8-$n" "$peer_runs" flake8 --select N8 "$tree" ;;
      bandit) label="bandit -r -q"; measure "bandit-$n" "$peer_runs" bandit -r -q "$tree" ;;
    esac
    plps="$(python3 -c "print('%.0f' % ($py_lines / max($m_wall, 0.001)))")"
    ratio="$(python3 -c "print('loclint/peer wall %.2f' % ($l_wall / max($m_wall, 0.001)))")"
    row "$label" "$m_wall" "$m_cpu" "$m_rss" "$plps" "$ratio$([ "$m_bad" -gt 0 ] && echo " ($m_bad runs FAILED)")"
  done
  echo
done

if [ -n "${wall_at[200]:-}" ] && [ -n "${wall_at[1000]:-}" ]; then
  python3 -c "print('growth 200 -> 1,000 locations: %.2fx the wall time for 5x the code' % (${wall_at[1000]} / max(${wall_at[200]}, 0.001)))"
fi

# --changed-since on the largest tree: commit it (in the benchmark's own folder), change one file, check
biggest="${sizes[${#sizes[@]}-1]}"
tree="$work/locations-$biggest"
if command -v git >/dev/null && [ -n "${wall_at[1]:-}" ]; then
  if [ ! -d "$tree/.git" ]; then
    git -C "$tree" init -q
    git -C "$tree" add -A
    bench_commit "$tree" -m generated
    # pack the objects, as in a repository that is not brand new
    git -C "$tree" gc -q
  fi
  git -C "$tree" checkout -q -- .
  sync
  git -C "$tree" update-index -q --refresh >/dev/null 2>&1 || true
  changed_file="$(git -C "$tree" ls-files '*/jobs/*.py' | sed -n '1p')"
  echo "# changed by the benchmark" >> "$tree/$changed_file"
  echo "== --changed-since HEAD on $biggest location(s), one file changed ($changed_file)"
  measure "changed-$biggest" "$short_runs" "${loclint[@]}" check --changed-since HEAD --fail-on never --format json \
      --output /dev/null "$tree"
  ratio="$(python3 -c "print('%.2fx the 1-location wall' % ($m_wall / max(${wall_at[1]}, 0.001)))")"
  row "loclint --changed-since" "$m_wall" "$m_cpu" "$m_rss" "-" "$ratio$([ "$m_bad" -gt 0 ] && echo " ($m_bad runs FAILED)")"

  # what the pre-push hook runs for a pushed commit that changes that file: the commit's tree, only what it changed
  bench_commit "$tree" -a -m "benchmark change"
  measure "hook-$biggest" "$short_runs" "${loclint[@]}" check --rev HEAD --changed-since HEAD~1 --fail-on never \
      --format json --output /dev/null "$tree"
  ratio="$(python3 -c "print('%.2fx the 1-location wall' % ($m_wall / max(${wall_at[1]}, 0.001)))")"
  row "loclint hook (--rev)" "$m_wall" "$m_cpu" "$m_rss" "-" "$ratio$([ "$m_bad" -gt 0 ] && echo " ($m_bad runs FAILED)")"
  git -C "$tree" reset -q --hard HEAD~1
  echo
fi
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
