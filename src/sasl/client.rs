//! One interface over every mechanism, for a driver that talks to a server (the probe): an
//! optional initial response, then one answer per server challenge.

use crate::sasl::cram::{self, CramHash};
use crate::sasl::digest_md5::{self, Exchange, ResponseInput};
use crate::sasl::scram::{self as scram_client, ChannelBinding, ClientFinal, ScramClient};
use crate::sasl::{login, oauth, plain, simple, Message, SaslError};
use crate::secrets::password::Password;
use crate::secrets::scram::ScramHash;

/// What the user gave: the identity, the password (or bearer token) and an authzid.
pub struct Credentials {
    pub user: String,
    pub secret: Password,
    pub authzid: String,
    /// The server's host name, for DIGEST-MD5's digest-uri and OAUTHBEARER's host=.
    pub host: String,
    pub port: u16,
}

pub trait ClientMechanism {
    fn name(&self) -> &str;
    /// PLAIN and LOGIN send the password itself: never over a cleartext connection by default.
    fn sends_plaintext(&self) -> bool {
        false
    }
    /// The -PLUS variants bind the exchange to the TLS session.
    fn wants_channel_binding(&self) -> bool {
        false
    }
    fn set_channel_binding(&mut self, _binding: ChannelBinding) {}
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError>;
    /// Answers one decoded server challenge; the last answer of SCRAM and DIGEST-MD5 checks the
    /// server's proof and is empty (SMTP has no "additional data with success").
    fn respond(&mut self, challenge: &[u8]) -> Result<Message, SaslError>;
}

/// The mechanisms this client can run, strongest first (the default choice).
/// Token mechanisms (OAUTHBEARER, XOAUTH2) and EXTERNAL/ANONYMOUS are left out: they do not
/// take a password, so they run only when named with `--mech`.
pub const BY_STRENGTH: [&str; 12] = [
    "SCRAM-SHA-512-PLUS",
    "SCRAM-SHA-256-PLUS",
    "SCRAM-SHA-1-PLUS",
    "SCRAM-SHA-512",
    "SCRAM-SHA-256",
    "SCRAM-SHA-1",
    "DIGEST-MD5",
    "CRAM-SHA256",
    "CRAM-SHA1",
    "CRAM-MD5",
    "PLAIN",
    "LOGIN",
];

/// A client for `mechanism` (upper case), or `None` when it is not one saslkit speaks.
pub fn client_for(
    mechanism: &str,
    creds: Credentials,
) -> Result<Option<Box<dyn ClientMechanism>>, SaslError> {
    let client: Box<dyn ClientMechanism> = match mechanism {
        "PLAIN" => Box::new(Plain(creds)),
        "LOGIN" => Box::new(Login { creds, step: 0 }),
        "CRAM-MD5" => Box::new(Cram { creds, hash: CramHash::Md5 }),
        "CRAM-SHA1" => Box::new(Cram { creds, hash: CramHash::Sha1 }),
        "CRAM-SHA256" => Box::new(Cram { creds, hash: CramHash::Sha256 }),
        "DIGEST-MD5" => Box::new(Digest { creds, exchange: None }),
        "SCRAM-SHA-1" => Box::new(Scram::new(ScramHash::Sha1, false, creds)?),
        "SCRAM-SHA-256" => Box::new(Scram::new(ScramHash::Sha256, false, creds)?),
        "SCRAM-SHA-512" => Box::new(Scram::new(ScramHash::Sha512, false, creds)?),
        "SCRAM-SHA-1-PLUS" => Box::new(Scram::new(ScramHash::Sha1, true, creds)?),
        "SCRAM-SHA-256-PLUS" => Box::new(Scram::new(ScramHash::Sha256, true, creds)?),
        "SCRAM-SHA-512-PLUS" => Box::new(Scram::new(ScramHash::Sha512, true, creds)?),
        "OAUTHBEARER" => Box::new(Bearer { creds, xoauth2: false }),
        "XOAUTH2" => Box::new(Bearer { creds, xoauth2: true }),
        "EXTERNAL" => Box::new(External(creds)),
        "ANONYMOUS" => Box::new(Anonymous(creds)),
        _ => return Ok(None),
    };
    Ok(Some(client))
}

struct Plain(Credentials);

impl ClientMechanism for Plain {
    fn name(&self) -> &str {
        "PLAIN"
    }
    fn sends_plaintext(&self) -> bool {
        true
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        let c = &self.0;
        plain::initial_response(c.authzid.as_bytes(), c.user.as_bytes(), c.secret.as_bytes()).map(Some)
    }
    fn respond(&mut self, _challenge: &[u8]) -> Result<Message, SaslError> {
        // Sent after an empty 334 when the initial response was left out.
        let c = &self.0;
        plain::initial_response(c.authzid.as_bytes(), c.user.as_bytes(), c.secret.as_bytes())
    }
}

struct Login {
    creds: Credentials,
    step: u8,
}

impl ClientMechanism for Login {
    fn name(&self) -> &str {
        "LOGIN"
    }
    fn sends_plaintext(&self) -> bool {
        true
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        Ok(None)
    }
    fn respond(&mut self, _prompt: &[u8]) -> Result<Message, SaslError> {
        // Clients ignore the prompt text: the first answer is the user, the second the password.
        let [user, password] = login::responses(self.creds.user.as_bytes(), self.creds.secret.as_bytes())?;
        self.step += 1;
        match self.step {
            1 => Ok(user),
            2 => Ok(password),
            _ => Err(SaslError::Undecodable("the server asked LOGIN for a third answer".into())),
        }
    }
}

struct Cram {
    creds: Credentials,
    hash: CramHash,
}

impl ClientMechanism for Cram {
    fn name(&self) -> &str {
        self.hash.mechanism()
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        Ok(None)
    }
    fn respond(&mut self, challenge: &[u8]) -> Result<Message, SaslError> {
        cram::response(self.hash, self.creds.user.as_bytes(), self.creds.secret.as_bytes(), challenge)
    }
}

struct Digest {
    creds: Credentials,
    exchange: Option<Exchange>,
}

impl ClientMechanism for Digest {
    fn name(&self) -> &str {
        "DIGEST-MD5"
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        Ok(None)
    }
    fn respond(&mut self, challenge: &[u8]) -> Result<Message, SaslError> {
        if let Some(exchange) = &self.exchange {
            exchange.verify(challenge)?;
            return Ok(Message::public(Vec::new()));
        }
        let cnonce = scram_client::random_nonce()
            .map_err(|e| SaslError::Invalid(format!("no random numbers: {e}")))?;
        let input = ResponseInput {
            user: &self.creds.user,
            password: self.creds.secret.as_bytes(),
            realm: None,
            authzid: &self.creds.authzid,
            service: "smtp",
            host: &self.creds.host,
            cnonce: &cnonce,
        };
        let exchange = digest_md5::respond(challenge, &input)?;
        let response = Message::public(exchange.response.bytes.to_vec());
        self.exchange = Some(exchange);
        Ok(response)
    }
}

struct Scram {
    name: String,
    plus: bool,
    client: Option<ScramClient>,
    secret: Password,
    sent_final: Option<ClientFinal>,
}

impl Scram {
    fn new(hash: ScramHash, plus: bool, creds: Credentials) -> Result<Scram, SaslError> {
        let nonce = scram_client::random_nonce()
            .map_err(|e| SaslError::Invalid(format!("no random numbers: {e}")))?;
        let client = ScramClient::new(hash, &creds.user, &creds.authzid, &nonce)?;
        let name = format!("{}{}", hash.mechanism(), if plus { "-PLUS" } else { "" });
        Ok(Scram { name, plus, client: Some(client), secret: creds.secret, sent_final: None })
    }

    fn client(&self) -> Result<&ScramClient, SaslError> {
        self.client.as_ref().ok_or_else(|| SaslError::Invalid("internal: the SCRAM client is gone".into()))
    }
}

impl ClientMechanism for Scram {
    fn name(&self) -> &str {
        &self.name
    }
    fn wants_channel_binding(&self) -> bool {
        self.plus
    }
    fn set_channel_binding(&mut self, binding: ChannelBinding) {
        self.client = self.client.take().map(|c| c.with_channel_binding(binding));
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        Ok(Some(self.client()?.client_first()))
    }
    fn respond(&mut self, challenge: &[u8]) -> Result<Message, SaslError> {
        if let Some(sent) = &self.sent_final {
            sent.verify(challenge)?;
            return Ok(Message::public(Vec::new()));
        }
        let reply = self.client()?.client_final(challenge, self.secret.as_bytes(), false)?;
        let message = Message::public(reply.message.bytes.to_vec());
        self.sent_final = Some(reply);
        Ok(message)
    }
}

struct Bearer {
    creds: Credentials,
    xoauth2: bool,
}

impl ClientMechanism for Bearer {
    fn name(&self) -> &str {
        if self.xoauth2 {
            "XOAUTH2"
        } else {
            "OAUTHBEARER"
        }
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        let c = &self.creds;
        let message = if self.xoauth2 {
            oauth::xoauth2(c.user.as_bytes(), c.secret.as_bytes())?
        } else {
            oauth::oauthbearer(c.user.as_bytes(), Some(&c.host), Some(c.port), c.secret.as_bytes())?
        };
        Ok(Some(message))
    }
    fn respond(&mut self, _error: &[u8]) -> Result<Message, SaslError> {
        // The server sent its error JSON: XOAUTH2 answers empty, OAUTHBEARER a single ^A (RFC 7628).
        Ok(Message::public(if self.xoauth2 { Vec::new() } else { vec![1] }))
    }
}

struct External(Credentials);

impl ClientMechanism for External {
    fn name(&self) -> &str {
        "EXTERNAL"
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        simple::external(self.0.authzid.as_bytes()).map(Some)
    }
    fn respond(&mut self, _challenge: &[u8]) -> Result<Message, SaslError> {
        simple::external(self.0.authzid.as_bytes())
    }
}

struct Anonymous(Credentials);

impl ClientMechanism for Anonymous {
    fn name(&self) -> &str {
        "ANONYMOUS"
    }
    fn initial_response(&mut self) -> Result<Option<Message>, SaslError> {
        simple::anonymous(&self.0.user).map(Some)
    }
    fn respond(&mut self, _challenge: &[u8]) -> Result<Message, SaslError> {
        simple::anonymous(&self.0.user)
    }
}
