"""Releasing and relaying captured messages to an upstream server nobody here wrote (Debian's aiosmtpd,
which refuses nobody@* and answers slow@* after two seconds): Mailpit's release route, ours with each
recipient's reply, the clear error without a relay, and relay rules forwarding only what they match."""

import json
import os
import queue
import smtplib
import subprocess
import sys
import threading
import time
import unittest
import urllib.error
import urllib.request

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, AIOSMTPD_SERVER, SYSTEM_PYTHON, free_port, main  # noqa: E402



class Upstream:
    """aiosmtpd on a free port; its DATA/SUBJECT lines are collected by a thread."""

    def __init__(self):
        self.port = free_port()
        self.process = subprocess.Popen([SYSTEM_PYTHON, AIOSMTPD_SERVER, str(self.port)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines = queue.Queue()
        first = self.process.stdout.readline().strip()
        if first != "READY":
            self.stop()
            raise AssertionError("aiosmtpd did not start: %r" % first)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def deliveries(self, count, timeout=10.0):
        """The next `count` messages as (sender, recipients, subject)."""
        found = []
        deadline = time.monotonic() + timeout
        while len(found) < count:
            data = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            subject = self.lines.get(timeout=5)
            _, sender, recipients = (data.split(" ", 2) + [""])[:3]
            found.append((sender, recipients.split(","), subject[len("SUBJECT "):]))
        return found

    def assert_nothing_more(self, testcase, wait=1.0):
        time.sleep(wait)
        testcase.assertTrue(self.lines.empty(), "unexpected delivery: %r" % (list(self.lines.queue),))

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
        self.process.stdin.close()
        self.process.stdout.close()


def post(url, body, timeout=15):
    """(status, parsed JSON or text) of a POST with a JSON body."""
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, data, kind = response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        status, data, kind = error.code, error.read(), error.headers.get("Content-Type", "")
    return status, json.loads(data) if kind.startswith("application/json") else data.decode()


def capture(daemon, subject, to, sender="app@example.org"):
    """Sends a message to the daemon by smtplib; returns its stored id."""
    with smtplib.SMTP(HOST, daemon.smtp_port, timeout=10) as client:
        client.sendmail(sender, to, ("From: %s\r\nTo: %s\r\nSubject: %s\r\nBcc: secret@example.net\r\n\r\nHello\r\n"
                                     % (sender, ", ".join(to), subject)).encode())
    return daemon.wait_message(subject)["id"]


@unittest.skipUnless(os.access(SYSTEM_PYTHON, os.X_OK), "Debian's python3 is missing")
class RelayTest(DaemonTestCase):

    def setUp(self):
        self.upstream = Upstream()
        self.addCleanup(self.upstream.stop)

    def daemon_with_relay(self, *args):
        return self.start_daemon("--relay", "smtp://%s:%d" % (HOST, self.upstream.port), *args)

    def test_release_reports_each_recipients_reply(self):
        daemon = self.daemon_with_relay()
        message_id = capture(daemon, self.unique("release"), ["dev@example.org"])
        status, outcome = post("%s/api/mailscope/message/%s/release" % (daemon.api_url, message_id),
                               {"To": ["qa@example.net", "Nobody <nobody@example.net>"]})
        self.assertEqual(status, 200, outcome)
        self.assertFalse(outcome["ok"])  # not every recipient took it
        self.assertIsNone(outcome["failedStep"])
        self.assertEqual([(r["address"], r["accepted"], r["reply"]["code"]) for r in outcome["recipients"]],
                         [("qa@example.net", True, 250), ("nobody@example.net", False, 550)])
        self.assertEqual(outcome["recipients"][1]["reply"]["enhancedCode"], "5.1.1")
        self.assertEqual(outcome["reply"]["code"], 250)
        [(sender, recipients, _)] = self.upstream.deliveries(1)
        self.assertEqual((sender, recipients), ("app@example.org", ["qa@example.net"]))
        event = daemon.wait_for("relayed", lambda e: e.get("trigger") == "release")
        self.assertEqual(event["id"], str(message_id))

    def test_mailpit_route_answers_ok_or_the_smtp_error(self):
        daemon = self.daemon_with_relay()
        subject = self.unique("v1")
        message_id = capture(daemon, subject, ["dev@example.org"])
        url = "%s/api/v1/message/%s/release" % (daemon.api_url, message_id)
        self.assertEqual(post(url, {"To": ["qa@example.net"]}), (200, "ok"))
        self.assertEqual(self.upstream.deliveries(1)[0][2], subject)
        status, body = post(url, {"To": ["nobody@example.net"]})
        self.assertEqual(status, 400)
        self.assertIn("SMTP error", body["Error"])
        self.assertIn("550", body["Error"])
        self.assertEqual(post(url, {"To": ["not an address"]})[0], 400)
        self.assertEqual(post(url, {"To": []}), (400, {"Error": "No valid addresses found"}))
        self.assertEqual(post("%s/api/v1/message/9999/release" % daemon.api_url, {"To": ["a@example.net"]})[0], 404)
        self.assertEqual(post("%s/api/v1/message/latest/release" % daemon.api_url, {"To": ["qa@example.net"]}),
                         (200, "ok"))
        self.assertEqual(post(url, {"to": ["qa@example.net"]}), (200, "ok"))  # Go's decoder ignores the case

    def test_release_without_a_relay_is_a_clear_error(self):
        daemon = self.start_daemon()
        message_id = capture(daemon, self.unique("norelay"), ["dev@example.org"])
        for route in ("v1", "mailscope"):
            status, body = post("%s/api/%s/message/%s/release" % (daemon.api_url, route, message_id),
                                {"To": ["qa@example.net"]})
            self.assertEqual(status, 400)
            self.assertIn("no relay is configured", body["Error"])

    def test_the_api_answers_while_a_release_waits_for_the_relay(self):
        daemon = self.daemon_with_relay()
        message_id = capture(daemon, self.unique("slow"), ["dev@example.org"])
        result = {}
        started = time.monotonic()
        worker = threading.Thread(target=lambda: result.update(answer=post(
            "%s/api/mailscope/message/%s/release" % (daemon.api_url, message_id), {"To": ["slow@example.net"]})))
        worker.start()
        time.sleep(0.3)
        with urllib.request.urlopen("%s/api/v1/messages" % daemon.api_url, timeout=5) as response:
            self.assertEqual(response.status, 200)
        self.assertLess(time.monotonic() - started, 1.5, "the API waited for the relay")
        worker.join(15)
        self.assertEqual(result["answer"][0], 200)
        self.assertTrue(result["answer"][1]["ok"], result)
        self.assertGreaterEqual(time.monotonic() - started, 2.0)

    def test_relay_rule_forwards_only_matching_messages(self):
        daemon = self.daemon_with_relay("--relay-matching", "to:@example.com")
        self.assertEqual(daemon.wait_for("relay")["matching"], ["to:@example.com"])
        other = self.unique("other")
        matching = self.unique("matching")
        capture(daemon, other, ["someone@other.test"])
        matching_id = capture(daemon, matching, ["user@example.com", "nobody@example.com"])
        event = daemon.wait_for("relayed", timeout=10)
        self.assertEqual((event["id"], event["trigger"], event["rule"]), (str(matching_id), "rule", "to:@example.com"))
        self.assertEqual([r["accepted"] for r in event["recipients"]], [True, False])
        [(_, recipients, subject)] = self.upstream.deliveries(1)
        self.assertEqual((recipients, subject), (["user@example.com"], matching))
        self.upstream.assert_nothing_more(self)
        self.assertEqual(len(daemon.events_named("relayed")), 1)

    def test_a_relay_failure_keeps_the_captured_message(self):
        daemon = self.start_daemon("--relay", "smtp://%s:%d" % (HOST, free_port()), "--relay-all")
        subject = self.unique("kept")
        message_id = capture(daemon, subject, ["dev@example.org"])
        event = daemon.wait_for("relayed", timeout=10)
        self.assertEqual(event["failedStep"], "connect")
        with urllib.request.urlopen("%s/api/v1/message/%s" % (daemon.api_url, message_id), timeout=5) as response:
            self.assertEqual(json.loads(response.read())["Subject"], subject)

    def test_bad_relay_options_exit_2(self):
        from mailscoped_fixture import run_daemon_expecting_exit
        for args in (["--relay", "http://mx.example.com"], ["--relay-all"], ["--relay-matching", "to:@x.test"]):
            code, _, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--no-api", *args])
            self.assertEqual(code, 2, err)
            self.assertIn("relay", err)
        port = free_port()  # relay rules pointing back at the daemon itself would never end
        code, _, err = run_daemon_expecting_exit(["--listen", "smtp://%s:%d" % (HOST, port), "--no-api", "--relay",
                                                  "smtp://localhost:%d" % port, "--relay-all"])
        self.assertEqual(code, 2, err)
        self.assertIn("own listener", err)


if __name__ == "__main__":
    main()
