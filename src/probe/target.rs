//! Where a probe connects: `HOST`, `HOST:PORT`, `[IPv6]:PORT` or a UNIX socket path, with the
//! protocol's default port.

use thiserror::Error;

use crate::error::{HasKind, Kind};
use crate::probe::machine::TlsMode;
use crate::probe::protocol::Protocol;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub host: String,
    pub port: u16,
    /// A UNIX socket to connect to instead (LMTP), e.g. `/var/run/dovecot/lmtp`.
    pub socket: Option<std::path::PathBuf>,
    /// Only IPv4 (4) or IPv6 (6) addresses.
    pub family: Option<u8>,
    /// The address to connect to, already resolved (an MX host's, from `--dns-server`); `host`
    /// is then only the name the certificate must carry.
    pub address: Option<std::net::IpAddr>,
}

impl Target {
    /// `host:port`, or the socket path.
    pub fn describe(&self) -> String {
        match &self.socket {
            Some(path) => path.display().to_string(),
            None => format!("{}:{}", self.host, self.port),
        }
    }
}

#[derive(Debug, Error, PartialEq, Eq)]
pub enum TargetError {
    #[error("a UNIX socket takes no TLS")]
    SocketWithTls,
    #[error("{0:?}: the port must be a number from 1 to 65535")]
    BadPort(String),
    #[error("line {line}: {error}")]
    InList { line: usize, error: Box<TargetError> },
}

impl HasKind for TargetError {
    fn kind(&self) -> Kind {
        match self {
            TargetError::InList { .. } => Kind::DataErr,
            _ => Kind::Usage,
        }
    }
}

/// A `--targets` list: one target per line, blank lines and `#` comments skipped.
pub fn parse_list(text: &str) -> Result<Vec<TargetSpec>, TargetError> {
    let mut specs = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let spec = TargetSpec::parse(line)
            .map_err(|error| TargetError::InList { line: number + 1, error: Box::new(error) })?;
        specs.push(spec);
    }
    Ok(specs)
}

/// Ports where TLS starts with the first byte (RFC 8314 submissions 465, imaps 993, pop3s 995).
pub const IMPLICIT_TLS_PORTS: [u16; 3] = [465, 993, 995];

/// The TLS mode a probe of `target` uses: `auto` means implicit TLS on the implicit-TLS ports,
/// where a server says nothing until the handshake (so STARTTLS would only wait out the timeout).
pub fn effective_tls(target: &Target, requested: TlsMode) -> TlsMode {
    match requested {
        TlsMode::Auto if target.socket.is_none() && IMPLICIT_TLS_PORTS.contains(&target.port) => {
            TlsMode::Implicit
        }
        other => other,
    }
}

/// A target as given on the command line, before the protocol's default port is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TargetSpec {
    Host {
        host: String,
        port: Option<u16>,
    },
    /// A path (starting with `/`): a UNIX socket.
    Socket(std::path::PathBuf),
}

impl TargetSpec {
    /// `HOST`, `HOST:PORT`, `[IPv6]:PORT`, a bare IPv6 address, or `/PATH`.
    pub fn parse(text: &str) -> Result<TargetSpec, TargetError> {
        if text.starts_with('/') {
            return Ok(TargetSpec::Socket(text.into()));
        }
        // The last colon splits off the port, unless it belongs to a bare IPv6 address.
        let (host, port) = match text.rsplit_once(':') {
            Some((host, port)) if !host.ends_with(':') && (host.starts_with('[') || !host.contains(':')) => {
                (host, Some(port))
            }
            _ => (text, None),
        };
        let port = match port {
            Some(p) => Some(
                p.parse().ok().filter(|&p| p > 0).ok_or_else(|| TargetError::BadPort(text.to_string()))?,
            ),
            None => None,
        };
        Ok(TargetSpec::Host { host: host.to_string(), port })
    }

    /// Whether the port was given.
    pub fn has_port(&self) -> bool {
        matches!(self, TargetSpec::Host { port: Some(_), .. })
    }

    /// The target to connect to: the protocol's default port filled in; a socket takes no TLS.
    pub fn resolve(
        &self,
        protocol: Protocol,
        tls: TlsMode,
        family: Option<u8>,
    ) -> Result<Target, TargetError> {
        match self {
            TargetSpec::Socket(_) if tls != TlsMode::None => Err(TargetError::SocketWithTls),
            TargetSpec::Socket(path) => Ok(Target {
                host: "localhost".into(),
                port: 0,
                socket: Some(path.clone()),
                family: None,
                address: None,
            }),
            TargetSpec::Host { host, port } => Ok(Target {
                host: host.clone(),
                port: port.unwrap_or_else(|| protocol.default_port(tls == TlsMode::Implicit)),
                socket: None,
                family,
                address: None,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`TargetSpec::parse`] then [`TargetSpec::resolve`].
    fn parse(
        text: &str,
        protocol: Protocol,
        tls: TlsMode,
        family: Option<u8>,
    ) -> Result<Target, TargetError> {
        TargetSpec::parse(text)?.resolve(protocol, tls, family)
    }

    fn at(text: &str, tls: TlsMode) -> (String, u16) {
        let target = parse(text, Protocol::Smtp, tls, None).unwrap();
        (target.host, target.port)
    }

    #[test]
    fn hosts_ports_and_ipv6() {
        assert_eq!(at("mail.example.com", TlsMode::Auto), ("mail.example.com".into(), 25));
        assert_eq!(at("mail.example.com", TlsMode::Implicit), ("mail.example.com".into(), 465));
        assert_eq!(at("mail.example.com:587", TlsMode::Auto), ("mail.example.com".into(), 587));
        assert_eq!(at("[::1]:2525", TlsMode::Auto), ("[::1]".into(), 2525));
        assert_eq!(at("::1", TlsMode::Auto), ("::1".into(), 25));
        assert_eq!(parse("h", Protocol::Lmtp, TlsMode::None, None).unwrap().port, 24);
        let port = |protocol, tls| parse("h", protocol, tls, None).unwrap().port;
        assert_eq!(port(Protocol::Imap, TlsMode::Auto), 143);
        assert_eq!(port(Protocol::Imap, TlsMode::Implicit), 993);
        assert_eq!(port(Protocol::Pop3, TlsMode::Auto), 110);
        assert_eq!(port(Protocol::Pop3, TlsMode::Implicit), 995);
        assert_eq!(port(Protocol::Sieve, TlsMode::Starttls), 4190);
        let smtp = Protocol::Smtp;
        assert_eq!(parse("h:x", smtp, TlsMode::Auto, None), Err(TargetError::BadPort("h:x".into())));
        assert_eq!(parse("h:0", smtp, TlsMode::Auto, None), Err(TargetError::BadPort("h:0".into())));
        assert_eq!(parse("h:70000", smtp, TlsMode::Auto, None), Err(TargetError::BadPort("h:70000".into())));
    }

    #[test]
    fn auto_is_implicit_on_the_implicit_tls_ports() {
        let tls = |text: &str, requested| {
            effective_tls(&parse(text, Protocol::Smtp, requested, None).unwrap(), requested)
        };
        assert_eq!(tls("h:465", TlsMode::Auto), TlsMode::Implicit);
        assert_eq!(tls("h:993", TlsMode::Auto), TlsMode::Implicit);
        assert_eq!(tls("h:995", TlsMode::Auto), TlsMode::Implicit);
        assert_eq!(tls("h:587", TlsMode::Auto), TlsMode::Auto);
        assert_eq!(tls("h:465", TlsMode::None), TlsMode::None);
        assert_eq!(tls("h:465", TlsMode::Starttls), TlsMode::Starttls);
    }

    #[test]
    fn lists_skip_comments_and_name_the_bad_line() {
        let specs = parse_list("# fleet\n\nmx1.example:25  # primary\n[::1]:587\n").unwrap();
        assert_eq!(specs.len(), 2);
        assert!(specs[0].has_port());
        let err = parse_list("mx1.example\nmx2.example:x\n").unwrap_err();
        assert_eq!(err.to_string(), "line 2: \"mx2.example:x\": the port must be a number from 1 to 65535");
    }

    #[test]
    fn sockets_take_no_tls() {
        let socket = parse("/run/dovecot/lmtp", Protocol::Lmtp, TlsMode::None, Some(4)).unwrap();
        assert_eq!(socket.describe(), "/run/dovecot/lmtp");
        assert_eq!(parse("/run/x", Protocol::Lmtp, TlsMode::Auto, None), Err(TargetError::SocketWithTls));
    }
}
