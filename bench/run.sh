#!/usr/bin/env bash
# Benchmark: openings through our API against the bare engine (a trivial process through /engine-rest) in the same
# run, start-up time and memory, and the approver's task list at 10,000 and 100,000 open tasks; on PostgreSQL and on
# H2. Run by hand, never in CI:
#   bash bench/run.sh                     # everything, both databases (about an hour)
#   bash bench/run.sh postgres            # openings, start-up and memory on one database (or h2)
#   bash bench/run.sh tasklist-postgres   # the task list on one database (or tasklist-h2)
#   NMT=1 bash bench/run.sh h2            # also Native Memory Tracking's summary at the end of the load
#   JAVA_OPTS=-XX:+UseSerialGC RESULTS=serial bash bench/run.sh postgres   # more JVM options; bench/results-postgres-serial.txt
# Needs the local PostgreSQL (127.0.0.1:5432, trust auth) for the postgres column. Results: bench/results-<db>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

CLIENTS=${CLIENTS:-16}
WINDOW=${WINDOW:-30}          # seconds of one measurement window
MAX_WARM=${MAX_WARM:-12}      # at most this many warm-up windows per side
UNITS=${UNITS:-90000}         # seeded units without an account: one per opening, more than the windows use
PORT=${PORT:-18282}
BASE="http://127.0.0.1:$PORT"
ADMIN_PASSWORD=bench-admin

mvn -q -B package -DskipTests
JAR=$(ls target/gov-media-approval-*.jar | grep -v original | head -n 1)

rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
hwm_kib() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

app() { # $1 db, then the java options and the jar: becomes the app on that database (call it in a subshell)
  local db=$1 profiles; shift
  if [ "$db" = postgres ]; then profiles=postgres,demo,bench; else profiles=demo,bench; fi
  SPRING_PROFILES_ACTIVE=$profiles POSTGRES_URL=jdbc:postgresql://127.0.0.1:5432/bench_approval POSTGRES_USER=approval \
    POSTGRES_PASSWORD=approval H2_URL="jdbc:h2:file:/tmp/bench-h2/approval;LOCK_TIMEOUT=10000" \
    APP_ADMIN_PASSWORD=$ADMIN_PASSWORD PORT=$PORT \
    exec java -Xmx512m ${JAVA_OPTS:-} "$@"
}

start_app() { # $1 db [$2 cds]; sets APP_PID and STARTUP_SECONDS
  local db=$1 t0; t0=$(date +%s.%N)
  if [ "${2:-}" = cds ]; then
    (app "$db" -XX:SharedArchiveFile=target/cds/app.jsa -jar "$CDS_JAR") > "target/bench-$db.log" 2>&1 &
  else
    (app "$db" ${NMT:+-XX:NativeMemoryTracking=summary} -jar "$JAR") > "target/bench-$db.log" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 1 600); do
    if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"UP"'; then break; fi
    sleep 0.1
  done
  STARTUP_SECONDS=$(echo "$(date +%s.%N) - $t0" | bc)
}

cds_archive() { # $1 db: the jar extracted as Spring Boot advises for CDS, and a class archive of one start-up
  rm -rf target/cds
  java -Djarmode=tools -jar "$JAR" extract --destination target/cds > /dev/null
  CDS_JAR=$(ls target/cds/*.jar)
  (app "$1" -XX:ArchiveClassesAtExit=target/cds/app.jsa -Dspring.context.exit=onRefresh -jar "$CDS_JAR") \
    > "target/bench-$1-cds-training.log" 2>&1
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=; }
APP_PID=
trap '[ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null' EXIT  # never leave an app behind when a step fails

load() { # $1 kind $2 seconds → prints the client's line; openings continue the numbering of account names
  local line
  # This machine's PostgreSQL runs with autovacuum=off; production keeps the default (on), which re-analyzes tables as
  # they grow. Without fresh statistics the planner keeps seq-scanning ACT_RU_EXECUTION and throughput falls with
  # every window, so the harness does autovacuum's job before each window.
  if [ "$DB" = postgres ]; then psql -h 127.0.0.1 -U postgres -q -d bench_approval -c "analyze"; fi
  line=$(java bench/LoadClient.java "$BASE" "$1" "$CLIENTS" "$2" "target/bench-seeds.txt" "$(cat target/bench-next-seed)")
  echo "$line" >&2
  if [ "$1" = openings ]; then echo "$line" | sed -E 's/.*next_seed=([0-9]+).*/\1/' > target/bench-next-seed; fi
  echo "$line"
}

rate() { echo "$1" | sed -E 's/.*rate=([0-9.]+).*/\1/'; }

warm() { # $1 kind: 30 s windows until one changes less than 5 % from the previous; echoes seconds spent
  local previous=0 current spent=0
  for _ in $(seq 1 "$MAX_WARM"); do
    current=$(rate "$(load "$1" "$WINDOW")")
    spent=$((spent + WINDOW))
    if [ "$previous" != 0 ] && [ "$(echo "d=($current-$previous)/$previous; if (d<0) d=-d; d < 0.05" | bc -l)" = 1 ]; then
      echo "$spent stable"; return
    fi
    previous=$current
  done
  echo "$spent not-stable"
}

run_db() {
  local db=$1
  DB=$db
  local out="bench/results-$db${RESULTS:+-$RESULTS}.txt"
  fresh_db "$db"
  local startups=() cds_startups=()
  for i in 1 2 3; do
    start_app "$db"; startups+=("$STARTUP_SECONDS")
    [ "$i" -lt 3 ] && stop_app
  done
  local rss_start; rss_start=$(rss_kib "$APP_PID")
  stop_app
  cds_archive "$db"
  for _ in 1 2 3; do
    start_app "$db" cds; cds_startups+=("$STARTUP_SECONDS"); stop_app
  done
  start_app "$db"
  curl -fs -u admin:$ADMIN_PASSWORD -X POST "$BASE/api/bench/seed?units=$UNITS&prefix=${db:0:1}" > target/bench-seeds.txt
  # the process under load starts afresh (java -jar, as above): minutes of seeding grow the heap to -Xmx, and the peak
  # RSS of that process would show the seeding, not the load
  stop_app
  start_app "$db"
  echo 0 > target/bench-next-seed
  local warm_openings warm_trivial
  warm_openings=$(warm openings); warm_trivial=$(warm trivial)
  local openings=() trivial=() lines=()
  for pair in 1 2 3; do
    local o t
    o=$(load openings "$WINDOW"); t=$(load trivial "$WINDOW")
    openings+=("$(rate "$o")"); trivial+=("$(rate "$t")"); lines+=("pair $pair: $o" "pair $pair: $t")
  done
  local hwm; hwm=$(hwm_kib "$APP_PID")
  # NMT=1: where the native memory went (heap, metaspace, code cache, threads, NIO buffers …), at the end of the load
  if [ -n "${NMT:-}" ]; then jcmd "$APP_PID" VM.native_memory summary > "bench/nmt-$db.txt"; fi
  stop_app
  python3 - "$db" "${startups[*]}" "${cds_startups[*]}" "$rss_start" "$hwm" "$warm_openings" "$warm_trivial" "${openings[*]}" "${trivial[*]}" <<'PY' | tee "$out"
import os, statistics, sys
db, startups, cds, rss, hwm, wo, wt, o, t = sys.argv[1:10]
startups = [float(x) for x in startups.split()]; cds = [float(x) for x in cds.split()]; o = [float(x) for x in o.split()]; t = [float(x) for x in t.split()]
ratios = [a / b for a, b in zip(o, t)]
print(f"database            {db}")
print(f"JVM options         -Xmx512m {os.environ.get('JAVA_OPTS', '')}".rstrip())
print(f"start-up (s)        median {statistics.median(startups):.1f}  runs {', '.join(f'{x:.1f}' for x in startups)}")
print(f"  with CDS archive  median {statistics.median(cds):.1f}  runs {', '.join(f'{x:.1f}' for x in cds)}")
print(f"RSS after start     {int(rss) / 1024:.0f} MiB;  peak RSS under load {int(hwm) / 1024:.0f} MiB")
print(f"warm-up             openings {wo.replace(' ', ' s, ')};  trivial {wt.replace(' ', ' s, ')}")
print(f"openings/s          median {statistics.median(o):.1f}  range {min(o):.1f}–{max(o):.1f}")
print(f"trivial starts/s    median {statistics.median(t):.1f}  range {min(t):.1f}–{max(t):.1f}")
print(f"ratio openings/trivial  median {statistics.median(ratios):.2f}  range {min(ratios):.2f}–{max(ratios):.2f}")
PY
  printf '%s\n' "${lines[@]}" >> "$out"
}

fresh_db() { # $1 db
  if [ "$1" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -q -d postgres -c "do \$\$ begin if not exists (select from pg_roles where rolname = 'approval') then create role approval login password 'approval'; end if; end \$\$;" \
      -c "drop database if exists bench_approval with (force)" -c "create database bench_approval owner approval"
  else
    rm -rf /tmp/bench-h2
  fi
}

tasklist_db() { # $1 db: the approver's task list at exactly 10,000 and 100,000 open tasks; appends to the results
  local db=$1 out="bench/results-$1${RESULTS:+-$RESULTS}.txt" total t0 line
  DB=$db
  fresh_db "$db"
  start_app "$db"
  echo >> "$out"
  for total in 10000 100000; do
    t0=$(date +%s)
    curl -fs -u admin:$ADMIN_PASSWORD -X POST "$BASE/api/bench/open-tasks?total=$total" > /dev/null
    if [ "$db" = postgres ]; then psql -h 127.0.0.1 -U postgres -q -d bench_approval -c "analyze"; fi
    echo "task list at $total open tasks (seeded in $(( $(date +%s) - t0 )) s):" | tee -a "$out"
    for ask in "office demo filter" "office demo query" "admin $ADMIN_PASSWORD query"; do
      read -r user password way <<< "$ask"
      line=$(java bench/LoadClient.java "$BASE" tasklist "$user" "$password" 200 "$way")
      echo "  $line" | tee -a "$out"
    done
  done
  stop_app
}

case "${1:-both}" in
  postgres) run_db postgres ;;
  h2) run_db h2 ;;
  both) run_db postgres; tasklist_db postgres; run_db h2; tasklist_db h2 ;;
  tasklist-postgres) tasklist_db postgres ;;
  tasklist-h2) tasklist_db h2 ;;
esac
