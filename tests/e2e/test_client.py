"""The engine's SMTP client through `mailscoped send`: against Mailscope's own server in every mode,
and against a server nobody here wrote (Debian's aiosmtpd), refusals included."""

import os
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, daemon_binary, AIOSMTPD_SERVER, SYSTEM_PYTHON, free_port, main  # noqa: E402

DATA_HOME = tempfile.mkdtemp(prefix="mailscope-e2e-data-")
os.environ["XDG_DATA_HOME"] = DATA_HOME  # the self-signed certificate goes here


class ClientTest(DaemonTestCase):
    daemon_args = ("--listen", "smtps://%s:0" % HOST, "--starttls", "offer", "--auth-user", "u:p",
                   "--rule-preset", "reject-recipients:*@bad.test")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.smtps_port = cls.daemon._port_of("smtps")

    def send(self, port, *args):
        result = subprocess.run([daemon_binary(), "send", "--server", "%s:%d" % (HOST, port), *args],
                                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        return result.returncode, result.stdout, result.stderr

    def test_starttls_and_each_auth_mechanism(self):
        for mechanism in ("PLAIN", "LOGIN", "CRAM-MD5", "XOAUTH2"):
            with self.subTest(mechanism=mechanism):
                subject = self.unique(mechanism)
                code, out, err = self.send(self.daemon.smtp_port, "--insecure", "--auth-user", "u:p", "--auth-method",
                                           mechanism, "--to", "a@example.net", "--subject", subject)
                self.assertEqual(code, 0, out + err)
                self.assertIn("TLS established", err)
                self.assertEqual(self.daemon.wait_message(subject)["authUser"], "u")

    def test_partial_recipients_are_reported_and_the_rest_delivered(self):
        subject = self.unique("partial")
        code, out, _ = self.send(self.daemon.smtp_port, "--no-starttls", "--to", "ok@example.net",
                                 "--to", "nobody@bad.test", "--subject", subject)
        self.assertEqual(code, 1)
        self.assertIn("accepted <ok@example.net>: 250", out)
        self.assertIn("refused <nobody@bad.test>: 550 5.1.1", out)
        event = self.daemon.wait_message(subject)
        self.assertEqual([r["address"] for r in event["recipients"]], ["ok@example.net"])

    def test_failed_auth_names_the_step(self):
        code, out, _ = self.send(self.daemon.smtp_port, "--insecure", "--auth-user", "u:wrong", "--auth-method",
                                 "PLAIN", "--to", "a@example.net")
        self.assertEqual(code, 1)
        self.assertIn("failed at auth", out)
        self.assertIn("535", out)

    def test_implicit_tls_chunking_without_pipelining_keeps_the_bytes(self):
        subject = self.unique("bdat")
        content = ("From: a@example.org\r\nSubject: %s\r\n\r\n.leading dot\r\n..two dots\r\nend\r\n" % subject).encode()
        path = os.path.join(tempfile.mkdtemp(prefix="mailscope-send-"), "message.eml")
        with open(path, "wb") as f:
            f.write(content)
        for extra in (("--chunking", "--no-pipelining"), ()):
            code, out, err = self.send(self.smtps_port, "--tls", "--insecure", "--eml", path, "--to", "a@example.net",
                                       *extra)
            self.assertEqual(code, 0, out + err)
            self.assertEqual("BDAT" in err, bool(extra), err)
        events = self.daemon.wait_for_count("message", 2, lambda e: e.get("subject") == subject)
        for event in events:
            self.daemon.assert_eml_equals(self, event["id"], content)

    def test_attachments_and_html_make_a_mime_message(self):
        subject = self.unique("mime")
        path = os.path.join(tempfile.mkdtemp(prefix="mailscope-send-"), "report.txt")
        with open(path, "w") as f:
            f.write("attached text\n")
        code, out, err = self.send(self.daemon.smtp_port, "--no-starttls", "--to", "a@example.net", "--subject", subject,
                                   "--html", "<p>hello</p>", "--attach", path)
        self.assertEqual(code, 0, out + err)
        raw = self.daemon.read_eml(self.daemon.wait_message(subject)["id"])
        self.assertIn(b"multipart/mixed", raw)
        self.assertIn(b"multipart/alternative", raw)
        self.assertRegex(raw, rb'filename="?report\.txt"?')  # quotes are optional around a token (RFC 2045)

    def test_lmtp_gives_a_result_per_recipient(self):
        daemon = self.start_daemon("--rule-preset", "lmtp-every-other")
        code, out, _ = self.send(daemon.lmtp_port, "--lmtp", "--to", "one@example.net", "--to", "two@example.net")
        self.assertEqual(code, 1)
        self.assertIn("accepted <one@example.net>: 250", out)
        self.assertIn("refused <two@example.net>: 452 4.2.2", out)

    def test_certificates_are_verified_by_default(self):
        code, out, _ = self.send(self.smtps_port, "--tls", "--to", "a@example.net")
        self.assertEqual(code, 1)
        self.assertIn("failed at starttls", out)

    def test_bad_options_exit_2(self):
        self.assertEqual(self.send(self.daemon.smtp_port)[0], 2)  # no --to
        self.assertEqual(self.send(self.daemon.smtp_port, "--to", "a@b", "--auth-method", "NTLM")[0], 2)

    def test_connection_refused_names_the_step(self):
        code, out, _ = self.send(free_port(), "--to", "a@example.net")
        self.assertEqual(code, 1)
        self.assertIn("failed at connect", out)


@unittest.skipUnless(os.access(SYSTEM_PYTHON, os.X_OK), "Debian's python3 is missing")
class AiosmtpdTest(unittest.TestCase):

    def setUp(self):
        self.port = free_port()
        self.server = subprocess.Popen([SYSTEM_PYTHON, AIOSMTPD_SERVER, str(self.port)], stdin=subprocess.PIPE,
                                       stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.addCleanup(self.stop)
        line = self.server.stdout.readline()
        self.assertEqual(line.strip(), "READY", "aiosmtpd did not start: %r" % line)

    def stop(self):
        self.server.terminate()
        try:
            self.server.wait(5)
        except subprocess.TimeoutExpired:
            self.server.kill()
            self.server.wait(5)
        self.server.stdin.close()
        self.server.stdout.close()

    def send(self, *args):
        result = subprocess.run([daemon_binary(), "send", "--server", "%s:%d" % (HOST, self.port), *args],
                                stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
        return result.returncode, result.stdout, result.stderr

    def test_delivery_with_auth_and_a_rejected_recipient(self):
        code, out, err = self.send("--auth-user", "u:p", "--auth-method", "LOGIN", "--to", "ok@example.net",
                                   "--to", "nobody@example.net")
        self.assertEqual(code, 1, out + err)
        self.assertIn("accepted <ok@example.net>", out)
        self.assertIn("refused <nobody@example.net>: 550", out)
        self.assertIn("sent: 250", out)
        self.assertEqual(self.server.stdout.readline().strip(), "DATA mailscope@localhost ok@example.net")

    def test_failed_auth(self):
        code, out, _ = self.send("--auth-user", "u:wrong", "--auth-method", "PLAIN", "--to", "ok@example.net")
        self.assertEqual(code, 1)
        self.assertIn("failed at auth", out)
        self.assertIn("535", out)


if __name__ == "__main__":
    try:
        main()
    finally:
        import shutil
        shutil.rmtree(DATA_HOME, ignore_errors=True)
