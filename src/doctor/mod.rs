//! `doctor`: why SMTP AUTH fails, found from the configuration Postfix and Cyrus really read. Each
//! check returns findings with stable ids; none changes anything.

pub mod access;
pub mod client;
mod dovecot;
pub mod finding;
mod fixes;
mod live;
pub mod mechanisms;
mod saslauthd;
pub mod server;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use finding::{Finding, Severity};

use crate::postfix::effective::{self, Settings, Source};
use crate::postfix::{master, ConfigResult};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Server,
    Client,
    Both,
}

#[derive(Debug)]
pub struct Options {
    pub config_dir: PathBuf,
    pub sasl_config: Option<PathBuf>,
    pub side: Side,
    /// Talk to the next hops (client side): the mechanisms they offer, and whether they take the
    /// credentials.
    pub live: bool,
    /// Ask postconf for the effective values (where it is installed).
    pub postconf: Option<PathBuf>,
    pub timeout: std::time::Duration,
    /// `--user` and its password, tried against saslauthd or Dovecot's auth service.
    pub credentials: Option<(String, crate::secrets::password::Password)>,
}

/// The documented JSON of `doctor` (docs/json.md).
#[derive(Debug, Serialize)]
pub struct Report {
    pub config_dir: String,
    /// Where the parameter values came from: `postconf` (with its path) or `files`.
    pub values_from: String,
    /// The Cyrus plugin folder judged.
    pub plugin_dir: Option<String>,
    pub findings: Vec<Finding>,
    pub summary: Summary,
}

#[derive(Debug, Default, Serialize)]
pub struct Summary {
    pub fail: usize,
    pub warn: usize,
    pub info: usize,
    pub ok: usize,
}

pub fn diagnose(options: &Options) -> ConfigResult<Report> {
    // Absolute, so that each printed fix works from any folder.
    let config_dir = std::path::absolute(&options.config_dir).unwrap_or_else(|_| options.config_dir.clone());
    // master.cf first: a broken one is named by saslkit's own parser, before postconf would stop
    // on it (Postfix programs pause a second before a fatal exit).
    let services = master::load(&config_dir)?;
    let settings = effective::load(&config_dir, options.postconf.as_deref())?;
    let plugin_dir = plugin_dir(&settings);
    let mut findings = Vec::new();
    if options.side != Side::Client {
        let input = server::ServerInput {
            settings: &settings,
            services: &services,
            sasl_config: options.sasl_config.as_deref(),
            plugin_dir: plugin_dir.clone(),
            credentials: options
                .credentials
                .as_ref()
                .map(|(user, password)| (user.as_str(), password.as_bytes())),
            timeout: options.timeout,
        };
        findings.extend(server::check(&input)?);
    }
    if options.side != Side::Server {
        let input = client::ClientInput {
            settings: &settings,
            live: options.live,
            timeout: options.timeout,
            plugin_dir: plugin_dir.as_deref(),
        };
        findings.extend(client::check(&input));
    }
    findings.sort_by_key(|f| f.severity);
    let mut summary = Summary::default();
    for finding in &findings {
        *match finding.severity {
            Severity::Fail => &mut summary.fail,
            Severity::Warn => &mut summary.warn,
            Severity::Info => &mut summary.info,
            Severity::Ok => &mut summary.ok,
        } += 1;
    }
    Ok(Report {
        config_dir: config_dir.display().to_string(),
        values_from: match &settings.source {
            Source::Postconf(path) => format!("postconf ({})", path.display()),
            Source::Files => "files (postconf is not installed: main.cf over saslkit's defaults)".into(),
        },
        plugin_dir: plugin_dir.map(|d| d.display().to_string()),
        findings,
        summary,
    })
}

/// The Cyrus plugin folder smtpd loads from: `SASL_PATH` when main.cf's `import_environment`
/// sets it (libsasl2 honours it in a process whose uid is its euid, as smtpd's is), else the
/// installed one.
fn plugin_dir(settings: &Settings) -> Option<PathBuf> {
    let imported =
        settings.get("import_environment").split(|c: char| c == ',' || c.is_whitespace()).find_map(|item| {
            item.strip_prefix("SASL_PATH=").map(|dir| dir.split(':').next().unwrap_or(dir).to_string())
        });
    match imported {
        Some(dir) if Path::new(&dir).is_dir() => Some(PathBuf::from(dir)),
        _ => crate::sasldb::installed::plugin_dir(),
    }
}
