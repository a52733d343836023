#!/usr/bin/env python3
"""Load benchmark: mailscoped (storing every message) against postfix's smtp-sink and Nodemailer's
smtp-server (both storing nothing), scenario by scenario in the same run, so that the figures can be
read as ratios on a noisy machine. Run through bench/run.sh, which installs and builds what it needs.

Each server is started afresh for each scenario, so its CPU seconds (utime + stime from
/proc/PID/stat, taken after it is ready and again when the load ends) and its peak resident memory
(VmHWM from /proc/PID/status) belong to that scenario alone.
"""

import argparse
import datetime
import json
import os
import platform
import resource
import selectors
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field

from storefolders import file_create_probe, spread_subfolders

HOST = "127.0.0.1"
KIB = 1024
MIB = 1024 * 1024
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
START_TIMEOUT = 20.0
HERE = os.path.dirname(os.path.abspath(__file__))


@dataclass
class Scenario:
    name: str
    description: str
    client: str  # "smtp-source" (never pipelines) or "smtpload" (ours: PIPELINING, STARTTLS)
    messages: int
    size: int
    sessions: int
    per_connection: bool = False
    pipelining: bool = True  # the servers offer PIPELINING (and smtpload uses it when offered)
    starttls: bool = False
    large: bool = False  # judged in MB/s against smtp-server's MB/s, not 3x its messages/s
    servers: tuple = ("mailscoped", "smtp-sink", "smtp-server")


SCENARIOS = [
    Scenario("small-conn", "5,000 x 1 KiB, 10 sessions, one message per connection (smtp-source)",
             "smtp-source", 5000, KIB, 10, per_connection=True),
    Scenario("small-conn-pipe", "5,000 x 1 KiB, 10 sessions, one message per connection, PIPELINING",
             "smtpload", 5000, KIB, 10, per_connection=True),
    Scenario("small-keep", "5,000 x 1 KiB, 10 sessions kept open (smtp-source)",
             "smtp-source", 5000, KIB, 10),
    Scenario("small-keep-pipe", "5,000 x 1 KiB, 10 sessions kept open, PIPELINING",
             "smtpload", 5000, KIB, 10),
    Scenario("small-keep-nopipe", "5,000 x 1 KiB, 10 sessions kept open, servers without PIPELINING",
             "smtpload", 5000, KIB, 10, pipelining=False),
    Scenario("small-50-conn", "5,000 x 1 KiB, 50 sessions, one message per connection (smtp-source)",
             "smtp-source", 5000, KIB, 50, per_connection=True),
    Scenario("small-50-keep-pipe", "5,000 x 1 KiB, 50 sessions kept open, PIPELINING",
             "smtpload", 5000, KIB, 50),
    # smtp-sink speaks no TLS, so STARTTLS is measured against smtp-server alone.
    Scenario("starttls-conn", "1,000 x 1 KiB, 10 sessions, STARTTLS on each connection, PIPELINING",
             "smtpload", 1000, KIB, 10, per_connection=True, starttls=True,
             servers=("mailscoped", "smtp-server")),
    Scenario("large-1mib", "200 x 1 MiB, 10 sessions kept open, PIPELINING",
             "smtpload", 200, MIB, 10, large=True),
    Scenario("huge-50mib", "1 x 50 MiB, one session", "smtpload", 1, 50 * MIB, 1, large=True),
]


# ---- /proc -----------------------------------------------------------------------------------

def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        # The command name may hold spaces: fields are counted after its closing parenthesis.
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14, 15)


def status_kib(pid, key):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise KeyError(key)


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_until_accepting(port, process, timeout=START_TIMEOUT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("server exited with %r before listening" % process.returncode)
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("nothing listens on port %d after %.0f s" % (port, timeout))


# ---- servers ---------------------------------------------------------------------------------

class Server:
    """One server process under measurement; stdout is drained by a thread so it never blocks."""

    def __init__(self, kind, scenario, paths):
        self.kind = kind
        self.stored = 0
        self.port = None
        self.tempdir = None
        self._listening = threading.Event()
        if kind == "mailscoped":
            self.tempdir = tempfile.mkdtemp(prefix="mailscope-bench-", dir=paths.store_root)
            args = [paths.mailscoped, "--listen", "smtp://%s:0" % HOST, "--store", os.path.join(self.tempdir, "store"),
                    "--json", "--no-reverse-dns", "--size", "0", "--hostname", "mailscope.bench"]
            if paths.mailscoped_has_api:
                args.append("--no-api")  # SMTP is measured; the HTTP API's fixed port would also clash
            if not scenario.pipelining:
                args.append("--no-pipelining")
            if scenario.starttls:
                args += ["--starttls", "offer"]
        elif kind == "smtp-sink":
            self.port = free_port()
            # -m: connections at once (default 256); -p: no PIPELINING; root must name a user to become.
            args = [paths.smtp_sink, "-m", "6000"]
            if not scenario.pipelining:
                args.append("-p")
            if os.geteuid() == 0:
                args += ["-u", "nobody"]
            args += ["%s:%d" % (HOST, self.port), "4096"]
        elif kind == "smtp-server":
            args = [paths.node, os.path.join(HERE, "nodesink", "sink.js")]
            if not scenario.pipelining:
                args.append("--no-pipelining")
        else:
            raise ValueError(kind)
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL)
        self._reader = threading.Thread(target=self._read_stdout, daemon=True)
        self._reader.start()
        if self.port is None:
            if not self._listening.wait(START_TIMEOUT):
                self.stop()
                raise RuntimeError("%s printed no listening port" % kind)
        wait_until_accepting(self.port, self.process)
        self.cpu_at_start = cpu_seconds(self.process.pid)

    def _read_stdout(self):
        for raw in self.process.stdout:
            if not raw.startswith(b"{"):
                continue
            try:
                event = json.loads(raw)
            except ValueError:
                continue
            name = event.get("event")
            if name == "listening" and self.port is None:
                self.port = int(event["port"])
                self._listening.set()
            elif name == "message":
                self.stored += 1

    def measure(self):
        pid = self.process.pid
        return {"cpu_seconds": round(cpu_seconds(pid) - self.cpu_at_start, 3),
                "peak_rss_mib": round(status_kib(pid, "VmHWM") / 1024, 1)}

    def rss_kib(self):
        return status_kib(self.process.pid, "VmRSS")

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(5)
        # The store stays until the whole run ends (see file_create_probe): deleting thousands of
        # files here would slow the next server's file creation, not this one's.


# ---- clients ---------------------------------------------------------------------------------

def run_client(scenario, port, paths):
    """(accepted messages, wall seconds) for one scenario against one server."""
    timeout = 600
    if scenario.client == "smtp-source":
        args = [paths.smtp_source, "-s", str(scenario.sessions), "-m", str(scenario.messages),
                "-l", str(scenario.size), "-M", "source.bench", "-f", "load@bench.test", "-t", "sink@bench.test"]
        if not scenario.per_connection:
            args.append("-d")
        args.append("%s:%d" % (HOST, port))
        started = time.monotonic()
        result = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        seconds = time.monotonic() - started
        if result.returncode != 0:
            raise RuntimeError("smtp-source failed (%d): %s" % (result.returncode, result.stderr[-500:]))
        return scenario.messages, seconds
    args = [paths.smtpload, "--port", str(port), "--sessions", str(scenario.sessions),
            "--messages", str(scenario.messages), "--size", str(scenario.size)]
    if scenario.per_connection:
        args.append("--per-connection")
    if scenario.pipelining:
        args.append("--pipelining")
    if scenario.starttls:
        args.append("--starttls")
    result = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
    report = json.loads(result.stdout)
    if report["failed"]:
        raise RuntimeError("smtpload: %d of %d messages failed" % (report["failed"], scenario.messages))
    return report["accepted"], report["seconds"]


def run_scenario(scenario, kind, paths):
    server = Server(kind, scenario, paths)
    try:
        accepted, seconds = run_client(scenario, server.port, paths)
        figures = server.measure()
        if kind == "mailscoped":
            # Every 250 must mean stored: the message events are printed after the store's commit.
            deadline = time.monotonic() + 10
            while server.stored < accepted and time.monotonic() < deadline:
                time.sleep(0.05)
            figures["stored"] = server.stored
    finally:
        server.stop()
    figures.update({"messages": accepted, "seconds": round(seconds, 3),
                    "messages_per_second": round(accepted / seconds, 1),
                    "mb_per_second": round(accepted * scenario.size / seconds / 1e6, 2)})
    return figures


def idle_connections(kind, count, paths):
    """Resident memory per idle connection: `count` connections that have read the greeting."""
    scenario = Scenario("idle", "", "none", 0, 0, 0)
    server = Server(kind, scenario, paths)
    sockets = []
    try:
        time.sleep(0.5)
        before = server.rss_kib()
        selector = selectors.DefaultSelector()
        batch = 250  # a batch at a time: the listen backlog stays short of overflowing
        for start in range(0, count, batch):
            waiting = 0
            for _ in range(min(batch, count - start)):
                s = socket.create_connection((HOST, server.port), timeout=10)
                s.setblocking(False)
                selector.register(s, selectors.EVENT_READ)
                sockets.append(s)
                waiting += 1
            deadline = time.monotonic() + 20
            while waiting:
                if time.monotonic() > deadline:
                    raise RuntimeError("%s: %d greetings missing" % (kind, waiting))
                for key, _ in selector.select(1):
                    if key.fileobj.recv(4096):
                        selector.unregister(key.fileobj)
                        waiting -= 1
                    else:
                        raise RuntimeError("%s closed an idle connection" % kind)
        time.sleep(1.0)
        after = server.rss_kib()
        return {"connections": count, "rss_before_mib": round(before / 1024, 1),
                "rss_after_mib": round(after / 1024, 1),
                "kib_per_connection": round((after - before) / count, 1)}
    finally:
        for s in sockets:
            s.close()
        server.stop()


def median_of(runs):
    """The median of each figure over the runs that did not fail; an error if every run failed."""
    good = [r for r in runs if "error" not in r]
    if not good:
        return runs[-1]
    if len(runs) == 1:
        return good[0]
    merged = {}
    for key, value in good[0].items():
        values = [r[key] for r in good if key in r]
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            middle = statistics.median(values)
            merged[key] = round(middle, 3) if isinstance(middle, float) else middle
        else:
            merged[key] = value
    if some_run_lost_messages(good):
        merged["stored"] = min(r["stored"] for r in good)  # one run losing messages must show
    merged["runs"] = len(good)
    merged["failed_runs"] = len(runs) - len(good)
    return merged


def some_run_lost_messages(runs):
    return all("stored" in r for r in runs) and any(r["stored"] < r["messages"] for r in runs)


# ---- report ----------------------------------------------------------------------------------

def ratio(a, b):
    return round(a / b, 2) if b else None


def verdicts(scenario, results):
    """The issue's targets for this scenario: (text, met) pairs."""
    ours = results.get("mailscoped")
    out = []
    if not ours:
        return out
    figure = "mb_per_second" if scenario.large else "messages_per_second"
    node = results.get("smtp-server")
    if node:
        want = 1.0 if scenario.large else 3.0
        r = ratio(ours[figure], node[figure])
        out.append(("%.2fx smtp-server (want >= %gx)" % (r, want), r >= want))
    sink = results.get("smtp-sink")
    if sink:
        r = ratio(ours[figure], sink[figure])
        out.append(("%.2fx smtp-sink (want >= 0.5x)" % r, r >= 0.5))
    if scenario.name == "huge-50mib":
        out.append(("peak %.1f MiB (want < 64)" % ours["peak_rss_mib"], ours["peak_rss_mib"] < 64))
    if "stored" in ours:
        out.append(("stored %d of %d" % (ours["stored"], ours["messages"]), ours["stored"] == ours["messages"]))
    return out


def markdown(run):
    lines = ["| scenario | server | msg/s | MB/s | CPU s | peak RSS MiB | targets |",
             "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
    for entry in run["scenarios"]:
        first = True
        for kind, r in entry["results"].items():
            targets = ""
            if kind == "mailscoped":
                targets = "; ".join(("" if met else "**MISSED** ") + text for text, met in entry["verdicts"])
            if "error" in r:
                lines.append("| %s | %s | error: %s | | | | |" % (entry["name"] if first else "", kind, r["error"]))
            else:
                lines.append("| %s | %s | %.0f | %.2f | %.2f | %.1f | %s |" % (
                    entry["name"] if first else "", kind, r["messages_per_second"], r["mb_per_second"],
                    r["cpu_seconds"], r["peak_rss_mib"], targets))
            first = False
    if run.get("idle"):
        lines += ["", "| idle connections | server | RSS before MiB | RSS after MiB | KiB per connection |",
                  "| --- | --- | ---: | ---: | ---: |"]
        for kind, r in run["idle"].items():
            if "error" in r:
                lines.append("| %s | %s | error: %s | | |" % (run["idle_count"], kind, r["error"]))
            else:
                lines.append("| %d | %s | %.1f | %.1f | %.1f |" % (r["connections"], kind, r["rss_before_mib"],
                                                                  r["rss_after_mib"], r["kib_per_connection"]))
    if run.get("repeat", 1) > 1:
        lines += ["", "Each figure is the median of %d runs per server." % run["repeat"]]
    if "file_create_us" in run:
        lines += ["", "mailscoped's stores: %s; creating one file there took %.1f us (median of 2,000 at the start)."
                  % (run["store_root"], run["file_create_us"])]
    lines += ["", "Scenarios:"] + ["- `%s`: %s" % (e["name"], e["description"]) for e in run["scenarios"]]
    return "\n".join(lines) + "\n"


@dataclass
class Paths:
    mailscoped: str
    smtpload: str
    smtp_source: str = field(default_factory=lambda: shutil.which("smtp-source") or "/usr/sbin/smtp-source")
    smtp_sink: str = field(default_factory=lambda: shutil.which("smtp-sink") or "/usr/sbin/smtp-sink")
    node: str = field(default_factory=lambda: shutil.which("node") or "node")
    store_root: str = None

    @property
    def mailscoped_has_api(self):
        if not hasattr(self, "_has_api"):
            help_text = subprocess.run([self.mailscoped, "--help"], capture_output=True, text=True).stdout
            self._has_api = "--no-api" in help_text
        return self._has_api


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build-dir", required=True, help="build folder with mailscoped and bench/smtpload")
    parser.add_argument("--only", action="append", default=[], help="run only this scenario (repeatable)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="run each scenario N times per server and report the median of each figure")
    parser.add_argument("--servers", default="mailscoped,smtp-sink,smtp-server")
    parser.add_argument("--idle", type=int, default=5000, help="idle connections to hold (0: skip)")
    parser.add_argument("--store-root", default=None,
                        help="folder under which each run makes its folder of stores (default: BUILD/bench-stores)")
    parser.add_argument("--out", default=None, help="folder for the result files (default: BUILD/bench-results)")
    options = parser.parse_args()
    if options.repeat < 1:
        parser.error("--repeat wants 1 or more")

    # Every store of this run lives in one folder, removed when the run ends.
    store_parent = options.store_root or os.path.join(options.build_dir, "bench-stores")
    os.makedirs(store_parent, exist_ok=True)
    spread_subfolders(store_parent)
    store_root = tempfile.mkdtemp(prefix="run-", dir=store_parent)
    spread_subfolders(store_root)
    try:
        run_all(options, store_root)
    finally:
        shutil.rmtree(store_root, ignore_errors=True)


def run_all(options, store_root):
    paths = Paths(mailscoped=os.path.join(options.build_dir, "app", "mailscoped", "mailscoped"),
                  smtpload=os.path.join(options.build_dir, "bench", "smtpload"), store_root=store_root)
    wanted_servers = options.servers.split(",")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))

    run = {"date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
           "machine": "%s, %d cores, %s" % (platform.machine(), os.cpu_count(), platform.platform()),
           "command": " ".join(sys.argv), "repeat": options.repeat, "store_root": store_root,
           "file_create_us": file_create_probe(store_root), "scenarios": []}
    print("stores under %s: creating a file takes %.1f us there (median of 2,000)"
          % (store_root, run["file_create_us"]), flush=True)
    if run["file_create_us"] > 100:
        print("warning: file creation is slow here (many files deleted nearby in the last minutes on a file"
              " system without a journal?): mailscoped, which writes a file per message, pays for it; the"
              " other servers do not", flush=True)
    for scenario in SCENARIOS:
        if options.only and scenario.name not in options.only:
            continue
        entry = {"name": scenario.name, "description": scenario.description, "results": {}}
        kinds = [kind for kind in scenario.servers if kind in wanted_servers]
        runs = {kind: [] for kind in kinds}
        # Rounds go through every server in turn, so that a noisy moment touches all of them alike.
        for round_number in range(options.repeat):
            for kind in kinds:
                try:
                    r = run_scenario(scenario, kind, paths)
                except Exception as error:  # one failing server must not hide the others' figures
                    r = {"error": str(error)[:300]}
                runs[kind].append(r)
                label = scenario.name if options.repeat == 1 else "%s #%d" % (scenario.name, round_number + 1)
                print("%-20s %-12s %s" % (label, kind, json.dumps(r)), flush=True)
        for kind in kinds:
            entry["results"][kind] = median_of(runs[kind])
        ok = {k: v for k, v in entry["results"].items() if "error" not in v}
        entry["verdicts"] = verdicts(scenario, ok)
        run["scenarios"].append(entry)

    if options.idle and (not options.only or "idle" in options.only):
        run["idle_count"] = options.idle
        run["idle"] = {}
        for kind in wanted_servers:
            try:
                run["idle"][kind] = idle_connections(kind, options.idle, paths)
            except Exception as error:
                run["idle"][kind] = {"error": str(error)[:300]}
            print("%-20s %-12s %s" % ("idle-%d" % options.idle, kind, json.dumps(run["idle"][kind])), flush=True)

    table = markdown(run)
    print()
    print(table)
    out = options.out or os.path.join(options.build_dir, "bench-results")
    os.makedirs(out, exist_ok=True)
    stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    with open(os.path.join(out, "load-%s.json" % stamp), "w") as f:
        json.dump(run, f, indent=2)
    with open(os.path.join(out, "load-%s.md" % stamp), "w") as f:
        f.write("Run %s on %s\n\n`%s`\n\n%s" % (run["date"], run["machine"], run["command"], table))
    print("results: %s/load-%s.{json,md}" % (out, stamp))


if __name__ == "__main__":
    main()
