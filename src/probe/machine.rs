//! The probe session as a sans-I/O state machine, the same for every protocol: it is fed the
//! server's bytes and says what to send next. What differs between SMTP, IMAP, POP3 and
//! ManageSieve (framing, commands, what a reply means) is the session's [`Dialect`]
//! (`protocol.rs`); the driver (`driver.rs`) does the sockets and TLS; tests feed scripted bytes.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::probe::capabilities::Capabilities;
use crate::probe::imap::Imap;
use crate::probe::pop3::Pop3;
use crate::probe::protocol::{
    AuthStart, Command, Dialect, Protocol, Response, ResponseError, ServerReply, Status,
};
use crate::probe::sieve::Sieve;
use crate::probe::smtp::Smtp;
use crate::sasl::b64;
use crate::sasl::client::ClientMechanism;
use crate::sasl::scram::ChannelBinding;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// STARTTLS when offered, cleartext otherwise.
    Auto,
    /// STARTTLS or fail.
    Starttls,
    /// TLS from the first byte (ports 465, 993, 995).
    Implicit,
    /// Never TLS.
    None,
}

impl TlsMode {
    /// The name in reports (`tls_mode` in the JSON): stable, unlike the Debug form.
    pub fn name(self) -> &'static str {
        match self {
            TlsMode::Auto => "auto",
            TlsMode::Starttls => "starttls",
            TlsMode::Implicit => "implicit",
            TlsMode::None => "none",
        }
    }
}

/// What this session is for.
pub enum Goal {
    /// Greeting and capabilities only.
    Capabilities,
    /// Start each of these mechanisms and cancel it (only advertised ones are sent).
    SafeProbe(Vec<String>),
    /// Capabilities, then the safe probe of the first this-many mechanisms offered in the last
    /// phase: the first session of a safe probe does both.
    CapabilitiesThenProbe(usize),
    /// Authenticate with this mechanism.
    Authenticate(Box<dyn ClientMechanism>),
}

pub struct Options {
    pub protocol: Protocol,
    /// The name SMTP and LMTP greet with.
    pub helo: String,
    pub tls: TlsMode,
    /// Send PLAIN or LOGIN over a connection without TLS.
    pub allow_plaintext: bool,
    /// Keep secrets in the transcript.
    pub show_secrets: bool,
}

/// What the driver must do next.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    /// Write these bytes (CRLF included).
    Send(Vec<u8>),
    /// Send nothing; wait for the server's next response (ManageSieve's capabilities after TLS).
    Receive,
    /// Do the TLS handshake now, then call [`Session::on_tls`].
    StartTls,
    /// Close the connection: the session is over.
    Close,
}

/// How the session ended. Internal: the report turns it into `report::SessionResult`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The session did what it was for (capabilities, safe probe).
    Completed,
    Authenticated {
        reply: ServerReply,
    },
    /// The server said no; `credentials`: it said the credentials were wrong (not the mechanism).
    Rejected {
        reply: ServerReply,
        credentials: bool,
    },
    TemporaryFailure {
        reply: ServerReply,
    },
    NotOffered {
        mechanism: String,
    },
    /// Our own policy declined (PLAIN/LOGIN without TLS): nothing was sent.
    Declined {
        reason: String,
    },
    StarttlsUnavailable {
        reason: String,
    },
    /// The server broke the protocol (or answered in a way no server of it should).
    ProtocolError {
        reason: String,
    },
    /// The server refused or ended the session (a refusing greeting, a `BYE`).
    Refused {
        reply: ServerReply,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseRecord {
    pub tls: bool,
    pub capabilities: Capabilities,
}

/// The answer to starting a mechanism in a safe probe (the exchange was then cancelled).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MechanismProbe {
    pub mechanism: String,
    pub tls: bool,
    /// The answer's status as the protocol spells it: `334`, `+`, `NO`, `-ERR`.
    pub status: String,
    /// The server would go on with this mechanism (it sent a continuation).
    pub proceeds: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TranscriptLine {
    /// `C` for the client, `S` for the server.
    pub from: char,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Timing {
    pub step: String,
    pub micros: u128,
}

/// Everything one session learned.
#[derive(Debug, Clone, Default)]
pub struct SessionRecord {
    pub banner: Option<String>,
    pub phases: Vec<PhaseRecord>,
    pub probes: Vec<MechanismProbe>,
    pub mechanism: Option<String>,
    pub outcome: Option<Outcome>,
    pub transcript: Vec<TranscriptLine>,
    pub timings: Vec<Timing>,
    /// The server answered AUTH with something positive that is no AUTH reply (SMTP's 250).
    pub odd_auth_reply: Option<String>,
    /// STARTTLS was offered but refused or failed, and the session went on in cleartext.
    pub starttls_refused: Option<String>,
}

enum State {
    Greeting,
    Capabilities,
    StartTls,
    ProbeAuth(usize),
    ProbeCancel(usize),
    Auth,
    Quit,
    Done,
}

pub struct Session {
    /// The TLS session's channel-binding data, for SCRAM-*-PLUS.
    channel_binding: Option<ChannelBinding>,
    dialect: Box<dyn Dialect>,
    options: Options,
    goal: Goal,
    state: State,
    tls: bool,
    pending: Option<Command>,
    challenges: usize,
    pub record: SessionRecord,
}

/// The dialect of one session; `helo` is the name SMTP and LMTP greet with.
pub fn dialect_for(protocol: Protocol, helo: &str) -> Box<dyn Dialect> {
    match protocol {
        Protocol::Smtp => Box::new(Smtp::new(helo, false)),
        Protocol::Lmtp => Box::new(Smtp::new(helo, true)),
        Protocol::Imap => Box::new(Imap::default()),
        Protocol::Pop3 => Box::new(Pop3::default()),
        Protocol::Sieve => Box::new(Sieve::default()),
    }
}

/// Challenges answered in one exchange. Real mechanisms need at most three (DIGEST-MD5, SCRAM
/// and LOGIN need two); a server that keeps sending continuations is flooding, and is cancelled.
pub const MAX_CHALLENGES: usize = 8;

/// Transcript lines kept per session; a hostile server cannot grow the report without bound.
pub const MAX_TRANSCRIPT: usize = 400;

impl Session {
    pub fn new(options: Options, goal: Goal) -> Session {
        let tls = options.tls == TlsMode::Implicit;
        Session {
            channel_binding: None,
            dialect: dialect_for(options.protocol, &options.helo),
            options,
            goal,
            state: State::Greeting,
            tls,
            pending: None,
            challenges: 0,
            record: SessionRecord::default(),
        }
    }

    pub fn is_tls(&self) -> bool {
        self.tls
    }

    /// The outcome is known and only the answer to the quit command is awaited: a server that
    /// closes the connection now (Dovecot's submission server may, once its relay fails) changes
    /// nothing.
    pub fn awaiting_quit_reply(&self) -> bool {
        matches!(self.state, State::Quit) && self.record.outcome.is_some()
    }

    /// What the driver learned from the TLS handshake, for the -PLUS mechanisms.
    pub fn set_channel_binding(&mut self, binding: Option<ChannelBinding>) {
        self.channel_binding = binding;
    }

    /// Bytes from the server.
    pub fn receive(&mut self, bytes: &[u8]) {
        self.dialect.push(bytes);
    }

    /// Bytes received and not yet part of a response.
    pub fn buffered(&self) -> usize {
        self.dialect.buffered()
    }

    /// The action for the next complete response, `Ok(None)` while more bytes are needed;
    /// `waited` is how long the driver waited for it.
    pub fn poll(&mut self, waited: Duration) -> Result<Option<Action>, ResponseError> {
        match self.dialect.next_response()? {
            Some(response) => Ok(Some(self.on_response(response, waited))),
            None => Ok(None),
        }
    }

    fn on_response(&mut self, response: Response, waited: Duration) -> Action {
        for line in &response.lines {
            self.keep_line('S', line.clone());
        }
        let step = self.step_name();
        self.record.timings.push(Timing { step, micros: waited.as_micros() });
        match std::mem::replace(&mut self.state, State::Done) {
            State::Greeting => self.on_greeting(&response),
            State::Capabilities => self.on_capabilities(&response),
            State::StartTls => self.on_starttls(&response),
            State::ProbeAuth(i) => self.on_probe_auth(i, &response),
            State::ProbeCancel(_) if response.status == Status::Bye => Action::Close,
            State::ProbeCancel(i) => self.next_probe(i + 1),
            State::Auth => self.on_auth(&response),
            State::Quit | State::Done => Action::Close,
        }
    }

    /// The TLS handshake after STARTTLS succeeded: everything learned before is forgotten and
    /// the capabilities are asked for again (RFC 3207, RFC 2595, RFC 5804).
    pub fn on_tls(&mut self) -> Action {
        self.tls = true;
        self.ask_capabilities()
    }

    /// STARTTLS went wrong in the driver; in `auto` mode the caller may go on without it.
    pub fn fail(&mut self, outcome: Outcome) -> Action {
        self.record.outcome = Some(outcome);
        self.state = State::Done;
        Action::Close
    }

    fn step_name(&self) -> String {
        let phase = if self.tls { "tls" } else { "cleartext" };
        match &self.state {
            State::Greeting => "banner".into(),
            State::Capabilities => format!("{} ({phase})", self.dialect.capability_verb()),
            State::StartTls => "STARTTLS".into(),
            State::ProbeAuth(_) | State::ProbeCancel(_) => format!("safe probe step ({phase})"),
            State::Auth => format!("SASL round trip ({phase})"),
            State::Quit | State::Done => "QUIT".into(),
        }
    }

    fn send(&mut self, command: Command) -> Action {
        self.keep_line('C', command.shown(self.options.show_secrets));
        let mut bytes = command.text.into_bytes();
        bytes.extend_from_slice(b"\r\n");
        Action::Send(bytes)
    }

    /// Adds a transcript line while there is room; the first line past the cap says so.
    fn keep_line(&mut self, from: char, text: String) {
        let kept = self.record.transcript.len();
        if kept < MAX_TRANSCRIPT {
            self.record.transcript.push(TranscriptLine { from, text });
        } else if kept == MAX_TRANSCRIPT {
            let text = format!("(transcript cut at {MAX_TRANSCRIPT} lines)");
            self.record.transcript.push(TranscriptLine { from: '-', text });
        }
    }

    fn finish(&mut self, outcome: Outcome) -> Action {
        self.record.outcome = Some(outcome);
        self.state = State::Quit;
        let quit = self.dialect.quit();
        self.send(quit)
    }

    fn on_greeting(&mut self, greeting: &Response) -> Action {
        self.record.banner = Some(greeting.text.clone());
        if greeting.status != Status::Ok {
            return self.fail(Outcome::Refused { reply: greeting.reply() });
        }
        match self.dialect.greeting_capabilities(greeting) {
            Some(capabilities) => self.on_capabilities_known(capabilities),
            None => self.ask_capabilities(),
        }
    }

    fn ask_capabilities(&mut self) -> Action {
        self.state = State::Capabilities;
        match self.dialect.capability_command() {
            Some(command) => self.send(command),
            None => Action::Receive,
        }
    }

    fn on_capabilities(&mut self, response: &Response) -> Action {
        if response.status == Status::Bye {
            return self.fail(Outcome::Refused { reply: response.reply() });
        }
        if response.status != Status::Ok {
            return self.finish(Outcome::Refused { reply: response.reply() });
        }
        let capabilities = self.dialect.capabilities(response);
        self.on_capabilities_known(capabilities)
    }

    fn on_capabilities_known(&mut self, capabilities: Capabilities) -> Action {
        let offers_starttls = capabilities.starttls;
        self.record.phases.push(PhaseRecord { tls: self.tls, capabilities });
        if !self.tls && matches!(self.options.tls, TlsMode::Auto | TlsMode::Starttls) {
            if offers_starttls {
                self.state = State::StartTls;
                let command = self.dialect.starttls();
                return self.send(command);
            }
            if self.options.tls == TlsMode::Starttls {
                return self.finish(Outcome::StarttlsUnavailable {
                    reason: "the server does not offer STARTTLS".into(),
                });
            }
        }
        self.begin_goal()
    }

    fn on_starttls(&mut self, response: &Response) -> Action {
        if response.status == Status::Ok {
            return Action::StartTls;
        }
        let reason = format!("STARTTLS answered {}", response.summary());
        if self.options.tls == TlsMode::Starttls || response.status == Status::Bye {
            return self.finish(Outcome::StarttlsUnavailable { reason });
        }
        self.record.starttls_refused = Some(reason);
        self.begin_goal()
    }

    fn capabilities_now(&self) -> Capabilities {
        self.record.phases.last().map(|p| p.capabilities.clone()).unwrap_or_default()
    }

    fn begin_goal(&mut self) -> Action {
        match &self.goal {
            Goal::Capabilities => self.finish(Outcome::Completed),
            Goal::CapabilitiesThenProbe(count) => {
                let mut offered = self.capabilities_now().all_mechanisms();
                offered.truncate(*count);
                self.goal = Goal::SafeProbe(offered);
                self.next_probe(0)
            }
            Goal::SafeProbe(_) => self.next_probe(0),
            Goal::Authenticate(_) => self.begin_auth(),
        }
    }

    fn next_probe(&mut self, from: usize) -> Action {
        let capabilities = self.capabilities_now();
        let offered = capabilities.all_mechanisms();
        let Goal::SafeProbe(mechanisms) = &self.goal else {
            return self.finish(Outcome::Completed);
        };
        match (from..mechanisms.len()).find(|&i| offered.contains(&mechanisms[i])) {
            Some(i) => {
                let name = mechanisms[i].clone();
                self.state = State::ProbeAuth(i);
                match self.dialect.authenticate(&name, None, &capabilities) {
                    AuthStart::Inline(command) | AuthStart::Separate { command, .. } => self.send(command),
                }
            }
            None => self.finish(Outcome::Completed),
        }
    }

    fn on_probe_auth(&mut self, i: usize, response: &Response) -> Action {
        let Goal::SafeProbe(mechanisms) = &self.goal else {
            return self.finish(Outcome::Completed);
        };
        let probe = MechanismProbe {
            mechanism: mechanisms[i].clone(),
            tls: self.tls,
            status: response.word.clone(),
            proceeds: response.status == Status::Continue,
        };
        self.record.probes.push(probe);
        match response.status {
            Status::Continue => {
                self.state = State::ProbeCancel(i);
                let cancel = self.dialect.cancel();
                self.send(cancel)
            }
            Status::Bye => self.fail(Outcome::Refused { reply: response.reply() }),
            Status::Ok | Status::Unexpected => {
                self.note_odd_auth_reply(response);
                self.next_probe(i + 1)
            }
            _ => self.next_probe(i + 1),
        }
    }

    fn note_odd_auth_reply(&mut self, response: &Response) {
        self.record.odd_auth_reply.get_or_insert_with(|| {
            format!("the server answered AUTH with {}, which is not an AUTH reply", response.word)
        });
    }

    fn begin_auth(&mut self) -> Action {
        let capabilities = self.capabilities_now();
        let offered = capabilities.all_mechanisms();
        let tls = self.tls;
        let allow_plaintext = self.options.allow_plaintext;
        let Goal::Authenticate(mechanism) = &mut self.goal else {
            return self.finish(Outcome::Completed);
        };
        let name = mechanism.name().to_string();
        self.record.mechanism = Some(name.clone());
        if !offered.contains(&name) {
            return self.finish(Outcome::NotOffered { mechanism: name });
        }
        if mechanism.sends_plaintext() && !tls && !allow_plaintext {
            return self.finish(Outcome::Declined {
                reason: format!("{name} would send the password in the clear on a connection without TLS (--allow-plaintext to send it anyway)"),
            });
        }
        if mechanism.wants_channel_binding() {
            match self.channel_binding.clone() {
                Some(binding) => mechanism.set_channel_binding(binding),
                None => {
                    return self.finish(Outcome::Declined {
                        reason: format!("{name} binds to the TLS session, and this connection has no TLS"),
                    })
                }
            }
        }
        let initial = match mechanism.initial_response() {
            Ok(initial) => initial.map(|ir| ir.base64()),
            Err(err) => return self.finish(Outcome::Declined { reason: err.to_string() }),
        };
        self.state = State::Auth;
        match self.dialect.authenticate(&name, initial.as_deref(), &capabilities) {
            AuthStart::Inline(command) => self.send(command),
            AuthStart::Separate { command, response } => {
                self.pending = Some(response);
                self.send(command)
            }
        }
    }

    fn on_auth(&mut self, response: &Response) -> Action {
        let reply = response.reply();
        match response.status {
            Status::Ok => self.finish(Outcome::Authenticated { reply }),
            Status::Continue => self.answer_challenge(response),
            Status::Unexpected => {
                self.note_odd_auth_reply(response);
                let reason =
                    format!("the server answered AUTH with {}, which is not an AUTH reply", response.word);
                self.finish(Outcome::ProtocolError { reason })
            }
            Status::Temporary => self.finish(Outcome::TemporaryFailure { reply }),
            Status::Failed { credentials } => self.finish(Outcome::Rejected { reply, credentials }),
            Status::Bad => self.finish(Outcome::Rejected { reply, credentials: false }),
            Status::Bye => self.fail(Outcome::Refused { reply }),
        }
    }

    fn answer_challenge(&mut self, response: &Response) -> Action {
        if let Some(initial) = self.pending.take() {
            self.state = State::Auth;
            return self.send(initial);
        }
        let text = response.challenge.clone().unwrap_or_default();
        let Goal::Authenticate(mechanism) = &mut self.goal else {
            return self.finish(Outcome::Completed);
        };
        self.challenges += 1;
        if self.challenges > MAX_CHALLENGES {
            return self.cancel_exchange(format!(
                "the server sent more than {MAX_CHALLENGES} challenges in one exchange"
            ));
        }
        match b64::decode(&text).and_then(|challenge| mechanism.respond(&challenge)) {
            Ok(message) => {
                self.state = State::Auth;
                let answer = self.dialect.answer(&message.base64());
                self.send(answer)
            }
            // RFC 4954, 3501, 5034, 5804: a client that cannot use a challenge cancels.
            Err(err) => self.cancel_exchange(format!("cannot answer the server's challenge: {err}")),
        }
    }

    fn cancel_exchange(&mut self, reason: String) -> Action {
        self.record.outcome = Some(Outcome::ProtocolError { reason });
        self.state = State::Quit;
        let cancel = self.dialect.cancel();
        self.send(cancel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sasl::client::{client_for, Credentials};
    use crate::secrets::password::Password;

    fn options(tls: TlsMode) -> Options {
        Options {
            protocol: Protocol::Smtp,
            helo: "client.example".into(),
            tls,
            allow_plaintext: false,
            show_secrets: false,
        }
    }

    /// An SMTP reply's bytes, given to the session: the action it leads to.
    fn act(session: &mut Session, code: u16, lines: &[&str]) -> Action {
        let last = lines.len() - 1;
        for (i, line) in lines.iter().enumerate() {
            let separator = if i == last { ' ' } else { '-' };
            session.receive(format!("{code}{separator}{line}\r\n").as_bytes());
        }
        session.poll(Duration::from_micros(5)).unwrap().unwrap()
    }

    fn sent(action: Action) -> String {
        match action {
            Action::Send(bytes) => String::from_utf8(bytes).unwrap(),
            other => format!("{other:?}"),
        }
    }

    fn creds(password: &str) -> Credentials {
        Credentials {
            user: "alice".into(),
            secret: Password::from_bytes(password.as_bytes()),
            authzid: String::new(),
            host: "mx".into(),
            port: 25,
        }
    }

    fn feed(session: &mut Session, code: u16, lines: &[&str]) -> String {
        sent(act(session, code, lines))
    }

    #[test]
    fn starttls_then_ehlo_again_then_plain() {
        let mech = client_for("PLAIN", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::Auto), Goal::Authenticate(mech));
        assert_eq!(feed(&mut s, 220, &["mx ESMTP"]), "EHLO client.example\r\n");
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH PLAIN", "STARTTLS"]), "STARTTLS\r\n");
        assert_eq!(act(&mut s, 220, &["go ahead"]), Action::StartTls);
        assert_eq!(sent(s.on_tls()), "EHLO client.example\r\n");
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH PLAIN LOGIN"]), "AUTH PLAIN AGFsaWNlAHB3\r\n");
        assert_eq!(feed(&mut s, 235, &["2.7.0 ok"]), "QUIT\r\n");
        assert!(matches!(&s.record.outcome, Some(Outcome::Authenticated { reply }) if reply.status == "235"));
        assert_eq!(s.record.phases.len(), 2);
        assert!(!s.record.phases[0].tls && s.record.phases[1].tls);
        let transcript: Vec<&str> = s.record.transcript.iter().map(|l| l.text.as_str()).collect();
        assert!(transcript.contains(&"AUTH PLAIN <redacted, 12 bytes>"), "{transcript:?}");
        assert!(!s.record.transcript.iter().any(|l| l.text.contains("AGFsaWNlAHB3")));
    }

    #[test]
    fn plaintext_declined_without_tls() {
        let mech = client_for("LOGIN", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH LOGIN PLAIN", "STARTTLS"]), "QUIT\r\n");
        assert!(matches!(s.record.outcome, Some(Outcome::Declined { .. })));
    }

    #[test]
    fn login_answers_each_prompt_and_rejection_is_recorded() {
        let mech = client_for("LOGIN", creds("pw")).unwrap().unwrap();
        let mut o = options(TlsMode::None);
        o.allow_plaintext = true;
        let mut s = Session::new(o, Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH=LOGIN"]), "AUTH LOGIN\r\n");
        assert_eq!(feed(&mut s, 334, &["VXNlcm5hbWU6"]), "YWxpY2U=\r\n");
        assert_eq!(feed(&mut s, 334, &["UGFzc3dvcmQ6"]), "cHc=\r\n");
        feed(&mut s, 535, &["5.7.8 Error: authentication failed"]);
        let reply = ServerReply {
            status: "535".into(),
            code: Some("5.7.8".into()),
            text: "5.7.8 Error: authentication failed".into(),
        };
        assert_eq!(s.record.outcome, Some(Outcome::Rejected { reply, credentials: true }));
    }

    #[test]
    fn a_challenge_flood_is_cancelled_and_the_transcript_is_capped() {
        let mech = client_for("CRAM-MD5", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH CRAM-MD5"]), "AUTH CRAM-MD5\r\n");
        for _ in 0..MAX_CHALLENGES {
            assert_ne!(feed(&mut s, 334, &["PDEyMzQ1QGV4YW1wbGU+"]), "*\r\n");
        }
        assert_eq!(feed(&mut s, 334, &["PDEyMzQ1QGV4YW1wbGU+"]), "*\r\n");
        assert!(
            matches!(&s.record.outcome, Some(Outcome::ProtocolError { reason }) if reason.contains("challenges"))
        );
        for _ in 0..2 * MAX_TRANSCRIPT {
            act(&mut s, 334, &["x"]);
        }
        assert_eq!(s.record.transcript.len(), MAX_TRANSCRIPT + 1);
    }

    #[test]
    fn undecodable_challenge_is_cancelled_with_star() {
        let mech = client_for("CRAM-MD5", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH CRAM-MD5"]), "AUTH CRAM-MD5\r\n");
        assert_eq!(feed(&mut s, 334, &["not base64!!"]), "*\r\n");
        assert!(matches!(s.record.outcome, Some(Outcome::ProtocolError { .. })));
    }

    #[test]
    fn safe_probe_tries_only_advertised_and_cancels() {
        let goal = Goal::SafeProbe(vec!["PLAIN".into(), "GSSAPI".into(), "CRAM-MD5".into()]);
        let mut s = Session::new(options(TlsMode::None), goal);
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH PLAIN CRAM-MD5"]), "AUTH PLAIN\r\n");
        assert_eq!(feed(&mut s, 334, &[""]), "*\r\n");
        assert_eq!(feed(&mut s, 501, &["5.7.0 cancelled"]), "AUTH CRAM-MD5\r\n");
        assert_eq!(feed(&mut s, 504, &["5.5.4 no"]), "QUIT\r\n");
        assert_eq!(
            s.record.probes.iter().map(|p| (p.mechanism.as_str(), p.proceeds)).collect::<Vec<_>>(),
            [("PLAIN", true), ("CRAM-MD5", false)]
        );
    }

    #[test]
    fn not_offered_starttls_required_and_250_for_auth() {
        let mech = client_for("SCRAM-SHA-256", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        feed(&mut s, 250, &["mx", "AUTH PLAIN"]);
        assert_eq!(s.record.outcome, Some(Outcome::NotOffered { mechanism: "SCRAM-SHA-256".into() }));

        let mut s = Session::new(options(TlsMode::Starttls), Goal::Capabilities);
        feed(&mut s, 220, &["mx"]);
        feed(&mut s, 250, &["mx", "AUTH PLAIN"]);
        assert!(matches!(s.record.outcome, Some(Outcome::StarttlsUnavailable { .. })));

        let mech = client_for("EXTERNAL", creds("")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH EXTERNAL"]), "AUTH EXTERNAL =\r\n");
        feed(&mut s, 250, &["ok?"]);
        assert!(s.record.odd_auth_reply.is_some());
        assert!(matches!(s.record.outcome, Some(Outcome::ProtocolError { .. })));
    }

    #[test]
    fn plus_without_tls_is_declined_and_with_binding_uses_p() {
        let mech = client_for("SCRAM-SHA-256-PLUS", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH SCRAM-SHA-256-PLUS"]), "QUIT\r\n");
        assert!(matches!(s.record.outcome, Some(Outcome::Declined { .. })));

        let mech = client_for("SCRAM-SHA-256-PLUS", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::Implicit), Goal::Authenticate(mech));
        s.set_channel_binding(Some(ChannelBinding { name: "tls-exporter", data: vec![1; 32] }));
        feed(&mut s, 220, &["mx"]);
        let auth = feed(&mut s, 250, &["mx", "AUTH SCRAM-SHA-256-PLUS"]);
        let blob = auth.trim_end().strip_prefix("AUTH SCRAM-SHA-256-PLUS ").unwrap();
        assert!(crate::sasl::b64::decode(blob).unwrap().starts_with(b"p=tls-exporter,,n=alice,r="));
    }

    #[test]
    fn long_initial_response_waits_for_empty_334() {
        let token = "t".repeat(600);
        let mech = client_for(
            "XOAUTH2",
            Credentials { secret: Password::from_bytes(token.as_bytes()), ..creds("") },
        )
        .unwrap()
        .unwrap();
        let mut s = Session::new(options(TlsMode::None), Goal::Authenticate(mech));
        feed(&mut s, 220, &["mx"]);
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH XOAUTH2"]), "AUTH XOAUTH2\r\n");
        let blob = feed(&mut s, 334, &[""]);
        assert!(blob.len() > 600 && blob.ends_with("\r\n"));
    }

    const EVERY_PROTOCOL: [Protocol; 5] =
        [Protocol::Smtp, Protocol::Lmtp, Protocol::Imap, Protocol::Pop3, Protocol::Sieve];

    /// Each dialect cuts a response that never ends at MAX_LINES (or MAX_RESPONSE bytes) rather
    /// than buffering it forever.
    #[test]
    fn every_dialect_refuses_a_response_that_never_ends() {
        use crate::probe::protocol::{ResponseError, MAX_LINES};
        let floods: [(&[u8], &[u8]); 5] = [
            (b"", b"250-AUTH PLAIN\r\n"),
            (b"", b"250-AUTH PLAIN\r\n"),
            (b"", b"* CAPABILITY IMAP4rev1\r\n"),
            (b"+OK\r\n", b"SASL PLAIN\r\n"),
            (b"", b"\"SASL\" \"PLAIN\"\r\n"),
        ];
        for (protocol, (start, line)) in EVERY_PROTOCOL.into_iter().zip(floods) {
            let mut dialect = dialect_for(protocol, "client");
            dialect.capability_command();
            dialect.push(start);
            for _ in 0..MAX_LINES * 16 {
                dialect.push(line);
            }
            let got = std::iter::from_fn(|| dialect.next_response().transpose()).find(|r| r.is_err());
            assert!(matches!(got, Some(Err(ResponseError::ResponseTooLong(_)))), "{protocol:?}: {got:?}");
        }
    }

    proptest::proptest! {
        /// Any bytes, in any state, to any dialect: a response or an error, never a panic.
        #[test]
        fn any_bytes_to_any_dialect_never_panic(
            input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400),
            protocol in 0usize..5,
            state in 0u8..3,
        ) {
            let mut dialect = dialect_for(EVERY_PROTOCOL[protocol], "client");
            match state {
                0 => { dialect.capability_command(); }
                1 => { dialect.authenticate("PLAIN", None, &Capabilities::default()); }
                _ => {}
            }
            dialect.push(&input);
            while let Ok(Some(_)) = dialect.next_response() {}
        }
    }
}
