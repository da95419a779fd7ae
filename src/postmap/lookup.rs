//! The keys the Postfix SMTP client tries, in order (`smtp_sasl_passwd_lookup`, reference §3.3),
//! and how it splits the value it finds.

use serde::Serialize;

#[derive(Debug, Clone, Default)]
pub struct LookupRequest {
    /// The next hop exactly as configured: `[smtp.example.com]:587`, `example.com`, …
    pub nexthop: String,
    /// The name of the host actually connected to (an MX name); default: the next hop's name.
    pub host: Option<String>,
    pub sender: Option<String>,
    /// `smtp_sender_dependent_authentication = yes`: sender keys come first.
    pub sender_dependent: bool,
    /// `recipient_delimiter`, for the sender form without its extension.
    pub recipient_delimiter: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub key: String,
    /// Why Postfix tries it.
    pub source: &'static str,
}

/// The keys in Postfix's order; a key already listed is not repeated.
pub fn candidate_keys(request: &LookupRequest) -> Vec<Candidate> {
    let mut keys: Vec<Candidate> = Vec::new();
    let mut push = |key: String, source| {
        if !key.is_empty() && !keys.iter().any(|c: &Candidate| c.key.eq_ignore_ascii_case(&key)) {
            keys.push(Candidate { key, source });
        }
    };
    if let Some(sender) =
        request.sender.as_deref().filter(|s| request.sender_dependent && !s.is_empty() && *s != "<>")
    {
        for (key, source) in sender_keys(sender, &request.recipient_delimiter) {
            push(key, source);
        }
    }
    let host = request.host.clone().unwrap_or_else(|| host_of_nexthop(&request.nexthop));
    push(host, "connected host name");
    push(request.nexthop.clone(), "next hop as configured");
    keys
}

/// `user+ext@domain` → itself, `user@domain` (when the delimiter is set), `@domain`.
fn sender_keys(sender: &str, delimiter: &str) -> Vec<(String, &'static str)> {
    let mut keys = vec![(sender.to_string(), "sender address")];
    let Some((local, domain)) = sender.rsplit_once('@') else {
        return keys;
    };
    if let Some(at) = local.find(|c| !delimiter.is_empty() && delimiter.contains(c)) {
        keys.push((format!("{}@{domain}", &local[..at]), "sender without address extension"));
    }
    keys.push((format!("@{domain}"), "sender domain"));
    keys
}

/// The next hop `sender_dependent_relayhost_maps` gives the sender: the first of the sender's
/// keys (address, without extension, `@domain`) that `get` finds, with that key; `DUNNO` (and
/// an empty value) leave the default relay host in charge, as in Postfix.
pub fn sender_relayhost<E>(
    sender: &str,
    delimiter: &str,
    fold_utf8: bool,
    mut get: impl FnMut(&[u8]) -> Result<Option<Vec<u8>>, E>,
) -> Result<Option<(String, String)>, E> {
    if sender.is_empty() || sender == "<>" {
        return Ok(None);
    }
    for (key, _) in sender_keys(sender, delimiter) {
        let folded = crate::postmap::fold::fold_key(key.as_bytes(), fold_utf8);
        if let Some(value) = get(&folded)? {
            let value = String::from_utf8_lossy(&value).trim().to_string();
            if value.is_empty() || value.eq_ignore_ascii_case("DUNNO") {
                return Ok(None);
            }
            return Ok(Some((key, value)));
        }
    }
    Ok(None)
}

/// `[name]:port` → `name`, `name:port` → `name`, `name` → `name`.
pub fn host_of_nexthop(nexthop: &str) -> String {
    let nexthop = nexthop.trim();
    if let Some(rest) = nexthop.strip_prefix('[') {
        return rest.split(']').next().unwrap_or(rest).to_string();
    }
    match nexthop.rsplit_once(':') {
        Some((name, _)) if !name.contains(':') => name.to_string(),
        _ => nexthop.to_string(),
    }
}

/// Postfix 3.7 splits at the first `:`; no colon means an empty password.
pub fn split_value(value: &[u8]) -> (&[u8], &[u8]) {
    match value.iter().position(|&b| b == b':') {
        Some(at) => (&value[..at], &value[at + 1..]),
        None => (value, b""),
    }
}

/// One key Postfix tries, and whether the map has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tried {
    #[serde(flatten)]
    pub candidate: Candidate,
    pub found: bool,
}

/// The keys tried in order, up to the first that matches, and its value.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Trace {
    pub tried: Vec<Tried>,
    /// The matching key and its value (without Postfix's trailing NUL).
    pub matched: Option<(String, Vec<u8>)>,
}

/// Walks Postfix's key order against a map: `get` answers one case-folded key (with
/// `fold_utf8`, ICU full case folding as with smtputf8_enable; else ASCII).
pub fn trace<E>(
    request: &LookupRequest,
    fold_utf8: bool,
    mut get: impl FnMut(&[u8]) -> Result<Option<Vec<u8>>, E>,
) -> Result<Trace, E> {
    let mut trace = Trace::default();
    for candidate in candidate_keys(request) {
        let folded = crate::postmap::fold::fold_key(candidate.key.as_bytes(), fold_utf8);
        let value = get(&folded)?;
        let found = value.is_some();
        if let Some(value) = value {
            trace.matched = Some((candidate.key.clone(), value));
        }
        trace.tried.push(Tried { candidate, found });
        if found {
            break;
        }
    }
    Ok(trace)
}

/// What an administrator should know about the request itself.
pub fn notes(request: &LookupRequest, sender_given: bool, host_given: bool) -> Vec<String> {
    let mut notes = Vec::new();
    if sender_given && !request.sender_dependent {
        notes.push("--sender is ignored: Postfix uses sender keys only with smtp_sender_dependent_authentication = yes (--sender-dependent)".into());
    }
    if !host_given && !request.nexthop.starts_with('[') {
        notes.push("without --host the connected host is taken to be the next hop's name; for an MX lookup give the MX host with --host".into());
    }
    notes
}

/// Ports Postfix also accepts by their service name (`getservbyname`, Debian's /etc/services).
const SERVICES: [(&str, u16); 5] =
    [("smtp", 25), ("submission", 587), ("submissions", 465), ("smtps", 465), ("lmtp", 24)];

/// The port of a `host:port` / `[host]:port` next hop, as a number, whether written as one or
/// as a service name; with the part before it.
fn split_port(key: &str) -> Option<(&str, u16)> {
    let (head, port) = key.rsplit_once(':')?;
    if head.contains(':') && !head.starts_with('[') {
        return None;
    }
    let number =
        port.parse().ok().or_else(|| SERVICES.iter().find(|(name, _)| *name == port).map(|(_, n)| *n))?;
    Some((head, number))
}

/// Keys of the map that name the same next hop as a tried key, with the port written the other
/// way (`[mail.isp.example]:587` for `[mail.isp.example]:submission`): Postfix compares the text,
/// so they never match. Each note says which key Postfix will try instead.
pub fn port_spelling_notes(tried: &[Tried], map_keys: &[String]) -> Vec<String> {
    let mut notes = Vec::new();
    for tried in tried {
        let Some((head, port)) = split_port(&tried.candidate.key) else { continue };
        for key in map_keys {
            let same = split_port(key).is_some_and(|(h, p)| h.eq_ignore_ascii_case(head) && p == port);
            if same && !key.eq_ignore_ascii_case(&tried.candidate.key) {
                notes.push(format!(
                    "the map has {key}, the same port as {} under another spelling; Postfix compares the text and tries {}: write the key as {}",
                    tried.candidate.key, tried.candidate.key, tried.candidate.key
                ));
            }
        }
    }
    notes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_port_written_by_number_or_by_name_is_noted() {
        let tried = |key: &str| Tried {
            candidate: Candidate { key: key.into(), source: "next hop as configured" },
            found: false,
        };
        let keys = vec!["[mail.isp.example]:587".to_string(), "other.example".to_string()];
        let notes =
            port_spelling_notes(&[tried("mail.isp.example"), tried("[mail.isp.example]:submission")], &keys);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].contains("write the key as [mail.isp.example]:submission"), "{notes:?}");
        assert!(port_spelling_notes(&[tried("[mail.isp.example]:465")], &keys).is_empty());
    }

    #[test]
    fn trace_stops_at_the_first_key_the_map_has() {
        let request = LookupRequest {
            nexthop: "[smtp.example.com]:587".into(),
            host: None,
            sender: Some("alice@example.org".into()),
            sender_dependent: true,
            recipient_delimiter: "+".into(),
        };
        let map = |key: &[u8]| -> Result<Option<Vec<u8>>, ()> {
            Ok((key == b"[smtp.example.com]:587").then(|| b"user:pw".to_vec()))
        };
        let trace = trace(&request, false, map).unwrap();
        assert_eq!(trace.matched, Some(("[smtp.example.com]:587".to_string(), b"user:pw".to_vec())));
        assert!(
            trace.tried.first().unwrap().candidate.key.contains("alice@example.org"),
            "sender keys first"
        );
        assert!(trace.tried.last().unwrap().found);
        assert_eq!(trace.tried.iter().filter(|t| t.found).count(), 1);
        let none = |_: &[u8]| -> Result<Option<Vec<u8>>, ()> { Ok(None) };
        let missed = super::trace(&request, false, none).unwrap();
        assert_eq!(missed.tried.len(), candidate_keys(&request).len());
        assert!(missed.matched.is_none());
        assert!(notes(&request, true, false).is_empty());
    }

    fn keys(request: &LookupRequest) -> Vec<String> {
        candidate_keys(request).into_iter().map(|c| c.key).collect()
    }

    #[test]
    fn host_then_nexthop() {
        let request = LookupRequest { nexthop: "[smtp.example.com]:587".into(), ..Default::default() };
        assert_eq!(keys(&request), ["smtp.example.com", "[smtp.example.com]:587"]);
        let request = LookupRequest {
            nexthop: "example.com".into(),
            host: Some("mx1.example.com".into()),
            ..Default::default()
        };
        assert_eq!(keys(&request), ["mx1.example.com", "example.com"]);
        let request = LookupRequest { nexthop: "[127.0.0.1]".into(), ..Default::default() };
        assert_eq!(keys(&request), ["127.0.0.1", "[127.0.0.1]"]);
    }

    #[test]
    fn sender_keys_only_when_sender_dependent() {
        let mut request = LookupRequest {
            nexthop: "[relay.example]:587".into(),
            sender: Some("Bob+Ext@Sender.Example".into()),
            recipient_delimiter: "+".into(),
            ..Default::default()
        };
        assert_eq!(keys(&request).len(), 2);
        request.sender_dependent = true;
        assert_eq!(
            keys(&request),
            [
                "Bob+Ext@Sender.Example",
                "Bob@Sender.Example",
                "@Sender.Example",
                "relay.example",
                "[relay.example]:587"
            ]
        );
    }

    #[test]
    fn value_splits_at_first_colon() {
        assert_eq!(split_value(b"destuser:pa:ss:word"), (&b"destuser"[..], &b"pa:ss:word"[..]));
        assert_eq!(split_value(b"onlyuser"), (&b"onlyuser"[..], &b""[..]));
        assert_eq!(host_of_nexthop("mail.example.com:submission"), "mail.example.com");
    }
}
