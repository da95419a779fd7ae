//! The only I/O of the probe: resolves, connects, reads replies, writes commands and does the TLS
//! handshake, driving a [`Session`] until it closes. Every wait is bounded by a timeout.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::os::unix::net::UnixStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use rustls::{ClientConfig, ClientConnection, StreamOwned};

use crate::probe::error::{ProbeError, Violation, Waiting};
use crate::probe::machine::{Action, Session, SessionRecord, Timing};
pub use crate::probe::target::Target;
use crate::probe::tls::{describe, server_name, TlsInfo};
use crate::sasl::scram::ChannelBinding;

#[derive(Debug, Clone, Copy)]
pub struct Timeouts {
    /// Connecting, each wait for a reply, each write.
    pub step: Duration,
    /// The whole session.
    pub session: Duration,
    /// Every session of the probe together: no session starts or goes on past it.
    pub total: Duration,
}

enum Conn {
    Plain(TcpStream),
    Tls(Box<StreamOwned<ClientConnection, TcpStream>>),
    Unix(UnixStream),
}

impl Conn {
    fn tcp(&self) -> Option<&TcpStream> {
        match self {
            Conn::Plain(tcp) => Some(tcp),
            Conn::Tls(tls) => Some(&tls.sock),
            Conn::Unix(_) => None,
        }
    }

    fn set_read_timeout(&self, timeout: Duration) {
        let _ = match self {
            Conn::Unix(unix) => unix.set_read_timeout(Some(timeout)),
            other => other.tcp().map_or(Ok(()), |tcp| tcp.set_read_timeout(Some(timeout))),
        };
    }

    /// A server that stops reading would otherwise block a write forever.
    fn set_write_timeout(&self, timeout: Duration) {
        let _ = match self {
            Conn::Unix(unix) => unix.set_write_timeout(Some(timeout)),
            other => other.tcp().map_or(Ok(()), |tcp| tcp.set_write_timeout(Some(timeout))),
        };
    }

    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match self {
            Conn::Plain(tcp) => tcp.read(buf),
            Conn::Tls(tls) => tls.read(buf),
            Conn::Unix(unix) => unix.read(buf),
        }
    }

    fn write_all(&mut self, bytes: &[u8]) -> std::io::Result<()> {
        match self {
            Conn::Plain(tcp) => tcp.write_all(bytes),
            Conn::Tls(tls) => tls.write_all(bytes).and_then(|()| tls.flush()),
            Conn::Unix(unix) => unix.write_all(bytes),
        }
    }
}

/// What a finished session leaves: the machine's record, the TLS details, the peer address.
pub struct Finished {
    pub record: SessionRecord,
    pub tls: Option<TlsInfo>,
    /// The peer: `127.0.0.1:25`, or the socket path.
    pub address: String,
}

/// Runs one session; `probe_deadline` is when the whole probe (every session) must end.
pub fn run(
    target: &Target,
    mut session: Session,
    tls: &Arc<ClientConfig>,
    insecure: bool,
    timeouts: Timeouts,
    probe_deadline: Instant,
) -> Result<Finished, ProbeError> {
    let started = Instant::now();
    if started >= probe_deadline {
        return Err(ProbeError::Timeout(Waiting::Deadline(timeouts.total.as_secs())));
    }
    let deadline = (started + timeouts.session).min(probe_deadline);
    let limit = if probe_deadline < started + timeouts.session {
        Waiting::Deadline(timeouts.total.as_secs())
    } else {
        Waiting::SessionLimit(timeouts.session.as_secs())
    };
    let step = timeouts.step.min(deadline.saturating_duration_since(started));
    let (mut conn, address) = connect(target, step, &mut session.record)?;
    conn.set_write_timeout(timeouts.step);
    let mut info = None;
    if session.is_tls() {
        let (upgraded, described, binding) =
            handshake(conn, target, tls, insecure, &mut session.record, timeouts.step, deadline)
                .map_err(|err| past_deadline(err, deadline, &limit))?;
        conn = upgraded;
        info = Some(described);
        session.set_channel_binding(binding);
    }
    let mut greeted = false;
    loop {
        let waited = Instant::now();
        let mut action = match read_response(&mut conn, &mut session, timeouts.step, deadline, waited) {
            Ok(action) => action,
            Err(ProbeError::Timeout(Waiting::Reply)) if !greeted => {
                return Err(past_deadline(ProbeError::Timeout(Waiting::Greeting), deadline, &limit))
            }
            Err(ProbeError::Protocol(_)) if session.awaiting_quit_reply() => {
                return Ok(Finished { record: session.record, tls: info, address });
            }
            Err(err) => return Err(past_deadline(err, deadline, &limit)),
        };
        greeted = true;
        loop {
            match action {
                Action::Send(bytes) => {
                    conn.write_all(&bytes).map_err(|err| match err.kind() {
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut => {
                            ProbeError::Timeout(Waiting::Write)
                        }
                        _ => ProbeError::Protocol(Violation::Broken(err)),
                    })?;
                    break;
                }
                Action::Receive => break,
                Action::Close => {
                    return Ok(Finished { record: session.record, tls: info, address: address.clone() })
                }
                Action::StartTls => {
                    // Anything the server sent after its 220 and before the handshake would be
                    // read as if it came over TLS: the STARTTLS injection attack.
                    if session.buffered() > 0 {
                        return Err(ProbeError::Protocol(Violation::Injection(session.buffered())));
                    }
                    let (upgraded, described, binding) =
                        handshake(conn, target, tls, insecure, &mut session.record, timeouts.step, deadline)
                            .map_err(|err| past_deadline(err, deadline, &limit))?;
                    conn = upgraded;
                    info = Some(described);
                    session.set_channel_binding(binding);
                    action = session.on_tls();
                }
            }
        }
    }
}

/// A time-out at or past the deadline is reported as the deadline, naming which one.
fn past_deadline(err: ProbeError, deadline: Instant, limit: &Waiting) -> ProbeError {
    match err {
        ProbeError::Timeout(_) if Instant::now() + Duration::from_millis(5) >= deadline => {
            ProbeError::Timeout(limit.clone())
        }
        other => other,
    }
}

fn connect(
    target: &Target,
    timeout: Duration,
    record: &mut SessionRecord,
) -> Result<(Conn, String), ProbeError> {
    let started = Instant::now();
    if let Some(path) = &target.socket {
        let shown = path.display().to_string();
        let unix = UnixStream::connect(path)
            .map_err(|source| ProbeError::Connect { address: shown.clone(), source })?;
        record.timings.push(Timing { step: "connect".into(), micros: started.elapsed().as_micros() });
        return Ok((Conn::Unix(unix), shown));
    }
    let address = resolve(target)?;
    record.timings.push(Timing { step: "resolve".into(), micros: started.elapsed().as_micros() });
    let connected = Instant::now();
    let tcp = TcpStream::connect_timeout(&address, timeout)
        .map_err(|source| ProbeError::Connect { address: address.to_string(), source })?;
    let _ = tcp.set_nodelay(true);
    record.timings.push(Timing { step: "connect".into(), micros: connected.elapsed().as_micros() });
    Ok((Conn::Plain(tcp), address.to_string()))
}

fn resolve(target: &Target) -> Result<SocketAddr, ProbeError> {
    if let Some(ip) = target.address {
        return Ok(SocketAddr::new(ip, target.port));
    }
    let host = target.host.trim_start_matches('[').trim_end_matches(']');
    let addresses =
        (host, target.port).to_socket_addrs().map_err(|_| ProbeError::HostUnknown(target.host.clone()))?;
    addresses
        .into_iter()
        .find(|a| match target.family {
            Some(4) => a.is_ipv4(),
            Some(6) => a.is_ipv6(),
            _ => true,
        })
        .ok_or_else(|| ProbeError::HostUnknown(target.host.clone()))
}

fn handshake(
    conn: Conn,
    target: &Target,
    config: &Arc<ClientConfig>,
    insecure: bool,
    record: &mut SessionRecord,
    step: Duration,
    deadline: Instant,
) -> Result<(Conn, TlsInfo, Option<ChannelBinding>), ProbeError> {
    let mut tcp = match conn {
        Conn::Plain(tcp) => tcp,
        Conn::Unix(_) => return Err(ProbeError::TlsOverSocket),
        Conn::Tls(_) => return Err(ProbeError::Protocol(Violation::TlsTwice)),
    };
    let started = Instant::now();
    let name = server_name(&target.host)?;
    let mut client = ClientConnection::new(config.clone(), name).map_err(ProbeError::tls)?;
    // A server that trickles the handshake a byte at a time keeps every single read short: the
    // deadline is checked before each one.
    while client.is_handshaking() {
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(ProbeError::Timeout(Waiting::TlsHandshake));
        }
        let wait = step.min(remaining).max(Duration::from_millis(1));
        let _ = tcp.set_read_timeout(Some(wait));
        let _ = tcp.set_write_timeout(Some(wait));
        if let Err(err) = complete_one_io(&mut client, &mut tcp) {
            return Err(tls_error(err));
        }
    }
    // The client's last flight (its certificate, Finished) is queued when the server's Finished
    // is read: send it now, as rustls' complete_io does, not with the first command.
    while client.wants_write() {
        if let Err(err) = client.write_tls(&mut tcp) {
            return Err(tls_error(err));
        }
    }
    record.timings.push(Timing { step: "TLS handshake".into(), micros: started.elapsed().as_micros() });
    let info = describe(&client, insecure);
    let binding = channel_binding(&client);
    Ok((Conn::Tls(Box::new(StreamOwned::new(client, tcp))), info, binding))
}

/// One round of handshake I/O: everything pending is written, then at most one read, so the
/// caller can check its deadline between reads (rustls' `complete_io` reads until it is done).
fn complete_one_io(client: &mut ClientConnection, tcp: &mut TcpStream) -> std::io::Result<()> {
    while client.wants_write() {
        client.write_tls(tcp)?;
    }
    if client.is_handshaking() && client.wants_read() {
        if client.read_tls(tcp)? == 0 {
            return Err(std::io::Error::new(
                std::io::ErrorKind::UnexpectedEof,
                "the server closed the connection during the TLS handshake",
            ));
        }
        client.process_new_packets().map_err(|err| {
            // Tell the server why (an alert) before giving up, as complete_io does.
            let _ = client.write_tls(tcp);
            std::io::Error::new(std::io::ErrorKind::InvalidData, err)
        })?;
    }
    Ok(())
}

/// RFC 9266 `tls-exporter` on TLS 1.3; RFC 5929 `tls-server-end-point` (the certificate's hash)
/// on TLS 1.2, where the exporter is not safe without extended master secret.
fn channel_binding(client: &ClientConnection) -> Option<ChannelBinding> {
    if client.protocol_version() == Some(rustls::ProtocolVersion::TLSv1_3) {
        let data = client.export_keying_material([0u8; 32], b"EXPORTER-Channel-Binding", None).ok()?;
        return Some(ChannelBinding { name: "tls-exporter", data: data.to_vec() });
    }
    let leaf = client.peer_certificates()?.first()?;
    Some(ChannelBinding { name: "tls-server-end-point", data: server_end_point_hash(leaf) })
}

/// RFC 5929 §4.1: the certificate's own signature hash, but SHA-256 in place of MD5 and SHA-1.
fn server_end_point_hash(der: &[u8]) -> Vec<u8> {
    use sha2::Digest;
    let algorithm = x509_parser::parse_x509_certificate(der)
        .map(|(_, c)| c.signature_algorithm.algorithm.to_id_string())
        .unwrap_or_default();
    match algorithm.as_str() {
        // sha384WithRSAEncryption, ecdsa-with-SHA384
        "1.2.840.113549.1.1.12" | "1.2.840.10045.4.3.3" => sha2::Sha384::digest(der).to_vec(),
        // sha512WithRSAEncryption, ecdsa-with-SHA512
        "1.2.840.113549.1.1.13" | "1.2.840.10045.4.3.4" => sha2::Sha512::digest(der).to_vec(),
        _ => sha2::Sha256::digest(der).to_vec(),
    }
}

fn tls_error(err: std::io::Error) -> ProbeError {
    match err.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>()) {
        Some(rustls::Error::InvalidCertificate(reason)) => ProbeError::TlsVerification(reason.into()),
        // What a plaintext server's banner looks like to a TLS client.
        Some(rustls::Error::InvalidMessage(_) | rustls::Error::InappropriateMessage { .. }) => {
            ProbeError::NotTls
        }
        _ if matches!(err.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {
            ProbeError::Timeout(Waiting::TlsHandshake)
        }
        _ => ProbeError::tls(err),
    }
}

/// Asks Linux to acknowledge at once instead of waiting up to 40 ms: a server whose reply comes
/// in two small writes (Nagle on its side) otherwise waits for our delayed ACK before sending the
/// second. The kernel clears the flag after it acts, so it is set before every read.
fn quick_ack(tcp: &TcpStream) {
    #[cfg(target_os = "linux")]
    {
        use std::os::fd::AsRawFd;
        let on: libc::c_int = 1;
        // SAFETY: a valid socket and a c_int option value of the right size.
        unsafe {
            libc::setsockopt(
                tcp.as_raw_fd(),
                libc::IPPROTO_TCP,
                libc::TCP_QUICKACK,
                (&on as *const libc::c_int).cast(),
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            );
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = tcp;
}

/// Reads until the session has a whole response, and returns what it makes of it.
fn read_response(
    conn: &mut Conn,
    session: &mut Session,
    step: Duration,
    deadline: Instant,
    since: Instant,
) -> Result<Action, ProbeError> {
    let mut buf = [0u8; 4096];
    loop {
        if let Some(action) = session.poll(since.elapsed()).map_err(|err| ProbeError::Protocol(err.into()))? {
            return Ok(action);
        }
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return Err(ProbeError::Timeout(Waiting::Reply));
        }
        conn.set_read_timeout(step.min(remaining).max(Duration::from_millis(1)));
        if let Some(tcp) = conn.tcp() {
            quick_ack(tcp);
        }
        match conn.read(&mut buf) {
            Ok(0) => return Err(ProbeError::Protocol(Violation::Closed)),
            Ok(n) => session.receive(&buf[..n]),
            Err(err)
                if matches!(err.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) =>
            {
                return Err(ProbeError::Timeout(Waiting::Reply));
            }
            Err(err) => return Err(ProbeError::Protocol(Violation::Broken(err))),
        }
    }
}
