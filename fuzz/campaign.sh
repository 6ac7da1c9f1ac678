#!/usr/bin/env bash
# A fuzzing campaign (not part of CI): runs every fuzz test in fuzzing mode for its maxDuration (10 minutes each)
# and lists the new regression inputs Jazzer saved under src/test/resources/.../*Inputs/<method>/.
# CI replays those inputs in regression mode through the ordinary test run.
# Usage: fuzz/campaign.sh [TARGET ...]   e.g. fuzz/campaign.sh grammar:FrontEndFuzzTest#python
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(grammar:FrontEndFuzzTest#python grammar:FrontEndFuzzTest#toml grammar:FrontEndFuzzTest#yaml
           grammar:FrontEndFuzzTest#helm grammar:FrontEndFuzzTest#dockerfile rules:RuleLayerFuzzTest#textMatching
           cli:CheckFuzzTest#wholeCheck)
fi
mkdir -p fuzz/logs
for target in "${targets[@]}"; do
  module=${target%%:*}
  test=${target#*:}
  log="fuzz/logs/${test//[#\/]/_}.log"
  start=$(date +%s)
  # -am builds the modules it needs from this checkout, never from a shared local repository
  JAZZER_FUZZ=1 mvn -B -o test -pl "$module" -am -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  status=$?
  runs=$(grep -oE '#[0-9]+' "$log" | tail -1)
  echo "$target: exit $status after $(( $(date +%s) - start )) s, last libFuzzer run count ${runs:-?} (log: $log)"
done
echo "new regression inputs (commit them, then fix what they break):"
git status --porcelain -- '*/src/test/resources/*Inputs/*' | sed 's/^/  /'
