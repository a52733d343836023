// Drives mailscoped's API with the real npm client `mailpit-api`, as a Mailpit user's CI would.
// Run by tests/e2e/test_mailpit_api.py, which starts the daemon and sends three messages first:
//   "plain one" (text), "with attachment" (text, HTML with a cid: image, report.pdf), "plain two".
// Then, on the emptied mailbox: sendMessage, the chaos triggers (when the daemon has --enable-chaos)
// and, where node has a WebSocket (node 22, or 20 with --experimental-websocket), /api/events.
// Usage: node test_mailpit_api.mjs API_URL [USER:PASSWORD]
import assert from "node:assert/strict";
import { MailpitClient } from "mailpit-api";

const [url, credentials] = process.argv.slice(2);
const auth = credentials ? { username: credentials.split(":")[0], password: credentials.split(":").slice(1).join(":") } : undefined;
const mailpit = new MailpitClient(url, auth ? { auth } : undefined);

let failures = 0;
async function check(name, body) {
    try {
        await body();
        console.log(`ok - ${name}`);
    } catch (error) {
        failures++;
        console.log(`not ok - ${name}\n  ${String(error?.stack ?? error).split("\n").join("\n  ")}`);
    }
}

const bySubject = async (subject) => {
    const found = await mailpit.searchMessages({ query: `subject:"${subject}"` });
    assert.equal(found.messages_count, 1, `one message called "${subject}"`);
    return found.messages[0];
};

await check("listMessages shows every message, newest first, with Mailpit's fields", async () => {
    const list = await mailpit.listMessages();
    assert.equal(list.total, 3);
    assert.equal(list.messages_count, 3);
    assert.equal(list.unread, 3);
    assert.equal(list.start, 0);
    assert.deepEqual(list.tags, []);
    assert.deepEqual(list.messages.map((m) => m.Subject), ["plain two", "with attachment", "plain one"]);
    const m = list.messages[1];
    assert.equal(typeof m.ID, "string");
    assert.equal(m.Read, false);
    assert.deepEqual(m.From, { Name: "Alice Sender", Address: "alice@example.com" });
    assert.deepEqual(m.To, [{ Name: "Bob", Address: "bob@example.com" }]);
    assert.deepEqual(m.Cc, [{ Name: "", Address: "carol@example.com" }]);
    assert.deepEqual(m.Bcc, [{ Name: "", Address: "hidden@example.com" }]);
    assert.equal(m.MessageID, "attach-1@example.com");
    assert.equal(m.Attachments, 1);
    assert.ok(m.Size > 100);
    assert.match(m.Snippet, /^Please find the report/);
    assert.ok(!Number.isNaN(Date.parse(m.Created)), `Created is a date: ${m.Created}`);
    assert.deepEqual((await mailpit.listMessages(1, 1)).messages.map((x) => x.Subject), ["with attachment"]);
});

await check("searchMessages finds by subject, sender and recipient", async () => {
    assert.equal((await mailpit.searchMessages({ query: "subject:plain" })).messages_count, 2);
    assert.equal((await mailpit.searchMessages({ query: "from:alice@example.com" })).messages_count, 3);
    assert.equal((await mailpit.searchMessages({ query: "to:carol@example.com" })).messages_count, 1);
    assert.equal((await mailpit.searchMessages({ query: "has:attachment" })).messages_count, 1);
    assert.equal((await mailpit.searchMessages({ query: "nothing-matches-this" })).messages_count, 0);
});

await check("getMessageSummary gives the bodies and attachments and marks the message read", async () => {
    const { ID } = await bySubject("with attachment");
    const message = await mailpit.getMessageSummary(ID);
    assert.equal(message.ID, ID);
    assert.equal(message.Subject, "with attachment");
    assert.equal(message.MessageID, "attach-1@example.com");
    assert.match(message.Text, /Please find the report attached\./);
    assert.match(message.HTML, /<b>report<\/b>/);
    assert.deepEqual(message.ReplyTo, [{ Name: "", Address: "replies@example.com" }]);
    assert.equal(message.ReturnPath, "bounces@example.com");
    assert.equal(message.Attachments.length, 1);
    assert.equal(message.Attachments[0].FileName, "report.pdf");
    assert.equal(message.Attachments[0].ContentType, "application/pdf");
    assert.equal(message.Attachments[0].Size, 13);
    assert.equal(message.Inline.length, 1);
    assert.equal(message.Inline[0].ContentID, "logo@example.com");
    assert.ok(!Number.isNaN(Date.parse(message.Date)));
    assert.equal((await bySubject("with attachment")).Read, true);
    assert.equal((await mailpit.listMessages()).unread, 2);
    assert.equal((await mailpit.getMessageSummary()).Subject, "plain two", "latest by default");
});

await check("getMessageHeaders, getMessageSource and getMessageAttachment", async () => {
    const { ID } = await bySubject("with attachment");
    const headers = await mailpit.getMessageHeaders(ID);
    assert.deepEqual(headers.Subject, ["with attachment"]);
    assert.deepEqual(headers["Message-Id"], ["<attach-1@example.com>"]);
    assert.deepEqual(headers["X-Custom"], ["one", "two"]);
    const source = await mailpit.getMessageSource(ID);
    assert.match(source, /^Subject: with attachment\r?$/m);
    const summary = await mailpit.getMessageSummary(ID);
    const blob = await mailpit.getMessageAttachment(ID, summary.Attachments[0].PartID);
    assert.equal(blob.type, "application/pdf");
    assert.equal(Buffer.from(await blob.arrayBuffer()).toString(), "%PDF-1.4 test");
    const logo = await mailpit.getMessageAttachment(ID, summary.Inline[0].PartID);
    assert.equal(logo.type, "image/png");
});

await check("renderMessageHTML links cid: images to their parts; renderMessageText gives the text", async () => {
    const { ID } = await bySubject("with attachment");
    const html = await mailpit.renderMessageHTML(ID);
    assert.match(html, new RegExp(`src="/api/v1/message/${ID}/part/[0-9.]+"`));
    assert.match(await mailpit.renderMessageText(ID), /Please find the report attached\./);
});

await check("setReadStatus by IDs, by search and for all", async () => {
    const { ID } = await bySubject("with attachment");
    await mailpit.setReadStatus({ IDs: [ID], Read: false });
    assert.equal((await bySubject("with attachment")).Read, false);
    await mailpit.setReadStatus({ Search: "subject:plain", Read: true });
    assert.equal((await mailpit.listMessages()).unread, 1);
    await mailpit.setReadStatus({ Read: true });
    assert.equal((await mailpit.listMessages()).unread, 0);
    await mailpit.setReadStatus();
    assert.equal((await mailpit.listMessages()).unread, 3);
});

await check("setTags, getTags, renameTag and deleteTag", async () => {
    const { ID } = await bySubject("plain one");
    await mailpit.setTags({ IDs: [ID], Tags: ["ci", "api test"] });
    assert.deepEqual(await mailpit.getTags(), ["api test", "ci"]);
    assert.deepEqual((await bySubject("plain one")).Tags, ["api test", "ci"]);
    assert.equal((await mailpit.searchMessages({ query: "tag:ci" })).messages_count, 1);
    await mailpit.renameTag("api test", "renamed");
    assert.deepEqual(await mailpit.getTags(), ["ci", "renamed"]);
    await mailpit.deleteTag("ci");
    assert.deepEqual(await mailpit.getTags(), ["renamed"]);
    assert.deepEqual((await mailpit.getInfo()).Tags, { renamed: 1 });
    await mailpit.setTags({ IDs: [ID] });
    assert.deepEqual(await mailpit.getTags(), []);
});

await check("getInfo counts messages", async () => {
    const info = await mailpit.getInfo();
    assert.equal(info.Messages, 3);
    assert.equal(info.Unread, 3);
    assert.equal(info.RuntimeStats.SMTPAccepted, 3);
    assert.equal(typeof info.Version, "string");
});

await check("waitForMessage and waitForMessages", async () => {
    const message = await mailpit.waitForMessage({ query: "subject:\"plain one\"" }, { timeout: 2000, interval: 100 });
    assert.equal(message.Subject, "plain one");
    const list = await mailpit.waitForMessages({ query: "from:alice@example.com", count: 3, exact: true }, { timeout: 2000, interval: 100 });
    assert.equal(list.messages_count, 3);
});

await check("unknown and malformed IDs are errors", async () => {
    await assert.rejects(mailpit.getMessageSummary("999999"), /404/);
    await assert.rejects(mailpit.getMessageSource("not-an-id"), /400/);
    await assert.rejects(mailpit.searchMessages({ query: "" }), /400/);
});

await check("deleteMessagesBySearch, deleteMessages by IDs and all", async () => {
    await mailpit.deleteMessagesBySearch({ query: "subject:\"plain two\"" });
    assert.deepEqual((await mailpit.listMessages()).messages.map((m) => m.Subject), ["with attachment", "plain one"]);
    const { ID } = await bySubject("plain one");
    await mailpit.deleteMessages({ IDs: [ID] });
    assert.equal((await mailpit.listMessages()).total, 1);
    await mailpit.deleteMessages();
    const empty = await mailpit.waitForMessages({ count: 0 }, { timeout: 2000, interval: 100 });
    assert.equal(empty.total, 0);
    await assert.rejects(mailpit.getMessageSummary(), /404/, "no latest message in an empty mailbox");
});

const waitFor = async (condition, what) => {
    const deadline = Date.now() + 5000;
    while (!condition()) {
        assert.ok(Date.now() < deadline, `timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
};

await check("sendMessage builds a message that reads back as sent", async () => {
    const { ID } = await mailpit.sendMessage({
        From: { Email: "api@example.com", Name: "API Sender" },
        To: [{ Email: "to@example.com", Name: "To Person" }],
        Cc: [{ Email: "cc@example.com" }],
        Bcc: ["hidden@example.com"],
        ReplyTo: [{ Email: "replies@example.com" }],
        Subject: "sent through the API ✓",
        Text: "The text body.",
        HTML: "<p>The <b>HTML</b> body.</p>",
        Attachments: [{ Content: Buffer.from("hello attachment").toString("base64"), Filename: "hello.txt", ContentType: "text/plain" }],
        Headers: { "X-Sent-By": "mailpit-api" },
        Tags: ["api"],
    });
    assert.equal(typeof ID, "string");
    const message = await mailpit.getMessageSummary(ID);
    assert.equal(message.Subject, "sent through the API ✓");
    assert.deepEqual(message.From, { Name: "API Sender", Address: "api@example.com" });
    assert.deepEqual(message.To, [{ Name: "To Person", Address: "to@example.com" }]);
    assert.deepEqual(message.Cc, [{ Name: "", Address: "cc@example.com" }]);
    assert.deepEqual(message.Bcc, [{ Name: "", Address: "hidden@example.com" }]);
    assert.deepEqual(message.ReplyTo, [{ Name: "", Address: "replies@example.com" }]);
    assert.match(message.Text, /The text body\./);
    assert.match(message.HTML, /<b>HTML<\/b>/);
    assert.equal(message.Attachments.length, 1);
    assert.equal(message.Attachments[0].FileName, "hello.txt");
    const blob = await mailpit.getMessageAttachment(ID, message.Attachments[0].PartID);
    assert.equal(Buffer.from(await blob.arrayBuffer()).toString(), "hello attachment");
    assert.deepEqual(message.Tags, ["api"]);
    assert.deepEqual((await mailpit.getMessageHeaders(ID))["X-Sent-By"], ["mailpit-api"]);
    await assert.rejects(mailpit.sendMessage({ To: [{ Email: "to@example.com" }] }), /400/, "no From");
    await assert.rejects(mailpit.sendMessage({ From: { Email: "api@example.com" }, To: [] }), /400/, "no recipients");
    await mailpit.deleteMessages({ IDs: [ID] });
});

await check("getChaosTriggers and setChaosTriggers (400 when chaos is off, as in Mailpit)", async () => {
    if (!(await mailpit.getConfiguration()).ChaosEnabled) {
        await assert.rejects(mailpit.getChaosTriggers(), /400/);
        await assert.rejects(mailpit.setChaosTriggers(), /400/);
        return;
    }
    const off = { ErrorCode: 451, Probability: 0 };
    assert.deepEqual(await mailpit.getChaosTriggers(), { Sender: off, Recipient: off, Authentication: { ErrorCode: 535, Probability: 0 } });
    const set = await mailpit.setChaosTriggers({ Sender: { ErrorCode: 421, Probability: 5 } });
    assert.deepEqual(set, { Sender: { ErrorCode: 421, Probability: 5 }, Recipient: off, Authentication: { ErrorCode: 535, Probability: 0 } });
    assert.deepEqual(await mailpit.getChaosTriggers(), set);
    await assert.rejects(mailpit.setChaosTriggers({ Recipient: { ErrorCode: 200, Probability: 5 } }), /400/);
    assert.equal((await mailpit.setChaosTriggers()).Sender.Probability, 0);
});

await check("the /api/events WebSocket sends Mailpit's new, stats and delete frames", async () => {
    if (typeof WebSocket === "undefined" || auth) {
        console.log("# skipped: no WebSocket in this node, or credentials that a WebSocket cannot send");
        return;
    }
    const socket = new WebSocket(url.replace(/^http/, "ws") + "/api/events");
    const frames = [];
    socket.onmessage = (event) => frames.push(JSON.parse(event.data));
    await new Promise((resolve, reject) => {
        socket.onopen = resolve;
        socket.onerror = () => reject(new Error("the WebSocket did not open"));
    });
    const { ID } = await mailpit.sendMessage({ From: { Email: "live@example.com" }, To: [{ Email: "to@example.com" }], Subject: "live" });
    await waitFor(() => frames.some((f) => f.Type === "new") && frames.some((f) => f.Type === "stats"), "new and stats");
    const created = frames.find((f) => f.Type === "new").Data;
    assert.equal(created.ID, ID);
    assert.equal(created.Subject, "live");
    assert.deepEqual(created.From, { Name: "", Address: "live@example.com" });
    assert.equal(frames.findLast((f) => f.Type === "stats").Data.Total, 1);
    await mailpit.deleteMessages({ IDs: [ID] });
    await waitFor(() => frames.some((f) => f.Type === "delete"), "delete");
    assert.deepEqual(frames.find((f) => f.Type === "delete").Data, { ID });
    socket.close();
});

console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);
