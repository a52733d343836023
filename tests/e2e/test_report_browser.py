"""The --report pages in a real browser: headless Chromium opens index.html and a message page from disk
(file://, no server) and draws them; the HTML part shows its cid: image and runs none of its script.

Skipped (exit 77) when Chromium is not installed (scripts/install-deps.sh installs it)."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mailscoped_fixture import HOST, run_daemon_expecting_exit  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
IDENTIFY = shutil.which("identify")

# The HTML part: a magenta cid: image (must show) and a script that would paint the page green (must not run).
SENDER = r"""
import os, smtplib, struct, zlib
from email.message import EmailMessage

def png(size, rgb):
    row = b"\x00" + bytes(rgb) * size
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * size)) + chunk(b"IEND", b""))

m = EmailMessage()
m["From"] = "Shop <shop@example.org>"
m["To"] = "ci@example.com"
m["Subject"] = "Your order <b>#42</b>"
m.set_content("Your order is on its way.\n")
m.add_alternative('<div style="padding:8px"><h1>Order 42</h1><img src="cid:logo@shop" width="96" height="96"></div>'
                  '<script>document.documentElement.style.background = "#00ff00";'
                  'document.body.innerHTML = "";</script>', subtype="html")
m.get_payload()[1].add_related(png(96, (255, 0, 255)), "image", "png", cid="<logo@shop>", filename="logo.png")
with smtplib.SMTP(os.environ["MAILSCOPE_SMTP_HOST"], int(os.environ["MAILSCOPE_SMTP_PORT"]), timeout=10) as s:
    s.send_message(m)
"""


def magick(path, expression):
    """An ImageMagick fx expression evaluated over the picture."""
    out = subprocess.run([IDENTIFY, "-format", expression, path], capture_output=True, check=True, timeout=60)
    return out.stdout.decode().strip()


def share_of(path, colour):
    """The share of pixels (0..1) within a little of `colour` ("#ff00ff")."""
    convert = shutil.which("convert")
    out = subprocess.run([convert, path, "-alpha", "off", "-fuzz", "8%", "-fill", "black", "+opaque", colour,
                          "-fill", "white", "-opaque", colour, "-colorspace", "Gray", "-format", "%[fx:mean]", "info:"],
                         capture_output=True, check=True, timeout=60)
    return float(out.stdout.decode().strip())


class ReportInBrowserTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="mailscope-report-browser-")
        cls.report = os.path.join(cls.dir, "report")
        code, out, err = run_daemon_expecting_exit(
            ["run", "--listen", "smtp://%s:0" % HOST, "--no-api", "--report", cls.report, "--expect-count", "1",
             "--", sys.executable, "-c", SENDER], timeout=60)
        if code != 0:
            raise AssertionError("mailscoped run failed (%d): %s %s" % (code, out, err))

    @classmethod
    def tearDownClass(cls):
        if not os.environ.get("MAILSCOPE_E2E_KEEP"):
            shutil.rmtree(cls.dir, ignore_errors=True)

    def screenshot(self, page, height):
        """Chromium's picture of a report page opened from disk."""
        png = os.path.join(self.dir, page.replace("/", "-") + ".png")
        profile = tempfile.mkdtemp(prefix="chromium-", dir=self.dir)
        url = "file://" + os.path.join(self.report, page)
        result = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                 "--no-first-run", "--user-data-dir=" + profile, "--screenshot=" + png,
                                 "--window-size=1280,%d" % height, url],
                                stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        self.assertTrue(os.path.isfile(png) and os.path.getsize(png) > 0,
                        "no screenshot of %s: %s" % (url, result.stderr.decode("utf-8", "replace")[-2000:]))
        return png

    def assert_not_blank(self, png):
        width, height, deviation = magick(png, "%w %h %[fx:standard_deviation]").split()
        self.assertEqual((int(width), int(height))[0], 1280)
        # A blank (or all one colour) page has no deviation; text, tables and cards give plenty.
        self.assertGreater(float(deviation), 0.05, png)

    def test_the_index_is_drawn(self):
        png = self.screenshot("index.html", 900)
        self.assert_not_blank(png)

    def test_a_message_page_shows_the_html_part_without_its_script(self):
        png = self.screenshot("messages/1.html", 1600)
        self.assert_not_blank(png)
        # 96x96 magenta image in the sandboxed frame: loaded from messages/1/ although the page is file://.
        self.assertGreater(share_of(png, "#ff00ff") * 1280 * 1600, 0.8 * 96 * 96, "the cid: image is not shown")
        self.assertEqual(share_of(png, "#00ff00"), 0.0, "the HTML part's script ran")


if __name__ == "__main__":
    if CHROMIUM is None or IDENTIFY is None:
        print("chromium or ImageMagick is not installed: the browser test of the report is skipped")
        sys.exit(77)
    unittest.main(verbosity=2)
