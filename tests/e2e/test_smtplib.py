"""mailscoped driven by Python's smtplib, a real client, over SMTP and LMTP."""

import email.generator
import email.message
import io
import os
import smtplib
import sys

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, DaemonTestCase, crlf, main, quit_quietly  # noqa: E402

TIMEOUT = 10


class SmtplibTest(DaemonTestCase):

    def smtp(self, daemon=None):
        client = smtplib.SMTP(HOST, (daemon or self.daemon).smtp_port, local_hostname="client.test", timeout=TIMEOUT)
        self.addCleanup(quit_quietly, client)
        return client

    def lmtp(self, daemon=None):
        client = smtplib.LMTP(HOST, (daemon or self.daemon).lmtp_port, local_hostname="client.test", timeout=TIMEOUT)
        self.addCleanup(quit_quietly, client)
        return client

    def assertStoredExactly(self, event, expected, daemon=None):
        """The message event's size, the store file and the .eml copy all match the bytes sent."""
        daemon = daemon or self.daemon
        self.assertEqual(event["size"], len(expected))
        with open(event["file"], "rb") as f:
            self.assertEqual(f.read(), expected, "store file differs from what was sent")
        daemon.assert_eml_equals(self, event["id"], expected)

    def test_sendmail_plain_message_is_stored_byte_for_byte(self):
        subject = self.unique("plain")
        message = crlf("From: Sender <sender@example.org>\n"
                       "To: Receiver <receiver@example.net>\n"
                       "Subject: %s\n"
                       "\n"
                       "Hello.\n"
                       ".A line that starts with a dot (smtplib stuffs it, the server unstuffs it)\n"
                       "..and one with two\n"
                       ".\n"
                       "Last line.\n" % subject)
        client = self.smtp()
        refused = client.sendmail("sender@example.org", ["receiver@example.net"], message)
        self.assertEqual(refused, {})
        event = self.daemon.wait_message(subject)
        self.assertEqual(event["from"], "sender@example.org")
        self.assertEqual([r["address"] for r in event["recipients"]], ["receiver@example.net"])
        self.assertEqual(event["mailParameters"].get("SIZE"), str(len(message)))
        self.assertStoredExactly(event, message)

    def test_send_message_with_several_recipients(self):
        subject = self.unique("several")
        msg = email.message.EmailMessage()
        msg["From"] = "sender@example.org"
        msg["To"] = "one@example.net, two@example.net"
        msg["Cc"] = "three@example.com"
        msg["Subject"] = subject
        msg.set_content("To three people.\n")
        recipients = ["one@example.net", "two@example.net", "three@example.com", "hidden@example.com"]
        client = self.smtp()
        self.assertEqual(client.send_message(msg, to_addrs=recipients), {})
        # What send_message puts on the wire: the message flattened with CRLF.
        out = io.BytesIO()
        email.generator.BytesGenerator(out).flatten(msg, linesep="\r\n")
        event = self.daemon.wait_message(subject)
        self.assertEqual([r["address"] for r in event["recipients"]], recipients)
        self.assertStoredExactly(event, out.getvalue())

    def test_8bitmime_body(self):
        client = self.smtp()
        client.ehlo()
        self.assertTrue(client.has_extn("8bitmime"), client.esmtp_features)
        subject = self.unique("8bit")
        message = ("From: a@example.org\r\nTo: b@example.org\r\nSubject: %s\r\n"
                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
                   "Content-Transfer-Encoding: 8bit\r\n\r\n"
                   "Grüße aus Köln, naïve café, ½ € — ✓\r\n" % subject).encode("utf-8")
        self.assertEqual(client.sendmail("a@example.org", ["b@example.org"], message,
                                         mail_options=["BODY=8BITMIME"]), {})
        event = self.daemon.wait_message(subject)
        self.assertEqual(event["mailParameters"].get("BODY"), "8BITMIME")
        self.assertStoredExactly(event, message)

    def test_smtputf8_addresses(self):
        client = self.smtp()
        client.ehlo()
        self.assertTrue(client.has_extn("smtputf8"), client.esmtp_features)
        subject = self.unique("utf8")
        sender = "usér@exämple.org"
        recipient = "ünïcödé@exämple.org"
        message = ("From: %s\r\nTo: %s\r\nSubject: %s\r\nMIME-Version: 1.0\r\n"
                   "Content-Type: text/plain; charset=utf-8\r\n\r\nInternationalised mail.\r\n"
                   % (sender, recipient, subject)).encode("utf-8")
        self.assertEqual(client.sendmail(sender, [recipient], message,
                                         mail_options=["SMTPUTF8", "BODY=8BITMIME"]), {})
        event = self.daemon.wait_message(subject)
        self.assertEqual(event["from"], sender)
        self.assertEqual([r["address"] for r in event["recipients"]], [recipient])
        self.assertIn("SMTPUTF8", event["mailParameters"])
        self.assertIsNone(event["mailParameters"]["SMTPUTF8"], "SMTPUTF8 has no value")
        self.assertStoredExactly(event, message)

    def test_utf8_address_without_smtputf8_is_refused(self):
        # RFC 6531 3.4: a non-ASCII address needs the SMTPUTF8 parameter on MAIL.
        client = self.smtp()
        client.ehlo()
        client.command_encoding = "utf-8"  # what smtplib does only when SMTPUTF8 is given
        code, text = client.mail("usér@exämple.org")
        self.assertEqual(code, 553, text)
        code, text = client.mail("ascii@example.org")
        self.assertEqual(code, 250, text)
        code, text = client.rcpt("ünï@exämple.org")
        self.assertEqual(code, 553, text)

    def test_unknown_mail_parameter_is_refused_with_555(self):
        # RFC 5321 4.1.1.11 / 3.3: an unrecognised MAIL or RCPT parameter gets 555.
        client = self.smtp()
        client.ehlo()
        code, text = client.mail("a@example.org", ["FOO=bar"])
        self.assertEqual(code, 555, text)
        code, text = client.mail("a@example.org", ["XSOMETHING"])
        self.assertEqual(code, 555, text)
        code, text = client.mail("a@example.org")
        self.assertEqual(code, 250, text)
        code, text = client.rcpt("b@example.org", ["BAR=1"])
        self.assertEqual(code, 555, text)
        code, text = client.rcpt("b@example.org")
        self.assertEqual(code, 250, text)
        client.rset()

    def test_declared_size_over_the_limit_is_refused_at_mail(self):
        daemon = self.start_daemon("--size", "1000")
        client = self.smtp(daemon)
        client.ehlo()
        self.assertEqual(client.esmtp_features.get("size"), "1000")
        big = crlf("Subject: too big\n\n" + ("x" * 70 + "\n") * 30)
        self.assertGreater(len(big), 1000)
        # smtplib adds SIZE=<len> on its own when SIZE is advertised (RFC 1870 6.1: 552 at MAIL).
        with self.assertRaises(smtplib.SMTPSenderRefused) as caught:
            client.sendmail("a@example.org", ["b@example.org"], big)
        self.assertEqual(caught.exception.smtp_code, 552)
        # Exactly at the limit is fine.
        subject = "exactly the limit"
        head = crlf("Subject: %s\n\n" % subject)
        exact = head + b"y" * (1000 - len(head) - 2) + b"\r\n"
        self.assertEqual(len(exact), 1000)
        client = self.smtp(daemon)
        self.assertEqual(client.sendmail("a@example.org", ["b@example.org"], exact), {})
        event = daemon.wait_message(subject)
        self.assertEqual(event["size"], 1000)
        self.assertEqual(len(daemon.events_named("message")), 1, "the refused message was stored")

    def test_real_size_over_the_limit_is_refused_after_data(self):
        # The client declares SIZE=100 but sends more: RFC 1870 6.3, 552 after the final dot.
        daemon = self.start_daemon("--size", "1000")
        client = self.connect(daemon)
        client.ehlo(self)
        client.expect(self, "MAIL FROM:<liar@example.org> SIZE=100", 250)
        client.expect(self, "RCPT TO:<b@example.org>", 250)
        client.expect(self, "DATA", 354)
        client.send(crlf("Subject: lied about its size\n\n" + ("z" * 78 + "\n") * 40) + b".\r\n")
        reply = client.read_reply()
        self.assertEqual(reply.code, 552, reply.raw)
        # The session goes on, and a message within the limit still gets through.
        client.expect(self, "NOOP", 250)
        client.expect(self, "MAIL FROM:<honest@example.org> SIZE=40", 250)
        client.expect(self, "RCPT TO:<b@example.org>", 250)
        client.expect(self, "DATA", 354)
        client.send(b"Subject: small\r\n\r\nshort\r\n.\r\n")
        self.assertEqual(client.read_reply().code, 250)
        daemon.wait_message("small")
        self.assertEqual([e["subject"] for e in daemon.events_named("message")], ["small"])

    def test_lmtp_gives_one_reply_per_recipient(self):
        subject = self.unique("lmtp")
        recipients = ["first@example.org", "second@example.org", "third@example.org"]
        message = crlf("From: a@example.org\nTo: %s\nSubject: %s\n\nOne reply each (RFC 2033 4.2).\n"
                       % (", ".join(recipients), subject))
        client = self.lmtp()
        code, text = client.ehlo()  # smtplib.LMTP sends LHLO
        self.assertEqual(code, 250, text)
        self.assertEqual(client.mail("a@example.org")[0], 250)
        for r in recipients:
            self.assertEqual(client.rcpt(r)[0], 250)
        code, text = client.data(message)
        replies = [(code, text)]
        # smtplib reads one reply after the dot; LMTP sends one per accepted recipient, in order.
        replies += [client.getreply() for _ in recipients[1:]]
        for (code, text), r in zip(replies, recipients):
            self.assertEqual(code, 250, text)
            self.assertIn(r.encode(), text, "the replies come in recipient order")
        self.assertEqual(client.noop()[0], 250, "no extra reply left over after the per-recipient ones")
        event = self.daemon.wait_message(subject)
        self.assertEqual([r["address"] for r in event["recipients"]], recipients)
        self.assertStoredExactly(event, message)

    def test_lmtp_refuses_helo_and_ehlo(self):
        # RFC 2033 4.1: an LMTP server must not answer HELO/EHLO as if they were LHLO.
        client = smtplib.SMTP(HOST, self.daemon.lmtp_port, local_hostname="client.test", timeout=TIMEOUT)
        self.addCleanup(quit_quietly, client)
        code, text = client.ehlo()
        self.assertEqual(code, 500, text)
        code, text = client.helo()
        self.assertEqual(code, 500, text)
        code, text = client.docmd("LHLO", "client.test")
        self.assertEqual(code, 250, text)

    def test_smtp_does_not_know_lhlo(self):
        client = self.smtp()
        code, text = client.docmd("LHLO", "client.test")
        self.assertEqual(code, 500, text)
        code, text = client.ehlo()
        self.assertEqual(code, 250, text)


if __name__ == "__main__":
    main()
