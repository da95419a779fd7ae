//! DIGEST-MD5 (RFC 2831, historic since RFC 6331): parse the server's directives, answer with
//! `response=`, and check the server's `rspauth=`. Only qop=auth (no security layer).

use md5::{Digest, Md5};

use crate::sasl::cram::hex;
use crate::sasl::{check_field, Message, SaslError};

/// `key=value` pairs in the order given; quoted values unescaped.
pub type Directives = Vec<(String, String)>;

/// Parses `realm="x",nonce="y",qop="auth",algorithm=md5-sess` (RFC 2831 §7.1 lists, with LWS).
pub fn parse_directives(text: &[u8]) -> Result<Directives, SaslError> {
    let text = std::str::from_utf8(text).map_err(|_| bad("the directives are not UTF-8"))?;
    let mut directives = Vec::new();
    let mut rest = text.trim_start_matches([' ', '\t', ',']);
    while !rest.is_empty() {
        let eq = rest.find('=').ok_or_else(|| bad(&format!("no `=` in {rest:?}")))?;
        let key = rest[..eq].trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err(bad(&format!("bad directive name {key:?}")));
        }
        let (value, after) = parse_value(rest[eq + 1..].trim_start())?;
        directives.push((key.to_ascii_lowercase(), value));
        rest = after.trim_start();
        match rest.strip_prefix(',') {
            Some(next) => rest = next.trim_start_matches([' ', '\t', ',']),
            None if rest.is_empty() => {}
            None => return Err(bad(&format!("expected `,` before {rest:?}"))),
        }
    }
    Ok(directives)
}

fn parse_value(text: &str) -> Result<(String, &str), SaslError> {
    let Some(quoted) = text.strip_prefix('"') else {
        let end = text.find([',', ' ', '\t']).unwrap_or(text.len());
        return Ok((text[..end].to_string(), &text[end..]));
    };
    let mut value = String::new();
    let mut chars = quoted.char_indices();
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return Ok((value, &quoted[at + 1..])),
            '\\' => value.push(chars.next().ok_or_else(|| bad("a quoted value ends in `\\`"))?.1),
            c => value.push(c),
        }
    }
    Err(bad("a quoted value is not closed"))
}

fn bad(reason: &str) -> SaslError {
    SaslError::Undecodable(format!("malformed DIGEST-MD5 directives: {reason}"))
}

pub fn get<'a>(directives: &'a Directives, key: &str) -> Option<&'a str> {
    directives.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// What the client answers with; `realm` and `authzid` may be empty.
pub struct ResponseInput<'a> {
    pub user: &'a str,
    pub password: &'a [u8],
    pub realm: Option<&'a str>,
    pub authzid: &'a str,
    pub service: &'a str,
    pub host: &'a str,
    pub cnonce: &'a str,
}

/// The state needed to check `rspauth` afterwards.
pub struct Exchange {
    pub response: Message,
    ha1_hex: String,
    tail: String,
    digest_uri: String,
}

/// Builds the client response to a decoded server challenge.
pub fn respond(challenge: &[u8], input: &ResponseInput<'_>) -> Result<Exchange, SaslError> {
    let directives = parse_directives(challenge)?;
    let nonce = get(&directives, "nonce").ok_or_else(|| bad("the challenge has no nonce"))?;
    if let Some(qop) = get(&directives, "qop") {
        if !qop.split(',').any(|q| q.trim() == "auth") {
            return Err(SaslError::Invalid(format!(
                "the server offers qop={qop:?}; only \"auth\" is supported"
            )));
        }
    }
    check_field("password", input.password, None)?;
    let realm = input.realm.or_else(|| get(&directives, "realm")).unwrap_or("");
    let digest_uri = format!("{}/{}", input.service, input.host);
    let mut a1 = Md5::new();
    a1.update(md5_of(&[input.user.as_bytes(), b":", realm.as_bytes(), b":", input.password]));
    a1.update(format!(":{nonce}:{}", input.cnonce));
    if !input.authzid.is_empty() {
        a1.update(format!(":{}", input.authzid));
    }
    let ha1_hex = hex(&a1.finalize());
    let tail = format!("{nonce}:00000001:{}:auth:", input.cnonce);
    let response = kd(&ha1_hex, &tail, &format!("AUTHENTICATE:{digest_uri}"));
    let mut text = String::new();
    if get(&directives, "charset") == Some("utf-8") {
        text.push_str("charset=utf-8,");
    }
    text.push_str(&format!("username={},", quote(input.user)));
    if !realm.is_empty() {
        text.push_str(&format!("realm={},", quote(realm)));
    }
    text.push_str(&format!(
        "nonce={},nc=00000001,cnonce={},digest-uri={},response={response},qop=auth",
        quote(nonce),
        quote(input.cnonce),
        quote(&digest_uri)
    ));
    if !input.authzid.is_empty() {
        text.push_str(&format!(",authzid={}", quote(input.authzid)));
    }
    Ok(Exchange { response: Message::public(text.into_bytes()), ha1_hex, tail, digest_uri })
}

impl Exchange {
    /// Checks the server's `rspauth=` against the value only a server knowing the password computes.
    pub fn verify(&self, server_final: &[u8]) -> Result<(), SaslError> {
        let directives = parse_directives(server_final)?;
        let got =
            get(&directives, "rspauth").ok_or_else(|| bad("the server's final message has no rspauth"))?;
        let expected = kd(&self.ha1_hex, &self.tail, &format!(":{}", self.digest_uri));
        if crate::secrets::password::constant_time_eq(got.as_bytes(), expected.as_bytes()) {
            Ok(())
        } else {
            Err(SaslError::Mismatch("rspauth does not match: the server does not know this password".into()))
        }
    }
}

fn md5_of(parts: &[&[u8]]) -> Vec<u8> {
    let mut hash = Md5::new();
    parts.iter().for_each(|p| hash.update(p));
    hash.finalize().to_vec()
}

/// `HEX(KD(HA1, tail HEX(H(A2))))`, with KD(k, s) = H(k ":" s).
fn kd(ha1_hex: &str, tail: &str, a2: &str) -> String {
    let ha2 = hex(&md5_of(&[a2.as_bytes()]));
    hex(&md5_of(&[ha1_hex.as_bytes(), b":", tail.as_bytes(), ha2.as_bytes()]))
}

fn quote(value: &str) -> String {
    format!("\"{}\"", value.replace('\\', "\\\\").replace('"', "\\\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    const RFC_CHALLENGE: &[u8] =
        b"realm=\"elwood.innosoft.com\",nonce=\"OA6MG9tEQGm2hh\",qop=\"auth\",algorithm=md5-sess,charset=utf-8";

    fn rfc_exchange() -> Exchange {
        let input = ResponseInput {
            user: "chris",
            password: b"secret",
            realm: None,
            authzid: "",
            service: "imap",
            host: "elwood.innosoft.com",
            cnonce: "OA6MHXh6VqTrRk",
        };
        respond(RFC_CHALLENGE, &input).unwrap()
    }

    #[test]
    fn rfc2831_response_and_rspauth() {
        let exchange = rfc_exchange();
        assert_eq!(
            String::from_utf8(exchange.response.bytes.to_vec()).unwrap(),
            "charset=utf-8,username=\"chris\",realm=\"elwood.innosoft.com\",nonce=\"OA6MG9tEQGm2hh\",\
             nc=00000001,cnonce=\"OA6MHXh6VqTrRk\",digest-uri=\"imap/elwood.innosoft.com\",\
             response=d388dad90d4bbd760a152321f2143af7,qop=auth"
        );
        assert_eq!(exchange.verify(b"rspauth=ea40f60335c427b5527b84dbabcdfffd"), Ok(()));
        assert!(matches!(
            exchange.verify(b"rspauth=00000000000000000000000000000000"),
            Err(SaslError::Mismatch(_))
        ));
    }

    #[test]
    fn directive_parsing() {
        let parsed = parse_directives(b" realm=\"a\\\"b\" , nonce=xyz,qop=\"auth,auth-int\"").unwrap();
        assert_eq!(
            parsed,
            vec![
                ("realm".into(), "a\"b".into()),
                ("nonce".into(), "xyz".into()),
                ("qop".into(), "auth,auth-int".into())
            ]
        );
        for bad in [&b"realm"[..], b"realm=\"open", b"=x", b"a=b c=d", b"\xff=1"] {
            assert!(parse_directives(bad).is_err(), "{:?}", String::from_utf8_lossy(bad));
        }
    }

    #[test]
    fn refuses_challenge_without_nonce_or_auth_qop() {
        let input = ResponseInput {
            user: "u",
            password: b"p",
            realm: None,
            authzid: "",
            service: "smtp",
            host: "h",
            cnonce: "c",
        };
        assert!(respond(b"realm=\"r\"", &input).is_err());
        assert!(respond(b"nonce=\"n\",qop=\"auth-conf\"", &input).is_err());
    }

    proptest::proptest! {
        #[test]
        fn parser_never_panics(input in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..120)) {
            let _ = parse_directives(&input);
        }
    }
}
