// Nodemailer's smtp-server as a reference sink for bench/run.sh: accepts every message and
// streams its body to /dev/null. Prints {"event":"listening","port":N} once it listens.
//   node sink.js [--port N] [--no-pipelining]
'use strict';

const fs = require('fs');
const { SMTPServer } = require('smtp-server');

const args = process.argv.slice(2);
const portIndex = args.indexOf('--port');
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;

// One /dev/null stream for all messages: opening it per message would measure open(2), not SMTP.
const devNull = fs.createWriteStream('/dev/null');

const server = new SMTPServer({
    logger: false,
    banner: 'smtp-server sink',
    authOptional: true,
    // Like mailscoped --no-reverse-dns: a lookup per connection would measure the resolver.
    disableReverseLookup: true,
    hidePIPELINING: args.includes('--no-pipelining'),
    maxClients: Infinity,
    // STARTTLS stays offered with smtp-server's built-in self-signed certificate.
    onData(stream, session, callback) {
        stream.pipe(devNull, { end: false });
        stream.on('end', () => callback());
    },
});
server.on('error', (error) => console.error(JSON.stringify({ event: 'error', message: String(error) })));
server.listen(port, '127.0.0.1', () => {
    console.log(JSON.stringify({ event: 'listening', port: server.server.address().port }));
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
