"""One-shot capture for CI: `mailscoped run -- COMMAND`, --expect, --expect-count, --exit-after, --timeout."""

import os
import re
import shutil
import signal
import smtplib
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, Daemon, run_daemon_expecting_exit  # noqa: E402

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


# For --report: a message with a hostile subject, an HTML part with a cid: image, and an attachment whose
# name tries to leave its folder; the raw bytes go to RAW_COPY so the test can compare the .eml.
REPORT_SENDER = r"""
import os, smtplib, sys
from email.message import EmailMessage
m = EmailMessage()
m["From"] = "App <app@example.org>"
m["To"] = "ci@example.com"
m["Subject"] = "Welcome <script>alert(1)</script> & co"
m.set_content("Hello from the text part.\n")
m.add_alternative('<p>Hello <b>HTML</b></p><img src="cid:logo@x">', subtype="html")
m.get_payload()[1].add_related(b"GIF89a", "image", "gif", cid="<logo@x>", filename="logo.gif")
m.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv", filename="../../../escape.csv")
raw = m.as_bytes(policy=m.policy.clone(linesep="\r\n"))
with open(sys.argv[1], "wb") as f:
    f.write(raw)
with smtplib.SMTP(os.environ["MAILSCOPE_SMTP_HOST"], int(os.environ["MAILSCOPE_SMTP_PORT"]), timeout=10) as s:
    s.sendmail("bounce@example.org", ["ci@example.com"], raw, rcpt_options=["NOTIFY=FAILURE"])
"""


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def linked_files(report, page):
    """The local files a report page links to (href and src), resolved; a missing one raises."""
    html = read(os.path.join(report, page))
    paths = []
    for target in re.findall(r'(?:href|src)="([^"#]+)', html):
        if target.startswith(("http:", "https:", "mailto:", "cid:")):
            continue
        from urllib.parse import unquote
        path = os.path.normpath(os.path.join(report, os.path.dirname(page), unquote(target.replace("&amp;", "&"))))
        if not os.path.isfile(path):
            raise AssertionError("%s links to %s, which is not a file" % (page, target))
        paths.append(path)
    return paths


class ReportTest(unittest.TestCase):
    """--report DIR: a static HTML report of the run, written when the daemon stops."""

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="mailscope-report-")
        self.addCleanup(shutil.rmtree, self.dir, True)
        self.report = os.path.join(self.dir, "report")
        self.raw = os.path.join(self.dir, "sent.eml")

    def run_with_report(self, *args):
        return run_daemon_expecting_exit(["run", "--listen", "smtp://%s:0" % HOST, "--no-api", "--report", self.report,
                                          *args, "--", sys.executable, "-c", REPORT_SENDER, self.raw], timeout=60)

    def test_a_run_leaves_a_report_of_its_messages_and_sessions(self):
        code, out, err = self.run_with_report("--expect-count", "1", "--expect", "to:ci@example.com")
        self.assertEqual(code, 0, out + err)
        self.assertIn("report: %s" % os.path.join(self.report, "index.html"), out)
        messages = os.path.join(self.report, "messages")
        with open(self.raw, "rb") as sent, open(os.path.join(messages, "1.eml"), "rb") as kept:
            self.assertEqual(kept.read(), sent.read())
        self.assertEqual(sorted(os.listdir(os.path.join(messages, "1"))), ["escape.csv", "logo.gif"])
        self.assertFalse(os.path.exists(os.path.join(self.dir, "escape.csv")))
        sessions = os.listdir(os.path.join(self.report, "sessions"))
        self.assertEqual(len(sessions), 1)

        index = read(os.path.join(self.report, "index.html"))
        self.assertNotIn("<script>alert", index)
        self.assertIn("Welcome &lt;script&gt;alert(1)&lt;/script&gt; &amp; co", index)
        self.assertEqual(index.count("✔ met"), 2)
        self.assertNotIn("✘", index)
        page = read(os.path.join(messages, "1.html"))
        self.assertIn("NOTIFY=FAILURE", page)
        self.assertIn('<iframe class="html-body" sandbox="allow-same-origin allow-popups', page)
        self.assertIn("Hello from the text part.", page)
        self.assertIn('<img src="1/logo.gif">', read(os.path.join(messages, "1.body.html")))
        transcript = read(os.path.join(self.report, "sessions", sessions[0]))
        self.assertIn('<a href="../messages/1.html">[message stored as 1]</a>', transcript)
        self.assertRegex(transcript, r'<tr class="client"><td class="time">[\d:.]+</td><td class="dir">C▶</td>'
                                     r'<td class="line">rcpt TO:&lt;ci@example.com&gt; NOTIFY=FAILURE</td>')

        linked = set()
        for page in ["index.html", "messages/1.html", "messages/1.body.html", "sessions/" + sessions[0]]:
            linked.update(linked_files(self.report, page))
        for name in ["report.css", "messages/1.html", "messages/1.eml", "messages/1/escape.csv", "messages/1/logo.gif",
                     "messages/1.body.html", "sessions/" + sessions[0]]:
            self.assertIn(os.path.join(self.report, name), linked)

    def test_the_report_names_the_expectation_that_failed(self):
        code, out, err = self.run_with_report("--expect-count", "1", "--expect", "subject:Goodbye")
        self.assertEqual(code, 1, out + err)
        index = read(os.path.join(self.report, "index.html"))
        self.assertIn('<td class="fail">✘ failed</td><td>a message matches &quot;subject:Goodbye&quot;</td>', index)
        self.assertIn('<td class="pass">✔ met</td><td>exactly 1 message(s)</td>', index)
        self.assertRegex(index, r'<div class="value fail">1</div><div class="label">exit status</div>')

    def test_a_report_when_stopped_by_a_signal_or_a_timeout(self):
        daemon = Daemon("--report", self.report, lmtp=False)
        try:
            with smtplib.SMTP(HOST, daemon.smtp_port, timeout=10) as client:
                client.sendmail("a@example.org", ["b@example.com"], b"Subject: by signal\r\n\r\nbody\r\n")
            daemon.wait_message("by signal")
        finally:
            daemon.stop(self, signal.SIGINT)
        report = daemon.events_named("report")
        self.assertEqual(len(report), 1, daemon.events)
        self.assertEqual((report[0]["messages"], report[0]["sessions"]), (1, 1))
        index = read(os.path.join(self.report, "index.html"))
        self.assertIn("by signal", index)
        self.assertIn("<tr><th>Stopped</th><td>signal 2</td></tr>", index)

        code, out, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--no-api", "--exit-after", "1",
                                                    "--timeout", "1", "--report", self.report])
        self.assertEqual(code, 1, out + err)
        index = read(os.path.join(self.report, "index.html"))
        self.assertIn("No messages were captured.", index)
        self.assertIn('<td class="fail">✘ failed</td><td>at least 1 message(s) (--exit-after)</td><td>0 came</td>', index)

    def test_a_report_folder_that_cannot_be_made(self):
        blocker = os.path.join(self.dir, "file")
        open(blocker, "w").close()
        code, out, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--no-api", "--report",
                                                    os.path.join(blocker, "report")])
        self.assertEqual(code, 2, out + err)
        self.assertIn("cannot create the folder", err)


if __name__ == "__main__":
    unittest.main(verbosity=2)
