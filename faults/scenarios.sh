# The scenarios of the fault suite (sourced by faults/run.sh; see faults/README.md). Each prints its measurements and
# one or more verdict lines (PASS/FAIL) and returns non-zero when any check failed.

REPEAT=${REPEAT:-3}                     # two-nodes-empty-db: how many fresh starts
OUTAGE_SECONDS=${OUTAGE_SECONDS:-20}    # db-outage: how long PostgreSQL stays stopped
LOCK_SECONDS=${LOCK_SECONDS:-40}        # lock-held: how long the psql session holds the unit's row
LOCK_OPENINGS=${LOCK_OPENINGS:-10}      # lock-held: simultaneous openings of the locked unit, all on node A
KILL_LOAD_SECONDS=${KILL_LOAD_SECONDS:-30}
# limits: a request during the outage or waiting for the held lock answers within MAX_S (the issue's "a few seconds",
# about 5 s, plus the request itself); health, and requests the lock does not concern, within FAST_MS
MAX_S=${MAX_S:-6}
# a request waiting for the held row: PostgreSQL queues the waiters for one row in two stages (the tuple lock, then the
# holder's transaction), each with its own lock_timeout (3 s), so the worst case is twice lock_timeout plus the request
LOCK_MAX_S=${LOCK_MAX_S:-7}
FAST_MS=${FAST_MS:-1000}

# Appends "name epoch" to the scenario's event file (the analysis reads the outage/lock windows from it).
event() { echo "$1 $(now)" >> "$EVENTS"; }

# Background helpers of the current scenario, ended by the trap in run.sh if the suite is interrupted.
BG_PIDS=()

# Waits for nodes already launched with node_start, all at once, so that each one's time is its own; sets OUTCOME[name] to "healthy after X s" or "died after X s (exit N): reason" or "not healthy after X s".
declare -A OUTCOME=()
wait_nodes() {
  local deadline pending=("$@") name still
  deadline=$(( $(date +%s) + START_TIMEOUT ))
  OUTCOME=()
  while [ ${#pending[@]} -gt 0 ] && [ "$(date +%s)" -lt "$deadline" ]; do
    still=()
    for name in "${pending[@]}"; do
      if node_healthy "$name"; then
        OUTCOME[$name]="healthy after $(since "${NODE_STARTED_AT[$name]}") s"
      elif ! node_alive "$name"; then
        local code=0; wait "${NODE_PID[$name]}" 2>/dev/null || code=$?
        NODE_PID[$name]=
        OUTCOME[$name]="died after $(since "${NODE_STARTED_AT[$name]}") s (exit $code): $(failure_reason "$name")"
      else
        still+=("$name")
      fi
    done
    pending=("${still[@]}")
    [ ${#pending[@]} -gt 0 ] && sleep 0.5
  done
  for name in "${pending[@]}"; do OUTCOME[$name]="not healthy after $START_TIMEOUT s"; done
}

# ------------------------------------------------------------------------------------------------------------------
# 1. Two nodes started at the same moment on an empty database: both must come up (Camunda's schema, Flyway, the
#    roles and the demo data are each created once). Before the fix one of them died with ENGINE-03017 (duplicate
#    key) in every run.
scenario_two_nodes_empty_db() {
  local i good=0 db=faults_empty summary=() reason=
  stop_all_nodes
  for i in $(seq 1 "$REPEAT"); do
    fresh_db "$db"
    node_start A "$db"
    node_start B "$db"
    wait_nodes A B
    local line="run $i: A ${OUTCOME[A]}; B ${OUTCOME[B]}" brief="run $i:" name
    if [[ ${OUTCOME[A]} == healthy* && ${OUTCOME[B]} == healthy* ]]; then
      # both answer an authenticated request (users and groups exist once, logins work on both)
      local a b
      a=$(curl -s -o /dev/null -w '%{http_code}' -u applicant:demo "$(node_url A)/api/websites")
      b=$(curl -s -o /dev/null -w '%{http_code}' -u applicant:demo "$(node_url B)/api/websites")
      line+="; GET /api/websites as applicant: A $a, B $b"
      if [ "$a" = 200 ] && [ "$b" = 200 ]; then good=$((good + 1)); brief+=" both healthy"; else brief+=" GET A $a B $b"; fi
    fi
    for name in A B; do
      case ${OUTCOME[$name]} in
        died*) brief+=" $name ${OUTCOME[$name]%% (*}"; [ -z "$reason" ] && reason=${OUTCOME[$name]#*: } ;;
        not*) brief+=" $name ${OUTCOME[$name]}" ;;
      esac
    done
    echo "  $line"
    summary+=("$brief")
    stop_all_nodes
  done
  local joined; joined=$(printf '%s; ' "${summary[@]}")
  verdict "$([ "$good" = "$REPEAT" ] && echo PASS || echo FAIL)" two-nodes-empty-db \
    "$good/$REPEAT runs with both nodes healthy (${joined%; })${reason:+; first failure: $reason}"
}

# ------------------------------------------------------------------------------------------------------------------
# 2. A year of holidays uploaded on node A must be what node B counts with at once (the database is the single source
#    of the calendar).
scenario_calendar() {
  ensure_pair || { verdict FAIL calendar "the pair of nodes did not start (see the node logs)"; return 1; }
  local year body before_a before_b after_a after_b later_b upload
  ask() { curl -s -m 10 -u office:demo "$(node_url "$1")/api/calendar/working-days?from=$2-01-01&days=15" \
    | jq -c '{lastDay, provisional}'; }
  # a year without data yet (so the suite can run again on the same database) whose 2 and 3 January are weekdays:
  # taking them off moves the end of a 15-working-day period that starts on 1 January
  for year in $(seq 2041 2199); do
    [ "$(date -d "$year-01-02" +%u)" -le 5 ] && [ "$(date -d "$year-01-03" +%u)" -le 5 ] || continue
    [ "$(ask A "$year" | jq -r .provisional)" = true ] && break
  done
  before_a=$(ask A "$year"); before_b=$(ask B "$year")
  body=$(jq -nc --argjson y "$year" '{year: $y, notice: "故障测试：\($y)年部分节假日安排", issued: "\($y - 1)-11-01",
    source: "faults suite", urls: [], workDays: [],
    offDays: [1, 2, 3] | map({date: "\($y)-01-0\(.)", name: "元旦"})}')
  upload=$(curl -s -m 30 -u admin:$ADMIN_PASSWORD -X PUT -H 'Content-Type: application/json' -d "$body" \
    -w ' %{http_code}' "$(node_url A)/api/calendar/years/$year")
  after_b=$(ask B "$year"); after_a=$(ask A "$year")
  sleep 3
  later_b=$(ask B "$year")
  echo "  $year, 15 working days from $year-01-01: before the upload A $before_a, B $before_b"
  echo "  upload on A: $upload"
  echo "  right after: A $after_a, B $after_b; B 3 s later: $later_b"
  local ok=FAIL
  [ "$after_b" = "$after_a" ] && [ "$(jq -r .provisional <<< "$after_a")" = false ] && ok=PASS
  verdict $ok calendar "after uploading $year on A: A $after_a, B $after_b (B 3 s later $later_b)"
}

# ------------------------------------------------------------------------------------------------------------------
# 3. A takedown's timer keeps its due instant when the node restarts in another JVM zone; a node configured with
#    another engine zone than the database was written with refuses to start.
scenario_timer_zone() {
  local db=faults_zone site start key pid task job due1 due2 raw1 raw2 expected e1 e2 ex ok=PASS
  stop_all_nodes
  fresh_db "$db"
  node_start A "$db" TZ=UTC
  if ! wait_healthy A; then verdict FAIL timer-zone "node A (TZ=UTC) did not start: $(failure_reason A)"; return 1; fi
  local base; base=$(node_url A)
  site=$(curl -s -u applicant:demo "$base/api/websites" | jq -r '.[0].id')
  start=$(TZ=Asia/Shanghai date -d '+10 days' +%F)
  key=$(curl -s -u applicant:demo -H 'Content-Type: application/json' "$base/api/websites/$site/takedowns" \
    -d "{\"reason\":\"故障测试：时区\",\"plannedStart\":\"$start\",\"plannedDays\":3}" | jq -r .businessKey)
  # the bureau office, then the city government office approve: the process then waits on TimerEvent_PlannedStart
  local user decision
  for user in office city; do
    task=$(curl -s -u $user:demo "$base/engine-rest/task?processInstanceBusinessKey=$key" | jq -r '.[0].id')
    decision=$(curl -s -o /dev/null -w '%{http_code}' -u $user:demo -H 'Content-Type: application/json' \
      "$base/engine-rest/task/$task/complete" -d '{"variables":{"decision":{"value":"approve"}}}')
    echo "  $user approves $key: $decision"
  done
  pid=$(curl -s -u admin:$ADMIN_PASSWORD "$base/engine-rest/process-instance?businessKey=$key" | jq -r '.[0].id')
  job=$(curl -s -u admin:$ADMIN_PASSWORD "$base/engine-rest/job?timers=true&processInstanceId=$pid" | jq -r '.[0].id')
  due1=$(curl -s -u admin:$ADMIN_PASSWORD "$base/engine-rest/job/$job" | jq -r .dueDate)
  raw1=$(q "$db" "select duedate_ from act_ru_job where id_ = '$job'")
  if [ -z "$job" ] || [ "$job" = null ] || [ "$due1" = null ]; then
    verdict FAIL timer-zone "no timer job for takedown $key (site $site, planned $start)"; node_stop A; return 1
  fi
  echo "  takedown $key planned from $start: timer job $job due $due1 (TZ=UTC; ACT_RU_JOB.DUEDATE_ $raw1)"
  node_stop A
  node_start A "$db" TZ=Asia/Shanghai
  if ! wait_healthy A; then verdict FAIL timer-zone "node A (TZ=Asia/Shanghai) did not start: $(failure_reason A)"; return 1; fi
  due2=$(curl -s -u admin:$ADMIN_PASSWORD "$base/engine-rest/job/$job" | jq -r .dueDate)
  raw2=$(q "$db" "select duedate_ from act_ru_job where id_ = '$job'")
  echo "  after the restart with TZ=Asia/Shanghai: due $due2 (ACT_RU_JOB.DUEDATE_ $raw2)"
  expected=$(client instant "${start}T00:00:00+08:00")
  e1=$(client instant "$due1"); e2=$(client instant "$due2")
  local shift_h; shift_h=$(python3 -c "print(round(($e2 - $e1) / 3600, 2))")
  if [ "$e1" = "$expected" ] && [ "$e2" = "$e1" ]; then ex=PASS; else ex=FAIL; ok=FAIL; fi
  verdict $ex timer-zone/due "planned start ${start}T00:00+08:00; due $due1 under TZ=UTC, $due2 under TZ=Asia/Shanghai (moved ${shift_h} h)"

  # a node whose configured engine zone differs from the zone the database was written with must not start
  node_stop A
  node_start A "$db" APP_ZONE=UTC
  wait_healthy A 150
  case $? in
    0) ok=FAIL
       verdict FAIL timer-zone/refusal "a node with APP_ZONE=UTC on a database written in Asia/Shanghai started and was healthy after $HEALTHY_AFTER s (no zone check)" ;;
    2) # a clear message names both zones: the configured one and the database's
       local line; line=$(grep 'UTC' "$(node_log A)" | grep 'Asia/Shanghai' | tail -n 1 \
         | sed -E 's/^.*(Exception|Error): //' | clip 300)
       if [ -n "$line" ]; then
         verdict PASS timer-zone/refusal "refused to start (exit $EXIT_CODE): $line"
       else
         ok=FAIL; verdict FAIL timer-zone/refusal "exited ($EXIT_CODE) without a message naming both zones (UTC and Asia/Shanghai): $(failure_reason A)"
       fi ;;
    *) ok=FAIL; verdict FAIL timer-zone/refusal "neither healthy nor ended after 150 s" ;;
  esac
  node_stop A
  [ $ok = PASS ]
}

# Row counts of our tables and Camunda's runtime and history tables, one "table=count" per word.
table_counts() {
  local t out=()
  for t in app_procedure opening_filing new_media_account idempotency_record procedure_violation act_ru_execution \
           act_ru_task act_ru_variable act_hi_procinst act_hi_taskinst act_hi_varinst; do
    out+=("$t=$(q "$1" "select count(*) from $t")")
  done
  echo "${out[*]}"
}

# ------------------------------------------------------------------------------------------------------------------
# 4. PostgreSQL stopped for 20 s under load: fast 503 problem+json with Retry-After everywhere (also when the failure
#    happens while checking Basic credentials, and on the engine API), health DOWN within 1 s then UP, recovery by
#    itself, nothing committed lost.
scenario_db_outage() {
  ensure_pair || { verdict FAIL db-outage "the pair of nodes did not start (see the node logs)"; return 1; }
  local dir=$LOG_DIR/db-outage fixtures before after load_pid rc=0
  mkdir -p "$dir"; EVENTS=$dir/events.txt; : > "$EVENTS"
  fixtures=$dir/units.json
  client fixtures --db $SHARED_DB --pg-port "$PG_PORT" --node "$(node_url A)" --prefix "o$RUN_TAG" --count 8 \
    --out "$fixtures" >&2 || { verdict FAIL db-outage "fixtures could not be created"; return 1; }
  client warm --nodes "$(node_url A),$(node_url B)"
  before=$(table_counts $SHARED_DB)
  client load --nodes "$(node_url A),$(node_url B)" --fixtures "$fixtures" --clients 8 \
    --seconds $((8 + OUTAGE_SECONDS + 35)) --out "$dir/requests.jsonl" &
  load_pid=$!; BG_PIDS+=("$load_pid")
  sleep 8
  log "stopping PostgreSQL for $OUTAGE_SECONDS s"
  event pg_stop_begin; pg_stop; event pg_stop_end
  sleep "$OUTAGE_SECONDS"
  event pg_start_begin; pg_start; event pg_start_end
  log "PostgreSQL started again; load goes on"
  wait "$load_pid"
  client analyze-outage --out "$dir/requests.jsonl" --events "$EVENTS" --created "$dir/created.txt" \
    --max-ms $((MAX_S * 1000)) --health-max-ms "$FAST_MS" || rc=1
  client check-created --db $SHARED_DB --pg-port "$PG_PORT" --created "$dir/created.txt" || rc=1
  after=$(table_counts $SHARED_DB)
  echo "  rows before: $before"
  echo "  rows after:  $after"
  echo "  openings answered 201: $(wc -l < "$dir/created.txt")"
  return $rc
}

# ------------------------------------------------------------------------------------------------------------------
# 5. A psql session holds the demo unit's row FOR UPDATE for 40 s: ten openings of that unit answer 503 within the lock
#    timeout; unrelated requests and the health check stay fast.
scenario_lock_held() {
  ensure_pair || { verdict FAIL lock-held "the pair of nodes did not start (see the node logs)"; return 1; }
  local dir=$LOG_DIR/lock-held holder burst rc=0
  mkdir -p "$dir"; EVENTS=$dir/events.txt; : > "$EVENTS"
  client fixtures --db $SHARED_DB --pg-port "$PG_PORT" --node "$(node_url A)" --prefix "l$RUN_TAG" --demo \
    --out "$dir/units.json" >&2 || { verdict FAIL lock-held "fixtures could not be created"; return 1; }
  client warm --nodes "$(node_url A),$(node_url B)"
  # the same lock an opening takes (UnitRepository.lockByCode: select … for update on the unit's row)
  psql -X -q -h 127.0.0.1 -p "$PG_PORT" -U approval -d $SHARED_DB > "$dir/psql-holder.log" 2>&1 <<SQL &
begin;
select id, code from unit where code = 'cjqx' for update;
select pg_sleep($LOCK_SECONDS);
commit;
SQL
  holder=$!; BG_PIDS+=("$holder")
  for _ in $(seq 1 50); do
    [ "$(q $SHARED_DB "select count(*) from pg_stat_activity where query like '%pg_sleep($LOCK_SECONDS)%' and state = 'active' and pid <> pg_backend_pid()")" = 1 ] && break
    sleep 0.1
  done
  event lock_taken
  log "unit cjqx locked for $LOCK_SECONDS s; $LOCK_OPENINGS openings on node A, reads and health on both nodes"
  client lock-burst --node "$(node_url A)" --nodes "$(node_url A),$(node_url B)" --fixtures "$dir/units.json" \
    --openings "$LOCK_OPENINGS" --seconds $((LOCK_SECONDS - 1)) --out "$dir/requests.jsonl" &
  burst=$!; BG_PIDS+=("$burst")
  wait "$holder"; event lock_released
  wait "$burst"
  client analyze-lock --out "$dir/requests.jsonl" --events "$EVENTS" --openings "$LOCK_OPENINGS" \
    --max-ms $((LOCK_MAX_S * 1000)) --other-max-ms "$FAST_MS" || rc=1
  return $rc
}

# ------------------------------------------------------------------------------------------------------------------
# 6. kill -9 of node A under 16 clients that start procedures with an Idempotency-Key; A restarts; every request
#    without an answer is sent again with its key; our procedures and Camunda's instances must match one to one.
scenario_kill_9() {
  ensure_pair || { verdict FAIL kill-9 "the pair of nodes did not start (see the node logs)"; return 1; }
  local dir=$LOG_DIR/kill-9 load_pid rc=0
  mkdir -p "$dir"; EVENTS=$dir/events.txt; : > "$EVENTS"
  client fixtures --db $SHARED_DB --pg-port "$PG_PORT" --node "$(node_url A)" --prefix "k$RUN_TAG" --count 16 \
    --websites --out "$dir/units.json" >&2 || { verdict FAIL kill-9 "fixtures could not be created"; return 1; }
  client kill-load --nodes "$(node_url A),$(node_url B)" --fixtures "$dir/units.json" --clients 16 \
    --seconds "$KILL_LOAD_SECONDS" --out "$dir/requests.jsonl" &
  load_pid=$!; BG_PIDS+=("$load_pid")
  sleep 10
  log "kill -9 node A (pid ${NODE_PID[A]})"
  event kill; node_kill9 A
  node_start A $SHARED_DB
  wait "$load_pid"
  if ! wait_healthy A; then
    verdict FAIL kill-9 "node A did not come back after kill -9: $(failure_reason A)"; return 1
  fi
  event a_healthy
  log "node A healthy again after $HEALTHY_AFTER s; retrying the requests that got no answer"
  client retry --nodes "$(node_url A),$(node_url B)" --out "$dir/requests.jsonl"
  client reconcile --db $SHARED_DB --pg-port "$PG_PORT" --out "$dir/requests.jsonl" --fixtures "$dir/units.json" || rc=1
  return $rc
}
