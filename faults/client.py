#!/usr/bin/env python3
"""HTTP side of the fault suite (faults/README.md): fixtures, load, measurements and their verdicts.

faults/run.sh orchestrates (starts nodes, stops PostgreSQL, kills a node) and calls the subcommands here:

  fixtures      units, applicants, materials (and websites) a scenario's requests need, through SQL and the REST API
  load          N clients sending a mix of requests to the nodes for S seconds, plus health probes; one JSON line
                per request in --out
  lock-burst    10 simultaneous openings of one unit, while reads and health probes go on
  kill-load     16 clients starting procedures with an Idempotency-Key each, alternating between the nodes
  retry         sends again, with the same key and body, every request of a kill-load that got no answer
  analyze-outage, analyze-lock, reconcile   read the JSON lines (and the database) and print the verdict

Only the standard library: run with the machine's python3.
"""
import argparse
import base64
import collections
import datetime
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

PDF = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"
MATERIAL_FIELDS = ["materialRegistrationForm", "materialStaffAndEquipment", "materialReviewMechanism",
                   "materialSecurityOperations", "materialMapUsage", "materialNameAndLayout"]
PASSWORDS = {"admin": "admin"}  # everyone else: "demo"
ENGINE_PROCESSES = ("new-media-opening", "new-media-closure", "new-media-change", "website-takedown",
                    "website-outage-report")


# ------------------------------------------------------------------------------------------------------------- HTTP

def basic(user, password=None):
    password = password if password is not None else PASSWORDS.get(user, "demo")
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def call(base, method, path, user=None, password=None, body=None, headers=None, timeout=45.0, kind=None):
    """One request on a fresh connection; returns a record of what happened (never raises)."""
    url = urllib.parse.urlsplit(base)
    h = dict(headers or {})
    if user is not None:
        h["Authorization"] = basic(user, password)
    data = body
    if isinstance(body, (dict, list)):
        data = json.dumps(body, ensure_ascii=False).encode()
        h.setdefault("Content-Type", "application/json")
    elif isinstance(body, str):
        data = body.encode()
    rec = {"kind": kind, "node": base, "method": method, "path": path, "user": user, "t0": time.time()}
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
    try:
        conn.request(method, path, body=data, headers=h)
        response = conn.getresponse()
        payload = response.read()
        rec["status"] = response.status
        rec["ctype"] = response.getheader("Content-Type") or ""
        rec["retry_after"] = response.getheader("Retry-After")
        rec["set_cookie"] = response.msg.get_all("Set-Cookie") or []
        text = payload.decode("utf-8", "replace")
        rec["body"] = text[:400]
        try:
            rec["json"] = json.loads(text) if text and "json" in rec["ctype"] else None
        except ValueError:
            rec["json"] = None
    except Exception as e:  # connection refused/reset, timeout: the client saw no answer
        rec["status"] = None
        rec["error"] = f"{type(e).__name__}: {e}"
    finally:
        conn.close()
    rec["t1"] = time.time()
    rec["ms"] = round((rec["t1"] - rec["t0"]) * 1000, 1)
    return rec


def is_problem(rec):
    return rec.get("ctype", "").startswith("application/problem+json")


def good_503(rec):
    """What a request must answer while the database is unavailable or a lock cannot be had: 503 with Retry-After and
    problem+json; the webapps' own API (/camunda/api/…, what Tasklist's scripts call) may answer in Camunda's JSON
    {type, message} instead, which is what Tasklist shows to the user."""
    body_ok = is_problem(rec) or (rec.get("kind") == "webapp-task-count" and "json" in rec.get("ctype", ""))
    return rec.get("status") == 503 and body_ok and bool(rec.get("retry_after"))


class Recorder:
    """Appends one JSON line per record to a file, from many threads."""

    def __init__(self, path):
        self.file = open(path, "a", encoding="utf-8")
        self.lock = threading.Lock()

    def write(self, rec):
        rec = {k: v for k, v in rec.items() if k not in ("json", "set_cookie")} | (
            {"answer": slim(rec["json"])} if rec.get("json") is not None else {})
        with self.lock:
            self.file.write(json.dumps(rec, ensure_ascii=False) + "\n")
            self.file.flush()


def slim(answer):
    """The parts of an answer that the analysis reads."""
    if isinstance(answer, dict):
        return {k: answer[k] for k in ("businessKey", "processInstanceId", "replayed", "status", "violations", "count",
                                       "title") if k in answer}
    return None


def read_records(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# ------------------------------------------------------------------------------------------------------- database

class Db:
    """psql on the suite's PostgreSQL (no driver needed)."""

    def __init__(self, args):
        self.cmd = ["psql", "-X", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", str(args.pg_port), "-U", "approval",
                    "-d", args.db, "-At", "-F", "\t"]

    def rows(self, sql):
        out = subprocess.run(self.cmd + ["-c", sql], check=True, capture_output=True, text=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def value(self, sql):
        rows = self.rows(sql)
        return rows[0][0] if rows else None


def sql_text(s):
    return "'" + s.replace("'", "''") + "'"


# ------------------------------------------------------------------------------------------------------- fixtures

def multipart(filename, content, media_type):
    boundary = "----faults" + uuid.uuid4().hex
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {media_type}\r\n\r\n").encode()
    return head + content + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


def must(rec, *ok):
    if rec.get("status") not in ok:
        raise SystemExit(f"fixture step failed: {rec['method']} {rec['path']} → {rec.get('status')} "
                         f"{rec.get('body') or rec.get('error')}")
    return rec


def upload_materials(base, user, unit_code):
    ids = {}
    for field in MATERIAL_FIELDS:
        body, ctype = multipart("材料.pdf", PDF, "application/pdf")
        rec = must(call(base, "POST", "/api/materials?unit=" + unit_code, user, body=body,
                        headers={"Content-Type": ctype}), 201)
        ids[field] = rec["json"]["id"]
    return ids


def cmd_fixtures(args):
    """Units of the scenario (vertically managed, so that one unit may file many openings when it cites its
    superior's rule), each with its applicant <code>-a / demo, its applicants-<code> group, six materials and, with
    --websites, a website of its own. --demo adds the demo unit cjqx with its applicant (the unit scenario lock-held
    locks)."""
    db = Db(args)
    base = args.node
    units = []
    for i in range(1, args.count + 1):
        code = f"{args.prefix}{i:02d}"
        short = f"故障{code}"
        db.rows("insert into unit (code, full_name, short_name, kind, classified, public_functions, vertically_managed)"
                f" values ({sql_text(code)}, {sql_text('澄江市' + short + '中心')}, {sql_text(short)},"
                " 'PUBLIC_INSTITUTION', false, true, true) on conflict (code) do nothing")
        unit_id = db.value(f"select id from unit where code = {sql_text(code)}")
        website = None
        if args.websites:
            n = random.randint(10 ** 8, 10 ** 9 - 1)
            website = db.value("insert into website (name, domain, site_code, icp_filing_no, psb_filing_no, host_unit_id,"
                               f" status, version) values ({sql_text(short + '网站')}, {sql_text(code + '.faults.gov.cn')},"
                               f" 'F{n}', {sql_text(f'滇ICP备{n}号')}, null, {unit_id}, 'ONLINE', 0)"
                               f" on conflict (domain) do update set name = excluded.name returning id")
        group, user = f"applicants-{code}", f"{code}-a"
        must(call(base, "POST", "/engine-rest/group/create", "admin",
                  body={"id": group, "name": group, "type": "unit-role"}), 204)
        must(call(base, "POST", "/engine-rest/user/create", "admin",
                  body={"profile": {"id": user, "firstName": user, "lastName": "故障测试",
                                    "email": f"{user}@example.gov.cn"},
                        "credentials": {"password": "demo"}}), 204)
        for g in ("applicants", group):
            must(call(base, "PUT", f"/engine-rest/group/{g}/members/{user}", "admin"), 204)
        units.append({"code": code, "short": short, "full": "澄江市" + short + "中心", "user": user,
                      "website": int(website) if website else None,
                      "materials": upload_materials(base, user, code)})
    if args.demo:
        units.append({"code": "cjqx", "short": "澄江气象", "full": "澄江市气象局", "user": "applicant", "website": None,
                      "materials": upload_materials(base, "applicant", "cjqx")})
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(units, f, ensure_ascii=False, indent=1)
    print(f"{len(units)} units ready: {', '.join(u['code'] for u in units)}")


def opening_body(unit, n):
    body = {
        "unitCode": unit["code"], "accountName": f"{unit['short']}发布{n}", "platform": "WECHAT_SUBSCRIPTION",
        "certified": True, "certificationSubject": unit["full"],
        "supervisingUnitName": "澄江市气象局办公室", "newsServiceLicensed": False, "hostLeader": "王强 副主任",
        "hostContact": "0877-6911010", "undertakingUnitName": "综合科", "undertakingEntrusted": False,
        "introduction": "发布天气预报。", "accessUrl": "https://mp.weixin.qq.com/s/faults",
        "columns": [{"level1": "信息发布", "level2": "天气预报"}, {"level1": "互动交流", "level2": "留言咨询"}],
        "administrators": [{"name": "李华", "unitAndPost": "综合科 科员", "mobile": "13800002222"}],
        "eventOrSpecialProject": False, "providesNewsOrAudiovisual": False, "mapsUsed": False,
        # ART13_ONE_ACCOUNT_PER_UNIT lets a vertically managed unit file more than one account with this
        "verticalManagementBasis": "依据上级主管单位关于政务新媒体的规定",
    }
    body.update(unit["materials"])
    return body


def takedown_body(days_ahead=10):
    start = (datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=8))).date()
             + datetime.timedelta(days=days_ahead))
    return {"reason": "故障测试：网站改版整改", "plannedStart": start.isoformat(), "plannedDays": 3}


# ----------------------------------------------------------------------------------------------------------- load

class Tasklist:
    """A Tasklist session on one node (cookie + CSRF token), as a browser makes it, for the webapps' engine API."""

    def __init__(self, base, user="office"):
        self.base, self.cookies = base, {}
        self.absorb(call(base, "GET", "/camunda/app/tasklist/default/"))
        rec = call(base, "POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                   body=f"username={user}&password=demo",
                   headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": self.cookie(),
                            "X-XSRF-TOKEN": self.cookies.get("XSRF-TOKEN", "")})
        self.absorb(rec)
        self.ok = rec.get("status") == 200
        if self.ok:
            self.absorb(call(base, "GET", "/camunda/app/tasklist/default/", headers={"Cookie": self.cookie()}))

    def absorb(self, rec):
        for header in rec.get("set_cookie", []):
            name, _, rest = header.partition("=")
            self.cookies[name.strip()] = rest.split(";")[0]

    def cookie(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())

    def task_count(self, timeout):
        return call(self.base, "GET", "/camunda/api/engine/engine/default/task/count", kind="webapp-task-count",
                    headers={"Cookie": self.cookie(), "X-XSRF-TOKEN": self.cookies.get("XSRF-TOKEN", "")},
                    timeout=timeout)


def read_request(kind, base, timeout, ghost_counter, sessions):
    """The requests that change nothing; each authenticates against the database (there is no login cache)."""
    if kind == "accounts":
        return call(base, "GET", "/api/new-media/accounts", "office", timeout=timeout, kind=kind)
    if kind == "websites":
        return call(base, "GET", "/api/websites", "applicant", timeout=timeout, kind=kind)
    if kind == "task-count":  # Camunda's REST API (Jersey), where Tasklist's integrations go
        return call(base, "GET", "/engine-rest/task/count", "office", timeout=timeout, kind=kind)
    if kind == "notices":  # public, no authentication, still the database
        return call(base, "GET", "/api/notices", timeout=timeout, kind=kind)
    if kind == "ghost-auth":
        # a user name never seen before: the failure (or refusal) can only come from Basic authentication itself
        return call(base, "GET", "/api/websites", f"ghost-{next(ghost_counter)}", "x", timeout=timeout, kind=kind)
    if kind == "webapp-task-count":
        return sessions[base].task_count(timeout)
    raise ValueError(kind)


def cmd_warm(args):
    """Asks every read kind a few times on every node before a measurement: the first request of a kind initializes
    things lazily (Jersey for /engine-rest, the webapps), which takes seconds and is no fault."""
    ghost = iter(range(10 ** 9))
    for base in args.nodes.split(","):
        sessions = {base: Tasklist(base)}
        kinds = ["accounts", "websites", "task-count", "notices", "ghost-auth"] + (
            ["webapp-task-count"] if sessions[base].ok else [])
        for _ in range(args.rounds):
            for kind in kinds:
                read_request(kind, base, 30, ghost, sessions)
            call(base, "GET", "/actuator/health", timeout=30)


def health_probe(base, stop, recorder, interval, timeout):
    while not stop.is_set():
        rec = call(base, "GET", "/actuator/health", timeout=timeout, kind="health")
        rec["health"] = (rec.get("json") or {}).get("status")
        recorder.write(rec)
        stop.wait(interval)


def cmd_load(args):
    nodes = args.nodes.split(",")
    units = json.load(open(args.fixtures, encoding="utf-8")) if args.fixtures else []
    kinds = args.mix.split(",")
    recorder = Recorder(args.out)
    stop = threading.Event()
    ghost = iter(range(10 ** 9))
    sessions = {}
    if "webapp-task-count" in kinds:
        for base in nodes:
            sessions[base] = Tasklist(base)
        if not all(s.ok for s in sessions.values()):
            print("Tasklist login failed on a node; webapp-task-count left out", file=sys.stderr)
            kinds.remove("webapp-task-count")
    run = uuid.uuid4().hex[:8]

    def client(c):
        # one kind per client, so that every kind is being asked while the fault lasts (a hanging request holds its
        # client); the nodes alternate
        kind = kinds[c % len(kinds)]
        i = 0
        while not stop.is_set():
            base = nodes[(c + i) % len(nodes)]
            if kind == "openings":
                unit = units[c % len(units)]
                key = f"o-{run}-{c}-{i}"
                rec = call(base, "POST", "/api/new-media/openings", unit["user"], body=opening_body(unit, i),
                           headers={"Idempotency-Key": key}, timeout=args.timeout, kind=kind)
                rec["key"] = key
            else:
                rec = read_request(kind, base, args.timeout, ghost, sessions)
            recorder.write(rec)
            i += 1
            if rec.get("status") is None:
                time.sleep(0.2)  # connection refused: do not spin
            time.sleep(args.think)

    threads = [threading.Thread(target=client, args=(c,), daemon=True) for c in range(args.clients)]
    threads += [threading.Thread(target=health_probe, args=(b, stop, recorder, args.health_interval, args.timeout),
                                 daemon=True) for b in nodes]
    for t in threads:
        t.start()
    time.sleep(args.seconds)
    stop.set()
    for t in threads:
        t.join(args.timeout + 5)


def cmd_lock_burst(args):
    """--openings simultaneous openings of the last fixture unit on --node, while reads and health probes go to every
    node for --seconds (at least until the last opening answered)."""
    unit = json.load(open(args.fixtures, encoding="utf-8"))[-1]
    nodes = args.nodes.split(",")
    recorder = Recorder(args.out)
    stop = threading.Event()
    ghost = iter(range(10 ** 9))
    run = uuid.uuid4().hex[:8]
    barrier = threading.Barrier(args.openings)

    def opening(n):
        key = f"l-{run}-{n}"
        barrier.wait()
        rec = call(args.node, "POST", "/api/new-media/openings", unit["user"], body=opening_body(unit, n),
                   headers={"Idempotency-Key": key}, timeout=args.timeout, kind="locked-opening")
        rec["key"] = key
        recorder.write(rec)

    def reads(c):
        kinds = ["accounts", "websites", "task-count", "notices", "ghost-auth"]
        i = 0
        while not stop.is_set():
            recorder.write(read_request(kinds[i % len(kinds)], nodes[(c + i) % len(nodes)], args.timeout, ghost, {}))
            i += 1
            stop.wait(0.2)

    openings = [threading.Thread(target=opening, args=(n,), daemon=True) for n in range(args.openings)]
    others = [threading.Thread(target=reads, args=(c,), daemon=True) for c in range(2)]
    others += [threading.Thread(target=health_probe, args=(b, stop, recorder, 0.25, args.timeout), daemon=True)
               for b in nodes]
    started = time.time()
    for t in others + openings:
        t.start()
    for t in openings:
        t.join(args.timeout + 5)
    # the unrelated requests go on while the lock is held (--seconds), and a little after the last opening answered
    time.sleep(max(2.0, args.seconds - (time.time() - started)))
    stop.set()
    for t in others:
        t.join(args.timeout + 5)


def cmd_kill_load(args):
    """Each client has its unit: first a takedown of the unit's website, then openings; every request carries its own
    Idempotency-Key and alternates between the nodes."""
    nodes = args.nodes.split(",")
    units = json.load(open(args.fixtures, encoding="utf-8"))
    recorder = Recorder(args.out)
    end = time.time() + args.seconds
    run = uuid.uuid4().hex[:8]

    def client(c):
        unit = units[c % len(units)]
        i = 0
        while time.time() < end:
            base = nodes[(c + i) % len(nodes)]
            key = f"k-{run}-{c}-{i}"
            if i == 0 and unit.get("website"):
                path, body, kind = f"/api/websites/{unit['website']}/takedowns", takedown_body(), "takedown"
            else:
                path, body, kind = "/api/new-media/openings", opening_body(unit, i), "opening"
            rec = call(base, "POST", path, unit["user"], body=body, headers={"Idempotency-Key": key},
                       timeout=args.timeout, kind=kind)
            rec.update(key=key, client=c, seq=i, request=body, attempt=0)
            recorder.write(rec)
            i += 1
            if rec.get("status") is None:
                time.sleep(0.2)

    threads = [threading.Thread(target=client, args=(c,), daemon=True) for c in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()


def unanswered(rec):
    return rec.get("status") is None or rec["status"] >= 500 or (
        rec["status"] == 409 and "IDEMPOTENCY_IN_PROGRESS" in (rec.get("body") or ""))


def latest_by_key(records):
    latest = {}
    for rec in records:
        if rec.get("key") and (rec["key"] not in latest or rec["attempt"] >= latest[rec["key"]]["attempt"]):
            latest[rec["key"]] = rec
    return latest


def cmd_retry(args):
    """Retries, with the same key and body, every request whose latest attempt got no answer (or 5xx, or 'in
    progress'), until each has an answer or --attempts are spent."""
    nodes = args.nodes.split(",")
    recorder = Recorder(args.out)
    todo = [r for r in latest_by_key(read_records(args.out)).values() if unanswered(r)]
    print(f"{len(todo)} requests without an answer to retry", file=sys.stderr)
    for rec in todo:
        for attempt in range(rec["attempt"] + 1, rec["attempt"] + 1 + args.attempts):
            again = call(nodes[attempt % len(nodes)], rec["method"], rec["path"], rec["user"], body=rec["request"],
                         headers={"Idempotency-Key": rec["key"]}, timeout=args.timeout, kind=rec["kind"])
            again.update(key=rec["key"], client=rec["client"], seq=rec["seq"], request=rec["request"], attempt=attempt)
            recorder.write(again)
            if not unanswered(again):
                break
            time.sleep(1)


# -------------------------------------------------------------------------------------------------------- analysis

def events(path):
    """The orchestration's timestamps: lines 'name epoch-seconds'."""
    out = {}
    with open(path) as f:
        for line in f:
            name, value = line.split()
            out[name] = float(value)
    return out


def counts(records):
    return dict(sorted(collections.Counter(str(r.get("status")) for r in records).items()))


def worst(records):
    return max((r["ms"] for r in records), default=0.0)


def short(node):
    return {"18081": "A", "18082": "B"}.get(node.rsplit(":", 1)[-1], node)


def verdict(ok, name, text):
    """The scenario's result line, also appended to run.sh's summary ($RESULTS_FILE)."""
    line = f"{'PASS' if ok else 'FAIL'} {name:<20} {text}"
    print(line, flush=True)
    if os.environ.get("RESULTS_FILE"):
        with open(os.environ["RESULTS_FILE"], "a", encoding="utf-8") as f:
            f.write(line + "\n")
    return ok


def cmd_analyze_outage(args):
    recs = read_records(args.out)
    ev = events(args.events)
    down, up = ev["pg_stop_begin"], ev["pg_start_end"]
    requests = [r for r in recs if r["kind"] != "health"]
    health = [r for r in recs if r["kind"] == "health"]
    # requests answered while PostgreSQL was stopping or down: sent before it started again, answered after the stop
    # command (a request in flight when the connections were cut counts too)
    during = [r for r in requests if r["t0"] < ev["pg_start_begin"] and r["t1"] > down]
    slow = [r for r in during if r["ms"] > args.max_ms]
    # the right answers: 503 problem+json with Retry-After; 2xx (nothing needed the database, or it was still or
    # again there); a ghost's 401 only while PostgreSQL may still have served it (before pg_ctl stop returned) or once
    # it was back (a 401 while it is away tells a right password that it is wrong)
    bad = [r for r in during if r.get("status") is not None and not (200 <= r["status"] < 300) and not good_503(r)
           and not (r["kind"] == "ghost-auth" and r["status"] == 401
                    and (r["t1"] < ev["pg_stop_end"] or r["t1"] >= ev["pg_start_begin"]))]
    no_answer = [r for r in during if r.get("status") is None]
    e500 = [r for r in during if r.get("status") == 500]
    by_kind = collections.defaultdict(list)
    for r in during:
        by_kind[r["kind"]].append(r)
    print(f"outage: PostgreSQL stopped {ev['pg_stop_end'] - down:.1f} s after the command, down "
          f"{ev['pg_start_begin'] - ev['pg_stop_end']:.1f} s, started again in {up - ev['pg_start_begin']:.1f} s")
    print(f"requests answered during the outage: {len(during)}; by status {counts(during)}; max latency "
          f"{worst(during) / 1000:.1f} s; slower than {args.max_ms / 1000:.0f} s: {len(slow)}; no answer: "
          f"{len(no_answer)}; 500: {len(e500)}; other than 2xx / 503 problem+json with Retry-After: {len(bad)}")
    for kind, rs in sorted(by_kind.items()):
        problems = sum(1 for r in rs if is_problem(r))
        retry = sum(1 for r in rs if r.get("retry_after"))
        print(f"  {kind:<18} n={len(rs):<4} status {counts(rs)} problem+json {problems} Retry-After {retry} "
              f"max {worst(rs) / 1000:.1f} s")
    examples = {}
    for r in bad + no_answer + slow:
        examples.setdefault(r["kind"], r)
    for r in examples.values():
        print(f"  e.g. {r['kind']} on {short(r['node'])} sent at {r['t0'] - down:+.2f} s: {r.get('status')} after "
              f"{r['ms'] / 1000:.1f} s "
              f"{r.get('ctype', '')} {(r.get('body') or r.get('error') or '')[:150]}")
    # health: every probe that overlaps the outage answers within the limit (one in flight when PostgreSQL stopped
    # counts too: a hanging probe is what a load balancer sees); those sent from 1 s after the stop say DOWN
    h_during = [r for r in health if r["t0"] < ev["pg_start_begin"] and r["t1"] > down]
    h_should_be_down = [r for r in h_during if r["t0"] >= down + 1]
    h_down_ok = [r for r in h_should_be_down if r.get("status") == 503 and r.get("health") == "DOWN"]
    h_slow = [r for r in h_during if r["ms"] > args.health_max_ms]
    print(f"health during the outage: {len(h_during)} probes, by status {counts(h_during)}, "
          f"bodies {dict(collections.Counter(str(r.get('health')) for r in h_during))}, max {worst(h_during):.0f} ms")
    recovered = {}
    for node in sorted({r["node"] for r in recs}):
        h_up = [r for r in health if r["node"] == node and r["t0"] >= up and r.get("health") == "UP"]
        ok_req = [r for r in requests if r["node"] == node and r["t0"] >= up and r.get("status")
                  and 200 <= r["status"] < 300]
        recovered[short(node)] = (round(h_up[0]["t1"] - up, 1) if h_up else None,
                                  round(ok_req[0]["t1"] - up, 1) if ok_req else None)
    print("after the restart, seconds until health UP / first 2xx: "
          + ", ".join(f"{n} {h} / {q}" for n, (h, q) in recovered.items()))
    # after recovery (5 s after the first UP of every node), nothing should fail any more
    last_up = max((h for h, _ in recovered.values() if h is not None), default=None)
    after = [r for r in requests if last_up is not None and r["t0"] >= up + last_up + 5]
    after_bad = [r for r in after if not (r.get("status") and (200 <= r["status"] < 300
                                                               or (r["kind"] == "ghost-auth" and r["status"] == 401)))]
    print(f"requests after recovery: {len(after)}, failed {len(after_bad)} {counts(after_bad) if after_bad else ''}")
    created = [r for r in requests if r["kind"] == "openings" and r.get("status") == 201]
    with open(args.created, "w") as f:
        for r in created:
            f.write(r["answer"]["businessKey"] + "\n")
    ok = True
    ok &= verdict(not slow and not no_answer, "db-outage/latency",
                  f"max latency during the outage {worst(during) / 1000:.1f} s (limit {args.max_ms / 1000:.0f} s), "
                  f"{len(slow)} slower, {len(no_answer)} without answer, of {len(during)}")
    ok &= verdict(not bad and not e500 and len(during) > 0, "db-outage/503",
                  f"status during the outage {counts(during)}; 500: {len(e500)}; not 503 problem+json+Retry-After: "
                  f"{len(bad)} (auth failures: {len([r for r in bad if r['kind'] == 'ghost-auth'])}, "
                  f"engine API: {len([r for r in bad if 'task-count' in r['kind']])})")
    ok &= verdict(bool(h_should_be_down) and len(h_down_ok) == len(h_should_be_down) and not h_slow,
                  "db-outage/health",
                  f"{len(h_during)} probes overlapping the outage: status {counts(h_during)}, bodies "
                  f"{dict(collections.Counter(str(r.get('health')) for r in h_during))}, max {worst(h_during):.0f} ms "
                  f"(limit {args.health_max_ms:.0f} ms); sent from 1 s into it: {len(h_down_ok)}/{len(h_should_be_down)}"
                  f" 503 DOWN")
    ok &= verdict(all(h is not None and q is not None for h, q in recovered.values()) and not after_bad,
                  "db-outage/recovery",
                  "seconds to UP / first 2xx: " + ", ".join(f"{n} {h} / {q}" for n, (h, q) in recovered.items())
                  + f"; failures after recovery {len(after_bad)}")
    sys.exit(0 if ok else 1)


def cmd_analyze_lock(args):
    recs = read_records(args.out)
    ev = events(args.events)
    openings = [r for r in recs if r["kind"] == "locked-opening"]
    window = [r for r in recs if r["kind"] != "locked-opening" and ev["lock_taken"] <= r["t0"] < ev["lock_released"]]
    health = [r for r in window if r["kind"] == "health"]
    others = [r for r in window if r["kind"] != "health"]
    good = [r for r in openings if good_503(r) and r["ms"] <= args.max_ms]
    slow_others = [r for r in others if r["ms"] > args.other_max_ms or not r.get("status")]
    wrong_others = [r for r in others if not (r.get("status") and (r["status"] < 300 or (
        r["kind"] == "ghost-auth" and r["status"] == 401)))]
    bad_health = [r for r in health if r["ms"] > args.other_max_ms or r.get("health") != "UP"]
    print(f"lock held {ev['lock_released'] - ev['lock_taken']:.1f} s; openings: status {counts(openings)}, "
          f"latency min {min((r['ms'] for r in openings), default=0) / 1000:.1f} s max {worst(openings) / 1000:.1f} s, "
          f"problem+json {sum(1 for r in openings if is_problem(r))}, Retry-After "
          f"{sum(1 for r in openings if r.get('retry_after'))}")
    for r in [r for r in openings if r not in good][:3]:
        print(f"  e.g. opening: {r.get('status')} after {r['ms'] / 1000:.1f} s {r.get('ctype', '')} "
              f"{(r.get('body') or r.get('error') or '')[:160]}")
    print(f"unrelated requests while the lock was held: {len(others)}, status {counts(others)}, max {worst(others):.0f}"
          f" ms; health probes {len(health)}, status {counts(health)}, max {worst(health):.0f} ms")
    for r in (slow_others + wrong_others)[:3]:
        print(f"  e.g. {r['kind']} on {short(r['node'])}: {r.get('status')} after {r['ms']:.0f} ms "
              f"{(r.get('body') or r.get('error') or '')[:120]}")
    ok = verdict(len(good) == len(openings) == args.openings, "lock-held/openings",
                 f"{len(good)}/{len(openings)} openings answered 503 problem+json with Retry-After within "
                 f"{args.max_ms / 1000:.0f} s; status {counts(openings)}, max {worst(openings) / 1000:.1f} s")
    ok &= verdict(bool(others) and not slow_others and not wrong_others, "lock-held/others",
                  f"{len(others)} unrelated requests, max {worst(others):.0f} ms (limit {args.other_max_ms:.0f} ms), "
                  f"status {counts(others)}")
    ok &= verdict(bool(health) and not bad_health, "lock-held/health",
                  f"{len(health)} probes, max {worst(health):.0f} ms, status {counts(health)}")
    sys.exit(0 if ok else 1)


def cmd_check_created(args):
    """Every opening that got 201 has its procedure row and its Camunda process instance."""
    db = Db(args)
    keys = [k.strip() for k in open(args.created) if k.strip()]
    missing = []
    for k in keys:
        row = db.rows(f"select p.process_instance_id, (select count(*) from act_hi_procinst h where h.id_ ="
                      f" p.process_instance_id and h.business_key_ = p.business_key) from app_procedure p"
                      f" where p.business_key = {sql_text(k)}")
        if not row or row[0][1] != "1":
            missing.append(k)
    verdict(not missing, "db-outage/committed",
            f"{len(keys) - len(missing)}/{len(keys)} openings answered 201 are in app_procedure and ACT_HI_PROCINST"
            + (f"; missing e.g. {missing[:3]}" if missing else ""))
    sys.exit(0 if not missing else 1)


def reconcile_db(db):
    """Our procedure rows against Camunda's process instances, over the whole database."""
    keys = ", ".join(sql_text(k) for k in ENGINE_PROCESSES)
    no_instance = db.rows("select business_key from app_procedure p where p.process_instance_id is null or not exists"
                          " (select 1 from act_hi_procinst h where h.id_ = p.process_instance_id)")
    no_procedure = db.rows(f"select h.id_, h.business_key_ from act_hi_procinst h where h.proc_def_key_ in ({keys})"
                           " and not exists (select 1 from app_procedure p where p.process_instance_id = h.id_)")
    key_mismatch = db.rows("select p.business_key, h.business_key_ from app_procedure p join act_hi_procinst h"
                           " on h.id_ = p.process_instance_id where h.business_key_ is distinct from p.business_key")
    duplicate_keys = db.rows("select business_key_, count(*) from act_hi_procinst where business_key_ is not null"
                             " group by 1 having count(*) > 1")
    runtime_without_history = db.rows("select e.proc_inst_id_ from act_ru_execution e where e.parent_id_ is null and"
                                      " not exists (select 1 from act_hi_procinst h where h.id_ = e.proc_inst_id_)")
    total = db.value("select count(*) from app_procedure")
    instances = db.value(f"select count(*) from act_hi_procinst where proc_def_key_ in ({keys})")
    return {"procedures": int(total), "instances": int(instances), "procedure without instance": no_instance,
            "instance without procedure": no_procedure, "business key differs": key_mismatch,
            "duplicate business keys": duplicate_keys, "runtime without history": runtime_without_history}


def cmd_reconcile(args):
    db = Db(args)
    recs = read_records(args.out)
    units = json.load(open(args.fixtures, encoding="utf-8"))
    users = ", ".join(sql_text(u["user"]) for u in units)
    first = [r for r in recs if r["attempt"] == 0]
    retries = [r for r in recs if r["attempt"] > 0]
    latest = latest_by_key(recs)
    still_unanswered = [r for r in latest.values() if unanswered(r)]
    # every key: the business keys its 201 answers named (first answer and replays must agree)
    answered = collections.defaultdict(set)
    for r in recs:
        if r.get("status") == 201:
            answered[r["key"]].add(r["answer"]["businessKey"])
    split = {k: v for k, v in answered.items() if len(v) > 1}
    created_keys = {next(iter(v)) for v in answered.values()}
    rows = db.rows(f"select business_key from app_procedure where applicant_id in ({users})")
    in_db = {r[0] for r in rows}
    idem = db.rows(f"select idem_key, business_key from idempotency_record where user_id in ({users})")
    idem_keys = {r[0] for r in idem}
    unknown = in_db - created_keys        # a procedure nobody was told about (a request counted without an answer)
    lost = created_keys - in_db           # a 201 whose procedure is not there
    keys_without_201 = idem_keys - set(answered)
    rec = reconcile_db(db)
    no_answer = [r for r in first if r.get("status") is None]
    refused = [r for r in no_answer if "ConnectionRefused" in r.get("error", "")]
    cut = [r for r in no_answer if r not in refused]
    print(f"without answer: {len(cut)} cut off (in flight when the node died: "
          f"{dict(collections.Counter(r['error'].split(':')[0] for r in cut))}), {len(refused)} refused while it was down")
    replayed = sum(1 for r in retries if r.get("status") == 201 and (r.get("answer") or {}).get("replayed"))
    print(f"requests: {len(first)} sent, {sum(1 for r in first if unanswered(r))} without answer (status "
          f"{counts([r for r in first if unanswered(r)])}); retries {len(retries)}: status {counts(retries)}, "
          f"{replayed} replayed; still without answer {len(still_unanswered)}")
    print(f"first answers by kind: " + ", ".join(
        f"{k} {counts([r for r in first if r['kind'] == k])}" for k in sorted({r['kind'] for r in first})))
    print(f"keys answered 201: {len(answered)}, distinct business keys {len(created_keys)}, keys with two different "
          f"procedures {len(split)}; procedures of these users in app_procedure {len(in_db)}, idempotency records "
          f"{len(idem)}; not in the database {len(lost)}, in the database but never answered {len(unknown)}, "
          f"idempotency records without a 201 {len(keys_without_201)}")
    print(f"whole database: {rec['procedures']} procedures, {rec['instances']} process instances; "
          + ", ".join(f"{k} {len(v)}" for k, v in rec.items() if isinstance(v, list)))
    for k, v in rec.items():
        if isinstance(v, list) and v:
            print(f"  e.g. {k}: {v[:3]}")
    ok = verdict(not still_unanswered and not split and not lost and not unknown and not keys_without_201
                 and len(in_db) == len(created_keys), "kill-9/requests",
                 f"{len(first)} requests, {sum(1 for r in first if unanswered(r))} unanswered ({len(cut)} cut off by the "
                 f"kill, {len(refused)} refused) then retried "
                 f"({replayed} replayed); {len(created_keys)} procedures created = {len(in_db)} rows; lost "
                 f"{len(lost)}, counted twice {len(split)}, unanswered rows {len(unknown)}")
    ok &= verdict(all(not v for v in rec.values() if isinstance(v, list)), "kill-9/reconcile",
                  f"{rec['procedures']} procedures vs {rec['instances']} instances; "
                  + ", ".join(f"{k} {len(v)}" for k, v in rec.items() if isinstance(v, list)))
    sys.exit(0 if ok else 1)


def cmd_instant(args):
    """Prints the epoch seconds of a Camunda REST date (2026-12-13T16:00:00.000+0000) or an ISO date with offset."""
    text = args.value.strip()
    if len(text) > 5 and text[-5] in "+-" and text[-3] != ":":
        text = text[:-2] + ":" + text[-2:]
    print(f"{datetime.datetime.fromisoformat(text).timestamp():.3f}")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)

    def db_args(s):
        s.add_argument("--db", required=True)
        s.add_argument("--pg-port", type=int, default=55432)

    s = sub.add_parser("fixtures")
    db_args(s)
    s.add_argument("--node", required=True)
    s.add_argument("--prefix", required=True)
    s.add_argument("--count", type=int, default=0)
    s.add_argument("--websites", action="store_true")
    s.add_argument("--demo", action="store_true")
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_fixtures)

    s = sub.add_parser("load")
    s.add_argument("--nodes", required=True)
    s.add_argument("--fixtures")
    s.add_argument("--clients", type=int, default=8)
    s.add_argument("--seconds", type=float, required=True)
    # client c sends kind c mod len(mix): with 8 clients the openings get two
    s.add_argument("--mix", default="openings,accounts,websites,task-count,webapp-task-count,ghost-auth,notices")
    s.add_argument("--think", type=float, default=0.05)
    s.add_argument("--timeout", type=float, default=45)
    s.add_argument("--health-interval", type=float, default=0.25)
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_load)

    s = sub.add_parser("warm")
    s.add_argument("--nodes", required=True)
    s.add_argument("--rounds", type=int, default=5)
    s.set_defaults(fn=cmd_warm)

    s = sub.add_parser("lock-burst")
    s.add_argument("--node", required=True)
    s.add_argument("--nodes", required=True)
    s.add_argument("--fixtures", required=True)
    s.add_argument("--openings", type=int, default=10)
    s.add_argument("--seconds", type=float, default=0)
    s.add_argument("--timeout", type=float, default=70)
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_lock_burst)

    s = sub.add_parser("kill-load")
    s.add_argument("--nodes", required=True)
    s.add_argument("--fixtures", required=True)
    s.add_argument("--clients", type=int, default=16)
    s.add_argument("--seconds", type=float, required=True)
    s.add_argument("--timeout", type=float, default=45)
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_kill_load)

    s = sub.add_parser("retry")
    s.add_argument("--nodes", required=True)
    s.add_argument("--attempts", type=int, default=10)
    s.add_argument("--timeout", type=float, default=45)
    s.add_argument("--out", required=True)
    s.set_defaults(fn=cmd_retry)

    s = sub.add_parser("analyze-outage")
    s.add_argument("--out", required=True)
    s.add_argument("--events", required=True)
    s.add_argument("--created", required=True)
    s.add_argument("--max-ms", type=float, default=6000)
    s.add_argument("--health-max-ms", type=float, default=1000)
    s.set_defaults(fn=cmd_analyze_outage)

    s = sub.add_parser("check-created")
    db_args(s)
    s.add_argument("--created", required=True)
    s.set_defaults(fn=cmd_check_created)

    s = sub.add_parser("analyze-lock")
    s.add_argument("--out", required=True)
    s.add_argument("--events", required=True)
    s.add_argument("--openings", type=int, default=10)
    s.add_argument("--max-ms", type=float, default=6000)
    s.add_argument("--other-max-ms", type=float, default=1000)
    s.set_defaults(fn=cmd_analyze_lock)

    s = sub.add_parser("reconcile")
    db_args(s)
    s.add_argument("--out", required=True)
    s.add_argument("--fixtures", required=True)
    s.set_defaults(fn=cmd_reconcile)

    s = sub.add_parser("instant")
    s.add_argument("value")
    s.set_defaults(fn=cmd_instant)

    args = p.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
