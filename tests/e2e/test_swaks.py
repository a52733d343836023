"""mailscoped driven by swaks, plain, pipelined and over LMTP."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, main  # noqa: E402

SWAKS = shutil.which("swaks") or ("/usr/bin/swaks" if os.access("/usr/bin/swaks", os.X_OK) else None)


@unittest.skipIf(SWAKS is None, "swaks is not installed")
class SwaksTest(DaemonTestCase):

    def swaks(self, port, recipients, data, *options):
        """Runs swaks with `data` (bytes, CRLF) as the whole DATA section; returns its transcript."""
        folder = tempfile.mkdtemp(prefix="mailscope-swaks-")
        self.addCleanup(shutil.rmtree, folder, True)
        path = os.path.join(folder, "data.eml")
        # A final "." line makes swaks drop it and end the data right after our last CRLF,
        # so the stored message is exactly `data` (see swaks' data fix-ups).
        with open(path, "wb") as f:
            f.write(data + b".\r\n")
        command = [SWAKS, "--server", HOST, "--port", str(port), "--helo", "client.test",
                   "--from", "sender@example.org", "--to", ",".join(recipients),
                   "--data", "@" + path, "--timeout", "10", *options]
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        transcript = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
        self.assertEqual(result.returncode, 0, "swaks failed:\n" + transcript)
        return transcript

    def message(self, subject, extra=b""):
        return (b"From: sender@example.org\r\nTo: receiver@example.net\r\nSubject: " + subject.encode()
                + b"\r\n\r\nSent by swaks.\r\n.A line starting with a dot\r\n" + extra + b"Bye.\r\n")

    def assertDelivered(self, subject, expected, recipients):
        event = self.daemon.wait_message(subject)
        self.assertEqual(event["from"], "sender@example.org")
        self.assertEqual([r["address"] for r in event["recipients"]], recipients)
        self.assertEqual(event["size"], len(expected))
        self.daemon.assert_eml_equals(self, event["id"], expected)
        return event

    def test_plain(self):
        subject = self.unique("plain")
        data = self.message(subject)
        transcript = self.swaks(self.daemon.smtp_port, ["receiver@example.net"], data)
        self.assertIn("250", transcript)
        self.assertDelivered(subject, data, ["receiver@example.net"])

    def test_pipelined(self):
        subject = self.unique("pipelined")
        data = self.message(subject, b"Pipelined: MAIL, RCPT, RCPT and DATA in one go.\r\n")
        recipients = ["one@example.net", "two@example.net"]
        transcript = self.swaks(self.daemon.smtp_port, recipients, data, "--pipeline")
        self.assertIn("PIPELINING", transcript)
        self.assertDelivered(subject, data, recipients)

    def test_lmtp(self):
        subject = self.unique("lmtp")
        data = self.message(subject)
        recipients = ["one@example.net", "two@example.net"]
        transcript = self.swaks(self.daemon.lmtp_port, recipients, data, "--protocol", "LMTP")
        self.assertIn("LHLO client.test", transcript)
        # One reply per recipient after the dot (RFC 2033 4.2): swaks prints both.
        for r in recipients:
            self.assertIn("<%s> Ok" % r, transcript)
        self.assertDelivered(subject, data, recipients)


if __name__ == "__main__":
    main()
