"""A small aiosmtpd server (Debian's python3-aiosmtpd) for the client and relay tests: rejects nobody@*,
answers slow@* after two seconds, accepts AUTH u:p; prints DATA and SUBJECT lines per message."""

import asyncio
import email
import sys
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.startswith("nobody@"):
            return "550 5.1.1 No such user"
        if address.startswith("slow@"):
            await asyncio.sleep(2)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        print("DATA", envelope.mail_from, ",".join(envelope.rcpt_tos), flush=True)
        print("SUBJECT", email.message_from_bytes(envelope.original_content).get("Subject", ""), flush=True)
        return "250 Message accepted"

def authenticator(server, session, envelope, mechanism, auth_data):
    # handled=False: aiosmtpd then answers 535 itself.
    return AuthResult(success=auth_data.login == b"u" and auth_data.password == b"p", handled=False)

controller = Controller(Handler(), hostname="127.0.0.1", port=int(sys.argv[1]), authenticator=authenticator,
                        auth_require_tls=False)
controller.start()
print("READY", flush=True)
sys.stdin.read()
controller.stop()

