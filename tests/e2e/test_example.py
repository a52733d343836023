"""The embedding example (examples/recipientcheck) as a user would run it: it listens, checks
recipients asynchronously, and stores what it accepts. $EXAMPLE names the binary."""

import os
import re
import smtplib
import subprocess
import sys
import unittest


class ExampleTest(unittest.TestCase):

    def setUp(self):
        binary = os.environ.get("EXAMPLE", "")
        if not os.access(binary, os.X_OK):
            self.fail("EXAMPLE does not name an executable: %r" % binary)
        self.process = subprocess.Popen([binary, "0"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
        self.addCleanup(self.stop)
        line = self.process.stdout.readline()
        match = re.match(r"listening on port (\d+)", line)
        self.assertTrue(match, "unexpected first line %r" % line)
        self.port = int(match.group(1))

    def stop(self):
        self.process.kill()
        self.process.wait(10)
        self.process.stdout.close()

    def test_known_recipient_is_stored_and_unknown_refused(self):
        with smtplib.SMTP("127.0.0.1", self.port, timeout=10) as client:
            refused = client.sendmail("app@example.org", ["known@example.com", "stranger@example.net"],
                                      b"Subject: from the example test\r\n\r\nHello.\r\n")
            self.assertEqual(refused["stranger@example.net"][0], 550)
        self.assertEqual(self.process.stdout.readline().strip(), "stored message 1")


if __name__ == "__main__":
    sys.dont_write_bytecode = True
    unittest.main(verbosity=2)
