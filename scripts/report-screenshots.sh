#!/usr/bin/env bash
# Takes the README's screenshots of a `mailscoped run --report` report (docs/screenshots/report-*.png):
# a few messages sent by a stand-in test suite, then headless Chromium draws the pages from disk.
# Needs chromium (scripts/install-deps.sh installs it) and a build (scripts/build.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${MAILSCOPE_BUILD_DIR:-$top/build}
out=${1:-$top/docs/screenshots}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

cat >"$scratch/suite.py" <<'PY'
import os, smtplib, struct, zlib
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

def png(width, height, rgb):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))

server = (os.environ["MAILSCOPE_SMTP_HOST"], int(os.environ["MAILSCOPE_SMTP_PORT"]))
with smtplib.SMTP(*server, timeout=20) as smtp:
    smtp.ehlo("app.ci.example")
    for user in ["ann", "bob"]:
        m = EmailMessage()
        m["From"] = "Example Shop <no-reply@shop.example>"
        m["To"] = "%s@example.com" % user
        m["Subject"] = "Welcome to Example Shop, %s!" % user.title()
        m["Date"] = formatdate(localtime=True)
        m["Message-ID"] = make_msgid(domain="shop.example")
        m.set_content("Hi %s,\n\nyour account is ready. Sign in at https://shop.example/login\n" % user.title())
        m.add_alternative(
            '<div style="font-family:sans-serif;max-width:560px;margin:12px auto;border:1px solid #dde;border-radius:8px;'
            'padding:20px"><img src="cid:logo@shop" alt="Example Shop"><h2 style="color:#0b5cc4">Welcome, %s!</h2>'
            '<p>Your account is ready.</p><p><a href="https://shop.example/login" style="background:#0b5cc4;color:#fff;'
            'padding:8px 16px;border-radius:4px;text-decoration:none">Sign in</a></p>'
            '<img src="https://tracker.shop.example/open.gif" width="1" height="1"></div>' % user.title(), subtype="html")
        m.get_payload()[1].add_related(png(180, 36, (0x1a, 0x7f, 0x37)), "image", "png", cid="<logo@shop>")
        smtp.send_message(m, rcpt_options=["NOTIFY=FAILURE"])
with smtplib.SMTP(*server, timeout=20) as smtp:
    m = EmailMessage()
    m["From"] = "Billing <billing@shop.example>"
    m["To"] = "ann@example.com"
    m["Cc"] = "accounts@example.com"
    m["Subject"] = "Invoice 2026-0042"
    m.set_content("Your invoice is attached.\n")
    m.add_attachment(b"%PDF-1.4\n% sample\n", maintype="application", subtype="pdf", filename="invoice-2026-0042.pdf")
    m.add_attachment(b"item,total\nplan,48.00\n", maintype="text", subtype="csv", filename="items.csv")
    smtp.send_message(m)
PY

"$build_dir/app/mailscoped/mailscoped" run --listen smtp://127.0.0.1:0 --no-api --report "$scratch/report" \
    --expect-count 3 --expect 'to:ann@example.com subject:Welcome' --expect 'subject:Invoice has:attachment' \
    -- python3 "$scratch/suite.py"

shoot() { # page, picture, height
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
        --user-data-dir="$scratch/chromium" --screenshot="$2" --window-size=1280,"$3" \
        "file://$scratch/report/$1" >/dev/null 2>&1
}
mkdir -p "$out"
shoot index.html "$out/report-index.png" 900
newest=$(ls "$scratch/report/messages" | grep -E '^[0-9]+\.html$' | sort -n | sed -n 2p)
shoot "messages/$newest" "$out/report-message.png" 1000
echo "screenshots in $out"
