//! What a server advertises, in one shape for every protocol. For SMTP/LMTP (built here from
//! the EHLO/LHLO reply) the standard `AUTH` list and the pre-standard `AUTH=` list are kept apart
//! (Postfix's `broken_sasl_auth_clients` sends both, and they may differ); the other protocols
//! build theirs in their dialect's file.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Capabilities {
    /// The first line: the server's name and greeting text.
    pub greeting: String,
    /// Every keyword line as sent.
    pub keywords: Vec<String>,
    /// Mechanisms of the `AUTH` keyword, upper-cased, in the server's order.
    pub auth: Vec<String>,
    /// Mechanisms of the non-standard `AUTH=` line, or `None` when there is none.
    pub auth_equals: Option<Vec<String>>,
    pub starttls: bool,
    /// Keywords sent in lower case (legal, RFC 5321 §2.4, but some clients miss them).
    pub lower_case_keywords: Vec<String>,
    /// The protocol's own password command, when the server accepts it: IMAP `LOGIN` (no
    /// `LOGINDISABLED`), POP3 `USER`. It sends the password as it is, outside SASL.
    #[serde(default)]
    pub plaintext_login: Option<String>,
}

impl Capabilities {
    /// From the lines of an EHLO/LHLO reply (the first is the greeting).
    pub fn from_ehlo(lines: &[String]) -> Capabilities {
        let mut caps =
            Capabilities { greeting: lines.first().cloned().unwrap_or_default(), ..Default::default() };
        for line in lines.iter().skip(1) {
            caps.add(line);
        }
        caps
    }

    fn add(&mut self, line: &str) {
        self.keywords.push(line.to_string());
        let keyword = line.split([' ', '=']).next().unwrap_or("");
        if keyword.bytes().any(|b| b.is_ascii_lowercase()) {
            self.lower_case_keywords.push(keyword.to_string());
        }
        let mechanisms =
            |rest: &str| rest.split_whitespace().map(str::to_ascii_uppercase).collect::<Vec<_>>();
        let upper = keyword.to_ascii_uppercase();
        match upper.as_str() {
            "AUTH" if line.as_bytes().get(4) == Some(&b'=') => {
                self.auth_equals.get_or_insert_with(Vec::new).extend(mechanisms(&line[5..]));
            }
            "AUTH" => self.auth.extend(mechanisms(line.get(4..).unwrap_or(""))),
            "STARTTLS" => self.starttls = true,
            _ => {}
        }
    }

    /// Every mechanism offered in either list, `AUTH` first.
    pub fn all_mechanisms(&self) -> Vec<String> {
        let mut all = self.auth.clone();
        for mech in self.auth_equals.iter().flatten() {
            if !all.contains(mech) {
                all.push(mech.clone());
            }
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ehlo(lines: &[&str]) -> Capabilities {
        Capabilities::from_ehlo(&lines.iter().map(|l| l.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn auth_lists_kept_apart() {
        let caps =
            ehlo(&["mx.example", "PIPELINING", "AUTH PLAIN LOGIN CRAM-MD5", "AUTH=PLAIN LOGIN", "STARTTLS"]);
        assert_eq!(caps.auth, ["PLAIN", "LOGIN", "CRAM-MD5"]);
        assert_eq!(caps.auth_equals, Some(vec!["PLAIN".to_string(), "LOGIN".to_string()]));
        assert!(caps.starttls);
        assert!(caps.lower_case_keywords.is_empty());
    }

    #[test]
    fn lower_case_and_auth_equals_only() {
        let caps = ehlo(&["mx.example", "auth=login plain", "starttls"]);
        assert!(caps.auth.is_empty());
        assert_eq!(caps.auth_equals, Some(vec!["LOGIN".to_string(), "PLAIN".to_string()]));
        assert_eq!(caps.lower_case_keywords, ["auth", "starttls"]);
        assert!(caps.starttls);
        assert_eq!(caps.all_mechanisms(), ["LOGIN", "PLAIN"]);
    }
}
