//! `probe --mx DOMAIN`: the domain's mail exchangers and their addresses, asked of one DNS
//! server (`--dns-server`, or the first `nameserver` of /etc/resolv.conf) over UDP, then TCP when
//! the answer is truncated. RFC 5321 §5.1: without MX records the domain itself is the host; a
//! null MX (RFC 7505) says it takes no mail.

use std::io::{Read, Write};
use std::net::{IpAddr, SocketAddr, TcpStream, UdpSocket};
use std::time::Duration;

use thiserror::Error;

use crate::error::{HasKind, Kind};
use crate::probe::dns::{self, Answer, DnsError, Record, RecordType};

#[derive(Debug, Error)]
pub enum MxError {
    #[error("{0}: no such domain (NXDOMAIN)")]
    NoSuchDomain(String),
    #[error("{0} takes no mail: its MX record is the null MX (RFC 7505)")]
    NullMx(String),
    #[error("{0:?} is not a DNS server address (IP or IP:PORT)")]
    BadServer(String),
    #[error("DNS server {server}: {source}")]
    Dns { server: SocketAddr, source: DnsError },
    #[error("DNS server {server} did not answer within {} s", .timeout.as_secs())]
    Timeout { server: SocketAddr, timeout: Duration },
    #[error("DNS server {server}: {source}")]
    Io { server: SocketAddr, source: std::io::Error },
}

impl HasKind for MxError {
    fn kind(&self) -> Kind {
        match self {
            MxError::NoSuchDomain(_) => Kind::NoHost,
            MxError::NullMx(_) => Kind::Unavailable,
            MxError::BadServer(_) => Kind::Usage,
            MxError::Dns { source: DnsError::BadName(_), .. } => Kind::Usage,
            MxError::Dns { .. } | MxError::Timeout { .. } => Kind::TempFail,
            MxError::Io { .. } => Kind::Unavailable,
        }
    }
}

/// A mail exchanger: its name, preference and addresses (none: it did not resolve).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailHost {
    pub host: String,
    pub preference: u16,
    pub addresses: Vec<IpAddr>,
}

pub struct Resolver {
    server: SocketAddr,
    timeout: Duration,
}

/// Answers larger than a datagram are asked again over TCP; more than this is refused.
const MAX_TCP_ANSWER: usize = 65535;

impl Resolver {
    /// `server` as `IP` or `IP:PORT` (port 53), or the system's first nameserver.
    pub fn new(server: Option<&str>, timeout: Duration) -> Result<Resolver, MxError> {
        let server = match server {
            Some(text) => parse_server(text)?,
            None => system_nameserver(),
        };
        Ok(Resolver { server, timeout })
    }

    fn ask(&self, name: &str, kind: RecordType) -> Result<Answer, MxError> {
        let dns = |source| MxError::Dns { server: self.server, source };
        let mut id = [0u8; 2];
        let _ = getrandom::getrandom(&mut id);
        let id = u16::from_be_bytes(id);
        let query = dns::query(id, name, kind).map_err(dns)?;
        let answer = dns::parse(&self.over_udp(&query)?, id, kind).map_err(dns)?;
        if answer != Answer::Truncated {
            return Ok(answer);
        }
        dns::parse(&self.over_tcp(&query)?, id, kind).map_err(dns)
    }

    fn io(&self, source: std::io::Error) -> MxError {
        match source.kind() {
            std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
                MxError::Timeout { server: self.server, timeout: self.timeout }
            }
            _ => MxError::Io { server: self.server, source },
        }
    }

    /// One datagram, sent twice at most (UDP loses some); answers from elsewhere are ignored.
    fn over_udp(&self, query: &[u8]) -> Result<Vec<u8>, MxError> {
        let local: SocketAddr =
            if self.server.is_ipv4() { ([0, 0, 0, 0], 0).into() } else { ([0u16; 8], 0).into() };
        let socket = UdpSocket::bind(local).map_err(|e| self.io(e))?;
        socket.connect(self.server).map_err(|e| self.io(e))?;
        socket.set_read_timeout(Some(self.timeout / 2)).map_err(|e| self.io(e))?;
        let mut buf = vec![0u8; 4096];
        let mut last = None;
        for _ in 0..2 {
            socket.send(query).map_err(|e| self.io(e))?;
            match socket.recv(&mut buf) {
                Ok(n) => return Ok(buf[..n].to_vec()),
                Err(err) => last = Some(err),
            }
        }
        Err(self.io(last.unwrap_or_else(|| std::io::ErrorKind::TimedOut.into())))
    }

    fn over_tcp(&self, query: &[u8]) -> Result<Vec<u8>, MxError> {
        let mut stream = TcpStream::connect_timeout(&self.server, self.timeout).map_err(|e| self.io(e))?;
        stream.set_read_timeout(Some(self.timeout)).map_err(|e| self.io(e))?;
        stream.set_write_timeout(Some(self.timeout)).map_err(|e| self.io(e))?;
        let length = u16::try_from(query.len()).unwrap_or(u16::MAX).to_be_bytes();
        stream.write_all(&[&length[..], query].concat()).map_err(|e| self.io(e))?;
        let mut length = [0u8; 2];
        stream.read_exact(&mut length).map_err(|e| self.io(e))?;
        let mut answer = vec![0u8; usize::from(u16::from_be_bytes(length)).min(MAX_TCP_ANSWER)];
        stream.read_exact(&mut answer).map_err(|e| self.io(e))?;
        Ok(answer)
    }

    /// The host's addresses of the families asked for (`None`: both), A first.
    pub fn addresses(&self, host: &str, family: Option<u8>) -> Result<Vec<IpAddr>, MxError> {
        let mut addresses = Vec::new();
        for (kind, wanted) in [(RecordType::A, family != Some(6)), (RecordType::Aaaa, family != Some(4))] {
            if !wanted {
                continue;
            }
            if let Answer::Records(records) = self.ask(host, kind)? {
                addresses.extend(records.into_iter().filter_map(|r| match r {
                    Record::Address(ip) => Some(ip),
                    Record::Mx(..) => None,
                }));
            }
        }
        Ok(addresses)
    }

    /// The domain's mail hosts by preference, each with its addresses.
    pub fn mail_hosts(&self, domain: &str, family: Option<u8>) -> Result<Vec<MailHost>, MxError> {
        let mut exchangers: Vec<(u16, String)> = match self.ask(domain, RecordType::Mx)? {
            Answer::NoSuchName => return Err(MxError::NoSuchDomain(domain.to_string())),
            Answer::Truncated => Vec::new(),
            Answer::Records(records) => records
                .into_iter()
                .filter_map(|r| match r {
                    Record::Mx(preference, host) => Some((preference, host)),
                    Record::Address(_) => None,
                })
                .collect(),
        };
        if exchangers.len() == 1 && exchangers[0].1 == "." {
            return Err(MxError::NullMx(domain.to_string()));
        }
        if exchangers.is_empty() {
            // RFC 5321 §5.1: the domain is its own mail host.
            exchangers.push((0, domain.trim_end_matches('.').to_string()));
        }
        exchangers.sort();
        exchangers.dedup();
        let mut hosts = Vec::new();
        for (preference, host) in exchangers {
            let addresses = self.addresses(&host, family)?;
            hosts.push(MailHost { host, preference, addresses });
        }
        Ok(hosts)
    }
}

/// The targets of `domain`'s mail hosts on `port`, one per address, and the hosts that have none.
pub fn mail_targets(
    resolver: &Resolver,
    domain: &str,
    port: u16,
    family: Option<u8>,
) -> Result<(Vec<crate::probe::target::Target>, Vec<String>), MxError> {
    let (mut targets, mut unresolved) = (Vec::new(), Vec::new());
    for host in resolver.mail_hosts(domain, family)? {
        if host.addresses.is_empty() {
            unresolved.push(host.host.clone());
        }
        for ip in host.addresses {
            targets.push(crate::probe::target::Target {
                host: host.host.clone(),
                port,
                socket: None,
                family,
                address: Some(ip),
            });
        }
    }
    Ok((targets, unresolved))
}

fn parse_server(text: &str) -> Result<SocketAddr, MxError> {
    if let Ok(address) = text.parse::<SocketAddr>() {
        return Ok(address);
    }
    let ip: IpAddr = text
        .trim_start_matches('[')
        .trim_end_matches(']')
        .parse()
        .map_err(|_| MxError::BadServer(text.to_string()))?;
    Ok(SocketAddr::new(ip, 53))
}

/// The first `nameserver` of /etc/resolv.conf, as the C library would ask; 127.0.0.1 without one.
fn system_nameserver() -> SocketAddr {
    let conf = std::fs::read_to_string("/etc/resolv.conf").unwrap_or_default();
    conf.lines()
        .filter_map(|line| line.trim().strip_prefix("nameserver"))
        .filter_map(|rest| rest.trim().split('%').next()?.parse::<IpAddr>().ok())
        .map(|ip| SocketAddr::new(ip, 53))
        .next()
        .unwrap_or_else(|| SocketAddr::from(([127, 0, 0, 1], 53)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn servers_with_and_without_a_port() {
        assert_eq!(parse_server("127.0.0.1:5353").unwrap(), "127.0.0.1:5353".parse().unwrap());
        assert_eq!(parse_server("192.0.2.1").unwrap(), "192.0.2.1:53".parse().unwrap());
        assert_eq!(parse_server("::1").unwrap(), "[::1]:53".parse().unwrap());
        assert_eq!(parse_server("[::1]:54").unwrap(), "[::1]:54".parse().unwrap());
        assert!(matches!(parse_server("dns.example"), Err(MxError::BadServer(_))));
    }

    #[test]
    fn a_silent_server_times_out() {
        // A UDP socket nobody reads: the query is never answered.
        let silent = UdpSocket::bind("127.0.0.1:0").unwrap();
        let resolver =
            Resolver::new(Some(&silent.local_addr().unwrap().to_string()), Duration::from_millis(200))
                .unwrap();
        let started = std::time::Instant::now();
        assert!(matches!(resolver.mail_hosts("example.test", None), Err(MxError::Timeout { .. })));
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}
