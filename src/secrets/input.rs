//! Where a password comes from: a tty prompt with confirmation, one line of stdin, a file, an
//! environment variable, or (only when asked for explicitly) argv.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;

use thiserror::Error;
use zeroize::Zeroizing;

use crate::error::{HasKind, Kind};
use crate::secrets::password::{Password, PasswordError};

#[derive(Debug)]
pub enum PasswordSource {
    Prompt,
    Stdin,
    File(PathBuf),
    Env(String),
    Argv(Zeroizing<String>),
}

#[derive(Debug, Error)]
pub enum InputError {
    #[error("no password given and there is no terminal to ask on")]
    NoTerminal,
    #[error("passwords don't match")]
    Mismatch,
    #[error("{what}: {source}")]
    Io { what: String, source: std::io::Error },
    #[error("environment variable {0} is not set")]
    EnvMissing(String),
    #[error("{0}")]
    Invalid(#[from] PasswordError),
}

impl HasKind for InputError {
    fn kind(&self) -> Kind {
        match self {
            InputError::NoTerminal => Kind::Usage,
            InputError::Mismatch | InputError::Invalid(_) => Kind::DataErr,
            InputError::Io { source, .. } => Kind::of_io(source),
            InputError::EnvMissing(_) => Kind::Usage,
        }
    }
}

/// Reads the password; `confirm` asks twice on a terminal. The result is not yet validated.
pub fn read_password(source: &PasswordSource, confirm: bool) -> Result<Password, InputError> {
    read_secret(source, "Password", confirm)
}

/// Reads a secret (a password, a token); `label` names it in the terminal prompt.
pub fn read_secret(source: &PasswordSource, label: &str, confirm: bool) -> Result<Password, InputError> {
    let bytes = match source {
        PasswordSource::Prompt => prompt(label, confirm)?,
        PasswordSource::Stdin => read_first_line(std::io::stdin().lock())
            .map_err(|source| InputError::Io { what: "standard input".into(), source })?,
        PasswordSource::File(path) => {
            let io = |source| InputError::Io { what: path.display().to_string(), source };
            read_first_line(WithDeadline::open(path, SECRET_WAIT).map_err(io)?).map_err(io)?
        }
        PasswordSource::Env(name) => match std::env::var_os(name) {
            Some(value) => Zeroizing::new(std::os::unix::ffi::OsStringExt::into_vec(value)),
            None => return Err(InputError::EnvMissing(name.clone())),
        },
        PasswordSource::Argv(value) => Zeroizing::new(value.as_bytes().to_vec()),
    };
    Ok(Password::new(bytes))
}

/// Reads and validates: the one call commands make.
pub fn read_valid_password(
    source: &PasswordSource,
    confirm: bool,
) -> Result<(Password, Vec<String>), InputError> {
    let password = read_password(source, confirm)?;
    let warnings = password.validate()?;
    Ok((password, warnings))
}

/// How long `--password-file` waits for a pipe (`<(pass show x)`) or device to give a byte.
const SECRET_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// A file read with a deadline per read: a FIFO nobody writes to, or a device that never answers,
/// ends in a time-out instead of blocking forever. Regular files read as usual.
struct WithDeadline {
    file: std::fs::File,
    wait: Option<std::time::Duration>,
}

impl WithDeadline {
    fn open(path: &std::path::Path, wait: std::time::Duration) -> std::io::Result<WithDeadline> {
        use std::os::unix::fs::OpenOptionsExt;
        let file = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)?;
        let regular = file.metadata()?.is_file();
        Ok(WithDeadline { file, wait: (!regular).then_some(wait) })
    }
}

impl Read for WithDeadline {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::os::fd::AsRawFd;
        let Some(wait) = self.wait else {
            return self.file.read(buf);
        };
        loop {
            let mut fd = libc::pollfd { fd: self.file.as_raw_fd(), events: libc::POLLIN, revents: 0 };
            // SAFETY: one valid pollfd for the duration of the call.
            match unsafe { libc::poll(&mut fd, 1, wait.as_millis() as libc::c_int) } {
                0 => {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::TimedOut,
                        format!("nothing to read after {} s (a FIFO nobody writes to?)", wait.as_secs()),
                    ))
                }
                n if n < 0 => return Err(std::io::Error::last_os_error()),
                // The descriptor is non-blocking: a wake-up without data waits again.
                _ => match self.file.read(buf) {
                    Err(err) if err.kind() == std::io::ErrorKind::WouldBlock => continue,
                    result => return result,
                },
            }
        }
    }
}

/// Reads up to the first newline or EOF (retrying short reads, unlike Cyrus's single `read()`),
/// and strips that one newline. Reads one byte at a time so no copy of the secret is left in an
/// unzeroized buffer and nothing past the line is consumed. Stops at the 8192 bytes no password
/// may reach (validation then refuses it), so `/dev/zero` or an endless pipe cannot run it forever.
pub fn read_first_line(mut reader: impl Read) -> std::io::Result<Zeroizing<Vec<u8>>> {
    let mut line = Zeroizing::new(Vec::new());
    let mut byte = [0u8; 1];
    while line.len() < crate::secrets::password::MAX_LEN {
        match reader.read(&mut byte) {
            Ok(0) => break,
            Ok(_) if byte[0] == b'\n' => break,
            Ok(_) => line.push(byte[0]),
            Err(err) if err.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(err) => return Err(err),
        }
    }
    zeroize::Zeroize::zeroize(&mut byte);
    Ok(line)
}

fn prompt(label: &str, confirm: bool) -> Result<Zeroizing<Vec<u8>>, InputError> {
    if !std::io::stdin().is_terminal() && std::fs::File::open("/dev/tty").is_err() {
        return Err(InputError::NoTerminal);
    }
    let ask = |text: &str| {
        rpassword::prompt_password(text)
            .map(|s| Zeroizing::new(s.into_bytes()))
            .map_err(|source| InputError::Io { what: "terminal".into(), source })
    };
    let first = ask(&format!("{label}: "))?;
    if confirm {
        let again = ask("Again (for verification): ")?;
        if *again != *first {
            return Err(InputError::Mismatch);
        }
    }
    Ok(first)
}

/// Reads one line from the terminal on standard input with echo off (newline still echoed), as
/// Cyrus's `saslpasswd2` does. `show_prompt` runs after echo is off, so nothing typed early is shown.
pub fn read_hidden_stdin_line(show_prompt: impl FnOnce()) -> std::io::Result<Zeroizing<Vec<u8>>> {
    let _echo_off = EchoOff::new()?;
    show_prompt();
    read_first_line(std::io::stdin().lock())
}

/// Terminal echo switched off on stdin; restored on drop.
struct EchoOff(libc::termios);

impl EchoOff {
    fn new() -> std::io::Result<EchoOff> {
        // SAFETY: termios is plain data; tcgetattr fills it or fails without touching it.
        let mut saved: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(libc::STDIN_FILENO, &mut saved) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        let mut quiet = saved;
        quiet.c_lflag &=
            !(libc::ECHO | libc::ECHOE | libc::ECHOK | libc::ECHOCTL | libc::ECHOPRT | libc::ECHOKE);
        quiet.c_lflag |= libc::ICANON | libc::ECHONL;
        // SAFETY: a valid termios for the descriptor we just read it from.
        if unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &quiet) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(EchoOff(saved))
    }
}

impl Drop for EchoOff {
    fn drop(&mut self) {
        // SAFETY: restores the settings read in `new`.
        unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &self.0) };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_line_strips_one_newline_only() {
        assert_eq!(&*read_first_line(&b"secret\n"[..]).unwrap(), b"secret");
        assert_eq!(&*read_first_line(&b"secret"[..]).unwrap(), b"secret");
        assert_eq!(&*read_first_line(&b"crlf\r\n"[..]).unwrap(), b"crlf\r");
        assert_eq!(&*read_first_line(&b"l1\nl2\n"[..]).unwrap(), b"l1");
        assert_eq!(&*read_first_line(&b"\n"[..]).unwrap(), b"");
    }

    #[test]
    fn first_line_survives_short_reads() {
        // Cyrus's single read() stores "ab" here; a chained reader delivers "ab" then "cd\n".
        let reader = (&b"ab"[..]).chain(&b"cd\n"[..]);
        assert_eq!(&*read_first_line(reader).unwrap(), b"abcd");
    }
}
