"""One-shot capture for CI: `mailscoped run -- COMMAND`, --expect, --expect-count, --exit-after, --timeout."""

import os
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, run_daemon_expecting_exit  # noqa: E402

# The command under test: sends one message to the server named by the environment, then exits 3
# if asked, and prints what it was told.
SENDER = """
import os, smtplib, sys
with smtplib.SMTP(os.environ["MAILSCOPE_SMTP_HOST"], int(os.environ["MAILSCOPE_SMTP_PORT"]), timeout=10) as s:
    s.sendmail("app@example.org", ["ci@example.com"], b"Subject: Welcome aboard\\r\\n\\r\\nHello.\\r\\n")
print("API", os.environ.get("MAILSCOPE_API_URL", ""))
sys.exit(int(sys.argv[1]))
"""


def run(*args, command_status=0):
    return run_daemon_expecting_exit(["run", "--listen", "smtp://%s:0" % HOST, "--api", "%s:0" % HOST, *args,
                                      "--", sys.executable, "-c", SENDER, str(command_status)], timeout=60)


class RunTest(unittest.TestCase):

    def test_the_command_gets_the_addresses_and_its_status_is_ours(self):
        code, out, err = run("--expect-count", "1", "--expect", "to:ci@example.com subject:Welcome")
        self.assertEqual(code, 0, out + err)
        self.assertRegex(out, r"API http://127\.0\.0\.1:\d+")
        code, out, err = run(command_status=3)
        self.assertEqual(code, 3, out + err)

    def test_unmet_expectations_fail_the_run(self):
        code, out, err = run("--expect-count", "2")
        self.assertEqual(code, 1, out + err)
        self.assertIn("expected 2 message(s), captured 1", out + err)
        code, out, err = run("--expect", "subject:Goodbye")
        self.assertEqual(code, 1, out + err)
        self.assertIn('no captured message matches "subject:Goodbye"', out + err)

    def test_a_command_that_cannot_start(self):
        code, out, err = run_daemon_expecting_exit(["run", "--listen", "smtp://%s:0" % HOST, "--no-api", "--",
                                                    "/nonexistent/command"])
        self.assertEqual(code, 127, out + err)

    def test_exit_after_and_timeout(self):
        code, out, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--no-api", "--exit-after", "1",
                                                    "--timeout", "1"])
        self.assertEqual(code, 1, out + err)
        self.assertIn("timeout: 0 of 1 message(s) came", out + err)
        code, out, err = run("--exit-after", "1", "--timeout", "30")
        self.assertEqual(code, 0, out + err)

    def test_run_needs_a_command(self):
        self.assertEqual(run_daemon_expecting_exit(["run", "--no-api"])[0], 2)
        self.assertEqual(run_daemon_expecting_exit(["--no-api", "--expect", "x"])[0], 2)


if __name__ == "__main__":
    unittest.main(verbosity=2)
