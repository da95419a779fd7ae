//! The SMTP/LMTP session as a sans-I/O state machine: it is fed replies and says what to send
//! next. The driver (`driver.rs`) does the sockets and TLS; tests feed scripted replies.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::probe::capabilities::Capabilities;
use crate::probe::reply::Reply;
use crate::sasl::client::ClientMechanism;
use crate::sasl::command::{auth_line, AuthLine};
use crate::sasl::scram::ChannelBinding;
use crate::sasl::{b64, Message};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TlsMode {
    /// STARTTLS when offered, cleartext otherwise.
    Auto,
    /// STARTTLS or fail.
    Starttls,
    /// TLS from the first byte (port 465).
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
    /// Banner and capabilities only.
    Capabilities,
    /// `AUTH <MECH>` then `*` for each of these mechanisms (only advertised ones are sent).
    SafeProbe(Vec<String>),
    /// Authenticate with this mechanism.
    Authenticate(Box<dyn ClientMechanism>),
}

pub struct Options {
    pub helo: String,
    pub lmtp: bool,
    pub tls: TlsMode,
    /// Send PLAIN or LOGIN over a connection without TLS.
    pub allow_plaintext: bool,
    /// Keep secrets in the transcript.
    pub show_secrets: bool,
}

/// What the driver must do next.
#[derive(Debug, PartialEq, Eq)]
pub enum Action {
    /// Write this line (CRLF included).
    Send(Vec<u8>),
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
        code: u16,
    },
    /// 535 and friends: the server refused these credentials or this mechanism.
    Rejected {
        code: u16,
        text: String,
    },
    /// 4xx.
    TemporaryFailure {
        code: u16,
        text: String,
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
    /// The server broke the protocol (or answered in a way no SMTP server should).
    ProtocolError {
        reason: String,
    },
    /// The server refused the session (a 5xx banner or EHLO).
    Refused {
        code: u16,
        text: String,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhaseRecord {
    pub tls: bool,
    pub capabilities: Capabilities,
}

/// The reply to `AUTH <MECH>` in a safe probe (the exchange was then cancelled with `*`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MechanismProbe {
    pub mechanism: String,
    pub tls: bool,
    pub code: u16,
    /// 334: the server would go on with this mechanism.
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
    /// The server answered AUTH with 250 (not an AUTH reply at all).
    pub auth_answered_250: bool,
    /// STARTTLS was offered but refused or failed, and the session went on in cleartext.
    pub starttls_refused: Option<String>,
}

enum State {
    Banner,
    Ehlo,
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
    options: Options,
    goal: Goal,
    state: State,
    tls: bool,
    pending_ir: Option<Message>,
    challenges: usize,
    pub record: SessionRecord,
}

/// Challenges answered in one exchange. Real mechanisms need at most three (DIGEST-MD5, SCRAM
/// and LOGIN need two); a server that keeps sending `334` is flooding, and is cancelled.
pub const MAX_CHALLENGES: usize = 8;

/// Transcript lines kept per session; a hostile server cannot grow the report without bound.
pub const MAX_TRANSCRIPT: usize = 400;

impl Session {
    pub fn new(options: Options, goal: Goal) -> Session {
        let tls = options.tls == TlsMode::Implicit;
        Session {
            channel_binding: None,
            options,
            goal,
            state: State::Banner,
            tls,
            pending_ir: None,
            challenges: 0,
            record: SessionRecord::default(),
        }
    }

    pub fn is_tls(&self) -> bool {
        self.tls
    }

    /// The outcome is known and only the reply to QUIT is awaited: a server that closes the
    /// connection now (Dovecot's submission server may, once its relay fails) changes nothing.
    pub fn awaiting_quit_reply(&self) -> bool {
        matches!(self.state, State::Quit) && self.record.outcome.is_some()
    }

    /// What the driver learned from the TLS handshake, for the -PLUS mechanisms.
    pub fn set_channel_binding(&mut self, binding: Option<ChannelBinding>) {
        self.channel_binding = binding;
    }

    /// The server's next reply, and how long the driver waited for it.
    pub fn on_reply(&mut self, reply: Reply, waited: Duration) -> Action {
        for (i, line) in reply.lines.iter().enumerate() {
            let separator = if i + 1 == reply.lines.len() { ' ' } else { '-' };
            let text = format!("{}{separator}{line}", reply.code);
            self.keep_line('S', text);
        }
        let step = self.step_name();
        self.record.timings.push(Timing { step, micros: waited.as_micros() });
        match std::mem::replace(&mut self.state, State::Done) {
            State::Banner => self.on_banner(&reply),
            State::Ehlo => self.on_ehlo(&reply),
            State::StartTls => self.on_starttls(&reply),
            State::ProbeAuth(i) => self.on_probe_auth(i, &reply),
            State::ProbeCancel(i) => self.next_probe(i + 1),
            State::Auth => self.on_auth(&reply),
            State::Quit | State::Done => Action::Close,
        }
    }

    /// The TLS handshake after STARTTLS succeeded: everything learned before is forgotten and
    /// EHLO is sent again (RFC 3207).
    pub fn on_tls(&mut self) -> Action {
        self.tls = true;
        self.state = State::Ehlo;
        self.send_line(&format!("{} {}", self.hello_verb(), self.options.helo), false)
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
            State::Banner => "banner".into(),
            State::Ehlo => format!("{} ({phase})", self.hello_verb()),
            State::StartTls => "STARTTLS".into(),
            State::ProbeAuth(_) | State::ProbeCancel(_) => format!("safe probe step ({phase})"),
            State::Auth => format!("SASL round trip ({phase})"),
            State::Quit | State::Done => "QUIT".into(),
        }
    }

    fn hello_verb(&self) -> &'static str {
        if self.options.lmtp {
            "LHLO"
        } else {
            "EHLO"
        }
    }

    fn send_line(&mut self, line: &str, secret: bool) -> Action {
        let shown = match line.strip_prefix("AUTH ").and_then(|rest| rest.split_once(' ')) {
            _ if !secret || self.options.show_secrets => line.to_string(),
            // Keep the command and the mechanism, hide the initial response.
            Some((mech, data)) => format!("AUTH {mech} <redacted, {} bytes>", data.len()),
            None => format!("<redacted, {} bytes>", line.len()),
        };
        self.keep_line('C', shown);
        Action::Send(format!("{line}\r\n").into_bytes())
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
        self.send_line("QUIT", false)
    }

    fn on_banner(&mut self, reply: &Reply) -> Action {
        self.record.banner = Some(reply.lines.join(" "));
        if reply.code != 220 {
            return self.fail(Outcome::Refused { code: reply.code, text: reply.lines.join(" ") });
        }
        self.state = State::Ehlo;
        self.send_line(&format!("{} {}", self.hello_verb(), self.options.helo), false)
    }

    fn on_ehlo(&mut self, reply: &Reply) -> Action {
        if reply.code != 250 {
            return self.finish(Outcome::Refused { code: reply.code, text: reply.lines.join(" ") });
        }
        let capabilities = Capabilities::from_ehlo(reply);
        let offers_starttls = capabilities.starttls;
        self.record.phases.push(PhaseRecord { tls: self.tls, capabilities });
        if !self.tls && matches!(self.options.tls, TlsMode::Auto | TlsMode::Starttls) {
            if offers_starttls {
                self.state = State::StartTls;
                return self.send_line("STARTTLS", false);
            }
            if self.options.tls == TlsMode::Starttls {
                return self.finish(Outcome::StarttlsUnavailable {
                    reason: "the server does not offer STARTTLS".into(),
                });
            }
        }
        self.begin_goal()
    }

    fn on_starttls(&mut self, reply: &Reply) -> Action {
        if reply.code == 220 {
            return Action::StartTls;
        }
        let reason = format!("STARTTLS answered {}", reply.summary());
        if self.options.tls == TlsMode::Starttls {
            return self.finish(Outcome::StarttlsUnavailable { reason });
        }
        self.record.starttls_refused = Some(reason);
        self.begin_goal()
    }

    fn offered(&self) -> Vec<String> {
        self.record.phases.last().map(|p| p.capabilities.all_mechanisms()).unwrap_or_default()
    }

    fn begin_goal(&mut self) -> Action {
        match &self.goal {
            Goal::Capabilities => self.finish(Outcome::Completed),
            Goal::SafeProbe(_) => self.next_probe(0),
            Goal::Authenticate(_) => self.begin_auth(),
        }
    }

    fn next_probe(&mut self, from: usize) -> Action {
        let offered = self.offered();
        let Goal::SafeProbe(mechanisms) = &self.goal else {
            return self.finish(Outcome::Completed);
        };
        match (from..mechanisms.len()).find(|&i| offered.contains(&mechanisms[i])) {
            Some(i) => {
                let line = format!("AUTH {}", mechanisms[i]);
                self.state = State::ProbeAuth(i);
                self.send_line(&line, false)
            }
            None => self.finish(Outcome::Completed),
        }
    }

    fn on_probe_auth(&mut self, i: usize, reply: &Reply) -> Action {
        let Goal::SafeProbe(mechanisms) = &self.goal else {
            return self.finish(Outcome::Completed);
        };
        let probe = MechanismProbe {
            mechanism: mechanisms[i].clone(),
            tls: self.tls,
            code: reply.code,
            proceeds: reply.code == 334,
        };
        self.record.probes.push(probe);
        if reply.code == 334 {
            self.state = State::ProbeCancel(i);
            return self.send_line("*", false);
        }
        if reply.code == 250 {
            self.record.auth_answered_250 = true;
        }
        self.next_probe(i + 1)
    }

    fn begin_auth(&mut self) -> Action {
        let offered = self.offered();
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
            Ok(initial) => initial,
            Err(err) => return self.finish(Outcome::Declined { reason: err.to_string() }),
        };
        self.state = State::Auth;
        match initial {
            None => self.send_line(&format!("AUTH {name}"), false),
            Some(ir) => match auth_line(&name, Some(&ir.base64())) {
                AuthLine::Inline(line) => self.send_line(&line, true),
                AuthLine::Separate { command, .. } => {
                    self.pending_ir = Some(ir);
                    self.send_line(&command, false)
                }
            },
        }
    }

    fn on_auth(&mut self, reply: &Reply) -> Action {
        match reply.code {
            235 => self.finish(Outcome::Authenticated { code: 235 }),
            334 => self.answer_challenge(reply),
            250 => {
                self.record.auth_answered_250 = true;
                self.finish(Outcome::ProtocolError {
                    reason: "the server answered AUTH with 250, which is not an AUTH reply".into(),
                })
            }
            400..=499 => {
                self.finish(Outcome::TemporaryFailure { code: reply.code, text: reply.lines.join(" ") })
            }
            500..=599 => self.finish(Outcome::Rejected { code: reply.code, text: reply.lines.join(" ") }),
            _ => self.finish(Outcome::ProtocolError {
                reason: format!("unexpected reply to AUTH: {}", reply.summary()),
            }),
        }
    }

    fn answer_challenge(&mut self, reply: &Reply) -> Action {
        if let Some(ir) = self.pending_ir.take() {
            self.state = State::Auth;
            return self.send_line(&ir.base64(), true);
        }
        let text = reply.lines.first().map(|l| l.trim()).unwrap_or("");
        let Goal::Authenticate(mechanism) = &mut self.goal else {
            return self.finish(Outcome::Completed);
        };
        self.challenges += 1;
        if self.challenges > MAX_CHALLENGES {
            self.record.outcome = Some(Outcome::ProtocolError {
                reason: format!("the server sent more than {MAX_CHALLENGES} challenges in one exchange"),
            });
            self.state = State::Quit;
            return self.send_line("*", false);
        }
        let answer = b64::decode(text).and_then(|challenge| mechanism.respond(&challenge));
        match answer {
            Ok(message) => {
                self.state = State::Auth;
                self.send_line(&message.base64(), true)
            }
            Err(err) => {
                // RFC 4954: a client that cannot use a challenge cancels with `*`.
                self.record.outcome = Some(Outcome::ProtocolError {
                    reason: format!("cannot answer the server's challenge: {err}"),
                });
                self.state = State::Quit;
                self.send_line("*", false)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sasl::client::{client_for, Credentials};
    use crate::secrets::password::Password;

    fn options(tls: TlsMode) -> Options {
        Options {
            helo: "client.example".into(),
            lmtp: false,
            tls,
            allow_plaintext: false,
            show_secrets: false,
        }
    }

    fn reply(code: u16, lines: &[&str]) -> Reply {
        Reply { code, lines: lines.iter().map(|l| l.to_string()).collect() }
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
        sent(session.on_reply(reply(code, lines), Duration::from_micros(5)))
    }

    #[test]
    fn starttls_then_ehlo_again_then_plain() {
        let mech = client_for("PLAIN", creds("pw")).unwrap().unwrap();
        let mut s = Session::new(options(TlsMode::Auto), Goal::Authenticate(mech));
        assert_eq!(feed(&mut s, 220, &["mx ESMTP"]), "EHLO client.example\r\n");
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH PLAIN", "STARTTLS"]), "STARTTLS\r\n");
        assert_eq!(s.on_reply(reply(220, &["go ahead"]), Duration::ZERO), Action::StartTls);
        assert_eq!(sent(s.on_tls()), "EHLO client.example\r\n");
        assert_eq!(feed(&mut s, 250, &["mx", "AUTH PLAIN LOGIN"]), "AUTH PLAIN AGFsaWNlAHB3\r\n");
        assert_eq!(feed(&mut s, 235, &["2.7.0 ok"]), "QUIT\r\n");
        assert_eq!(s.record.outcome, Some(Outcome::Authenticated { code: 235 }));
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
        assert_eq!(
            s.record.outcome,
            Some(Outcome::Rejected { code: 535, text: "5.7.8 Error: authentication failed".into() })
        );
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
            s.on_reply(reply(334, &["x"]), Duration::ZERO);
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
        assert!(s.record.auth_answered_250);
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
}
