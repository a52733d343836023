"""mailscoped under faults: killed mid-flood, slow clients by the thousand, clients that vanish
mid-message or send garbage for TLS, and a disk that refuses writes. Stdlib only; about 15 s in all."""

import functools
import os
import re
import resource
import selectors
import shutil
import signal
import socket
import sqlite3
import ssl
import struct
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from unittest import mock

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import mailscoped_fixture  # noqa: E402
from mailscoped_fixture import HOST, ConnectionClosed, Daemon, DaemonTestCase, main  # noqa: E402

KIB = 1024
MIB = 1024 * 1024
QUEUED_AS = re.compile(r"queued as (\d+)")
SLOW_CLIENTS = 1000


def message(subject, size):
    """A message of about `size` bytes whose lines never start with a dot."""
    head = ("Subject: %s\r\nFrom: <a@example.org>\r\nTo: <b@example.net>\r\n\r\n" % subject).encode()
    line = b"x" * 78 + b"\r\n"
    return head + line * max(1, (size - len(head)) // len(line))


def send_transaction(client, subject, size):
    """MAIL, RCPT, DATA and the body; returns the reply to the body."""
    for command, code in (("MAIL FROM:<a@example.org>", 250), ("RCPT TO:<b@example.net>", 250), ("DATA", 354)):
        reply = client.command(command)
        if reply.code != code:
            raise AssertionError("%s -> %r" % (command, reply.raw))
    client.send(message(subject, size) + b".\r\n")
    return client.read_reply()


def reset_connection(sock):
    """Closes with a TCP RST instead of a FIN: SO_LINGER on with a zero timeout."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def spool_files(store_dir):
    spool = os.path.join(store_dir, "spool")
    return sorted(os.listdir(spool)) if os.path.isdir(spool) else []


def open_descriptors(pid):
    return len(os.listdir("/proc/%d/fd" % pid))


def client_hello():
    """The bytes of a real TLS ClientHello, as Python's ssl module would send them first."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname="mailscope.test")
    try:
        tls.do_handshake()
    except ssl.SSLWantReadError:
        pass
    return outgoing.read()


def raise_descriptor_limit(wanted):
    """The soft limit of open files raised to `wanted` (daemons started later inherit it); False if the
    hard limit is lower."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard != resource.RLIM_INFINITY and hard < wanted:
        return False
    if soft != resource.RLIM_INFINITY and soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    return True


class KillTest(unittest.TestCase):
    """A kill -9 in the middle of a flood loses nothing that was acknowledged."""

    FLOOD_CLIENTS = 4
    ACKNOWLEDGED_BEFORE_KILL = 150  # about a second of a Release build; slower builds are killed at 10 s
    ACKNOWLEDGED_AT_LEAST = 20

    def setUp(self):
        self.store_dir = tempfile.mkdtemp(prefix="mailscope-faults-store-")
        self.addCleanup(shutil.rmtree, self.store_dir, True)

    def start(self):
        # The last --store wins: the fixture's own throwaway store is not used.
        daemon = Daemon("--store", self.store_dir, lmtp=False)
        self.addCleanup(daemon.kill)
        return daemon

    def flood(self, daemon, worker, acknowledged, lock, halt):
        """Keeps one session sending until the daemon dies; records every 250 with its queue id."""
        try:
            client = daemon.connect()
        except (OSError, AssertionError):
            return
        try:
            client.command("EHLO flood.test")
            for n in range(100000):
                if halt.is_set():
                    return
                subject = "flood %d-%d" % (worker, n)
                # Every fourth message is past the spool's 1 MiB in memory, so the kill also
                # lands on bodies being written to spool files.
                size = 1200 * KIB if n % 4 == 3 else KIB
                reply = send_transaction(client, subject, size)
                match = QUEUED_AS.search(reply.text)
                if reply.code == 250 and match:
                    with lock:
                        acknowledged[int(match.group(1))] = (subject, len(message(subject, size)))
        except (OSError, ConnectionClosed, AssertionError):
            return  # the daemon was killed under this session
        finally:
            client.close()

    def test_kill_during_flood_keeps_every_acknowledged_message(self):
        daemon = self.start()
        acknowledged, lock, halt = {}, threading.Lock(), threading.Event()
        workers = [threading.Thread(target=self.flood, args=(daemon, i, acknowledged, lock, halt), daemon=True)
                   for i in range(self.FLOOD_CLIENTS)]
        for w in workers:
            w.start()
        deadline = time.monotonic() + 10
        while len(acknowledged) < self.ACKNOWLEDGED_BEFORE_KILL and time.monotonic() < deadline:
            time.sleep(0.01)
        daemon.process.send_signal(signal.SIGKILL)
        daemon.process.wait(5)
        halt.set()
        for w in workers:
            w.join(10)
        daemon.kill()
        with lock:
            acknowledged = dict(acknowledged)
        self.assertGreaterEqual(len(acknowledged), self.ACKNOWLEDGED_AT_LEAST, "the flood was too slow")

        # The store must open again, take new mail and keep the old.
        restarted = self.start()
        client = restarted.connect()
        client.command("EHLO after.test")
        self.assertEqual(send_transaction(client, "after the kill", KIB).code, 250)
        client.command("QUIT")
        client.close()
        restarted.stop(self)

        database = sqlite3.connect("file:%s?mode=ro" % os.path.join(self.store_dir, "mailscope.sqlite"), uri=True)
        self.addCleanup(database.close)
        self.assertEqual(database.execute("PRAGMA integrity_check").fetchone()[0], "ok")
        rows = {row[0]: (row[1], row[2]) for row in database.execute("SELECT id, subject, size FROM messages")}
        missing = sorted(set(acknowledged) - set(rows))
        self.assertEqual(missing, [], "acknowledged with 250 but not in the store")
        for message_id, (subject, size) in acknowledged.items():
            self.assertEqual(rows[message_id], (subject, size), "message %d differs" % message_id)
            path = os.path.join(self.store_dir, "messages", "%d.eml" % message_id)
            self.assertEqual(os.path.getsize(path), size, path)
        self.assertIn("after the kill", [subject for subject, _ in rows.values()])
        self.assertEqual(spool_files(self.store_dir), [], "half-received bodies left in the spool")
        leftovers = [n for n in os.listdir(os.path.join(self.store_dir, "messages")) if not n.endswith(".eml")]
        self.assertEqual(leftovers, [])


class SlowClientsTest(DaemonTestCase):
    """A thousand clients dripping a byte a second do not keep the others waiting."""

    @classmethod
    def setUpClass(cls):
        # Each slow client is a descriptor here and one in the daemon, which inherits this limit.
        if not raise_descriptor_limit(SLOW_CLIENTS + 512):
            raise unittest.SkipTest("the hard limit of open files is below %d" % (SLOW_CLIENTS + 512))
        cls.daemon = Daemon(lmtp=False)

    def open_slow_clients(self):
        selector = selectors.DefaultSelector()
        self.addCleanup(selector.close)
        clients = []
        batch = 200  # a batch at a time, so the listen backlog never overflows
        for start in range(0, SLOW_CLIENTS, batch):
            pending = set()
            for _ in range(batch):
                sock = socket.create_connection((HOST, self.daemon.smtp_port), timeout=5)
                self.addCleanup(sock.close)
                sock.setblocking(False)
                selector.register(sock, selectors.EVENT_READ)
                clients.append(sock)
                pending.add(sock)
            deadline = time.monotonic() + 15
            while pending:
                self.assertLess(time.monotonic(), deadline, "%d slow clients got no greeting" % len(pending))
                for key, _ in selector.select(1):
                    data = key.fileobj.recv(4096)
                    self.assertTrue(data.startswith(b"220"), data)
                    selector.unregister(key.fileobj)
                    pending.discard(key.fileobj)
        return clients

    def test_slow_clients_do_not_hold_up_a_fast_one(self):
        slow = self.open_slow_clients()
        halt = threading.Event()
        dripped = [0]

        def drip():
            # "EHLO slow.test" one byte a second for each client: never a whole line in this test.
            command = b"EHLO slow.test"
            for i in range(len(command)):
                for sock in slow:
                    try:
                        sock.send(command[i:i + 1])
                    except BlockingIOError:
                        pass
                dripped[0] = i + 1
                if halt.wait(1.0):
                    return

        dripper = threading.Thread(target=drip, daemon=True)
        dripper.start()
        self.addCleanup(dripper.join, 5)
        self.addCleanup(halt.set)
        while dripped[0] < 2:
            time.sleep(0.05)

        fast = self.connect()
        fast.ehlo(self)
        subjects = [self.unique("fast %d" % i) for i in range(20)]
        for subject in subjects:
            # The fixture's read timeout (5 s) fails the test if a reply waits behind the slow ones.
            self.assertEqual(send_transaction(fast, subject, 4 * KIB).code, 250)
        for subject in subjects:
            self.daemon.wait_message(subject)
        self.assertGreaterEqual(dripped[0], 2, "the slow clients were not dripping meanwhile")

        # The slow clients are still connected: the daemon drops no one for being slow.
        dropped = 0
        for sock in slow:
            try:
                if sock.recv(4096) == b"":
                    dropped += 1
            except BlockingIOError:
                pass
            except OSError:
                dropped += 1
        self.assertEqual(dropped, 0, "slow clients were disconnected")


class BrokenClientsTest(DaemonTestCase):
    """Clients that half-close or reset in the middle of DATA or BDAT: nothing stored, nothing left."""

    @classmethod
    def setUpClass(cls):
        cls.daemon = Daemon("--transcript", "--starttls", "offer", lmtp=False)
        # The first handshake loads TLS state the process then keeps (descriptors included):
        # do it here, so the descriptor counts of the tests compare like with like.
        with socket.create_connection((HOST, cls.daemon.smtp_port), timeout=10) as raw:
            raw.recv(1024)
            raw.sendall(b"EHLO warm.up\r\n")
            while b"\r\n250 " not in b"\r\n" + raw.recv(4096):
                pass
            raw.sendall(b"STARTTLS\r\n")
            raw.recv(1024)
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            with context.wrap_socket(raw) as tls:
                tls.sendall(b"QUIT\r\n")
                tls.recv(1024)

    def session_of(self, client):
        remote = "%s:%d" % client.sock.getsockname()
        return self.daemon.wait_for("session-opened", lambda e: e.get("remote") == remote)["session"]

    def assert_descriptors_back_to(self, baseline):
        """The daemon holds no more descriptors than before the broken session: no socket or spool
        file leaked. Polled, as a closed socket is released on the next turn of the event loop."""
        deadline = time.monotonic() + 5
        while open_descriptors(self.daemon.process.pid) > baseline and time.monotonic() < deadline:
            time.sleep(0.05)
        self.assertLessEqual(open_descriptors(self.daemon.process.pid), baseline, "descriptors leaked")

    def assert_still_serving(self, label):
        good = self.connect()
        good.ehlo(self)
        subject = self.unique(label)
        self.assertEqual(send_transaction(good, subject, KIB).code, 250)
        self.daemon.wait_message(subject)

    def break_mid_message(self, how, verb, body_size):
        baseline = open_descriptors(self.daemon.process.pid)
        client = self.connect()
        session = self.session_of(client)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        client.expect(self, "RCPT TO:<b@example.net>", 250)
        subject = self.unique("%s mid-%s" % (how, verb))
        body = message(subject, body_size)
        if verb == "DATA":
            client.expect(self, "DATA", 354)
            client.send(body[: len(body) // 2])
        else:
            # The chunk announces the whole body; only half of it comes.
            client.send(b"BDAT %d LAST\r\n" % len(body) + body[: len(body) // 2])
        time.sleep(0.2)  # let the daemon read what came before the connection breaks
        if how == "reset":
            reset_connection(client.sock)
        else:
            client.sock.shutdown(socket.SHUT_WR)
            self.assertTrue(client.is_closed(), "the daemon kept a half-closed session open")
        closed = self.daemon.wait_for("session-closed", lambda e: e.get("session") == session)
        self.assertEqual(closed.get("messages"), 0, closed)
        self.daemon.wait_for("line", lambda e: e.get("session") == session and e.get("direction") == "N"
                             and "nothing was stored" in e.get("text", ""))
        self.assertFalse(any(e.get("subject") == subject for e in self.daemon.events_named("message")))
        self.assertEqual(spool_files(self.daemon.store_dir), [], "a broken message left its spool file")
        self.assert_descriptors_back_to(baseline)
        self.assert_still_serving("after %s mid-%s" % (how, verb))

    def send_garbage_after_starttls(self, garbage, expected_note):
        baseline = open_descriptors(self.daemon.process.pid)
        client = self.connect()
        session = self.session_of(client)
        client.ehlo(self)
        client.expect(self, "STARTTLS", 220)
        client.send(garbage)
        self.assertTrue(client.is_closed(), "the daemon kept a session open after TLS garbage")
        self.daemon.wait_for("session-closed", lambda e: e.get("session") == session)
        notes = [e.get("text", "") for e in self.daemon.events_named("line")
                 if e.get("session") == session and e.get("direction") == "N"]
        self.assertTrue(any(expected_note in n for n in notes), "no transcript note %r in %r" % (expected_note, notes))
        self.assert_descriptors_back_to(baseline)
        self.assert_still_serving("after TLS garbage")

    def test_plain_text_instead_of_a_tls_handshake_is_noted_and_closed(self):
        self.send_garbage_after_starttls(b"MAIL FROM:<a@example.org>\r\n" + bytes(range(256)),
                                         "expected a TLS handshake")

    def test_a_client_hello_without_a_usable_cipher_is_noted_and_closed(self):
        # Well-formed, so it gets past the session's own look at it to OpenSSL, which finds no cipher
        # in common: every suite becomes a GREASE value (RFC 8701), which a server must ignore.
        hello = bytearray(client_hello())
        suites_at = 5 + 4 + 2 + 32  # record header, handshake header, version, random
        suites_at += 1 + hello[suites_at]  # the session id
        count = struct.unpack(">H", hello[suites_at:suites_at + 2])[0]
        hello[suites_at + 2:suites_at + 2 + count] = b"\x0a\x0a" * (count // 2)
        self.send_garbage_after_starttls(bytes(hello), "TLS handshake failed")

    def test_reset_mid_data_stores_nothing(self):
        self.break_mid_message("reset", "DATA", 64 * KIB)

    def test_half_close_mid_data_stores_nothing(self):
        self.break_mid_message("half-close", "DATA", 64 * KIB)

    def test_reset_mid_data_past_the_spool_memory_stores_nothing(self):
        self.break_mid_message("reset", "DATA", 3 * MIB)

    def test_reset_mid_bdat_stores_nothing(self):
        self.break_mid_message("reset", "BDAT", 64 * KIB)

    def test_half_close_mid_bdat_stores_nothing(self):
        self.break_mid_message("half-close", "BDAT", 3 * MIB)


class FullDiskTest(DaemonTestCase):
    """A write that fails for want of space: 452 4.3.1, no crash, and mail again once space returns.

    The failure comes from RLIMIT_FSIZE, which needs no root and no filesystem of our own: a write past
    the limit fails as a full disk's does (EFBIG instead of ENOSPC), once SIGXFSZ is ignored."""

    FILE_SIZE_LIMIT = 2 * MIB  # above the store's database, below a spooled 3 MiB body

    @classmethod
    def setUpClass(cls):
        def limit_file_size():
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (cls.FILE_SIZE_LIMIT, resource.RLIM_INFINITY))

        # Popen's restore_signals would put SIGXFSZ back to its default (terminate) before exec;
        # preexec_fn runs after that.
        popen = functools.partial(subprocess.Popen, preexec_fn=limit_file_size)
        with mock.patch.object(mailscoped_fixture.subprocess, "Popen", popen):
            cls.daemon = Daemon(lmtp=False)

    def set_file_size_limit(self, limit):
        resource.prlimit(self.daemon.process.pid, resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))

    def test_full_disk_refuses_with_452_and_recovers(self):
        client = self.connect()
        client.ehlo(self)
        refused = self.unique("refused")
        reply = send_transaction(client, refused, 3 * MIB)
        self.assertEqual(reply.code, 452, reply.raw)
        self.assertEqual(reply.enhanced_code(), "4.3.1", reply.raw)
        client.expect(self, "NOOP", 250)
        self.assertIsNone(self.daemon.process.poll(), "mailscoped died on a failed write")
        self.assertFalse(any(e.get("subject") == refused for e in self.daemon.events_named("message")))
        self.assertEqual(spool_files(self.daemon.store_dir), [])

        self.set_file_size_limit(resource.RLIM_INFINITY)  # space returns
        accepted = self.unique("accepted")
        self.assertEqual(send_transaction(client, accepted, 3 * MIB).code, 250)
        stored = self.daemon.wait_message(accepted)
        self.assertEqual(stored.get("size"), len(message(accepted, 3 * MIB)))


if __name__ == "__main__":
    main()
