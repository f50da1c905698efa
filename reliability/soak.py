#!/usr/bin/env python3
"""Soak test (issue 17): the packaged service under sparse traffic for a long time.

Starts the packaged service (a copy of api/target/quarkus-app, with bin/run's JVM options; built
first if absent) on a fresh data directory, sends the morning burst of the
issue (16 concurrent notice lists, one keyed POST), then, for --minutes, one round of keyed writes
after each idle gap. The gaps cycle through --gaps (seconds); the defaults are longer than every
timeout a quiet service meets: the pools' idle removal (5 min), the token check cache (5 s) and,
over the hour, the access token itself (refreshed as a field app does). Every non-2xx answer is
reported with its body; the exit code is 1 if there was any.

  reliability/soak.py                              one hour, production settings
  reliability/soak.py --minutes 3 --gaps 5,10 --pool-idle 2S   a quick check (pools swept every 2 s)

Not part of bin/test: it takes an hour by design. Only stdlib; talks to 127.0.0.1 only.
"""
import argparse
import concurrent.futures
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from datetime import datetime, timedelta, timezone

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KOLO = "52.72.03.1004"
# As bin/run starts it.
JAVA_OPTS = ["-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-XX:MaxRAM=1g"]
ADMIN_PASSWORD = "soak-admin-" + uuid.uuid4().hex[:12]
PILLAR_PASSWORD = "soak-pilar-" + uuid.uuid4().hex[:12]


class Service:
    def __init__(self, port, data_dir, pool_idle, log_path):
        env = dict(os.environ, PORT=str(port), PILAR_DATA_DIR=data_dir, PILAR_ADMIN_PASSWORD=ADMIN_PASSWORD)
        if pool_idle:
            env.update(QUARKUS_DATASOURCE_JDBC_MIN_SIZE="0", QUARKUS_DATASOURCE_JDBC_IDLE_REMOVAL_INTERVAL=pool_idle,
                       QUARKUS_DATASOURCE_DIRECT_JDBC_IDLE_REMOVAL_INTERVAL=pool_idle)
        # A copy of the packaged service: a build during the hour must not change the running jar.
        app = os.path.join(data_dir, "app")
        shutil.copytree(os.path.join(ROOT, "api", "target", "quarkus-app"), app)
        self.log = open(log_path, "w")
        self.process = subprocess.Popen(["java", *JAVA_OPTS, "-jar", os.path.join(app, "quarkus-run.jar")],
                                        cwd=data_dir, env=env, stdout=self.log, stderr=subprocess.STDOUT)
        self.base = f"http://127.0.0.1:{port}"

    def await_ready(self, seconds=600):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"the service exited early (code {self.process.returncode}); see its log")
            try:
                with urllib.request.urlopen(self.base + "/q/health/ready", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        sys.exit("the service was not ready in time")

    def rss_mb(self):
        try:
            with open(f"/proc/{self.process.pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) // 1024
        except OSError:
            return None
        return None

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
        self.log.close()


class Client:
    """A caller of the HTTP API that records every answer."""

    def __init__(self, base, report):
        self.base = base
        self.report = report
        self.access = None
        self.refresh = None
        self.expires = 0.0

    def login(self, username, password):
        body = self.call("POST", "/api/v1/auth/token", {"username": username, "password": password}, auth=False)
        self._tokens(body)
        return body

    def _tokens(self, body):
        if body:
            self.access, self.refresh = body["accessToken"], body["refreshToken"]
            self.expires = time.monotonic() + body.get("expiresIn", 3600)

    def fresh(self):
        """Refreshes the access token when it has under two minutes left, as a field app does."""
        if time.monotonic() > self.expires - 120:
            self._tokens(self.call("POST", "/api/v1/auth/refresh", {"refreshToken": self.refresh}, auth=False))

    def call(self, method, path, body=None, key=None, if_match=None, auth=True, expect=None):
        headers = {"Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        if auth:
            headers["Authorization"] = "Bearer " + self.access
        if key:
            headers["Idempotency-Key"] = key
        if if_match:
            headers["If-Match"] = if_match
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(request, timeout=60) as answer:
                status, text, etag = answer.status, answer.read().decode(), answer.headers.get("ETag")
        except urllib.error.HTTPError as error:
            status, text, etag = error.code, error.read().decode(errors="replace"), None
        except (urllib.error.URLError, OSError) as error:
            status, text, etag = 0, str(error), None
        self.report.record(method, path, status, text, time.monotonic() - started, expect)
        if expect is not None and status != expect or expect is None and not 200 <= status < 300:
            return None
        parsed = json.loads(text) if text else {}
        if isinstance(parsed, dict) and etag:
            parsed["_etag"] = etag
        return parsed


class Report:
    def __init__(self):
        self.requests = 0
        self.failures = []
        self.latencies = []

    def record(self, method, path, status, text, seconds, expect):
        self.requests += 1
        self.latencies.append(seconds * 1000)
        ok = status == expect if expect is not None else 200 <= status < 300
        if not ok:
            moment = datetime.now(timezone.utc).strftime("%H:%M:%S")
            self.failures.append(f"{moment} {method} {path} -> {status} {text[:300]}")
            print(f"SOAK FAILURE {self.failures[-1]}", flush=True)


def visit(start, description):
    return {"kelurahanCode": KOLO, "rw": 2, "rt": 3, "location": "Rumah Ketua RT 003",
            "plannedStart": start.isoformat().replace("+00:00", "Z"),
            "plannedEnd": (start + timedelta(hours=2)).isoformat().replace("+00:00", "Z"),
            "purpose": "HOME_VISIT", "description": description}


def a_case():
    return {"category": "LANSIA_TELANTAR", "urgency": "URGENT", "consentRecorded": True,
            "subject": {"fullName": "Warga Uji Soak", "gender": "P", "estimatedAge": 75},
            "address": {"kelurahanCode": KOLO, "rw": 2, "rt": 3, "street": "Jl. Sultan Hasanuddin"},
            "description": "Lansia tinggal sendiri (uji soak).",
            "source": {"kind": "PILLAR", "name": "PSM Kolo", "phone": "0812-3456-7890"}}


def round_of_writes(n, admin, pillar, officer):
    """One round after a gap: keyed creations and their replays, actions, a patch, a note, reads."""
    for client in (admin, pillar, officer):
        client.fresh()
    start = (datetime.now(timezone.utc) + timedelta(days=3 + n % 20)).replace(minute=0, second=0, microsecond=0)
    key = f"soak-{n}-{uuid.uuid4()}"
    notice = pillar.call("POST", "/api/v1/notices", visit(start, f"Kunjungan soak {n}"), key=key, expect=201)
    pillar.call("POST", "/api/v1/notices", visit(start, f"Kunjungan soak {n}"), key=key, expect=201)  # replay
    pillar.call("POST", "/api/v1/notices", visit(start + timedelta(hours=3), f"Tanpa kunci {n}"), expect=201)
    if notice:
        current = pillar.call("GET", f"/api/v1/notices/{notice['id']}")
        if current:
            pillar.call("PATCH", f"/api/v1/notices/{notice['id']}", {"description": f"Diubah {n}"},
                        if_match=current["_etag"])
        officer.call("POST", f"/api/v1/notices/{notice['id']}/acknowledge",
                     {"acknowledgedBy": "Kasi Kesos Kolo"}, key="ack-" + key)
    case = pillar.call("POST", "/api/v1/cases", a_case(), key="case-" + key, expect=201)
    if case:
        pillar.call("POST", f"/api/v1/cases/{case['id']}/notes", {"text": f"Catatan soak {n}"},
                    key="note-" + key, expect=201)
    admin.call("POST", "/api/v1/pillars", {"fullName": f"Pilar Soak {n}", "type": "PSM", "gender": "L",
                                           "phone": f"0813{10_000_000 + n:08d}", "kelurahanCodes": [KOLO]},
               key="pillar-" + key, expect=201)
    officer.call("GET", "/api/v1/notices?limit=50")
    admin.call("GET", "/q/health/ready", auth=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--gaps", default="180,420,180,660",
                        help="idle gaps in seconds, cycled (default: 3, 7, 3 and 11 minutes)")
    parser.add_argument("--pool-idle", default="", help="e.g. 2S: pools keep nothing and sweep this often")
    parser.add_argument("--port", type=int, default=18181)
    args = parser.parse_args()
    gaps = [float(g) for g in args.gaps.split(",")]

    if not os.path.exists(os.path.join(ROOT, "api", "target", "quarkus-app", "quarkus-run.jar")):
        subprocess.run([os.path.join(ROOT, "mvnw"), "-B", "-q", "package", "-DskipTests"], cwd=ROOT, check=True)
    data_dir = tempfile.mkdtemp(prefix="pilar-soak-")
    log_path = os.path.join(ROOT, "api", "target", f"soak-service-{args.port}.log")
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    report = Report()
    service = Service(args.port, data_dir, args.pool_idle, log_path)
    began = time.monotonic()
    try:
        service.await_ready()
        rss_start = service.rss_mb()
        admin = Client(service.base, report)
        admin.login("admin", ADMIN_PASSWORD)
        username = "psm.soak." + uuid.uuid4().hex[:6]
        admin.call("POST", "/api/v1/pillars", {"fullName": "Pilar Soak", "type": "PSM", "gender": "P",
                                               "phone": "0812-7000-0001", "kelurahanCodes": [KOLO],
                                               "account": {"username": username, "password": PILLAR_PASSWORD}},
                   expect=201)
        officer_name = "kolo.soak." + uuid.uuid4().hex[:6]
        admin.call("POST", "/api/v1/users", {"username": officer_name, "displayName": "Petugas Kolo",
                                             "role": "KELURAHAN", "kelurahanCode": KOLO,
                                             "password": PILLAR_PASSWORD}, expect=201)
        pillar, officer = Client(service.base, report), Client(service.base, report)
        pillar.login(username, PILLAR_PASSWORD)
        officer.login(officer_name, PILLAR_PASSWORD)
        # The morning of the issue: a burst of 16 lists, one keyed creation, then quiet.
        with concurrent.futures.ThreadPoolExecutor(16) as burst:
            list(burst.map(lambda _: officer.call("GET", "/api/v1/notices"), range(16)))
        start = datetime.now(timezone.utc) + timedelta(days=2)
        pillar.call("POST", "/api/v1/notices", visit(start, "Kunjungan pertama"), key=str(uuid.uuid4()), expect=201)

        rounds, slept = 0, []
        deadline = began + args.minutes * 60
        while time.monotonic() < deadline:
            gap = min(gaps[rounds % len(gaps)], max(0.0, deadline - time.monotonic()))
            print(f"SOAK idle {gap:.0f} s, then round {rounds + 1}", flush=True)
            time.sleep(gap)
            slept.append(gap)
            round_of_writes(rounds, admin, pillar, officer)
            rounds += 1
        rss_end = service.rss_mb()
    finally:
        service.stop()
        shutil.rmtree(data_dir, ignore_errors=True)

    latencies = sorted(report.latencies)
    print(f"SOAK done: {(time.monotonic() - began) / 60:.1f} min, {rounds} rounds after idle gaps of "
          f"{min(slept):.0f}-{max(slept):.0f} s (longest quiet {max(slept) / 60:.1f} min), "
          f"{report.requests} requests, {len(report.failures)} non-2xx")
    print(f"SOAK latency ms: median {statistics.median(latencies):.0f}, "
          f"p95 {latencies[int(0.95 * (len(latencies) - 1))]:.0f}, max {latencies[-1]:.0f}; "
          f"RSS {rss_start} MB at start, {rss_end} MB at the end")
    for failure in report.failures:
        print("  " + failure)
    sys.exit(1 if report.failures else 0)


if __name__ == "__main__":
    main()
