#!/usr/bin/env python3
"""A real SMTP client for the widget tests.

smtp_client.py send PORT   sends one HTML message with an inline cid: image and an attachment
smtp_client.py ehlo PORT   prints the EHLO keywords, one a line ("AUTH LOGIN CRAM-MD5 ...")
smtp_client.py rcpt PORT   tries two recipients and prints "ADDRESS CODE TEXT" for each
"""
import smtplib
import struct
import sys
import zlib
from email.message import EmailMessage


def png(width, height, rgb):
    """A solid-colour PNG, so the preview has a real cid: image to show."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


mode, port = sys.argv[1], int(sys.argv[2])
with smtplib.SMTP("127.0.0.1", port, timeout=20) as smtp:
    if mode == "ehlo":
        smtp.ehlo("ui-test.example")
        for name, value in smtp.esmtp_features.items():
            print(" ".join([name.upper()] + value.split()))
        sys.exit(0)
    if mode == "rcpt":
        smtp.ehlo("ui-test.example")
        smtp.mail("sender@example.com")
        for address in ("ann@example.com", "bob@bad.test"):
            code, text = smtp.rcpt(address)
            print(address, code, text.decode())
        smtp.rset()
        sys.exit(0)
    message = EmailMessage()
    message["From"] = "Shop <shop@example.com>"
    message["To"] = "ann@example.com"
    message["Subject"] = "Order #1042 confirmed"
    message.set_content("Your order 1042 is confirmed.\n")
    message.add_alternative('<h1>Thanks</h1><p>Order <b>1042</b> is confirmed.</p>'
                            '<p><img src="cid:logo@shop" alt="Shop logo"></p><img src="https://tracker.example/pixel.gif">',
                            subtype="html")
    html = message.get_payload()[1]
    html.add_related(png(160, 40, (0x2a, 0x7a, 0xe2)), maintype="image", subtype="png", cid="<logo@shop>")
    message.add_attachment(b"id,total\n1042,48.00\n", maintype="text", subtype="csv", filename="order.csv")
    smtp.send_message(message, from_addr="bounce@shop.example", to_addrs=["ann@example.com"])
