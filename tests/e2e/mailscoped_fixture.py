"""Runs the real mailscoped for end-to-end tests (stdlib only).

The daemon is started on port 0 with a throwaway store and .eml folder; its
--json lines are read by a thread into a list that tests wait on. Every wait
has a timeout, so a broken server fails a test instead of hanging it.
"""

import atexit
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
import unittest

START_TIMEOUT = 15.0  # a Debug build under load can be slow to come up
WAIT_TIMEOUT = 5.0
STOP_TIMEOUT = 15.0
HOST = "127.0.0.1"

_running = []  # daemons to kill if the test process ends without stopping them


@atexit.register
def _kill_leftovers():
    for daemon in list(_running):
        daemon.kill()


def daemon_binary():
    """The mailscoped under test, from $MAILSCOPED (set by CMake)."""
    path = os.environ.get("MAILSCOPED", "")
    if not path or not os.access(path, os.X_OK):
        raise unittest.SkipTest("MAILSCOPED does not name an executable mailscoped (got %r)" % path)
    return path


def run_daemon_expecting_exit(args, timeout=10.0):
    """Runs mailscoped with exactly `args`; returns (exit code, stdout, stderr) as text."""
    process = subprocess.run([daemon_binary(), *args], stdin=subprocess.DEVNULL, capture_output=True,
                             timeout=timeout)
    return (process.returncode, process.stdout.decode("utf-8", "replace"),
            process.stderr.decode("utf-8", "replace"))

# Debian's python3, where python3-aiosmtpd is installed, and the aiosmtpd server the client tests use.
SYSTEM_PYTHON = "/usr/bin/python3"
AIOSMTPD_SERVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "aiosmtpd_server.py")


def free_port():
    """A port nothing listens on (bound once, then let go)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


class Daemon:
    """One mailscoped process with an SMTP and an LMTP listener on free ports."""

    def __init__(self, *extra_args, reverse_dns=False, lmtp=True, hostname="mailscope.test"):
        self.tempdir = tempfile.mkdtemp(prefix="mailscope-e2e-")
        self.store_dir = os.path.join(self.tempdir, "store")
        self.eml_dir = os.path.join(self.tempdir, "eml")
        args = [daemon_binary(), "--listen", "smtp://%s:0" % HOST]
        if lmtp:
            args += ["--listen", "lmtp://%s:0" % HOST]
        args += ["--json", "--store", self.store_dir, "--eml-dir", self.eml_dir, "--hostname", hostname]
        if not reverse_dns:
            args.append("--no-reverse-dns")
        if not any(a in ("--api", "--no-api") for a in extra_args):
            args += ["--api", "%s:0" % HOST]  # never the fixed 8025: daemons run side by side
        args += list(extra_args)
        self.args = args
        self.events = []
        self.stderr_lines = []
        self._cond = threading.Condition()
        self._stdout_done = False
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE)
        _running.append(self)
        self._threads = [threading.Thread(target=self._read_stdout, daemon=True),
                         threading.Thread(target=self._read_stderr, daemon=True)]
        for t in self._threads:
            t.start()
        try:
            self.wait_for("ready", timeout=START_TIMEOUT)
        except AssertionError:
            self.kill()
            raise
        self.smtp_port = self._port_of("smtp")
        self.lmtp_port = self._port_of("lmtp") if lmtp else None
        api = self.events_named("api")
        self.api_port = int(api[0]["port"]) if api else None
        self.api_url = api[0]["url"] if api else None

    # ---- output readers ------------------------------------------------------

    def _read_stdout(self):
        for raw in self.process.stdout:
            text = raw.decode("utf-8", "replace").rstrip("\n")
            try:
                event = json.loads(text)
                if not isinstance(event, dict):
                    raise ValueError
            except ValueError:
                event = {"event": "_unparsed", "line": text}
            with self._cond:
                self.events.append(event)
                self._cond.notify_all()
        with self._cond:
            self._stdout_done = True
            self._cond.notify_all()

    def _read_stderr(self):
        for raw in self.process.stderr:
            with self._cond:
                self.stderr_lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def _port_of(self, scheme):
        for e in self.events_named("listening"):
            if str(e.get("url", "")).startswith(scheme + "://"):
                return int(e["port"])
        raise AssertionError("no %s listener in %r" % (scheme, self.events_named("listening")))

    # ---- events --------------------------------------------------------------

    def events_named(self, name):
        with self._cond:
            return [e for e in self.events if e.get("event") == name]

    def wait_for(self, name, predicate=None, timeout=WAIT_TIMEOUT):
        """The first event called `name` for which predicate(event) holds; AssertionError after `timeout`."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for e in self.events:
                    if e.get("event") == name and (predicate is None or predicate(e)):
                        return e
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (self._stdout_done and self.process.poll() is not None):
                    raise AssertionError(
                        "no %r event%s within %.1f s; exit code %r; last events %s; stderr %r"
                        % (name, " matching" if predicate else "", timeout, self.process.poll(),
                           json.dumps(self.events[-8:]), self.stderr_lines[-5:]))
                self._cond.wait(min(remaining, 0.2))

    def wait_for_count(self, name, count, predicate=None, timeout=WAIT_TIMEOUT):
        """Waits until at least `count` matching events exist; returns them."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found = [e for e in self.events
                         if e.get("event") == name and (predicate is None or predicate(e))]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError("%d of %d %r events within %.1f s" % (len(found), count, name, timeout))
                self._cond.wait(min(remaining, 0.2))

    def wait_message(self, subject, timeout=WAIT_TIMEOUT):
        return self.wait_for("message", lambda e: e.get("subject") == subject, timeout)

    # ---- stored files --------------------------------------------------------

    def eml_path(self, message_id):
        return os.path.join(self.eml_dir, "%d.eml" % int(message_id))

    def read_eml(self, message_id, timeout=WAIT_TIMEOUT):
        """The .eml copy of a message; the copy is written just after the event, so wait for it."""
        path = self.eml_path(message_id)
        deadline = time.monotonic() + timeout
        while not os.path.exists(path):
            if time.monotonic() > deadline:
                raise AssertionError("%s was not written within %.1f s" % (path, timeout))
            time.sleep(0.02)
        with open(path, "rb") as f:
            return f.read()

    def assert_eml_equals(self, testcase, message_id, expected, timeout=WAIT_TIMEOUT):
        """The .eml file equals `expected` byte for byte (allowing the copy a moment to finish)."""
        deadline = time.monotonic() + timeout
        data = self.read_eml(message_id, timeout)
        while data != expected and len(data) < len(expected) and time.monotonic() < deadline:
            time.sleep(0.05)
            data = self.read_eml(message_id)
        testcase.assertEqual(data, expected, "%s differs from what the client sent" % self.eml_path(message_id))

    def eml_files(self):
        return sorted(os.listdir(self.eml_dir)) if os.path.isdir(self.eml_dir) else []

    def rss_kib(self):
        """VmRSS of the daemon from /proc/PID/status, in KiB (None once it has gone)."""
        try:
            with open("/proc/%d/status" % self.process.pid) as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1])
        except OSError:
            return None
        return None

    # ---- clients -------------------------------------------------------------

    def connect(self, port=None, timeout=WAIT_TIMEOUT, read_greeting=True):
        client = RawClient(self.smtp_port if port is None else port, timeout)
        if read_greeting:
            client.greeting = client.read_reply()
        return client

    # ---- stopping ------------------------------------------------------------

    def send_signal(self, number=signal.SIGTERM):
        self.process.send_signal(number)

    def stop(self, testcase=None, number=signal.SIGTERM):
        """SIGTERM (or `number`), then asserts a clean exit (code 0) with a "stopped" event.

        No second signal once the daemon has said "stopping": a repeated SIGTERM while it
        shuts down is not what a service manager sends, and may rightly end it at once."""
        if self.process.poll() is None and not self.events_named("stopping"):
            self.process.send_signal(number)
        try:
            code = self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            self.kill()
            raise AssertionError("mailscoped did not exit within %.0f s of signal %d" % (STOP_TIMEOUT, number))
        finally:
            self._cleanup()
        message = "mailscoped exited with %r; stderr %r" % (code, self.stderr_lines[-5:])
        if testcase:
            testcase.assertEqual(code, 0, message)
        elif code != 0:
            raise AssertionError(message)
        self.wait_for("stopped", timeout=1.0)
        return code

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                pass
        self._cleanup()

    def _cleanup(self):
        if self in _running:
            _running.remove(self)
        for t in self._threads:
            t.join(2)
        for pipe in (self.process.stdout, self.process.stderr):
            try:
                pipe.close()
            except OSError:
                pass
        if os.environ.get("MAILSCOPE_E2E_KEEP"):
            return
        shutil.rmtree(self.tempdir, ignore_errors=True)


class Reply:
    """One SMTP reply: code, text lines (without "250-"), the raw bytes."""

    def __init__(self, code, lines, raw):
        self.code = code
        self.lines = lines
        self.raw = raw

    @property
    def text(self):
        return "\n".join(self.lines)

    def enhanced_code(self):
        """The RFC 3463 code at the start of the last line, or None."""
        m = re.match(r"([245]\.\d{1,3}\.\d{1,3})(?: |$)", self.lines[-1] if self.lines else "")
        return m.group(1) if m else None

    def __repr__(self):
        return "Reply(%d, %r)" % (self.code, self.raw)


class ConnectionClosed(AssertionError):
    pass


class RawClient:
    """A plain socket speaking SMTP by hand: send bytes, read whole replies, never wait forever."""

    def __init__(self, port, timeout=WAIT_TIMEOUT, host=HOST, source=None):
        self.timeout = timeout
        self.sock = socket.create_connection((host, port), timeout=timeout,
                                             source_address=(source, 0) if source else None)
        self.buffer = b""
        self.greeting = None

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def send(self, data):
        if isinstance(data, str):
            data = data.encode("utf-8")
        self.sock.sendall(data)

    def _fill(self, deadline):
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise socket.timeout("no complete reply in time; have %r" % self.buffer[:200])
        self.sock.settimeout(remaining)
        try:
            chunk = self.sock.recv(65536)
        except ConnectionResetError:
            chunk = b""
        if not chunk:
            raise ConnectionClosed("connection closed by the server; unread %r" % self.buffer[:200])
        self.buffer += chunk

    def read_line(self, timeout=None):
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        while b"\n" not in self.buffer:
            self._fill(deadline)
        line, _, self.buffer = self.buffer.partition(b"\n")
        return line + b"\n"

    def read_reply(self, timeout=None):
        """A whole reply, multi-line ones included ("250-a", "250 b")."""
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        raw = b""
        lines = []
        code = None
        while True:
            line = self.read_line(max(0.0, deadline - time.monotonic()))
            raw += line
            text = line.rstrip(b"\r\n").decode("utf-8", "replace")
            if not re.match(r"^\d{3}([ -]|$)", text):
                raise AssertionError("not an SMTP reply line: %r" % line)
            if code is None:
                code = int(text[:3])
            elif int(text[:3]) != code:
                raise AssertionError("reply code changed inside a multi-line reply: %r" % raw)
            lines.append(text[4:])
            if text[3:4] != "-":
                return Reply(code, lines, raw)

    def command(self, line, timeout=None):
        """Sends one command line (CRLF added) and returns its reply."""
        if isinstance(line, str):
            line = line.encode("utf-8")
        self.send(line + b"\r\n")
        return self.read_reply(timeout)

    def expect(self, testcase, line, code, timeout=None):
        reply = self.command(line, timeout)
        testcase.assertEqual(reply.code, code, "%r -> %r, expected %d" % (line, reply.raw, code))
        return reply

    def ehlo(self, testcase, name="client.test", verb="EHLO"):
        return self.expect(testcase, "%s %s" % (verb, name), 250)

    def is_closed(self, timeout=WAIT_TIMEOUT):
        """True once the server closes the connection (EOF or reset) within `timeout`; unread bytes are kept."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            self.sock.settimeout(remaining)
            try:
                chunk = self.sock.recv(65536)
            except ConnectionResetError:
                return True
            except socket.timeout:
                return False
            if not chunk:
                return True
            self.buffer += chunk


def quit_quietly(client):
    """QUIT an smtplib client, or just close it when the server has already gone."""
    import smtplib
    try:
        client.quit()
    except (smtplib.SMTPException, OSError):
        client.close()


def crlf(text):
    """Text with "\\n" line ends as CRLF bytes."""
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


class DaemonTestCase(unittest.TestCase):
    """Tests sharing one default daemon per class; daemons with special options go through start_daemon()."""

    daemon_args = ()
    daemon = None

    @classmethod
    def setUpClass(cls):
        cls.daemon = Daemon(*cls.daemon_args)

    @classmethod
    def tearDownClass(cls):
        if cls.daemon is not None:
            cls.daemon.stop()
            cls.daemon = None

    def start_daemon(self, *args, **kwargs):
        """A daemon for this test only; stopped (exit 0 asserted) at the end of the test."""
        daemon = Daemon(*args, **kwargs)
        self.addCleanup(self._stop_daemon, daemon)
        return daemon

    def _stop_daemon(self, daemon):
        if daemon.process.poll() is None or daemon in _running:
            daemon.stop(self)

    def connect(self, daemon=None, port=None):
        client = (daemon or self.daemon).connect(port)
        self.addCleanup(client.close)
        self.assertEqual(client.greeting.code, 220, client.greeting.raw)
        return client

    def unique(self, label):
        return "%s %s %d" % (self.id().rsplit(".", 1)[-1], label, time.monotonic_ns())


def main():
    unittest.main(verbosity=2)
