//! The client side of Dovecot's authentication protocol (version 1.2, what Postfix's smtpd speaks
//! to `smtpd_sasl_path`): the server's handshake lists its mechanisms (`MECH\tPLAIN\tplaintext`)
//! up to `DONE`; an `AUTH` with an initial response is answered `OK` or `FAIL`.

use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::Path;
use std::time::Duration;

use zeroize::Zeroizing;

/// A handshake longer than this many lines is no Dovecot.
const MAX_LINES: usize = 256;
const MAX_LINE: u64 = 16 * 1024;

/// What the server's handshake says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Handshake {
    pub major: Option<u32>,
    /// Mechanisms, upper-cased, each with whether Dovecot marks it plaintext.
    pub mechanisms: Vec<(String, bool)>,
}

/// Folds one handshake line into `handshake`; true at `DONE`.
pub fn handshake_line(handshake: &mut Handshake, line: &str) -> Result<bool, String> {
    let mut fields = line.trim_end_matches(['\r', '\n']).split('\t');
    match fields.next() {
        Some("VERSION") => handshake.major = fields.next().and_then(|v| v.parse().ok()),
        Some("MECH") => {
            let name = fields.next().ok_or("MECH without a name")?.to_ascii_uppercase();
            let plaintext = fields.any(|f| f == "plaintext");
            handshake.mechanisms.push((name, plaintext));
        }
        Some("DONE") => return Ok(true),
        Some("SPID" | "CUID" | "COOKIE") => {}
        Some(other) => {
            return Err(format!(
                "not a Dovecot auth handshake line: {:?}",
                other.chars().take(40).collect::<String>()
            ))
        }
        None => {}
    }
    Ok(false)
}

/// `AUTH` with PLAIN's initial response for `user`/`password` (zeroed when dropped).
pub fn plain_request(id: u32, user: &str, password: &[u8]) -> Result<Zeroizing<Vec<u8>>, String> {
    let message =
        crate::sasl::plain::initial_response(b"", user.as_bytes(), password).map_err(|e| e.to_string())?;
    let encoded = Zeroizing::new(message.base64());
    let mut request = Zeroizing::new(format!("AUTH\t{id}\tPLAIN\tservice=smtp\tresp=").into_bytes());
    request.extend_from_slice(encoded.as_bytes());
    request.push(b'\n');
    Ok(request)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Fail(String),
}

/// The server's answer to `AUTH` number `id`.
pub fn parse_verdict(id: u32, line: &str) -> Option<Verdict> {
    let mut fields = line.trim_end_matches(['\r', '\n']).split('\t');
    let kind = fields.next()?;
    if fields.next()? != id.to_string() {
        return None;
    }
    match kind {
        "OK" => Some(Verdict::Ok),
        "FAIL" => {
            let reason = fields.find_map(|f| f.strip_prefix("reason=")).unwrap_or("authentication failed");
            Some(Verdict::Fail(reason.to_string()))
        }
        _ => None,
    }
}

/// Connects, reads the handshake and, with credentials, tries them with PLAIN.
pub fn ask(
    socket: &Path,
    credentials: Option<(&str, &[u8])>,
    timeout: Duration,
) -> std::io::Result<Result<(Handshake, Option<Verdict>), String>> {
    let stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(timeout))?;
    stream.set_write_timeout(Some(timeout))?;
    let mut writer = stream.try_clone()?;
    writer.write_all(format!("VERSION\t1\t2\nCPID\t{}\n", std::process::id()).as_bytes())?;
    let mut reader = BufReader::new(stream);
    let mut handshake = Handshake::default();
    let mut line = String::new();
    let mut done = false;
    for _ in 0..MAX_LINES {
        line.clear();
        if std::io::Read::take(&mut reader, MAX_LINE).read_line(&mut line)? == 0 {
            return Ok(Err("the server closed the connection during the handshake".into()));
        }
        match handshake_line(&mut handshake, &line) {
            Ok(true) => {
                done = true;
                break;
            }
            Ok(false) => {}
            Err(err) => return Ok(Err(err)),
        }
    }
    if !done {
        return Ok(Err(format!("no DONE after {MAX_LINES} handshake lines: not a Dovecot auth service")));
    }
    let Some((user, password)) = credentials else { return Ok(Ok((handshake, None))) };
    let request = match plain_request(1, user, password) {
        Ok(request) => request,
        Err(err) => return Ok(Err(err)),
    };
    writer.write_all(&request)?;
    for _ in 0..MAX_LINES {
        line.clear();
        if std::io::Read::take(&mut reader, MAX_LINE).read_line(&mut line)? == 0 {
            break;
        }
        if let Some(verdict) = parse_verdict(1, &line) {
            return Ok(Ok((handshake, Some(verdict))));
        }
    }
    Ok(Err("no answer to AUTH".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn handshake_and_verdicts() {
        let mut h = Handshake::default();
        for line in
            ["VERSION\t1\t2\n", "MECH\tPLAIN\tplaintext\n", "MECH\tcram-md5\tdictionary\n", "SPID\t1\n"]
        {
            assert_eq!(handshake_line(&mut h, line), Ok(false));
        }
        assert_eq!(handshake_line(&mut h, "DONE\n"), Ok(true));
        assert_eq!(h.major, Some(1));
        assert_eq!(h.mechanisms, [("PLAIN".to_string(), true), ("CRAM-MD5".to_string(), false)]);
        assert!(handshake_line(&mut h, "220 smtp.example ESMTP\n").is_err());
        assert_eq!(parse_verdict(1, "OK\t1\tuser=alice\n"), Some(Verdict::Ok));
        assert_eq!(parse_verdict(1, "FAIL\t1\tuser=alice\treason=bad\n"), Some(Verdict::Fail("bad".into())));
        assert_eq!(parse_verdict(1, "FAIL\t2\n"), None);
        assert_eq!(
            String::from_utf8(plain_request(1, "a", b"b").unwrap().to_vec()).unwrap(),
            "AUTH\t1\tPLAIN\tservice=smtp\tresp=AGEAYg==\n"
        );
    }
}
