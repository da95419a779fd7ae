//! The few DNS messages `probe --mx` needs (RFC 1035): a query for one name and type, and the
//! records of that type in the answer. Pure and bounded: compression pointers are followed at
//! most [`MAX_JUMPS`] times, names stay within 255 bytes, and no length is trusted past the end
//! of the message.

use std::net::IpAddr;

use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordType {
    A,
    Aaaa,
    Mx,
}

impl RecordType {
    fn code(self) -> u16 {
        match self {
            RecordType::A => 1,
            RecordType::Mx => 15,
            RecordType::Aaaa => 28,
        }
    }
}

/// A record of the type asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    Address(IpAddr),
    /// Preference and exchange host (`.` for RFC 7505's null MX), without the trailing dot.
    Mx(u16, String),
}

/// What the server answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// NOERROR: the records of the type asked for (none: the name exists without them).
    Records(Vec<Record>),
    /// NXDOMAIN: the name does not exist.
    NoSuchName,
    /// The answer did not fit a datagram: ask again over TCP.
    Truncated,
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum DnsError {
    #[error("the DNS answer is malformed: {0}")]
    Malformed(&'static str),
    #[error("the DNS server answered {0}")]
    Failure(&'static str),
    #[error("{0:?} is not a domain name")]
    BadName(String),
}

/// Compression pointers followed in one name; real messages need a handful.
pub const MAX_JUMPS: usize = 32;

/// The query message for `name` and `kind`, with recursion desired.
pub fn query(id: u16, name: &str, kind: RecordType) -> Result<Vec<u8>, DnsError> {
    let mut message = Vec::with_capacity(32 + name.len());
    message.extend_from_slice(&id.to_be_bytes());
    message.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    let trimmed = name.strip_suffix('.').unwrap_or(name);
    let bad = || DnsError::BadName(name.to_string());
    if trimmed.is_empty() || trimmed.len() > 253 {
        return Err(bad());
    }
    for label in trimmed.split('.') {
        if label.is_empty() || label.len() > 63 || !label.is_ascii() {
            return Err(bad());
        }
        message.push(label.len() as u8);
        message.extend_from_slice(label.as_bytes());
    }
    message.push(0);
    message.extend_from_slice(&kind.code().to_be_bytes());
    message.extend_from_slice(&1u16.to_be_bytes());
    Ok(message)
}

/// The answer to the query `id` for `kind`; records of other types (a CNAME chain) are skipped.
pub fn parse(message: &[u8], id: u16, kind: RecordType) -> Result<Answer, DnsError> {
    let header = message.get(..12).ok_or(DnsError::Malformed("shorter than a header"))?;
    let word = |at: usize| u16::from_be_bytes([header[at], header[at + 1]]);
    if word(0) != id || header[2] & 0x80 == 0 {
        return Err(DnsError::Malformed("not the answer to this query"));
    }
    if header[2] & 0x02 != 0 {
        return Ok(Answer::Truncated);
    }
    match header[3] & 0x0f {
        0 => {}
        3 => return Ok(Answer::NoSuchName),
        2 => return Err(DnsError::Failure("SERVFAIL")),
        5 => return Err(DnsError::Failure("REFUSED")),
        _ => return Err(DnsError::Failure("an error")),
    }
    let (questions, answers) = (word(4), word(6));
    let mut at = 12;
    for _ in 0..questions {
        at = skip_name(message, at)? + 4;
    }
    let mut records = Vec::new();
    for _ in 0..answers {
        at = skip_name(message, at)?;
        let fixed = message.get(at..at + 10).ok_or(DnsError::Malformed("a record is cut short"))?;
        let rtype = u16::from_be_bytes([fixed[0], fixed[1]]);
        let length = usize::from(u16::from_be_bytes([fixed[8], fixed[9]]));
        let start = at + 10;
        let data =
            message.get(start..start + length).ok_or(DnsError::Malformed("record data past the end"))?;
        at = start + length;
        if rtype != kind.code() {
            continue;
        }
        records.push(match kind {
            RecordType::A => {
                let octets: [u8; 4] =
                    data.try_into().map_err(|_| DnsError::Malformed("an A record is not 4 bytes"))?;
                Record::Address(IpAddr::from(octets))
            }
            RecordType::Aaaa => {
                let octets: [u8; 16] =
                    data.try_into().map_err(|_| DnsError::Malformed("an AAAA record is not 16 bytes"))?;
                Record::Address(IpAddr::from(octets))
            }
            RecordType::Mx => {
                let preference = data.get(..2).ok_or(DnsError::Malformed("an MX record is cut short"))?;
                let preference = u16::from_be_bytes([preference[0], preference[1]]);
                Record::Mx(preference, read_name(message, start + 2)?)
            }
        });
    }
    Ok(Answer::Records(records))
}

/// Where the name starting at `at` ends (a pointer ends it).
fn skip_name(message: &[u8], mut at: usize) -> Result<usize, DnsError> {
    loop {
        let length = *message.get(at).ok_or(DnsError::Malformed("a name runs past the end"))?;
        match length {
            0 => return Ok(at + 1),
            l if l & 0xc0 == 0xc0 => return Ok(at + 2),
            l if l & 0xc0 != 0 => return Err(DnsError::Malformed("a label of an unknown kind")),
            l => at += 1 + usize::from(l),
        }
    }
}

/// The name at `at`, dotted, compression pointers followed (at most [`MAX_JUMPS`]).
fn read_name(message: &[u8], mut at: usize) -> Result<String, DnsError> {
    let mut name = String::new();
    let mut jumps = 0;
    loop {
        let length = *message.get(at).ok_or(DnsError::Malformed("a name runs past the end"))?;
        match length {
            0 => break,
            l if l & 0xc0 == 0xc0 => {
                let low = *message.get(at + 1).ok_or(DnsError::Malformed("a pointer is cut short"))?;
                jumps += 1;
                if jumps > MAX_JUMPS {
                    return Err(DnsError::Malformed("a name's pointers loop"));
                }
                at = usize::from(u16::from_be_bytes([l & 0x3f, low]));
            }
            l if l & 0xc0 != 0 => return Err(DnsError::Malformed("a label of an unknown kind")),
            l => {
                let label = message
                    .get(at + 1..at + 1 + usize::from(l))
                    .ok_or(DnsError::Malformed("a label runs past the end"))?;
                if !name.is_empty() {
                    name.push('.');
                }
                name.push_str(&String::from_utf8_lossy(label));
                if name.len() > 255 {
                    return Err(DnsError::Malformed("a name longer than 255 bytes"));
                }
                at += 1 + usize::from(l);
            }
        }
    }
    Ok(if name.is_empty() { ".".to_string() } else { name })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An answer to `query` with `records` as (type, data) pairs, names compressed to the question.
    fn answer(query: &[u8], rcode: u8, records: &[(u16, Vec<u8>)]) -> Vec<u8> {
        let mut message = query.to_vec();
        message[2] |= 0x80;
        message[3] = 0x80 | rcode;
        message[6..8].copy_from_slice(&(records.len() as u16).to_be_bytes());
        for (rtype, data) in records {
            message.extend_from_slice(&[0xc0, 12]);
            message.extend_from_slice(&rtype.to_be_bytes());
            message.extend_from_slice(&[0, 1, 0, 0, 1, 0]);
            message.extend_from_slice(&(data.len() as u16).to_be_bytes());
            message.extend_from_slice(data);
        }
        message
    }

    #[test]
    fn mx_with_a_compressed_exchange_and_a_cname_skipped() {
        let q = query(7, "example.test", RecordType::Mx).unwrap();
        // "mx1" + pointer to the question's name.
        let mut mx = vec![0, 10, 3, b'm', b'x', b'1', 0xc0, 12];
        let cname = vec![0xc0, 12];
        let message = answer(&q, 0, &[(5, cname), (15, std::mem::take(&mut mx))]);
        assert_eq!(
            parse(&message, 7, RecordType::Mx),
            Ok(Answer::Records(vec![Record::Mx(10, "mx1.example.test".into())]))
        );
        let null_mx = answer(&q, 0, &[(15, vec![0, 0, 0])]);
        assert_eq!(parse(&null_mx, 7, RecordType::Mx), Ok(Answer::Records(vec![Record::Mx(0, ".".into())])));
        assert_eq!(parse(&answer(&q, 3, &[]), 7, RecordType::Mx), Ok(Answer::NoSuchName));
        assert_eq!(parse(&answer(&q, 2, &[]), 7, RecordType::Mx), Err(DnsError::Failure("SERVFAIL")));
        assert!(parse(&answer(&q, 0, &[]), 8, RecordType::Mx).is_err(), "another query's id");
    }

    #[test]
    fn addresses_and_bad_names() {
        let q = query(1, "mx1.example.test.", RecordType::Aaaa).unwrap();
        let message = answer(&q, 0, &[(28, vec![0; 15].into_iter().chain([1]).collect())]);
        assert_eq!(
            parse(&message, 1, RecordType::Aaaa),
            Ok(Answer::Records(vec![Record::Address("::1".parse().unwrap())]))
        );
        let q = query(1, "mx1.example.test", RecordType::A).unwrap();
        let message = answer(&q, 0, &[(1, vec![127, 0, 0, 2])]);
        assert_eq!(
            parse(&message, 1, RecordType::A),
            Ok(Answer::Records(vec![Record::Address("127.0.0.2".parse().unwrap())]))
        );
        assert!(query(1, "a..b", RecordType::A).is_err());
        assert!(query(1, &"x".repeat(64), RecordType::A).is_err());
        assert!(query(1, "", RecordType::A).is_err());
    }

    #[test]
    fn pointer_loops_and_every_truncation_end_in_an_error() {
        let q = query(9, "example.test", RecordType::Mx).unwrap();
        let mut message = answer(&q, 0, &[(15, vec![0, 10, 0xc0, 0])]);
        // The exchange points at itself.
        let at = message.len() - 2;
        message[at + 1] = at as u8;
        assert_eq!(parse(&message, 9, RecordType::Mx), Err(DnsError::Malformed("a name's pointers loop")));
        let good = answer(&q, 0, &[(15, vec![0, 10, 3, b'm', b'x', b'1', 0xc0, 12])]);
        for cut in 0..good.len() {
            assert!(parse(&good[..cut], 9, RecordType::Mx).is_err(), "cut at {cut}");
        }
    }

    proptest::proptest! {
        #[test]
        fn mutated_answers_never_panic(flips in proptest::collection::vec((0usize..64, proptest::prelude::any::<u8>()), 0..8)) {
            let q = query(3, "example.test", RecordType::Mx).unwrap();
            let mut message = answer(&q, 0, &[(15, vec![0, 10, 3, b'm', b'x', b'1', 0xc0, 12]), (1, vec![1, 2, 3, 4])]);
            for (at, byte) in flips {
                let len = message.len();
                message[at % len] = byte;
            }
            let _ = parse(&message, 3, RecordType::Mx);
            let _ = parse(&message, u16::from_be_bytes([message[0], message[1]]), RecordType::A);
        }
    }
}
