//! Explaining a captured AUTH blob: which mechanism, what each field says, and what is wrong with
//! it. Pure: text in, an [`Explanation`] out. Secrets are masked unless asked for.

use serde::Serialize;

use crate::sasl::cram::CramHash;
use crate::sasl::digest_md5::parse_directives;
use crate::sasl::plain::FIELD_LIMIT;
use crate::sasl::{b64, escape_bytes, mask, unescape_saslname, SaslError};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Explanation {
    /// The mechanism and which message of it, e.g. `SCRAM client-first`.
    pub mechanism: String,
    /// True when the mechanism was guessed from the bytes, not given.
    pub guessed: bool,
    pub fields: Vec<Field>,
    pub lints: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub secret: bool,
}

struct Builder {
    show_secrets: bool,
    fields: Vec<Field>,
    lints: Vec<String>,
}

impl Builder {
    fn field(&mut self, name: &str, value: &[u8]) {
        if std::str::from_utf8(value).is_err() {
            self.lints.push(format!("{name} is not valid UTF-8"));
        }
        self.fields.push(Field { name: name.into(), value: escape_bytes(value), secret: false });
    }

    fn secret(&mut self, name: &str, value: &[u8]) {
        let shown = if self.show_secrets { escape_bytes(value) } else { mask(value.len()) };
        self.fields.push(Field { name: name.into(), value: shown, secret: true });
    }
}

/// Decodes `blob` (strict base64; `=` is the empty response) and explains it as `mech`, or as
/// the mechanism its bytes point to.
pub fn explain(blob: &str, mech: Option<&str>, show_secrets: bool) -> Result<Explanation, SaslError> {
    let blob = blob.trim();
    let bytes = if blob == "=" { Vec::new() } else { b64::decode(blob)? };
    let (kind, guessed) = match mech {
        Some(m) => (kind_of_mechanism(&m.to_ascii_uppercase(), &bytes)?, false),
        None => (guess(&bytes), true),
    };
    let mut out = Builder { show_secrets, fields: Vec::new(), lints: Vec::new() };
    let mechanism = describe(kind, &bytes, &mut out)?;
    Ok(Explanation { mechanism, guessed, fields: out.fields, lints: out.lints })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    LoginPrompt,
    Text(&'static str),
    CramChallenge,
    CramResponse,
    Digest,
    ScramClientFirst,
    ScramClientFinal,
    ScramServerFirst,
    ScramServerFinal,
    OAuthBearer,
    XOAuth2,
}

fn kind_of_mechanism(mech: &str, bytes: &[u8]) -> Result<Kind, SaslError> {
    Ok(match mech {
        "PLAIN" => Kind::Plain,
        "LOGIN" if is_login_prompt(bytes) => Kind::LoginPrompt,
        "LOGIN" => Kind::Text("LOGIN"),
        "EXTERNAL" => Kind::Text("EXTERNAL"),
        "ANONYMOUS" => Kind::Text("ANONYMOUS"),
        m if m.starts_with("CRAM-") && bytes.starts_with(b"<") => Kind::CramChallenge,
        m if m.starts_with("CRAM-") => Kind::CramResponse,
        "DIGEST-MD5" => Kind::Digest,
        m if m.starts_with("SCRAM-") => match guess(bytes) {
            k @ (Kind::ScramClientFirst
            | Kind::ScramClientFinal
            | Kind::ScramServerFirst
            | Kind::ScramServerFinal) => k,
            _ => {
                return Err(SaslError::Undecodable(format!(
                    "not a {m} message (no gs2 header, c=, r= or v=)"
                )))
            }
        },
        "OAUTHBEARER" => Kind::OAuthBearer,
        "XOAUTH2" => Kind::XOAuth2,
        other => return Err(SaslError::Invalid(format!("unknown mechanism {other:?}"))),
    })
}

fn guess(bytes: &[u8]) -> Kind {
    let text = String::from_utf8_lossy(bytes);
    let gs2 = text.starts_with("n,") || text.starts_with("y,") || text.starts_with("p=");
    let nuls = bytes.iter().filter(|&&b| b == 0).count();
    // Only PLAIN carries NUL bytes, so two of them decide before any text pattern does.
    if nuls == 2 {
        Kind::Plain
    } else if text.contains("\u{1}auth=") {
        if text.starts_with("user=") {
            Kind::XOAuth2
        } else {
            Kind::OAuthBearer
        }
    } else if gs2 && text.contains(",n=") {
        Kind::ScramClientFirst
    } else if text.starts_with("c=") && text.contains(",p=") {
        Kind::ScramClientFinal
    } else if text.starts_with("r=") && text.contains(",s=") {
        Kind::ScramServerFirst
    } else if text.starts_with("v=") || text.starts_with("e=") {
        Kind::ScramServerFinal
    } else if text.contains("rspauth=") || text.contains("nonce=") {
        Kind::Digest
    } else if text.starts_with('<') && text.ends_with('>') {
        Kind::CramChallenge
    } else if cram_response(bytes).is_some() {
        Kind::CramResponse
    } else if is_login_prompt(bytes) {
        Kind::LoginPrompt
    } else {
        Kind::Text("LOGIN, EXTERNAL or ANONYMOUS")
    }
}

fn is_login_prompt(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes).trim_end_matches('\0').to_ascii_lowercase();
    matches!(text.as_str(), "username:" | "password:" | "user name" | "password" | "username")
}

fn cram_response(bytes: &[u8]) -> Option<(&[u8], CramHash)> {
    let space = bytes.iter().rposition(|&b| b == b' ')?;
    let digest = &bytes[space + 1..];
    let hash = CramHash::from_hex_len(digest.len())?;
    (space > 0 && digest.iter().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')))
        .then_some((&bytes[..space], hash))
}

fn describe(kind: Kind, bytes: &[u8], out: &mut Builder) -> Result<String, SaslError> {
    match kind {
        Kind::Plain => plain(bytes, out).map(|()| "PLAIN".into()),
        Kind::LoginPrompt => {
            out.field("server prompt", bytes);
            Ok("LOGIN server prompt".into())
        }
        Kind::Text(mech) => {
            if bytes.contains(&0) {
                out.lints.push("contains a NUL byte".into());
            }
            out.secret("value (a user name, password or identity)", bytes);
            Ok(mech.into())
        }
        Kind::CramChallenge => {
            out.field("challenge", bytes);
            Ok("CRAM challenge".into())
        }
        Kind::CramResponse => {
            let (user, hash) = cram_response(bytes)
                .ok_or_else(|| SaslError::Undecodable("a CRAM response is `user SP hex-digest`".into()))?;
            out.field("user", user);
            out.field("digest", &bytes[user.len() + 1..]);
            Ok(format!("{} response", hash.mechanism()))
        }
        Kind::Digest => digest(bytes, out),
        Kind::ScramClientFirst => scram_client_first(bytes, out).map(|()| "SCRAM client-first".into()),
        Kind::ScramClientFinal => scram_attributes(bytes, out).map(|()| "SCRAM client-final".into()),
        Kind::ScramServerFirst => scram_attributes(bytes, out).map(|()| "SCRAM server-first".into()),
        Kind::ScramServerFinal => scram_attributes(bytes, out).map(|()| "SCRAM server-final".into()),
        Kind::OAuthBearer => oauthbearer(bytes, out).map(|()| "OAUTHBEARER".into()),
        Kind::XOAuth2 => xoauth2(bytes, out).map(|()| "XOAUTH2".into()),
    }
}

fn plain(bytes: &[u8], out: &mut Builder) -> Result<(), SaslError> {
    let parts: Vec<&[u8]> = bytes.split(|&b| b == 0).collect();
    let [authzid, authcid, password] = parts.as_slice() else {
        return Err(SaslError::Undecodable(format!(
            "PLAIN is `authzid NUL authcid NUL password`: this has {} NUL bytes, not 2",
            parts.len() - 1
        )));
    };
    out.field("authzid", authzid);
    out.field("authcid", authcid);
    out.secret("password", password);
    for (name, value) in [("authzid", authzid), ("authcid", authcid), ("password", password)] {
        if value.len() > FIELD_LIMIT {
            out.lints.push(format!(
                "{name} is {} bytes; RFC 4616 servers need accept only {FIELD_LIMIT}",
                value.len()
            ));
        }
    }
    if authcid.is_empty() || password.is_empty() {
        out.lints.push("an empty authcid or password is not valid PLAIN".into());
    }
    Ok(())
}

fn digest(bytes: &[u8], out: &mut Builder) -> Result<String, SaslError> {
    let directives = parse_directives(bytes)?;
    for (key, value) in &directives {
        out.field(key, value.as_bytes());
    }
    let has = |k: &str| directives.iter().any(|(key, _)| key == k);
    Ok(match (has("rspauth"), has("username")) {
        (true, _) => "DIGEST-MD5 server final (rspauth)",
        (false, true) => "DIGEST-MD5 response",
        (false, false) => "DIGEST-MD5 challenge",
    }
    .into())
}

fn scram_client_first(bytes: &[u8], out: &mut Builder) -> Result<(), SaslError> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| SaslError::Undecodable("a SCRAM message is UTF-8".into()))?;
    let mut parts = text.splitn(3, ',');
    let (flag, authzid, bare) =
        (parts.next().unwrap_or(""), parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let binding = match flag {
        "n" => "n: client does not support channel binding".to_string(),
        "y" => "y: client supports channel binding, thinks the server does not".to_string(),
        f if f.starts_with("p=") => {
            format!("p: channel binding {} in use (a -PLUS mechanism)", &f[2..])
        }
        f => return Err(SaslError::Undecodable(format!("bad gs2 channel-binding flag {f:?}"))),
    };
    out.field("channel binding", binding.as_bytes());
    if let Some(name) = authzid.strip_prefix("a=") {
        saslname(out, "authzid", name);
    }
    scram_attributes(bare.as_bytes(), out)
}

fn scram_attributes(bytes: &[u8], out: &mut Builder) -> Result<(), SaslError> {
    let text =
        std::str::from_utf8(bytes).map_err(|_| SaslError::Undecodable("a SCRAM message is UTF-8".into()))?;
    for attribute in text.split(',') {
        let (key, value) = attribute
            .split_once('=')
            .ok_or_else(|| SaslError::Undecodable(format!("SCRAM attribute {attribute:?} has no `=`")))?;
        match key {
            "n" => saslname(out, "user (n=)", value),
            "r" => out.field("nonce (r=)", value.as_bytes()),
            "s" => out.field("salt (s=, base64)", value.as_bytes()),
            "i" => {
                out.field("iterations (i=)", value.as_bytes());
                if value.parse::<u32>().is_ok_and(|i| i < 4096) {
                    out.lints.push(format!("{value} iterations is below RFC 7677's 4096"));
                }
            }
            "c" => {
                let header = b64::decode(value).map(|h| escape_bytes(&h)).unwrap_or_else(|e| e.to_string());
                out.field("channel binding data (c=)", header.as_bytes());
            }
            "p" => out.field("proof (p=)", value.as_bytes()),
            "v" => out.field("server signature (v=)", value.as_bytes()),
            "e" => out.field("server error (e=)", value.as_bytes()),
            "m" => out.lints.push("m= (a mandatory extension) is reserved; no server should send it".into()),
            other => out.field(&format!("{other}="), value.as_bytes()),
        }
    }
    Ok(())
}

fn saslname(out: &mut Builder, name: &str, value: &str) {
    match unescape_saslname(value.as_bytes()) {
        Some(plain) => out.field(name, &plain),
        None => {
            out.field(name, value.as_bytes());
            out.lints.push(format!("{name}: `=` must be followed by 2C or 3D (SCRAM name escaping)"));
        }
    }
}

fn oauthbearer(bytes: &[u8], out: &mut Builder) -> Result<(), SaslError> {
    let (header, rest) = split_at_byte(bytes, 1)
        .ok_or_else(|| SaslError::Undecodable("OAUTHBEARER starts with a gs2 header and ^A".into()))?;
    let header = String::from_utf8_lossy(header);
    if let Some(authzid) = header.split(',').find_map(|p| p.strip_prefix("a=")) {
        saslname(out, "authzid", authzid);
    }
    key_values(rest, out)
}

fn xoauth2(bytes: &[u8], out: &mut Builder) -> Result<(), SaslError> {
    key_values(bytes, out)
}

/// `key=value^A…^A^A`, with `auth=Bearer <token>` masked.
fn key_values(bytes: &[u8], out: &mut Builder) -> Result<(), SaslError> {
    if !bytes.ends_with(b"\x01\x01") {
        out.lints.push("does not end with ^A^A".into());
    }
    for pair in bytes.split(|&b| b == 1).filter(|p| !p.is_empty()) {
        let (key, value) = split_at_byte(pair, b'=')
            .ok_or_else(|| SaslError::Undecodable(format!("{:?} has no `=`", escape_bytes(pair))))?;
        match (key, value.strip_prefix(b"Bearer ")) {
            (b"auth", Some(token)) => out.secret("bearer token", token),
            (b"auth", None) => out.lints.push("auth= is not `Bearer <token>`".into()),
            _ => out.field(&String::from_utf8_lossy(key), value),
        }
    }
    Ok(())
}

fn split_at_byte(bytes: &[u8], sep: u8) -> Option<(&[u8], &[u8])> {
    let at = bytes.iter().position(|&b| b == sep)?;
    Some((&bytes[..at], &bytes[at + 1..]))
}

/// One blob of `auth decode`, as reported: the input (masked when it carries a secret, since
/// base64 is no disguise) and its explanation or why it does not decode. The JSON shape is
/// documented in docs/json.md.
#[derive(Debug, Serialize)]
pub struct DecodeReport {
    pub input: String,
    #[serde(flatten)]
    pub explanation: Option<Explanation>,
    pub error: Option<String>,
}

impl DecodeReport {
    pub fn new(blob: String, mechanism: Option<&str>, show_secrets: bool) -> DecodeReport {
        DecodeReport::from_result(explain(&blob, mechanism, show_secrets), blob, show_secrets)
    }

    /// Like `new`, with the mechanism of the exchange the blob was found in as a hint: tried
    /// first, and the bytes are guessed when they are not a message of it (a pasted transcript
    /// may mix exchanges).
    pub fn with_hint(blob: String, hint: Option<&str>, show_secrets: bool) -> DecodeReport {
        let hinted = hint.map(|mech| explain(&blob, Some(mech), show_secrets));
        let result = match hinted {
            Some(Ok(explanation)) => Ok(explanation),
            _ => explain(&blob, None, show_secrets),
        };
        DecodeReport::from_result(result, blob, show_secrets)
    }

    fn from_result(result: Result<Explanation, SaslError>, blob: String, show_secrets: bool) -> DecodeReport {
        match result {
            Ok(explanation) => {
                let input = if explanation.fields.iter().any(|f| f.secret) && !show_secrets {
                    format!("<blob hidden, {} characters: it holds a secret>", blob.len())
                } else {
                    blob
                };
                DecodeReport { input, explanation: Some(explanation), error: None }
            }
            Err(err) => {
                // What does not decode may be a password typed in the clear: not echoed either.
                let input = if show_secrets {
                    blob
                } else {
                    format!(
                        "<{} characters that do not decode; --show-secrets shows them>",
                        blob.chars().count()
                    )
                };
                DecodeReport { input, explanation: None, error: Some(err.to_string()) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sasl::{cram, digest_md5, login, oauth, plain, scram, simple};
    use crate::secrets::scram::ScramHash;

    fn field<'a>(e: &'a Explanation, name: &str) -> &'a str {
        &e.fields.iter().find(|f| f.name == name).unwrap_or_else(|| panic!("no {name} in {e:?}")).value
    }

    #[test]
    fn plain_is_explained_and_masked() {
        let e = explain("VXJzZWwAS3VydAB4aXBqM3BsbXE=", None, false).unwrap();
        assert_eq!(e.mechanism, "PLAIN");
        assert!(e.guessed);
        assert_eq!(field(&e, "authzid"), "Ursel");
        assert_eq!(field(&e, "authcid"), "Kurt");
        assert_eq!(field(&e, "password"), "<hidden, 9 bytes>");
        let shown = explain("VXJzZWwAS3VydAB4aXBqM3BsbXE=", Some("plain"), true).unwrap();
        assert_eq!(field(&shown, "password"), "xipj3plmq");
        assert!(!shown.guessed);
    }

    #[test]
    fn guesses_every_generated_kind() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (
                cram::response(cram::CramHash::Md5, b"tim", b"pw", b"<1@x>").unwrap().bytes.to_vec(),
                "CRAM-MD5 response",
            ),
            (
                cram::response(cram::CramHash::Sha256, b"tim", b"pw", b"<1@x>").unwrap().bytes.to_vec(),
                "CRAM-SHA256 response",
            ),
            (b"<1896.697170952@postoffice.reston.mci.net>".to_vec(), "CRAM challenge"),
            (b"Username:".to_vec(), "LOGIN server prompt"),
            (
                scram::ScramClient::new(ScramHash::Sha256, "u", "", "abc")
                    .unwrap()
                    .client_first()
                    .bytes
                    .to_vec(),
                "SCRAM client-first",
            ),
            (b"r=abcdef,s=QSXCR+Q6sek8bf92,i=4096".to_vec(), "SCRAM server-first"),
            (b"c=biws,r=abcdef,p=AAAA".to_vec(), "SCRAM client-final"),
            (b"v=rmF9pqV8S7suAoZWja4dJRkFsKQ=".to_vec(), "SCRAM server-final"),
            (oauth::oauthbearer(b"u@x", Some("h"), Some(25), b"tok").unwrap().bytes.to_vec(), "OAUTHBEARER"),
            (oauth::xoauth2(b"u@x", b"tok").unwrap().bytes.to_vec(), "XOAUTH2"),
            (b"realm=\"r\",nonce=\"n\",qop=\"auth\"".to_vec(), "DIGEST-MD5 challenge"),
            (b"rspauth=ea40f60335c427b5527b84dbabcdfffd".to_vec(), "DIGEST-MD5 server final (rspauth)"),
            (simple::anonymous("trace").unwrap().bytes.to_vec(), "LOGIN, EXTERNAL or ANONYMOUS"),
        ];
        for (bytes, expected) in cases {
            assert_eq!(
                explain(&b64::encode(&bytes), None, false).unwrap().mechanism,
                expected,
                "{}",
                escape_bytes(&bytes)
            );
        }
    }

    #[test]
    fn plain_fields_that_look_like_other_mechanisms_stay_plain() {
        // Found by the round-trip property: an authzid of "e=" was taken for SCRAM's server-final.
        for authzid in ["e=", "v=x", "r=a,s=b", "c=x,p=y", "n,,n=u", "user=x\u{1}auth=Bearer t"] {
            let message = plain::initial_response(authzid.as_bytes(), b"A", b"pw").unwrap();
            assert_eq!(explain(&message.base64(), None, false).unwrap().mechanism, "PLAIN", "{authzid}");
        }
    }

    #[test]
    fn lints_and_errors() {
        let e = explain(
            &b64::encode(&plain::initial_response(b"", &[b'u'; 255], b"pw").unwrap().bytes),
            None,
            false,
        )
        .unwrap();
        assert!(e.lints.is_empty());
        let long = [b"\0".as_slice(), &[b'u'; 300], b"\0pw"].concat();
        assert!(explain(&b64::encode(&long), Some("PLAIN"), false).unwrap().lints[0].contains("255"));
        assert!(explain(&b64::encode(b"a\0b"), Some("PLAIN"), false)
            .unwrap_err()
            .to_string()
            .contains("1 NUL"));
        let bad_name = explain(&b64::encode(b"n,,n=a=zz,r=abc"), None, false).unwrap();
        assert!(bad_name.lints[0].contains("escaping"), "{bad_name:?}");
        assert!(explain("%%%", None, false).is_err());
        assert!(explain(&b64::encode(b"\xff\xfe"), Some("LOGIN"), false).unwrap().fields[0].secret);
        assert!(explain(&b64::encode(b"x"), Some("NOPE"), false).is_err());
    }

    #[test]
    fn digest_response_fields() {
        let input = digest_md5::ResponseInput {
            user: "chris",
            password: b"secret",
            realm: None,
            authzid: "",
            service: "imap",
            host: "h",
            cnonce: "c",
        };
        let exchange = digest_md5::respond(b"realm=\"r\",nonce=\"n\"", &input).unwrap();
        let e = explain(&exchange.response.base64(), None, false).unwrap();
        assert_eq!(e.mechanism, "DIGEST-MD5 response");
        assert_eq!(field(&e, "username"), "chris");
        let [user, _] = login::responses(b"alice", b"pw").unwrap();
        assert_eq!(
            field(
                &explain(&user.base64(), Some("LOGIN"), true).unwrap(),
                "value (a user name, password or identity)"
            ),
            "alice"
        );
    }

    #[test]
    fn a_report_masks_a_blob_that_holds_a_secret_or_does_not_decode() {
        let plain = DecodeReport::new("AGFsaWNlAHB3".into(), None, false);
        assert!(plain.input.starts_with("<blob hidden"), "{}", plain.input);
        assert_eq!(DecodeReport::new("AGFsaWNlAHB3".into(), None, true).input, "AGFsaWNlAHB3");
        let typed = DecodeReport::new("hunter2!".into(), None, false);
        assert!(typed.error.is_some() && !typed.input.contains("hunter2"), "{typed:?}");
    }

    proptest::proptest! {
        #[test]
        fn explain_never_panics(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..100)) {
            let blob = b64::encode(&bytes);
            for mech in [None, Some("PLAIN"), Some("SCRAM-SHA-1"), Some("DIGEST-MD5"), Some("XOAUTH2"), Some("OAUTHBEARER"), Some("CRAM-MD5")] {
                let _ = explain(&blob, mech, false);
            }
        }

        #[test]
        fn plain_round_trips(authzid in "[^\0]{0,20}", authcid in "[^\0]{1,20}", password in "[^\0]{1,20}") {
            let message = plain::initial_response(authzid.as_bytes(), authcid.as_bytes(), password.as_bytes()).unwrap();
            let e = explain(&message.base64(), None, true).unwrap();
            proptest::prop_assert_eq!(e.mechanism.as_str(), "PLAIN");
            proptest::prop_assert_eq!(field(&e, "authzid"), escape_bytes(authzid.as_bytes()));
            proptest::prop_assert_eq!(field(&e, "authcid"), escape_bytes(authcid.as_bytes()));
            proptest::prop_assert_eq!(field(&e, "password"), escape_bytes(password.as_bytes()));
        }

        #[test]
        fn xoauth2_and_oauthbearer_round_trip(user in "[a-z@.]{1,20}", token in "[A-Za-z0-9._-]{1,40}") {
            let e = explain(&oauth::xoauth2(user.as_bytes(), token.as_bytes()).unwrap().base64(), None, true).unwrap();
            proptest::prop_assert_eq!(field(&e, "user"), user.as_str());
            proptest::prop_assert_eq!(field(&e, "bearer token"), token.as_str());
            let e = explain(&oauth::oauthbearer(user.as_bytes(), None, None, token.as_bytes()).unwrap().base64(), None, true).unwrap();
            proptest::prop_assert_eq!(field(&e, "authzid"), user.as_str());
            proptest::prop_assert_eq!(field(&e, "bearer token"), token.as_str());
        }

        #[test]
        fn other_mechanisms_round_trip(user in "[a-zA-Z0-9@._-]{1,20}", password in "[^\0]{1,20}") {
            let cram = cram::response(cram::CramHash::Sha1, user.as_bytes(), password.as_bytes(), b"<1@x>").unwrap();
            let e = explain(&cram.base64(), None, false).unwrap();
            proptest::prop_assert_eq!(field(&e, "user"), user.as_str());
            let [name, secret] = login::responses(user.as_bytes(), password.as_bytes()).unwrap();
            let value = "value (a user name, password or identity)";
            let e = explain(&name.base64(), Some("LOGIN"), true).unwrap();
            proptest::prop_assert_eq!(field(&e, value), user.as_str());
            let e = explain(&secret.base64(), Some("LOGIN"), true).unwrap();
            proptest::prop_assert_eq!(field(&e, value), escape_bytes(password.as_bytes()));
            let e = explain(&simple::external(user.as_bytes()).unwrap().base64(), Some("EXTERNAL"), true).unwrap();
            proptest::prop_assert_eq!(field(&e, value), user.as_str());
            let input = digest_md5::ResponseInput {
                user: &user, password: password.as_bytes(), realm: Some("r"), authzid: "", service: "smtp", host: "h", cnonce: "c",
            };
            let exchange = digest_md5::respond(b"nonce=\"n\"", &input).unwrap();
            let e = explain(&exchange.response.base64(), Some("DIGEST-MD5"), false).unwrap();
            proptest::prop_assert_eq!(field(&e, "username"), user.as_str());
        }

        #[test]
        fn scram_client_first_round_trips(user in "[a-z=,]{1,20}", authzid in "[a-z=,]{0,10}") {
            let message = scram::ScramClient::new(ScramHash::Sha256, &user, &authzid, "n0nce").unwrap().client_first();
            let e = explain(&message.base64(), None, false).unwrap();
            proptest::prop_assert_eq!(field(&e, "user (n=)"), user.as_str());
            if !authzid.is_empty() {
                proptest::prop_assert_eq!(field(&e, "authzid"), authzid.as_str());
            }
            proptest::prop_assert!(e.lints.is_empty());
        }
    }
}
