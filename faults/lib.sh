# Shared functions of the fault suite (sourced by faults/run.sh; see faults/README.md).
# Everything here works on the suite's own PostgreSQL (port $PG_PORT) and on nodes started from a copy of the jar, so
# that the machine's shared PostgreSQL on 5432 and the developer's target/ are never touched.

FAULTS_DIR=${FAULTS_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)}
PROJECT_DIR=$(cd "$FAULTS_DIR/.." && pwd)
WORK=${WORK:-$FAULTS_DIR/target}             # the jar, the build snapshot, logs
JAR=${APP_JAR:-$WORK/app.jar}                # APP_JAR=… SKIP_BUILD=1: run the suite against another build
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=${PG_PORT:-55432}
PG_DATA=${PG_DATA:-/tmp/faults-pg/data}      # under /tmp: the postgres user must own it
PG_SOCKET_DIR=${PG_SOCKET_DIR:-/tmp/faults-pg}
PG_LOG=$PG_SOCKET_DIR/postgres.log
NODE_HEAP=${NODE_HEAP:-512m}
START_TIMEOUT=${START_TIMEOUT:-240}           # seconds a node may take to become healthy (two start at once on 2 cores)
ADMIN_PASSWORD=admin
SHARED_DB=faults_shared                       # database of the two-node scenarios that share a pair of nodes

declare -A NODE_PORT=([A]=18081 [B]=18082)
declare -A NODE_PID=()
declare -A NODE_DB=()
declare -A NODE_STARTED_AT=()

# ---------------------------------------------------------------- output

log() { printf '%s %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
# The first $1 characters of stdin's first line (characters, not bytes: the messages are partly Chinese).
clip() { python3 -c 'import sys; print(sys.stdin.readline().rstrip()[:int(sys.argv[1])])' "$1"; }
# seconds since $1 (a value of now), one decimal
since() { python3 -c "import sys,time; print(f'{time.time()-float(sys.argv[1]):.1f}')" "$1"; }

# Result lines: every scenario calls verdict once per check; run.sh prints them again at the end.
RESULTS_FILE=${RESULTS_FILE:-}
verdict() { # $1 PASS|FAIL, $2 scenario, $3 numbers/description
  local line
  line=$(printf '%-4s %-20s %s' "$1" "$2" "$3")
  echo "$line"
  [ -n "$RESULTS_FILE" ] && echo "$line" >> "$RESULTS_FILE"
  [ "$1" = PASS ]
}

# ---------------------------------------------------------------- the jar

# Packages the jar from a snapshot of the work tree (rsync to $WORK/build-src), so that a developer's mvn run in the
# project's own target/ at the same time neither breaks our build nor replaces the jar under running nodes.
build_jar() {
  if [ "${SKIP_BUILD:-}" = 1 ] || [ -n "${APP_JAR:-}" ]; then
    [ -f "$JAR" ] || { log "there is no $JAR to use"; return 1; }
    log "not building: using $JAR ($(date -r "$JAR" '+%F %T'))"
    return 0
  fi
  local src=$WORK/build-src attempt
  for attempt in 1 2 3; do
    log "building the jar (attempt $attempt) from a snapshot of $PROJECT_DIR"
    mkdir -p "$src"
    rsync -a --delete --exclude /target --exclude /data --exclude /faults --exclude /.git "$PROJECT_DIR/" "$src/"
    # offline first (the local repository is populated); online if a plugin or parent is missing
    if (cd "$src" && { mvn -B -q -o -DskipTests package || mvn -B -q -DskipTests package; }) > "$WORK/build.log" 2>&1; then
      cp "$(ls "$src"/target/gov-media-approval-*.jar | grep -v original | head -n 1)" "$JAR"
      # what the jar was built from: the commit and how many files under src/ differed from it
      echo "commit $(git -C "$PROJECT_DIR" rev-parse --short HEAD) + $(git -C "$PROJECT_DIR" status --short -- src pom.xml \
        | wc -l) uncommitted changes under src/ and pom.xml, built $(date '+%F %T')" > "$JAR.source"
      log "jar ready: $JAR"
      return 0
    fi
    log "build failed (see $WORK/build.log; the work tree may be mid-change); retrying in 60 s"
    tail -n 5 "$WORK/build.log" >&2
    [ "$attempt" -lt 3 ] && sleep 60
  done
  return 1
}

# ---------------------------------------------------------------- the suite's PostgreSQL

pg_ctl_() { runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DATA" "$@"; }

# A fresh cluster on $PG_PORT with trust authentication and the role "approval" (as the app's settings expect).
pg_init() {
  pg_teardown
  mkdir -p "$PG_SOCKET_DIR"
  rm -f "$PG_LOG"
  chown postgres:postgres "$PG_SOCKET_DIR"
  runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
  cat >> "$PG_DATA/postgresql.conf" <<EOF
port = $PG_PORT
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_SOCKET_DIR'
max_connections = 200
log_line_prefix = '%m [%p] %u@%d '
EOF
  pg_start
  psql_su -c "create role approval login password 'approval' createdb" > /dev/null
}

pg_start() { pg_ctl_ -l "$PG_LOG" -w -t 60 start > /dev/null; }
pg_stop() { pg_ctl_ -m fast -w -t 60 stop > /dev/null; }
pg_running() { pg_ctl_ status > /dev/null 2>&1; }

# Stops the cluster if it runs and removes it (also one left behind by an interrupted earlier run).
pg_teardown() {
  if [ -f "$PG_DATA/PG_VERSION" ] && pg_running; then pg_stop || pg_ctl_ -m immediate stop > /dev/null 2>&1; fi
  rm -rf "$PG_DATA"
}

psql_su() { PGOPTIONS="-c client_min_messages=warning" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"; }
# One value (or rows, |-separated) of a query in database $1.
q() { psql -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U approval -d "$1" -At -c "$2"; }

fresh_db() { # $1 name: dropped (with its connections) and created empty, owned by approval
  psql_su -c "drop database if exists $1 with (force)" -c "create database $1 owner approval" > /dev/null
}

db_url() { echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"; }

# ---------------------------------------------------------------- nodes

node_url() { echo "http://127.0.0.1:${NODE_PORT[$1]}"; }

# Starts node $1 on database $2 in the background; more environment as NAME=value arguments after (e.g. TZ=UTC).
# The log goes to $LOG_DIR/node-<name>-<n>.log (n counts the starts of that node in this run).
node_start() {
  local name=$1 db=$2; shift 2
  local n=1 logfile
  while [ -e "$LOG_DIR/node-$name-$n.log" ]; do n=$((n + 1)); done
  logfile=$LOG_DIR/node-$name-$n.log
  mkdir -p "$WORK/run-$name"
  # a process of its own (setsid) so that a kill -9 of the node hits the JVM itself and nothing else
  (cd "$WORK/run-$name" && exec env SPRING_PROFILES_ACTIVE=postgres,demo POSTGRES_URL="$(db_url "$db")" \
     POSTGRES_USER=approval POSTGRES_PASSWORD=approval APP_ADMIN_PASSWORD=$ADMIN_PASSWORD PORT="${NODE_PORT[$name]}" \
     "$@" java -Xmx$NODE_HEAP ${NODE_JAVA_OPTS:-} -jar "$JAR") > "$logfile" 2>&1 &
  NODE_PID[$name]=$!
  NODE_DB[$name]=$db
  NODE_STARTED_AT[$name]=$(now)
  echo "$logfile" > "$WORK/run-$name/current-log"
  log "node $name started (pid ${NODE_PID[$name]}, db $db, port ${NODE_PORT[$name]}${*:+, $*}) → $logfile"
}

node_log() { cat "$WORK/run-$1/current-log"; }
node_alive() { [ -n "${NODE_PID[$1]:-}" ] && kill -0 "${NODE_PID[$1]}" 2>/dev/null; }
node_healthy() { curl -fsS -m 2 "$(node_url "$1")/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; }

# Waits until node $1 is healthy (0), its process ended (2) or $2 seconds passed (1). Sets HEALTHY_AFTER (seconds
# since the node's start) or EXIT_CODE.
wait_healthy() {
  local name=$1 timeout=${2:-$START_TIMEOUT} deadline
  deadline=$(( $(date +%s) + timeout ))
  HEALTHY_AFTER=; EXIT_CODE=
  while [ "$(date +%s)" -lt "$deadline" ]; do
    if node_healthy "$name"; then HEALTHY_AFTER=$(since "${NODE_STARTED_AT[$name]}"); return 0; fi
    if ! node_alive "$name"; then
      wait "${NODE_PID[$name]}" 2>/dev/null; EXIT_CODE=$?
      NODE_PID[$name]=
      return 2
    fi
    sleep 0.5
  done
  return 1
}

# Stops node $1 (SIGTERM, then SIGKILL after 30 s).
node_stop() {
  local name=$1 pid=${NODE_PID[$1]:-}
  [ -z "$pid" ] && return 0
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  fi
  wait "$pid" 2>/dev/null
  NODE_PID[$name]=
}

node_kill9() {
  local name=$1 pid=${NODE_PID[$1]:-}
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null
  NODE_PID[$name]=
}

stop_all_nodes() { local n; for n in "${!NODE_PID[@]}"; do node_stop "$n"; done; }

# Why node $1 failed to start, from its log: the root cause rather than the wrappers (Camunda's ENGINE-03017 with the
# duplicate key, a zone message, or else the last "Caused by" / the first ERROR line).
failure_reason() {
  local f code dup detail; f=$(node_log "$1")
  code=$(grep -m1 -oE 'ENGINE-03017' "$f")
  dup=$(grep -m1 -oE 'duplicate key value violates unique constraint "[^"]+"' "$f")
  detail=$(grep -m1 -oE 'Key \([^)]*\)=\([^)]*\) already exists' "$f")
  if [ -n "$dup" ]; then echo "${code:+$code }$dup${detail:+ ($detail)}"; return; fi
  { grep -E '^Caused by: ' "$f" | tail -n 1 | clip 240 | grep . \
    || grep -m1 -E ' ERROR |APPLICATION FAILED' "$f" | clip 240 | grep . \
    || echo "no error line in the log"; } 2>/dev/null
}

# Two healthy nodes A and B on the shared database, started one after the other (the schema then exists when B
# starts, so this does not depend on the fix of scenario two-nodes-empty-db). Reuses running healthy nodes.
ensure_pair() {
  local name
  for name in A B; do
    if node_alive "$name" && [ "${NODE_DB[$name]:-}" = "$SHARED_DB" ] && node_healthy "$name"; then continue; fi
    node_stop "$name"
    if [ "$name" = A ] && [ -z "${SHARED_DB_READY:-}" ]; then fresh_db "$SHARED_DB"; fi
    node_start "$name" "$SHARED_DB"
    if ! wait_healthy "$name"; then
      log "node $name did not become healthy on $SHARED_DB: $(failure_reason "$name")"
      return 1
    fi
    log "node $name healthy after ${HEALTHY_AFTER} s"
    SHARED_DB_READY=1
  done
}

# ---------------------------------------------------------------- the client

client() { python3 "$FAULTS_DIR/client.py" "$@"; }
