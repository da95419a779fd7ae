//! The saslauthd protocol, as libsasl2's `saslauthd_verify_password` and `testsaslauthd` speak
//! it: four counted strings (login, password, service, realm), each a 16-bit big-endian length
//! and the bytes; the answer is one counted string, `OK` or `NO <reason>`.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use zeroize::Zeroizing;

/// saslauthd refuses a string longer than this; so does the request here.
const MAX_STRING: usize = 8192;

/// What saslauthd answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Ok,
    No(String),
}

/// The request bytes (zeroed when dropped: the password is in them); `None` when a field is too
/// long for the protocol.
pub fn request(login: &[u8], password: &[u8], service: &[u8], realm: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let mut out = Zeroizing::new(Vec::new());
    for field in [login, password, service, realm] {
        let len = u16::try_from(field.len()).ok().filter(|l| usize::from(*l) <= MAX_STRING)?;
        out.extend_from_slice(&len.to_be_bytes());
        out.extend_from_slice(field);
    }
    Some(out)
}

/// The answer: a counted string. Anything else is the error text.
pub fn parse_answer(bytes: &[u8]) -> Result<Answer, String> {
    let [hi, lo, rest @ ..] = bytes else { return Err("the answer ended before its length".into()) };
    let len = usize::from(u16::from_be_bytes([*hi, *lo]));
    let text = rest.get(..len).ok_or_else(|| format!("the answer is shorter than its length ({len})"))?;
    let text = String::from_utf8_lossy(text);
    match text.strip_prefix("OK") {
        Some(_) => Ok(Answer::Ok),
        None => match text.strip_prefix("NO") {
            Some(reason) => Ok(Answer::No(reason.trim().trim_matches('"').to_string())),
            None => Err(format!("not OK or NO: {:?}", text.chars().take(80).collect::<String>())),
        },
    }
}

/// Asks the saslauthd behind `socket`, waiting at most `timeout` for each step.
pub fn ask(socket: &Path, request: &[u8], timeout: Duration) -> std::io::Result<Result<Answer, String>> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    stream.write_all(request)?;
    let mut answer = Vec::new();
    stream.take(2 + MAX_STRING as u64).read_to_end(&mut answer)?;
    Ok(parse_answer(&answer))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_strings_both_ways() {
        assert_eq!(
            request(b"al", b"pw", b"smtp", b"").unwrap().to_vec(),
            b"\0\x02al\0\x02pw\0\x04smtp\0\0".to_vec()
        );
        assert!(request(&vec![b'a'; 70_000], b"", b"", b"").is_none());
        assert_eq!(parse_answer(b"\0\x02OK"), Ok(Answer::Ok));
        assert_eq!(
            parse_answer(b"\0\x1aNO \"authentication failed\""),
            Ok(Answer::No("authentication failed".into()))
        );
        assert!(parse_answer(b"\0").is_err());
        assert!(parse_answer(b"\x10\0NO").is_err());
        assert!(parse_answer(b"\0\x03HI!").is_err());
    }
}
