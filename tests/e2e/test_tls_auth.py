"""TLS and AUTH against real clients: smtplib, swaks, curl and openssl s_client,
plus every refusal the server makes, each followed by a check that it still serves."""

import base64
import hashlib
import hmac
import os
import shutil
import smtplib
import socket
import ssl
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, RawClient, crlf, main, quit_quietly  # noqa: E402

# The self-signed certificate is kept in the user's data folder: give the daemons a throwaway one.
DATA_HOME = tempfile.mkdtemp(prefix="mailscope-e2e-data-")
os.environ["XDG_DATA_HOME"] = DATA_HOME

SWAKS = shutil.which("swaks")
CURL = shutil.which("curl")
OPENSSL = shutil.which("openssl")


def openssl(*args, cwd):
    subprocess.run([OPENSSL, *args], cwd=cwd, check=True, capture_output=True, timeout=60)


def make_certificates(folder):
    """A CA, server certificates for a.test and b.test, and a client certificate, as PEM files."""
    openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "30",
            "-subj", "/CN=Mailscope Test CA", "-keyout", "ca.key", "-out", "ca.pem", cwd=folder)
    for name in ("a.test", "b.test", "client.test"):
        openssl("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-subj", "/CN=" + name, "-keyout", name + ".key", "-out", name + ".csr", cwd=folder)
        with open(os.path.join(folder, name + ".ext"), "w") as f:
            f.write("subjectAltName=DNS:%s\n" % name)
        openssl("x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "30", "-extfile", name + ".ext", "-out", name + ".pem", cwd=folder)
    return {name: (os.path.join(folder, name + ".pem"), os.path.join(folder, name + ".key"))
            for name in ("a.test", "b.test", "client.test")} | {"ca": os.path.join(folder, "ca.pem")}


def insecure_context():
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def b64(data):
    return base64.b64encode(data if isinstance(data, bytes) else data.encode()).decode()


class TlsAuthTestCase(DaemonTestCase):
    daemon_args = ("--starttls", "offer", "--listen", "smtps://%s:0" % HOST)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.smtps_port = cls.daemon._port_of("smtps") if "smtps://%s:0" % HOST in cls.daemon_args else None

    def smtp(self, daemon=None, port=None):
        client = smtplib.SMTP(HOST, port or (daemon or self.daemon).smtp_port, timeout=10)
        self.addCleanup(quit_quietly, client)
        return client

    def message(self, subject):
        return crlf("From: a@example.org\nTo: b@example.net\nSubject: %s\n\nHello over TLS.\n" % subject)

    def assertStillServes(self, daemon=None):
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "NOOP", 250)
        client.expect(self, "QUIT", 221)


class StartTlsTest(TlsAuthTestCase):

    def test_smtplib_starttls_and_each_login_mechanism(self):
        for mechanism in ("PLAIN", "LOGIN", "CRAM-MD5"):
            with self.subTest(mechanism=mechanism):
                subject = self.unique(mechanism)
                client = self.smtp()
                client.starttls(context=insecure_context())
                client.ehlo()
                self.assertIn("auth", client.esmtp_features)
                client.user, client.password = "user-" + mechanism, "secret"
                method = {"PLAIN": client.auth_plain, "LOGIN": client.auth_login, "CRAM-MD5": client.auth_cram_md5}
                code, _ = client.auth(mechanism, method[mechanism])
                self.assertEqual(code, 235)
                client.sendmail("a@example.org", ["b@example.net"], self.message(subject))
                event = self.daemon.wait_message(subject)
                self.assertEqual(event["authUser"], "user-" + mechanism)
                client.quit()
                session = self.daemon.wait_for("session-closed", lambda e, s=event["session"]: e["session"] == s)
                self.assertEqual(session["transmission"], "ESMTPSA")
                self.assertEqual(session["authMechanism"], mechanism)
                self.assertTrue(session["tls"]["protocol"].startswith("TLSv1."), session["tls"])
                self.assertFalse(session["tls"]["implicit"])

    def test_starttls_resets_the_session_and_needs_a_new_ehlo(self):
        client = self.connect()
        features = client.ehlo(self)
        self.assertIn("STARTTLS", features.lines)
        client.expect(self, "STARTTLS", 220)
        tls = insecure_context().wrap_socket(client.sock, server_hostname="a.test")
        client.sock = tls
        client.expect(self, "MAIL FROM:<a@example.org>", 503)  # no EHLO since TLS
        features = client.ehlo(self)
        self.assertNotIn("STARTTLS", features.lines)
        client.expect(self, "STARTTLS", 503)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        client.expect(self, "QUIT", 221)

    def test_starttls_in_a_transaction_or_with_an_argument_is_refused(self):
        client = self.connect()
        client.ehlo(self)
        client.expect(self, "STARTTLS now", 501)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        client.expect(self, "STARTTLS", 503)
        client.expect(self, "QUIT", 221)
        self.assertStillServes()

    def test_bytes_pipelined_after_starttls_are_discarded(self):
        client = self.connect()
        client.ehlo(self)
        client.send(b"STARTTLS\r\nMAIL FROM:<injected@example.org>\r\n")
        self.assertEqual(client.read_reply().code, 220)
        client.sock = insecure_context().wrap_socket(client.sock)
        client.ehlo(self)
        client.expect(self, "RCPT TO:<b@example.net>", 503)  # the injected MAIL was not kept
        client.expect(self, "QUIT", 221)

    def test_implicit_tls_with_smtplib(self):
        subject = self.unique("smtps")
        client = smtplib.SMTP_SSL(HOST, self.smtps_port, timeout=10, context=insecure_context())
        self.addCleanup(quit_quietly, client)
        client.ehlo()
        self.assertNotIn("starttls", client.esmtp_features)
        client.sendmail("a@example.org", ["b@example.net"], self.message(subject))
        event = self.daemon.wait_message(subject)
        client.quit()
        session = self.daemon.wait_for("session-closed", lambda e: e["session"] == event["session"])
        self.assertTrue(session["tls"]["implicit"])
        self.assertEqual(session["transmission"], "ESMTPS")

    def test_self_signed_certificate_names_localhost_and_is_kept(self):
        pem = ssl.get_server_certificate((HOST, self.smtps_port))
        fingerprint = self.daemon.wait_for("tls")["fingerprint"]
        der = ssl.PEM_cert_to_DER_cert(pem)
        self.assertEqual(":".join("%02X" % b for b in hashlib.sha256(der).digest()), fingerprint)
        context = ssl.create_default_context(cadata=pem)
        with socket.create_connection((HOST, self.smtps_port), timeout=10) as raw:
            with context.wrap_socket(raw, server_hostname="localhost") as tls:
                self.assertTrue(tls.recv(100).startswith(b"220 "))
        again = self.start_daemon("--listen", "smtps://%s:0" % HOST)
        self.assertEqual(again.wait_for("tls")["fingerprint"], fingerprint)

    def test_a_client_that_never_completes_the_handshake_is_dropped(self):
        daemon = self.start_daemon("--listen", "smtps://%s:0" % HOST, "--tls-handshake-timeout", "1", "--transcript")
        port = daemon._port_of("smtps")
        silent = RawClient(port)
        self.addCleanup(silent.close)
        self.assertTrue(silent.is_closed(timeout=5))
        daemon.wait_for("line", lambda e: "TLS handshake not finished" in e["text"])
        garbage = RawClient(port)
        self.addCleanup(garbage.close)
        garbage.send(b"EHLO plain-text-on-a-tls-port\r\n")
        self.assertTrue(garbage.is_closed(timeout=5))
        daemon.wait_for("line", lambda e: "expected a TLS handshake" in e["text"])
        broken = RawClient(port)
        self.addCleanup(broken.close)
        broken.send(b"\x16\x03\x01\x00\x05\x01\x00\x00\x01\x00")  # a ClientHello too short to be one
        self.assertTrue(broken.is_closed(timeout=5))
        with smtplib.SMTP_SSL(HOST, port, timeout=10, context=insecure_context()) as client:
            self.assertEqual(client.noop()[0], 250)

    def test_require_refuses_mail_and_auth_before_tls(self):
        daemon = self.start_daemon("--starttls", "require")
        client = self.connect(daemon)
        client.ehlo(self)
        self.assertEqual(client.expect(self, "MAIL FROM:<a@example.org>", 530).enhanced_code(), "5.7.0")
        self.assertEqual(client.expect(self, "AUTH PLAIN " + b64("\0u\0p"), 530).enhanced_code(), "5.7.0")
        client.expect(self, "STARTTLS", 220)
        client.sock = insecure_context().wrap_socket(client.sock)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)

    def test_hidden_starttls_works_without_being_advertised(self):
        daemon = self.start_daemon("--starttls", "hide")
        client = self.connect(daemon)
        self.assertNotIn("STARTTLS", client.ehlo(self).lines)
        client.expect(self, "STARTTLS", 220)
        client.sock = insecure_context().wrap_socket(client.sock)
        client.ehlo(self)
        client.expect(self, "QUIT", 221)

    def test_starttls_off_answers_502(self):
        daemon = self.start_daemon()
        client = self.connect(daemon)
        self.assertNotIn("STARTTLS", client.ehlo(self).lines)
        client.expect(self, "STARTTLS", 502)
        self.assertStillServes(daemon)


class CertificateTest(TlsAuthTestCase):
    daemon_args = ()

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.folder = tempfile.mkdtemp(prefix="mailscope-certs-")
        cls.certs = make_certificates(cls.folder)

    @classmethod
    def tearDownClass(cls):
        super().tearDownClass()
        shutil.rmtree(cls.folder, ignore_errors=True)

    def s_client(self, port, *args):
        result = subprocess.run([OPENSSL, "s_client", "-connect", "%s:%d" % (HOST, port), "-starttls", "smtp",
                                 *args], input=b"QUIT\r\n", capture_output=True, timeout=30)
        return result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")

    @unittest.skipIf(OPENSSL is None, "openssl is not installed")
    def test_sni_picks_the_certificate_and_is_recorded(self):
        a_cert, a_key = self.certs["a.test"]
        b_cert, b_key = self.certs["b.test"]
        daemon = self.start_daemon("--starttls", "offer", "--cert", a_cert, "--key", a_key,
                                   "--sni-cert", "b.test=%s,%s" % (b_cert, b_key))
        out = self.s_client(daemon.smtp_port, "-servername", "b.test")
        self.assertIn("CN = b.test", out)
        daemon.wait_for("session-closed", lambda e: (e["tls"] or {}).get("serverName") == "b.test")
        out = self.s_client(daemon.smtp_port, "-servername", "other.test")
        self.assertIn("CN = a.test", out)
        self.assertNotIn("CN = b.test", out.split("Server certificate")[0])

    @unittest.skipIf(OPENSSL is None, "openssl is not installed")
    def test_client_certificate_subject_is_recorded(self):
        client_cert, client_key = self.certs["client.test"]
        daemon = self.start_daemon("--starttls", "offer", "--request-client-cert")
        out = self.s_client(daemon.smtp_port, "-cert", client_cert, "-key", client_key)
        self.assertIn("250", out)
        session = daemon.wait_for("session-closed", lambda e: (e["tls"] or {}).get("peerSubject"))
        self.assertIn("client.test", session["tls"]["peerSubject"])

    @unittest.skipIf(CURL is None, "curl is not installed")
    def test_curl_ssl_reqd_and_smtps_with_a_trusted_chain(self):
        a_cert, a_key = self.certs["a.test"]
        daemon = self.start_daemon("--starttls", "offer", "--cert", a_cert, "--key", a_key,
                                   "--listen", "smtps://%s:0" % HOST, "--auth-user", "carol:pw")
        smtps_port = daemon._port_of("smtps")
        folder = tempfile.mkdtemp(prefix="mailscope-curl-")
        self.addCleanup(shutil.rmtree, folder, True)
        for scheme, port in (("smtp", daemon.smtp_port), ("smtps", smtps_port)):
            subject = self.unique(scheme)
            path = os.path.join(folder, scheme + ".eml")
            with open(path, "wb") as f:
                f.write(self.message(subject))
            command = [CURL, "--silent", "--show-error", "--url", "%s://a.test:%d" % (scheme, port),
                       "--resolve", "a.test:%d:%s" % (port, HOST), "--cacert", self.certs["ca"],
                       "--mail-from", "a@example.org", "--mail-rcpt", "b@example.net",
                       "--user", "carol:pw", "--upload-file", path]
            if scheme == "smtp":
                command.append("--ssl-reqd")
            result = subprocess.run(command, capture_output=True, timeout=30)
            self.assertEqual(result.returncode, 0, result.stderr)
            event = daemon.wait_message(subject)
            self.assertEqual(event["authUser"], "carol")

    def test_a_bad_certificate_file_stops_the_start_with_exit_2(self):
        from mailscoped_fixture import run_daemon_expecting_exit
        code, _, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--starttls", "offer",
                                                  "--cert", os.path.join(self.folder, "missing.pem")])
        self.assertEqual(code, 2)
        self.assertIn("missing.pem", err)
        a_cert, _ = self.certs["a.test"]
        _, b_key = self.certs["b.test"]
        code, _, err = run_daemon_expecting_exit(["--listen", "smtp://%s:0" % HOST, "--starttls", "offer",
                                                  "--cert", a_cert, "--key", b_key])
        self.assertEqual(code, 2, err)


@unittest.skipIf(SWAKS is None, "swaks is not installed")
class SwaksTlsTest(TlsAuthTestCase):

    def swaks(self, port, subject, *options):
        command = [SWAKS, "--server", HOST, "--port", str(port), "--from", "a@example.org", "--to", "b@example.net",
                   "--header", "Subject: " + subject, "--timeout", "10", *options]
        result = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, timeout=60)
        transcript = result.stdout.decode("utf-8", "replace") + result.stderr.decode("utf-8", "replace")
        self.assertEqual(result.returncode, 0, transcript)
        return transcript

    def test_swaks_starttls_and_implicit_tls_with_each_auth_type(self):
        for option, port in (("--tls", self.daemon.smtp_port), ("--tlsc", self.smtps_port)):
            for auth in ("PLAIN", "LOGIN", "CRAM-MD5"):
                with self.subTest(tls=option, auth=auth):
                    subject = self.unique(option + auth)
                    transcript = self.swaks(port, subject, option, "--auth", auth, "--auth-user", "dave",
                                            "--auth-password", "pw")
                    self.assertIn("TLS started", transcript)
                    self.assertIn("235 2.7.0", transcript)
                    self.assertEqual(self.daemon.wait_message(subject)["authUser"], "dave")


class AuthTest(TlsAuthTestCase):
    daemon_args = ("--auth-user", "alice:wonderland", "--auth-user", "bob:token-123", "--transcript")

    def authed_client(self, daemon=None):
        client = self.connect(daemon)
        features = client.ehlo(self)
        self.assertIn("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2", features.lines)
        return client

    def test_plain_with_and_without_initial_response(self):
        client = self.authed_client()
        client.expect(self, "AUTH PLAIN " + b64("\0alice\0wonderland"), 235)
        client.expect(self, "AUTH PLAIN " + b64("\0alice\0wonderland"), 503)  # twice
        second = self.authed_client()
        self.assertEqual(second.expect(self, "AUTH PLAIN", 334).raw, b"334 \r\n")
        second.expect(self, b64("\0alice\0wonderland"), 235)

    def test_wrong_password_gets_535_and_three_failures_close(self):
        client = self.authed_client()
        for _ in range(2):
            self.assertEqual(client.expect(self, "AUTH PLAIN " + b64("\0alice\0nope"), 535).enhanced_code(), "5.7.8")
        reply = client.command("AUTH PLAIN " + b64("\0alice\0nope"))
        self.assertEqual(reply.code, 535)
        self.assertEqual(client.read_reply().code, 421)
        self.assertTrue(client.is_closed())
        self.assertStillServes()

    def test_cram_md5_is_checked_against_the_password(self):
        for password, code in (("wonderland", 235), ("wrong", 535)):
            client = self.authed_client()
            challenge = base64.b64decode(client.expect(self, "AUTH CRAM-MD5", 334).lines[0])
            self.assertRegex(challenge, rb"^<\d+\.\d+@mailscope\.test>$")
            digest = hmac.new(password.encode(), challenge, hashlib.md5).hexdigest()
            client.expect(self, b64("alice " + digest), code)

    def test_login_exchange(self):
        client = self.authed_client()
        self.assertEqual(base64.b64decode(client.expect(self, "AUTH LOGIN", 334).lines[0]), b"Username:")
        self.assertEqual(base64.b64decode(client.expect(self, b64("alice"), 334).lines[0]), b"Password:")
        client.expect(self, b64("wonderland"), 235)

    def test_xoauth2_success_and_failure(self):
        client = self.authed_client()
        good = "user=bob\x01auth=Bearer token-123\x01\x01"
        client.expect(self, "AUTH XOAUTH2 " + b64(good), 235)
        client = self.authed_client()
        bad = "user=bob\x01auth=Bearer expired\x01\x01"
        challenge = client.expect(self, "AUTH XOAUTH2 " + b64(bad), 334)
        self.assertTrue(base64.b64decode(challenge.lines[0]).startswith(b'{"status":"401",'))
        self.assertEqual(client.expect(self, "", 535).enhanced_code(), "5.7.8")
        client.expect(self, "NOOP", 250)

    def test_python_xoauth2_with_smtplib(self):
        client = self.smtp()
        client.ehlo()
        code, _ = client.auth("XOAUTH2", lambda challenge=None: "user=bob\x01auth=Bearer token-123\x01\x01")
        self.assertEqual(code, 235)

    def test_cancel_bad_base64_unknown_mechanism_and_transaction(self):
        client = self.authed_client()
        client.expect(self, "AUTH LOGIN", 334)
        self.assertEqual(client.expect(self, "*", 501).enhanced_code(), "5.7.0")
        client.expect(self, "AUTH PLAIN not-base64!", 501)
        client.expect(self, "AUTH LOGIN", 334)
        client.expect(self, "%%%", 501)
        client.expect(self, "AUTH NTLM", 504)
        client.expect(self, "AUTH", 501)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        client.expect(self, "AUTH PLAIN " + b64("\0alice\0wonderland"), 503)
        client.expect(self, "RSET", 250)
        client.expect(self, "AUTH PLAIN " + b64("\0alice\0wonderland"), 235)
        helo = self.connect()
        helo.expect(self, "HELO client.test", 250)
        helo.expect(self, "AUTH PLAIN " + b64("\0alice\0wonderland"), 503)  # AUTH needs EHLO

    def test_passwords_are_masked_in_the_transcript(self):
        client = self.authed_client()
        secret = b64("\0alice\0wonderland")
        client.expect(self, "AUTH PLAIN " + secret, 235)
        client.expect(self, "QUIT", 221)
        note = self.daemon.wait_for("line", lambda e: e["text"].startswith("AUTH PLAIN: user \"alice\""))
        self.assertNotIn("wonderland", note["text"])
        self.assertFalse([e for e in self.daemon.events_named("line") if secret in e["text"]])

    def test_reveal_passwords_shows_them(self):
        daemon = self.start_daemon("--transcript", "--reveal-passwords")
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "AUTH PLAIN " + b64("\0zoe\0open-sesame"), 235)
        daemon.wait_for("line", lambda e: "open-sesame" in e["text"])

    def test_required_auth_refuses_mail_first(self):
        daemon = self.start_daemon("--auth", "required")
        client = self.connect(daemon)
        client.ehlo(self)
        self.assertEqual(client.expect(self, "MAIL FROM:<a@example.org>", 530).enhanced_code(), "5.7.0")
        client.expect(self, "AUTH PLAIN " + b64("\0any\0thing"), 235)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)

    def test_insecure_auth_refused_with_538_until_tls(self):
        daemon = self.start_daemon("--no-insecure-auth", "--starttls", "offer")
        client = self.connect(daemon)
        features = client.ehlo(self)
        self.assertFalse([line for line in features.lines if line.startswith("AUTH")])
        self.assertEqual(client.expect(self, "AUTH PLAIN " + b64("\0a\0b"), 538).enhanced_code(), "5.7.11")
        client.expect(self, "STARTTLS", 220)
        client.sock = insecure_context().wrap_socket(client.sock)
        self.assertIn("AUTH PLAIN LOGIN CRAM-MD5 XOAUTH2", client.ehlo(self).lines)
        client.expect(self, "AUTH PLAIN " + b64("\0a\0b"), 235)

    def test_auth_off_and_method_list(self):
        daemon = self.start_daemon("--auth", "off")
        client = self.connect(daemon)
        self.assertFalse([line for line in client.ehlo(self).lines if line.startswith("AUTH")])
        client.expect(self, "AUTH PLAIN " + b64("\0a\0b"), 502)
        daemon = self.start_daemon("--auth-methods", "CRAM-MD5,LOGIN")
        client = self.connect(daemon)
        self.assertIn("AUTH CRAM-MD5 LOGIN", client.ehlo(self).lines)
        client.expect(self, "AUTH PLAIN " + b64("\0a\0b"), 504)

    def test_auth_settings_from_the_config_file(self):
        path = os.path.join(tempfile.mkdtemp(prefix="mailscope-config-"), "settings.json")
        self.addCleanup(shutil.rmtree, os.path.dirname(path), True)
        with open(path, "w") as f:
            f.write('{"auth": {"mode": "required", "mechanisms": ["LOGIN"], '
                    '"users": [{"name": "erin", "password": "pw"}]}, "xclient": true}')
        daemon = self.start_daemon("--config", path)
        client = self.connect(daemon)
        features = client.ehlo(self).lines
        self.assertIn("AUTH LOGIN", features)
        self.assertTrue([line for line in features if line.startswith("XCLIENT")])
        client.expect(self, "MAIL FROM:<a@example.org>", 530)
        client.expect(self, "AUTH LOGIN " + b64("erin"), 334)
        client.expect(self, b64("pw"), 235)


class ProxyTest(TlsAuthTestCase):
    daemon_args = ("--xclient", "--xforward")

    def test_proxy_v1_and_v2_headers_name_the_real_client(self):
        daemon = self.start_daemon("--proxy-protocol")
        client = RawClient(daemon.smtp_port)
        self.addCleanup(client.close)
        client.send(b"PROXY TCP4 203.0.113.7 192.0.2.1 40000 25\r\n")
        self.assertEqual(client.read_reply().code, 220)
        client.expect(self, "QUIT", 221)
        session = daemon.wait_for("session-closed", lambda e: e["forwarded"].get("ADDR") == "203.0.113.7")
        self.assertEqual(session["forwarded"]["PORT"], "40000")

        v2 = (b"\r\n\r\n\x00\r\nQUIT\n" + bytes([0x21, 0x11]) + (12).to_bytes(2, "big")
              + socket.inet_aton("198.51.100.9") + socket.inet_aton("192.0.2.1")
              + (50000).to_bytes(2, "big") + (25).to_bytes(2, "big"))
        client = RawClient(daemon.smtp_port)
        self.addCleanup(client.close)
        client.send(v2 + b"EHLO early.test\r\n")
        self.assertEqual(client.read_reply().code, 220)
        self.assertEqual(client.read_reply().code, 250)
        client.expect(self, "QUIT", 221)
        daemon.wait_for("session-closed", lambda e: e["forwarded"].get("ADDR") == "198.51.100.9")

        missing = RawClient(daemon.smtp_port)
        self.addCleanup(missing.close)
        missing.send(b"EHLO no-proxy-header.test\r\n")
        self.assertTrue(missing.is_closed())
        self.assertFalse(missing.buffer.startswith(b"220"))

    def test_xclient_names_the_client_and_restarts_the_session(self):
        client = self.connect()
        self.assertTrue([line for line in client.ehlo(self).lines if line.startswith("XCLIENT NAME ADDR")])
        reply = client.expect(self, "XCLIENT ADDR=203.0.113.9 NAME=mail.example.org LOGIN=frank HELO=[UNAVAILABLE]", 220)
        self.assertIn("mailscope.test", reply.text)
        client.expect(self, "MAIL FROM:<a@example.org>", 503)  # a new EHLO is needed
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<a@example.org>", 250)
        client.expect(self, "XCLIENT ADDR=1.2.3.4", 503)
        client.expect(self, "RSET", 250)
        client.expect(self, "XCLIENT COLOR=blue", 501)
        client.expect(self, "QUIT", 221)
        session = self.daemon.wait_for("session-closed", lambda e: e["forwarded"].get("NAME") == "mail.example.org")
        self.assertEqual(session["forwarded"]["ADDR"], "203.0.113.9")
        self.assertEqual(session["authUser"], "frank")

    def test_xforward_is_kept_beside_the_real_peer(self):
        client = self.connect()
        self.assertTrue([line for line in client.ehlo(self).lines if line.startswith("XFORWARD")])
        client.expect(self, "XFORWARD ADDR=198.51.100.20 PROTO=ESMTP HELO=relay+2Eexample", 250)
        client.expect(self, "QUIT", 221)
        session = self.daemon.wait_for("session-closed", lambda e: e["forwarded"].get("ADDR") == "198.51.100.20")
        self.assertEqual(session["forwarded"]["HELO"], "relay.example")

    def test_xclient_and_xforward_off_answer_502(self):
        daemon = self.start_daemon()
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "XCLIENT ADDR=1.2.3.4", 502)
        client.expect(self, "XFORWARD ADDR=1.2.3.4", 502)


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(DATA_HOME, ignore_errors=True)
