#!/usr/bin/env bash
# Fault suite: two nodes of the packaged jar on a throwaway PostgreSQL 15, and the faults of issue 16. Run by hand,
# never in CI (about 8 minutes for all, build included):
#   bash faults/run.sh                       # every scenario
#   bash faults/run.sh calendar kill-9       # some (names below)
#   SKIP_BUILD=1 bash faults/run.sh lock-held   # reuse faults/target/app.jar
#   APP_JAR=/path/other.jar SKIP_BUILD=1 bash faults/run.sh   # another build (e.g. before a fix)
# Scenarios: two-nodes-empty-db timer-zone calendar db-outage lock-held kill-9 (run in this order: the last four share
# one pair of nodes). Each prints PASS/FAIL lines with its numbers; the exit code is non-zero when any failed.
# Logs of the nodes, PostgreSQL and every request: faults/target/logs/<time>/ (faults/target/logs/latest).
# Needs: root (initdb/pg_ctl run as the postgres user), /usr/lib/postgresql/15/bin, java 17, mvn, curl, jq, python3.
set -uo pipefail
FAULTS_DIR=$(cd "$(dirname "$0")" && pwd)
source "$FAULTS_DIR/lib.sh"
source "$FAULTS_DIR/scenarios.sh"

ALL=(two-nodes-empty-db timer-zone calendar db-outage lock-held kill-9)
if [ $# -eq 0 ]; then SCENARIOS=("${ALL[@]}"); else SCENARIOS=("$@"); fi
for s in "${SCENARIOS[@]}"; do
  [[ " ${ALL[*]} " == *" $s "* ]] || { echo "unknown scenario: $s (known: ${ALL[*]})" >&2; exit 2; }
done
for tool in java mvn curl jq python3 psql rsync "$PG_BIN/pg_ctl"; do
  command -v "$tool" > /dev/null || { echo "missing: $tool" >&2; exit 2; }
done

RUN_TAG=$(date +%H%M%S)                  # in the codes of units a run creates, so runs never collide
LOG_DIR=$WORK/logs/$(date +%Y%m%d-%H%M%S)
mkdir -p "$LOG_DIR"
ln -sfn "$LOG_DIR" "$WORK/logs/latest"
export RESULTS_FILE=$LOG_DIR/results.txt
: > "$RESULTS_FILE"

# Whatever happens (a failed step, Ctrl-C): no node, client or PostgreSQL of ours is left running.
cleanup() {
  local pid
  for pid in "${BG_PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  stop_all_nodes
  if [ "${KEEP_PG:-}" = 1 ]; then
    log "KEEP_PG=1: PostgreSQL left running on port $PG_PORT ($PG_DATA)"
  else
    cp "$PG_LOG" "$LOG_DIR/postgres.log" 2>/dev/null
    pg_teardown
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

exec > >(tee "$LOG_DIR/suite.log") 2>&1
log "fault suite: ${SCENARIOS[*]}; logs in $LOG_DIR"
build_jar || { echo "FAIL build: the jar could not be built (see $WORK/build.log)"; exit 1; }
pg_init || { echo "FAIL postgres: the suite's PostgreSQL did not start (see $PG_LOG)"; exit 1; }
log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT ($PG_DATA)"

failed=0
for s in "${SCENARIOS[@]}"; do
  log "=== $s"
  t0=$(date +%s)
  "scenario_${s//-/_}" || failed=$((failed + 1))
  log "=== $s done in $(( $(date +%s) - t0 )) s"
done

echo
echo "Results ($(date '+%F %T'), $(basename "$JAR"): $(head -n 1 "$JAR.source" 2>/dev/null || echo '?'); logs $LOG_DIR):"
cat "$RESULTS_FILE"
[ "$failed" = 0 ]
