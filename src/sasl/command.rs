//! RFC 4954's AUTH command line, shared by `auth --command` and the probe.

/// RFC 4954 §4: the AUTH command line, CRLF included, stays within 512 octets.
pub const AUTH_LINE_LIMIT: usize = 512;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthLine {
    /// `AUTH MECH <ir>` fits: one line.
    Inline(String),
    /// Too long: send `AUTH MECH`, wait for the server's empty `334`, then the response alone.
    Separate { command: String, response: String },
}

/// The AUTH command for `mechanism` with an initial response in base64 (`None`: no initial
/// response; an empty one is sent as `=`). Lines are without CRLF.
pub fn auth_line(mechanism: &str, initial_response: Option<&str>) -> AuthLine {
    let command = format!("AUTH {mechanism}");
    match initial_response {
        None => AuthLine::Inline(command),
        Some(ir) => {
            let ir = if ir.is_empty() { "=" } else { ir };
            if command.len() + 1 + ir.len() + 2 <= AUTH_LINE_LIMIT {
                AuthLine::Inline(format!("{command} {ir}"))
            } else {
                AuthLine::Separate { command, response: ir.to_string() }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_with_crlf_stays_within_512_octets() {
        assert_eq!(auth_line("PLAIN", None), AuthLine::Inline("AUTH PLAIN".into()));
        assert_eq!(auth_line("EXTERNAL", Some("")), AuthLine::Inline("AUTH EXTERNAL =".into()));
        // "AUTH PLAIN " is 11 octets, CRLF 2: 499 octets of response fit, 500 do not.
        let fits = "A".repeat(499);
        assert_eq!(auth_line("PLAIN", Some(&fits)), AuthLine::Inline(format!("AUTH PLAIN {fits}")));
        let long = "A".repeat(500);
        assert_eq!(
            auth_line("PLAIN", Some(&long)),
            AuthLine::Separate { command: "AUTH PLAIN".into(), response: long.clone() }
        );
    }
}
