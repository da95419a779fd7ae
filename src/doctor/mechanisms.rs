//! What Cyrus offers: the mechanisms its installed plugins serve, the security properties each one
//! has (Cyrus's plugin flags), and which of them survive a set of Postfix security options.

use std::path::Path;

use crate::sasldb::installed;

const NOPLAINTEXT: u8 = 1;
const NOACTIVE: u8 = 2;
const NODICTIONARY: u8 = 4;
const FORWARD_SECRECY: u8 = 8;
const NOANONYMOUS: u8 = 16;
const MUTUAL_AUTH: u8 = 32;

/// The security properties Cyrus's plugins declare for each server mechanism.
fn properties(mechanism: &str) -> u8 {
    match mechanism {
        "PLAIN" | "LOGIN" => NOANONYMOUS,
        "CRAM-MD5" | "NTLM" => NOPLAINTEXT | NOANONYMOUS,
        "DIGEST-MD5" => NOPLAINTEXT | NOANONYMOUS | MUTUAL_AUTH,
        "ANONYMOUS" => NOPLAINTEXT,
        "OTP" => NOPLAINTEXT | NOANONYMOUS | FORWARD_SECRECY,
        "SRP" => NOPLAINTEXT | NODICTIONARY | NOANONYMOUS | MUTUAL_AUTH | FORWARD_SECRECY,
        m if m.starts_with("SCRAM-") || m == "GSSAPI" || m == "GSS-SPNEGO" || m.starts_with("GS2-") => {
            NOPLAINTEXT | NOACTIVE | NOANONYMOUS | MUTUAL_AUTH
        }
        _ => 0,
    }
}

/// The mechanisms each installed server plugin adds when no `mech_list` narrows them.
fn plugin_mechanisms(plugin: &str) -> &'static [&'static str] {
    match plugin {
        "plain" => &["PLAIN"],
        "login" => &["LOGIN"],
        "crammd5" => &["CRAM-MD5"],
        "digestmd5" => &["DIGEST-MD5"],
        "scram" => &["SCRAM-SHA-1", "SCRAM-SHA-224", "SCRAM-SHA-256", "SCRAM-SHA-384", "SCRAM-SHA-512"],
        "ntlm" => &["NTLM"],
        "anonymous" => &["ANONYMOUS"],
        "otp" => &["OTP"],
        "gssapiv2" => &["GSSAPI", "GSS-SPNEGO"],
        _ => &[],
    }
}

/// Every mechanism the plugins in `dir` serve.
pub fn installed_mechanisms(dir: &Path) -> Vec<String> {
    ["plain", "login", "crammd5", "digestmd5", "scram", "ntlm", "anonymous", "otp", "gssapiv2"]
        .iter()
        .filter(|p| installed::has_plugin(dir, p))
        .flat_map(|p| plugin_mechanisms(p).iter().map(|m| m.to_string()))
        .collect()
}

/// The mechanisms of `available` that meet every property the Postfix security options ask for
/// (`noplaintext`, `noactive`, `nodictionary`, `noanonymous`, `mutual_auth`, `forward_secrecy`).
pub fn permitted(available: &[String], options: &[String]) -> Vec<String> {
    let wanted = options.iter().fold(0u8, |acc, option| {
        acc | match option.as_str() {
            "noplaintext" => NOPLAINTEXT,
            "noactive" => NOACTIVE,
            "nodictionary" => NODICTIONARY,
            "noanonymous" => NOANONYMOUS,
            "mutual_auth" => MUTUAL_AUTH,
            "forward_secrecy" => FORWARD_SECRECY,
            _ => 0,
        }
    });
    available.iter().filter(|m| properties(m) & wanted == wanted).cloned().collect()
}

/// PLAIN or LOGIN: the password itself goes over the wire.
pub fn is_plaintext(mechanism: &str) -> bool {
    matches!(mechanism, "PLAIN" | "LOGIN")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn security_options_filter_as_cyrus_does() {
        let all = names(&["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "ANONYMOUS"]);
        assert_eq!(
            permitted(&all, &names(&["noanonymous"])),
            names(&["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256"])
        );
        assert_eq!(
            permitted(&all, &names(&["noplaintext", "noanonymous"])),
            names(&["CRAM-MD5", "SCRAM-SHA-256"])
        );
        assert_eq!(permitted(&all, &names(&["noactive"])), names(&["SCRAM-SHA-256"]));
        assert!(permitted(&names(&["PLAIN", "LOGIN"]), &names(&["noplaintext"])).is_empty());
    }
}
