#pragma once

#include "rules/rule.h"
#include "smtp/handler.h"

#include <QHash>
#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace Mailscope {

struct ServerSettings;

// Applies the settings' rules at each decision point; where no rule answers,
// the inner handler (the embedding program's, or the default) decides.
// Rules are read at every call, so a change applies to the next command.
class RulesHandler : public QObject, public SessionHandler {
    Q_OBJECT
public:
    explicit RulesHandler(const ServerSettings *settings, QObject *parent = nullptr);

    void setInner(SessionHandler *inner) { m_inner = inner; }
    // Counters ("every Nth", greylisting) start over; call it whenever the rule list changes.
    void resetCounters();

    void checkConnect(const SessionInfo &session, VerdictCallback done) override;
    void checkHelo(const SessionInfo &session, const QString &name, VerdictCallback done) override;
    void checkTls(const SessionInfo &session, VerdictCallback done) override;
    void checkAuth(const SessionInfo &session, const SaslCredentials &credentials, bool credentialsValid,
                   VerdictCallback done) override;
    void checkMailFrom(const SessionInfo &session, const QString &address, const MailParameters &parameters,
                       VerdictCallback done) override;
    void checkRcptTo(const SessionInfo &session, const Envelope &envelope, const Recipient &recipient,
                     VerdictCallback done) override;
    void checkData(const SessionInfo &session, const Envelope &envelope, const MessageSpool &body,
                   VerdictCallback done) override;
    [[nodiscard]] bool wantsBodyStream() const override;
    void dataStarted(const SessionInfo &session, const Envelope &envelope, QIODevice *body) override;
    void sessionClosed(const SessionInfo &session) override;

private:
    // What a rule may match on at one decision point.
    struct Facts {
        SessionInfo session;
        QString address; // sender, recipient or AUTH user, by stage
        QString heloName;
        QString sender;
        QByteArray head; // the message's header block, at end of data
    };
    using Inner = std::function<void(VerdictCallback)>;

    void evaluate(Rule::Stage stage, const Facts &facts, qsizetype from, QByteArrayList notes, const Inner &inner,
                  VerdictCallback done);
    [[nodiscard]] bool matches(const Rule &rule, const Facts &facts);
    [[nodiscard]] bool fires(qsizetype index, const Rule &rule, const Facts &facts);
    [[nodiscard]] Verdict verdictFor(const Rule &rule, const Facts &facts);
    [[nodiscard]] const QRegularExpression &compiled(const QString &pattern, bool regex);
    void decideLmtpRecipients(const Facts &facts, const Envelope &envelope, Verdict verdict, VerdictCallback done);

    const ServerSettings *m_settings;
    SessionHandler m_defaultInner;
    SessionHandler *m_inner = &m_defaultInner;
    QHash<qsizetype, qint64> m_matchCounts; // by rule position
    QSet<QString> m_seenTriples;
    QHash<QString, QRegularExpression> m_patterns;
};

} // namespace Mailscope
