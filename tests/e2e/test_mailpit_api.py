"""The HTTP API against the real npm client `mailpit-api` (Node), and its safety switches.

The client comes from tests/e2e/mailpit-client/package-lock.json, installed with `npm ci` into
$MAILPIT_CLIENT_DIR (the build tree) when that copy is missing or stale. Without node this test
is skipped (exit 77); with node but no npm, or when npm ci fails, it fails.
"""

import base64
import json
import os
import shutil
import smtplib
import subprocess
import sys
import unittest
import urllib.error
import urllib.request
from email.message import EmailMessage
from email.utils import make_msgid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, main  # noqa: E402

SOURCE_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mailpit-client")
CLIENT_FILES = ("package.json", "package-lock.json", "test_mailpit_api.mjs")
NODE = shutil.which("node")


def client_dir():
    """The client installed next to a copy of the script, reinstalled when the lock file changed."""
    target = os.environ.get("MAILPIT_CLIENT_DIR") or os.path.join(SOURCE_DIR, "..", "..", "..", "build", "mailpit-client")
    os.makedirs(target, exist_ok=True)
    with open(os.path.join(SOURCE_DIR, "package-lock.json"), "rb") as f:
        lock = f.read()
    stamp = os.path.join(target, "node_modules", ".mailscope-lock")
    installed = os.path.exists(stamp) and open(stamp, "rb").read() == lock
    for name in CLIENT_FILES:
        shutil.copyfile(os.path.join(SOURCE_DIR, name), os.path.join(target, name))
    if not installed:
        npm = shutil.which("npm")
        if npm is None:
            raise AssertionError("node is installed but npm is not: cannot install the mailpit-api client")
        result = subprocess.run([npm, "ci", "--ignore-scripts", "--no-audit", "--no-fund"], cwd=target,
                                capture_output=True, text=True, timeout=240)
        if result.returncode != 0:
            raise AssertionError("npm ci failed (%d): %s %s" % (result.returncode, result.stdout, result.stderr))
        with open(stamp, "wb") as f:
            f.write(lock)
    return target


def send_messages(port):
    plain_one = EmailMessage()
    plain_one["From"] = "Alice Sender <alice@example.com>"
    plain_one["To"] = "Bob <bob@example.com>"
    plain_one["Subject"] = "plain one"
    plain_one["Message-ID"] = make_msgid(domain="example.com")
    plain_one.set_content("The first plain message.\n")

    attached = EmailMessage()
    attached["From"] = "Alice Sender <alice@example.com>"
    attached["To"] = "Bob <bob@example.com>"
    attached["Cc"] = "carol@example.com"
    attached["Reply-To"] = "replies@example.com"
    attached["Subject"] = "with attachment"
    attached["Message-ID"] = "<attach-1@example.com>"
    attached["X-Custom"] = "one"
    attached["X-Custom"] = "two"
    attached.set_content("Please find the report attached.\n")
    attached.add_alternative('<p>Please find the <b>report</b> attached.<img src="cid:logo@example.com"></p>\n',
                             subtype="html")
    html_part = attached.get_payload()[1]
    html_part.add_related(b"\x89PNG fake logo", maintype="image", subtype="png", cid="<logo@example.com>",
                          filename="logo.png", disposition="inline")
    attached.add_attachment(b"%PDF-1.4 test", maintype="application", subtype="pdf", filename="report.pdf")

    plain_two = EmailMessage()
    plain_two["From"] = "Alice Sender <alice@example.com>"
    plain_two["To"] = "Bob <bob@example.com>"
    plain_two["Subject"] = "plain two"
    plain_two.set_content("The second plain message.\n")

    with smtplib.SMTP(HOST, port, timeout=10) as smtp:
        smtp.send_message(plain_one)
        smtp.send_message(attached, from_addr="bounces@example.com",
                          to_addrs=["bob@example.com", "carol@example.com", "hidden@example.com"])
        smtp.send_message(plain_two)


def http(url, method="GET", headers=None, body=None):
    """(status, headers, body bytes) without raising for 4xx."""
    request = urllib.request.Request(url, method=method, headers=headers or {}, data=body)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def node_command():
    """node, with its WebSocket switched on where it is still behind a flag (node 20 and 21)."""
    flagged = subprocess.run([NODE, "--experimental-websocket", "-e", "0"], capture_output=True, timeout=30)
    return [NODE, "--experimental-websocket"] if flagged.returncode == 0 else [NODE]


class MailpitClientTest(DaemonTestCase):
    daemon_args = ("--enable-chaos",)

    def test_the_npm_mailpit_api_client_works_unchanged(self):
        folder = client_dir()
        send_messages(self.daemon.smtp_port)
        self.daemon.wait_for_count("message", 3)
        result = subprocess.run(node_command() + [os.path.join(folder, "test_mailpit_api.mjs"), self.daemon.api_url],
                                cwd=folder, capture_output=True, text=True, timeout=120)
        print(result.stdout, result.stderr, sep="\n")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("all checks passed", result.stdout)


class ApiSafetyTest(DaemonTestCase):
    def test_the_api_listens_on_loopback_and_says_where(self):
        self.assertTrue(self.daemon.api_url.startswith("http://127.0.0.1:"), self.daemon.api_url)
        status, _, body = http(self.daemon.api_url + "/readyz")
        self.assertEqual(status, 200)

    def test_no_cors_headers_unless_allowed(self):
        status, headers, _ = http(self.daemon.api_url + "/api/v1/messages", headers={"Origin": "http://evil.test"})
        self.assertEqual(status, 200)
        self.assertIsNone(headers.get("Access-Control-Allow-Origin"))
        allowed = self.start_daemon("--api", "%s:0" % HOST, "--api-cors", "http://app.test")
        status, headers, _ = http(allowed.api_url + "/api/v1/messages", headers={"Origin": "http://app.test"})
        self.assertEqual(headers.get("Access-Control-Allow-Origin"), "http://app.test")
        status, headers, _ = http(allowed.api_url + "/api/v1/messages", method="OPTIONS",
                                  headers={"Origin": "http://app.test", "Access-Control-Request-Method": "DELETE"})
        self.assertEqual(status, 204)
        self.assertIn("DELETE", headers.get("Access-Control-Allow-Methods"))

    def test_basic_auth_and_bearer_token(self):
        daemon = self.start_daemon("--api", "%s:0" % HOST, "--api-auth", "ci:s3cret", "--api-token", "tok")
        url = daemon.api_url + "/api/v1/messages"
        status, headers, body = http(url)
        self.assertEqual(status, 401)
        self.assertIn("Basic", headers.get("WWW-Authenticate"))
        self.assertIn("Error", json.loads(body))
        wrong = "Basic " + base64.b64encode(b"ci:wrong").decode()
        self.assertEqual(http(url, headers={"Authorization": wrong})[0], 401)
        right = "Basic " + base64.b64encode(b"ci:s3cret").decode()
        self.assertEqual(http(url, headers={"Authorization": right})[0], 200)
        self.assertEqual(http(url, headers={"Authorization": "Bearer tok"})[0], 200)
        self.assertEqual(http(url, headers={"Authorization": "Bearer nope"})[0], 401)
        if NODE:
            folder = client_dir()
            send_messages(daemon.smtp_port)
            daemon.wait_for_count("message", 3)
            result = subprocess.run([NODE, os.path.join(folder, "test_mailpit_api.mjs"), daemon.api_url, "ci:s3cret"],
                                    cwd=folder, capture_output=True, text=True, timeout=120)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_no_api_and_a_bad_api_address(self):
        daemon = self.start_daemon("--no-api")
        self.assertIsNone(daemon.api_url)
        from mailscoped_fixture import run_daemon_expecting_exit
        code, _, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--api", "nonsense"])
        self.assertEqual(code, 2)
        self.assertIn("--api", err)


if __name__ == "__main__":
    if NODE is None and "--require-node" not in sys.argv:
        print("node is not installed: the mailpit-api client test is skipped")
        sys.exit(77)
    main()
