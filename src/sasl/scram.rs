//! The SCRAM client (RFC 5802, RFC 7677): client-first, client-final, server signature check.
//! No channel binding (gs2 flag `n`); the -PLUS variants belong to the TLS probe.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::sasl::{b64, check_field, escape_saslname, Message, SaslError};
use crate::secrets::scram::{derive_keys, hmac, ScramHash};

/// RFC 7677's recommended minimum.
pub const MIN_ITERATIONS: u32 = 4096;

pub struct ScramClient {
    hash: ScramHash,
    gs2_header: String,
    client_first_bare: String,
    nonce: String,
    /// The channel-binding data of the TLS session, for the -PLUS variants.
    binding_data: Vec<u8>,
}

/// Channel binding for SCRAM-*-PLUS: the type's name and the data the TLS session gives for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelBinding {
    /// `tls-exporter` (RFC 9266, TLS 1.3) or `tls-server-end-point` (RFC 5929).
    pub name: &'static str,
    pub data: Vec<u8>,
}

/// What the server's first message said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerFirst {
    pub nonce: String,
    pub salt: Vec<u8>,
    pub iterations: u32,
}

/// The client-final message and the signature the server must answer with.
pub struct ClientFinal {
    pub message: Message,
    server_signature: Vec<u8>,
}

impl ScramClient {
    /// `nonce`: printable ASCII without `,`; see [`random_nonce`].
    pub fn new(hash: ScramHash, user: &str, authzid: &str, nonce: &str) -> Result<ScramClient, SaslError> {
        check_field("user name", user.as_bytes(), None)?;
        check_field("authorization identity", authzid.as_bytes(), None)?;
        if user.is_empty() {
            return Err(SaslError::Invalid("SCRAM needs a user name".into()));
        }
        if nonce.is_empty() || !nonce.bytes().all(|b| (0x21..=0x7e).contains(&b) && b != b',') {
            return Err(SaslError::Invalid("a SCRAM nonce is printable ASCII without `,`".into()));
        }
        let authzid = match authzid {
            "" => String::new(),
            a => format!("a={}", String::from_utf8_lossy(&escape_saslname(a.as_bytes()))),
        };
        let client_first_bare =
            format!("n={},r={nonce}", String::from_utf8_lossy(&escape_saslname(user.as_bytes())));
        Ok(ScramClient {
            hash,
            gs2_header: format!("n,{authzid},"),
            client_first_bare,
            nonce: nonce.to_string(),
            binding_data: Vec::new(),
        })
    }

    /// The -PLUS variant: the gs2 header names the binding (`p=tls-exporter`) and the client-final
    /// message carries its data, so a man in the middle with another TLS session fails.
    pub fn with_channel_binding(mut self, binding: ChannelBinding) -> ScramClient {
        let authzid = self.gs2_header.trim_start_matches("n,").to_string();
        self.gs2_header = format!("p={},{authzid}", binding.name);
        self.binding_data = binding.data;
        self
    }

    pub fn client_first(&self) -> Message {
        Message::public(format!("{}{}", self.gs2_header, self.client_first_bare).into_bytes())
    }

    /// Answers the server-first message. `allow_weak` accepts fewer than 4096 iterations.
    pub fn client_final(
        &self,
        server_first: &[u8],
        password: &[u8],
        allow_weak: bool,
    ) -> Result<ClientFinal, SaslError> {
        check_field("password", password, None)?;
        let text = std::str::from_utf8(server_first)
            .map_err(|_| undecodable("the server-first message is not UTF-8"))?;
        let first = parse_server_first(text)?;
        if !first.nonce.starts_with(&self.nonce) || first.nonce.len() <= self.nonce.len() {
            return Err(SaslError::Invalid(format!(
                "the server nonce {:?} does not extend the client nonce {:?} (a replay, or the wrong --nonce)",
                first.nonce, self.nonce
            )));
        }
        if first.iterations < MIN_ITERATIONS && !allow_weak {
            return Err(SaslError::Invalid(format!(
                "the server asks for {} iterations, below RFC 7677's {MIN_ITERATIONS} (--allow-weak to go on)",
                first.iterations
            )));
        }
        let keys = derive_keys(self.hash, password, &first.salt, first.iterations);
        let cbind_input = [self.gs2_header.as_bytes(), &self.binding_data].concat();
        let without_proof = format!("c={},r={}", STANDARD.encode(cbind_input), first.nonce);
        let auth_message = format!("{},{text},{without_proof}", self.client_first_bare);
        let signature = hmac(self.hash, &keys.stored_key, auth_message.as_bytes());
        let proof: Vec<u8> = keys.client_key.iter().zip(&signature).map(|(k, s)| k ^ s).collect();
        let message = Message::public(format!("{without_proof},p={}", STANDARD.encode(proof)).into_bytes());
        Ok(ClientFinal {
            message,
            server_signature: hmac(self.hash, &keys.server_key, auth_message.as_bytes()),
        })
    }
}

impl ClientFinal {
    /// Checks `v=` in the server-final message; `e=` is the server's refusal.
    pub fn verify(&self, server_final: &[u8]) -> Result<(), SaslError> {
        let text = std::str::from_utf8(server_final)
            .map_err(|_| undecodable("the server-final message is not UTF-8"))?;
        if let Some(error) = text.strip_prefix("e=") {
            return Err(SaslError::Mismatch(format!("the server refused: {error}")));
        }
        let value = text
            .split(',')
            .find_map(|a| a.strip_prefix("v="))
            .ok_or_else(|| undecodable("the server-final message has no v="))?;
        let got = b64::decode(value)?;
        if crate::secrets::password::constant_time_eq(&got, &self.server_signature) {
            Ok(())
        } else {
            Err(SaslError::Mismatch(
                "the server signature does not match: the server does not know this password".into(),
            ))
        }
    }
}

pub fn parse_server_first(text: &str) -> Result<ServerFirst, SaslError> {
    if text.starts_with("m=") {
        return Err(SaslError::Invalid(
            "the server requires a SCRAM extension (m=) this client does not know".into(),
        ));
    }
    let attr = |name: &str| text.split(',').find_map(|a| a.strip_prefix(name));
    let nonce = attr("r=").ok_or_else(|| undecodable("the server-first message has no nonce (r=)"))?;
    let salt =
        b64::decode(attr("s=").ok_or_else(|| undecodable("the server-first message has no salt (s=)"))?)?;
    let iterations = attr("i=")
        .ok_or_else(|| undecodable("the server-first message has no iteration count (i=)"))?
        .parse()
        .map_err(|_| undecodable("the iteration count (i=) is not a number"))?;
    Ok(ServerFirst { nonce: nonce.to_string(), salt, iterations })
}

fn undecodable(reason: &str) -> SaslError {
    SaslError::Undecodable(reason.to_string())
}

/// 18 random bytes in base64: 24 printable characters, never a `,`.
pub fn random_nonce() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 18];
    getrandom::getrandom(&mut bytes)?;
    Ok(STANDARD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(hash: ScramHash, nonce: &str, server_first: &str, client_final: &str, server_final: &str) {
        let client = ScramClient::new(hash, "user", "", nonce).unwrap();
        assert_eq!(&*client.client_first().bytes, format!("n,,n=user,r={nonce}").as_bytes());
        let reply = client.client_final(server_first.as_bytes(), b"pencil", false).unwrap();
        assert_eq!(String::from_utf8(reply.message.bytes.to_vec()).unwrap(), client_final);
        assert_eq!(reply.verify(server_final.as_bytes()), Ok(()));
        assert!(matches!(reply.verify(b"v=AAAA"), Err(SaslError::Mismatch(_))));
    }

    #[test]
    fn rfc5802_exchange() {
        rfc(
            ScramHash::Sha1,
            "fyko+d2lbbFgONRv9qkxdawL",
            "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
            "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
            "v=rmF9pqV8S7suAoZWja4dJRkFsKQ=",
        );
    }

    #[test]
    fn rfc7677_exchange() {
        rfc(
            ScramHash::Sha256,
            "rOprNGfwEbeRWgbNEkqO",
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
            "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
            "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=",
        );
    }

    #[test]
    fn refuses_foreign_nonce_and_weak_iterations() {
        let client = ScramClient::new(ScramHash::Sha256, "user", "", "abc").unwrap();
        assert!(client.client_final(b"r=xyz123,s=QSXCR+Q6sek8bf92,i=4096", b"pw", false).is_err());
        assert!(client.client_final(b"r=abc,s=QSXCR+Q6sek8bf92,i=4096", b"pw", false).is_err());
        let weak = b"r=abcdef,s=QSXCR+Q6sek8bf92,i=1000";
        assert!(client.client_final(weak, b"pw", false).is_err());
        assert!(client.client_final(weak, b"pw", true).is_ok());
        assert!(client.client_final(b"r=abcdef,s=!!,i=4096", b"pw", false).is_err());
    }

    #[test]
    fn channel_binding_goes_into_the_header_and_c() {
        let binding = ChannelBinding { name: "tls-exporter", data: vec![7; 32] };
        let client = ScramClient::new(ScramHash::Sha256, "user", "admin", "abc")
            .unwrap()
            .with_channel_binding(binding);
        assert_eq!(&*client.client_first().bytes, b"p=tls-exporter,a=admin,n=user,r=abc");
        let reply = client.client_final(b"r=abcdef,s=QSXCR+Q6sek8bf92,i=4096", b"pw", false).unwrap();
        let text = String::from_utf8(reply.message.bytes.to_vec()).unwrap();
        let c = text.split(',').next().unwrap().strip_prefix("c=").unwrap();
        assert_eq!(STANDARD.decode(c).unwrap(), [b"p=tls-exporter,a=admin,".as_slice(), &[7; 32]].concat());
        // Without binding, c= is the base64 of the header alone ("biws" for "n,,").
        let plain = ScramClient::new(ScramHash::Sha256, "user", "", "abc").unwrap();
        let reply = plain.client_final(b"r=abcdef,s=QSXCR+Q6sek8bf92,i=4096", b"pw", false).unwrap();
        assert!(reply.message.bytes.starts_with(b"c=biws,"));
    }

    #[test]
    fn authzid_and_names_are_escaped() {
        let client = ScramClient::new(ScramHash::Sha1, "a,b=c", "ad=min", "n0nce").unwrap();
        assert_eq!(&*client.client_first().bytes, b"n,a=ad=3Dmin,n=a=2Cb=3Dc,r=n0nce");
        assert!(ScramClient::new(ScramHash::Sha1, "u", "", "bad,nonce").is_err());
    }
}
