#include "rules/ruleshandler.h"

#include "settings.h"
#include "store/headerpeek.h"
#include "store/messagespool.h"

#include <QIODevice>
#include <QRandomGenerator>
#include <QTimer>

namespace Mailscope {

namespace {

constexpr qint64 HeadPeekLimit = 64 * 1024;

// A glob: "*" any run of characters, "?" one; everything else literal.
QString globToRegex(const QString &glob)
{
    QString out = QStringLiteral("\\A");
    for (const QChar c : glob) {
        if (c == u'*')
            out += QStringLiteral(".*");
        else if (c == u'?')
            out += u'.';
        else
            out += QRegularExpression::escape(QString(c));
    }
    return out + QStringLiteral("\\z");
}

QByteArray ruleLabel(qsizetype index, const Rule &rule)
{
    QByteArray label = "rule " + QByteArray::number(index + 1);
    if (!rule.name.isEmpty())
        label += " \"" + rule.name.toUtf8() + '"';
    return label + ": " + rule.describe().toUtf8();
}

} // namespace

RulesHandler::RulesHandler(const ServerSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
}

void RulesHandler::resetCounters()
{
    m_matchCounts.clear();
    m_seenTriples.clear();
}

const QRegularExpression &RulesHandler::compiled(const QString &pattern, bool regex)
{
    const QString key = (regex ? QStringLiteral("r:") : QStringLiteral("g:")) + pattern;
    auto it = m_patterns.find(key);
    if (it == m_patterns.end())
        it = m_patterns.insert(key, QRegularExpression(regex ? pattern : globToRegex(pattern),
                                                       QRegularExpression::CaseInsensitiveOption));
    return *it;
}

bool RulesHandler::matches(const Rule &rule, const Facts &facts)
{
    QStringList candidates;
    switch (rule.field) {
    case Rule::Field::Any:
        return true;
    case Rule::Field::Address:
        // The null sender (MAIL FROM:<>, bounces) has no address to match: a rule names it "<>".
        candidates << (facts.address.isEmpty() ? QStringLiteral("<>") : facts.address);
        break;
    case Rule::Field::ClientIp:
        // Behind a proxy, the client it names counts as well as the real peer.
        candidates << facts.session.remoteAddress.toString() << facts.session.forwarded.value(QStringLiteral("ADDR"));
        break;
    case Rule::Field::HeloName:
        candidates << facts.heloName;
        break;
    case Rule::Field::Header:
        if (facts.head.isEmpty())
            return false;
        candidates << peekHeader(facts.head, rule.header.toUtf8());
        break;
    case Rule::Field::AuthUser:
        candidates << facts.session.authUser;
        break;
    }
    if (rule.pattern.isEmpty())
        return true;
    const QRegularExpression &expression = compiled(rule.pattern, rule.regex);
    for (const QString &candidate : std::as_const(candidates))
        if (!candidate.isEmpty() && expression.match(candidate).hasMatch())
            return true;
    return false;
}

bool RulesHandler::fires(qsizetype index, const Rule &rule, const Facts &facts)
{
    // Counters are per rule position: the server resets them whenever the rule list changes.
    if (rule.everyNth > 1 && ++m_matchCounts[index] % rule.everyNth != 0)
        return false;
    if (rule.firstAttemptOnly) {
        const QString triple = QString::number(index) + u'\n' + facts.session.remoteAddress.toString() + u'\n'
            + facts.sender + u'\n' + facts.address;
        if (m_seenTriples.contains(triple))
            return false;
        m_seenTriples.insert(triple);
    }
    return rule.probability >= 100 || QRandomGenerator::global()->bounded(100.0) < rule.probability;
}

Verdict RulesHandler::verdictFor(const Rule &rule, const Facts &facts)
{
    switch (rule.action) {
    case Rule::Action::Accept:
    case Rule::Action::Delay:
        return Verdict::accept();
    case Rule::Action::Reject:
        return Verdict::withReply(Reply(rule.code, rule.enhancedCode.toUtf8(), rule.text.toUtf8()));
    case Rule::Action::Disconnect:
        return Verdict::disconnect();
    case Rule::Action::RewriteRecipient:
        break;
    }
    Verdict verdict = Verdict::accept();
    QString address = facts.address;
    verdict.rewrittenAddress = address.replace(QRegularExpression(rule.rewritePattern), rule.rewriteTo);
    return verdict;
}

void RulesHandler::evaluate(Rule::Stage stage, const Facts &facts, qsizetype from, QByteArrayList notes,
                            const Inner &inner, VerdictCallback done)
{
    const QList<Rule> &rules = m_settings->rules;
    for (qsizetype i = from; i < rules.size(); ++i) {
        const Rule &rule = rules[i];
        if (!rule.enabled || rule.stage != stage || !matches(rule, facts) || !fires(i, rule, facts))
            continue;
        notes << ruleLabel(i, rule);
        if (rule.action == Rule::Action::Delay) {
            // The wait is a timer, never a blocked event loop; then the later rules decide.
            QTimer::singleShot(rule.delayMs, this, [this, stage, facts, i, notes, inner, done] {
                evaluate(stage, facts, i + 1, notes, inner, done);
            });
            return;
        }
        Verdict verdict = verdictFor(rule, facts);
        verdict.note = notes.join("; ");
        return done(verdict);
    }
    inner([notes, done](const Verdict &innerVerdict) {
        Verdict verdict = innerVerdict;
        if (!notes.isEmpty())
            verdict.note = notes.join("; ") + (verdict.note.isEmpty() ? QByteArray() : "; " + verdict.note);
        done(verdict);
    });
}

void RulesHandler::checkConnect(const SessionInfo &session, VerdictCallback done)
{
    evaluate(Rule::Stage::Connect, { session, {}, {}, {}, {} }, 0, {},
             [this, session](VerdictCallback next) { m_inner->checkConnect(session, std::move(next)); }, std::move(done));
}

void RulesHandler::checkHelo(const SessionInfo &session, const QString &name, VerdictCallback done)
{
    evaluate(Rule::Stage::Helo, { session, {}, name, {}, {} }, 0, {},
             [this, session, name](VerdictCallback next) { m_inner->checkHelo(session, name, std::move(next)); },
             std::move(done));
}

void RulesHandler::checkTls(const SessionInfo &session, VerdictCallback done) { m_inner->checkTls(session, std::move(done)); }

void RulesHandler::checkAuth(const SessionInfo &session, const SaslCredentials &credentials, bool credentialsValid,
                             VerdictCallback done)
{
    evaluate(Rule::Stage::Auth, { session, credentials.user, session.heloName, {}, {} }, 0, {},
             [this, session, credentials, credentialsValid](VerdictCallback next) {
                 m_inner->checkAuth(session, credentials, credentialsValid, std::move(next));
             },
             std::move(done));
}

void RulesHandler::checkMailFrom(const SessionInfo &session, const QString &address, const MailParameters &parameters,
                                 VerdictCallback done)
{
    evaluate(Rule::Stage::MailFrom, { session, address, session.heloName, address, {} }, 0, {},
             [this, session, address, parameters](VerdictCallback next) {
                 m_inner->checkMailFrom(session, address, parameters, std::move(next));
             },
             std::move(done));
}

void RulesHandler::checkRcptTo(const SessionInfo &session, const Envelope &envelope, const Recipient &recipient,
                               VerdictCallback done)
{
    evaluate(Rule::Stage::RcptTo, { session, recipient.address, session.heloName, envelope.mailFrom, {} }, 0, {},
             [this, session, envelope, recipient](VerdictCallback next) {
                 m_inner->checkRcptTo(session, envelope, recipient, std::move(next));
             },
             std::move(done));
}

void RulesHandler::checkData(const SessionInfo &session, const Envelope &envelope, const MessageSpool &body,
                             VerdictCallback done)
{
    Facts facts { session, {}, session.heloName, envelope.mailFrom, {} };
    if (const std::unique_ptr<QIODevice> reader = body.openReader()) {
        facts.head = reader->read(HeadPeekLimit);
        const qsizetype end = facts.head.indexOf("\n\r\n") >= 0 ? facts.head.indexOf("\n\r\n") : facts.head.indexOf("\n\n");
        if (end >= 0)
            facts.head.truncate(end + 1);
    }
    const MessageSpool *spool = &body;
    evaluate(Rule::Stage::Data, facts, 0, {},
             [this, session, envelope, spool](VerdictCallback next) {
                 m_inner->checkData(session, envelope, *spool, std::move(next));
             },
             [this, facts, envelope, done](const Verdict &verdict) {
                 if (facts.session.protocol == Protocol::Lmtp)
                     return decideLmtpRecipients(facts, envelope, verdict, done);
                 done(verdict);
             });
}

void RulesHandler::decideLmtpRecipients(const Facts &facts, const Envelope &envelope, Verdict verdict,
                                        VerdictCallback done)
{
    if (verdict.kind == Verdict::Kind::Disconnect || verdict.rejects())
        return done(verdict);
    const QList<Rule> &rules = m_settings->rules;
    QByteArrayList notes;
    if (!verdict.note.isEmpty())
        notes << verdict.note;
    for (qsizetype r = 0; r < envelope.recipients.size(); ++r) {
        Facts recipientFacts = facts;
        recipientFacts.address = envelope.recipients[r].address;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            const Rule &rule = rules[i];
            if (!rule.enabled || rule.stage != Rule::Stage::LmtpRecipient || rule.action == Rule::Action::Delay
                || !matches(rule, recipientFacts) || !fires(i, rule, recipientFacts))
                continue;
            const Verdict decided = verdictFor(rule, recipientFacts);
            const Reply common = verdict.kind == Verdict::Kind::Reply ? verdict.reply : Reply();
            while (verdict.recipientReplies.size() < envelope.recipients.size())
                verdict.recipientReplies.append(common);
            verdict.recipientReplies[r] = decided.kind == Verdict::Kind::Reply ? decided.reply : Reply();
            notes << '<' + recipientFacts.address.toUtf8() + "> " + ruleLabel(i, rule);
            break;
        }
    }
    verdict.note = notes.join("; ");
    done(verdict);
}

bool RulesHandler::wantsBodyStream() const { return m_inner->wantsBodyStream(); }

void RulesHandler::dataStarted(const SessionInfo &session, const Envelope &envelope, QIODevice *body)
{
    m_inner->dataStarted(session, envelope, body);
}

void RulesHandler::sessionClosed(const SessionInfo &session) { m_inner->sessionClosed(session); }

} // namespace Mailscope
