"""Hook rules over real sessions: each rule kind and each preset, from the settings file and
from --rule-preset, with the transcript naming the rule behind each reply."""

import base64
import json
import os
import shutil
import smtplib
import sys
import tempfile
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, crlf, main  # noqa: E402


class RulesTest(DaemonTestCase):
    daemon_args = ("--transcript",)

    def daemon_with_rules(self, *rules, extra=()):
        folder = tempfile.mkdtemp(prefix="mailscope-rules-")
        self.addCleanup(shutil.rmtree, folder, True)
        path = os.path.join(folder, "settings.json")
        with open(path, "w") as f:
            json.dump({"rules": list(rules)}, f)
        return self.start_daemon("--config", path, "--transcript", *extra)

    def transaction(self, client, sender="a@example.org", recipients=("b@example.net",)):
        client.expect(self, "MAIL FROM:<%s>" % sender, 250)
        for r in recipients:
            client.expect(self, "RCPT TO:<%s>" % r, 250)

    def send_body(self, client, subject, extra_headers=""):
        client.expect(self, "DATA", 354)
        client.send(crlf("%sSubject: %s\n\nbody\n.\n" % (extra_headers, subject)))
        return client.read_reply()

    def test_null_sender_is_matched_as_angle_brackets(self):
        daemon = self.daemon_with_rules({"name": "No bounces", "stage": "mail", "match": "address",
                                         "pattern": "<>", "action": "reject", "code": 550,
                                         "enhancedCode": "5.7.1", "text": "No bounces here"})
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<>", 550)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)

    # ---- presets -------------------------------------------------------------

    def test_preset_reject_recipients_names_the_rule(self):
        daemon = self.start_daemon("--rule-preset", "reject-recipients:*@bounce.test", "--transcript")
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        reply = client.expect(self, "RCPT TO:<nobody@bounce.test>", 550)
        self.assertEqual(reply.enhanced_code(), "5.1.1")
        client.expect(self, "RCPT TO:<NOBODY@BOUNCE.TEST>", 550)  # globs ignore case
        client.expect(self, "RCPT TO:<somebody@example.net>", 250)
        daemon.wait_for("line", lambda e: e["text"].startswith('rule 1 "Reject recipients *@bounce.test": reject 550'))

    def test_preset_greylist_refuses_the_first_attempt_only(self):
        daemon = self.start_daemon("--rule-preset", "greylist")
        with smtplib.SMTP(HOST, daemon.smtp_port, timeout=10) as client:
            with self.assertRaises(smtplib.SMTPRecipientsRefused) as refused:
                client.sendmail("a@example.org", ["b@example.net"], b"Subject: first\r\n\r\nx\r\n")
            self.assertEqual(refused.exception.recipients["b@example.net"][0], 450)
            client.sendmail("a@example.org", ["b@example.net"], b"Subject: second\r\n\r\nx\r\n")
            with self.assertRaises(smtplib.SMTPRecipientsRefused):  # another sender is a new triple
                client.sendmail("c@example.org", ["b@example.net"], b"Subject: third\r\n\r\nx\r\n")
        daemon.wait_message("second")

    def test_preset_tempfail_every_nth_message(self):
        daemon = self.start_daemon("--rule-preset", "tempfail-every:2")
        client = self.connect(daemon)
        client.ehlo(self)
        codes = []
        for n in range(4):
            self.transaction(client)
            codes.append(self.send_body(client, "n%d" % n).code)
        self.assertEqual(codes, [250, 451, 250, 451])

    def test_preset_slow_server_delays_each_reply(self):
        daemon = self.start_daemon("--rule-preset", "slow:300")
        started = time.monotonic()
        client = self.connect(daemon)
        self.assertGreaterEqual(time.monotonic() - started, 0.25)  # the greeting too
        client.ehlo(self)
        started = time.monotonic()
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        self.assertGreaterEqual(time.monotonic() - started, 0.25)
        started = time.monotonic()
        client.expect(self, "NOOP", 250)
        self.assertLess(time.monotonic() - started, 0.25)  # commands without a decision stay fast

    def test_preset_lmtp_rejects_every_other_recipient(self):
        daemon = self.start_daemon("--rule-preset", "lmtp-every-other")
        client = self.connect(daemon, daemon.lmtp_port)
        client.expect(self, "LHLO client.test", 250)
        self.transaction(client, recipients=("one@example.net", "two@example.net", "three@example.net",
                                             "four@example.net"))
        client.expect(self, "DATA", 354)
        client.send(crlf("Subject: lmtp rules\n\nx\n.\n"))
        codes = [client.read_reply().code for _ in range(4)]
        self.assertEqual(codes, [250, 452, 250, 452])
        event = daemon.wait_message("lmtp rules")
        self.assertEqual([r["address"] for r in event["recipients"]], ["one@example.net", "three@example.net"])

    # ---- rule kinds from the settings file -------------------------------------

    def test_connect_rule_by_client_ip(self):
        daemon = self.daemon_with_rules({"stage": "connect", "match": "client-ip", "pattern": "127.0.0.*",
                                         "action": "reject", "code": 554, "enhancedCode": "5.7.1",
                                         "text": "Not from here"})
        client = daemon.connect()
        self.addCleanup(client.close)
        self.assertEqual(client.greeting.code, 554)
        self.assertTrue(client.is_closed())

    def test_helo_rule_with_a_regular_expression(self):
        daemon = self.daemon_with_rules({"stage": "helo", "match": "helo", "pattern": "^localhost$", "regex": True,
                                         "action": "reject", "code": 550, "enhancedCode": "5.7.1",
                                         "text": "Say who you are"})
        client = self.connect(daemon)
        client.expect(self, "EHLO localhost", 550)
        client.expect(self, "MAIL FROM:<a@example.org>", 503)  # the refused EHLO did not count
        client.ehlo(self, "client.example")

    def test_auth_rule_by_user(self):
        daemon = self.daemon_with_rules({"stage": "auth", "match": "address", "pattern": "locked*",
                                         "action": "reject", "code": 535, "enhancedCode": "5.7.8",
                                         "text": "Account locked"})
        with smtplib.SMTP(HOST, daemon.smtp_port, timeout=10) as client:
            client.ehlo()
            client.user, client.password = "locked-user", "pw"
            code, text = client.docmd("AUTH", "PLAIN " + base64.b64encode(b"\0locked-user\0pw").decode())
            self.assertEqual((code, text), (535, b"5.7.8 Account locked"))
            client.user = "open-user"
            self.assertEqual(client.auth("PLAIN", client.auth_plain)[0], 235)

    def test_mail_rule_and_accept_before_it(self):
        daemon = self.daemon_with_rules(
            {"stage": "mail", "match": "address", "pattern": "vip@*", "action": "accept"},
            {"stage": "mail", "match": "address", "pattern": "*@example.org", "action": "reject",
             "code": 553, "enhancedCode": "5.7.1", "text": "Sender refused"})
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<someone@example.org>", 553)
        client.expect(self, "MAIL FROM:<vip@example.org>", 250)

    def test_rcpt_rewrite_strips_the_tag(self):
        daemon = self.daemon_with_rules({"stage": "rcpt", "match": "address", "pattern": "*+*@*",
                                         "action": "rewrite-recipient", "rewritePattern": "\\+[^@]*@",
                                         "rewriteTo": "@"})
        client = self.connect(daemon)
        client.ehlo(self)
        self.transaction(client, recipients=("user+newsletter@example.net",))
        self.assertEqual(self.send_body(client, "rewritten").code, 250)
        event = daemon.wait_message("rewritten")
        self.assertEqual([r["address"] for r in event["recipients"]], ["user@example.net"])
        daemon.wait_for("line", lambda e: "kept as <user@example.net>" in e["text"])

    def test_data_rule_on_a_header(self):
        daemon = self.daemon_with_rules({"stage": "data", "match": "header", "header": "X-Spam", "pattern": "yes",
                                         "action": "reject", "code": 554, "enhancedCode": "5.7.1",
                                         "text": "Spam refused"})
        client = self.connect(daemon)
        client.ehlo(self)
        self.transaction(client)
        self.assertEqual(self.send_body(client, "spam", "X-Spam: yes\n").code, 554)
        self.transaction(client)
        self.assertEqual(self.send_body(client, "ham", "X-Spam: no\n").code, 250)
        daemon.wait_message("ham")
        self.assertFalse([e for e in daemon.events_named("message") if e.get("subject") == "spam"])

    def test_disconnect_rule_drops_without_a_reply(self):
        daemon = self.daemon_with_rules({"stage": "rcpt", "match": "address", "pattern": "drop@*",
                                         "action": "disconnect"})
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        client.send(b"RCPT TO:<drop@example.net>\r\n")
        self.assertTrue(client.is_closed())
        self.assertEqual(client.buffer, b"")
        self.connect(daemon).ehlo(self)  # the server goes on

    def test_delay_then_the_next_rule_decides(self):
        daemon = self.daemon_with_rules(
            {"stage": "rcpt", "action": "delay", "delayMs": 300},
            {"stage": "rcpt", "match": "address", "pattern": "late@*", "action": "reject", "code": 450,
             "enhancedCode": "4.2.0", "text": "Try later"})
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        started = time.monotonic()
        client.expect(self, "RCPT TO:<late@example.net>", 450)
        self.assertGreaterEqual(time.monotonic() - started, 0.25)
        client.expect(self, "RCPT TO:<ok@example.net>", 250)
        daemon.wait_for("line", lambda e: "delay 300 ms; rule 2" in e["text"])

    def test_chaos_at_zero_and_hundred_percent(self):
        reject = {"stage": "rcpt", "action": "reject", "code": 451, "enhancedCode": "4.3.0", "text": "Chaos"}
        never = self.daemon_with_rules(dict(reject, probability=0))
        always = self.daemon_with_rules(dict(reject, probability=100))
        for daemon, code in ((never, 250), (always, 451)):
            client = self.connect(daemon)
            client.ehlo(self)
            client.expect(self, "MAIL FROM:<a@example.org>", 250)
            for n in range(20):
                client.expect(self, "RCPT TO:<r%d@example.net>" % n, code)

    def test_bad_rules_in_the_settings_file_exit_2(self):
        from mailscoped_fixture import run_daemon_expecting_exit
        folder = tempfile.mkdtemp(prefix="mailscope-rules-")
        self.addCleanup(shutil.rmtree, folder, True)
        path = os.path.join(folder, "bad.json")
        with open(path, "w") as f:
            json.dump({"rules": [{"stage": "rcpt", "pattern": "(", "regex": True}]}, f)
        code, _, err = run_daemon_expecting_exit(["--config", path, "--listen", "smtp://%s:0" % HOST])
        self.assertEqual(code, 2)
        self.assertIn("rules", err)


if __name__ == "__main__":
    main()
