//! The values Postfix really uses: main.cf over the built-in defaults, `$name` expanded, and one
//! smtpd service's `-o` overrides over those. `postconf -x` knows every default of the installed
//! Postfix, so it is asked where it is installed; without it, main.cf is read with the defaults of
//! the parameters SASL depends on (Postfix 3.7's).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::postfix::config::PostfixConfig;
use crate::postfix::error::{ConfigError, ConfigResult};
use crate::postfix::master::Service;

/// Postfix 3.7's defaults of the parameters SASL depends on, for when postconf is not installed.
const DEFAULTS: &[(&str, &str)] = &[
    ("config_directory", "/etc/postfix"),
    ("daemon_directory", "/usr/lib/postfix/sbin"),
    ("queue_directory", "/var/spool/postfix"),
    ("mail_owner", "postfix"),
    ("mydomain", ""),
    ("default_database_type", "hash"),
    ("cyrus_sasl_config_path", ""),
    ("smtpd_sasl_auth_enable", "no"),
    ("smtpd_sasl_type", "cyrus"),
    ("smtpd_sasl_path", "smtpd"),
    ("smtpd_sasl_local_domain", ""),
    ("smtpd_sasl_security_options", "noanonymous"),
    ("smtpd_sasl_tls_security_options", "$smtpd_sasl_security_options"),
    ("smtpd_tls_auth_only", "no"),
    ("smtpd_tls_security_level", ""),
    ("smtpd_use_tls", "no"),
    ("smtpd_enforce_tls", "no"),
    ("smtpd_tls_wrappermode", "no"),
    ("smtpd_tls_cert_file", ""),
    ("smtpd_tls_key_file", ""),
    ("smtpd_tls_chain_files", ""),
    ("smtpd_tls_eccert_file", ""),
    ("smtpd_tls_dcert_file", ""),
    ("smtp_sasl_auth_enable", "no"),
    ("smtp_sasl_password_maps", ""),
    ("smtp_sasl_security_options", "noplaintext, noanonymous"),
    ("smtp_sasl_tls_security_options", "$smtp_sasl_security_options"),
    ("smtp_sasl_mechanism_filter", ""),
    ("smtp_tls_security_level", ""),
    ("smtp_use_tls", "no"),
    ("smtp_enforce_tls", "no"),
    ("smtp_sender_dependent_authentication", "no"),
    ("sender_dependent_relayhost_maps", ""),
    ("transport_maps", ""),
    ("relayhost", ""),
];

/// Where the effective values came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Postconf(PathBuf),
    /// postconf is not installed: main.cf over saslkit's table of defaults.
    Files,
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub confdir: PathBuf,
    pub source: Source,
    values: PostfixConfig,
}

/// postconf, where the Postfix packages put it.
pub fn find_postconf() -> Option<PathBuf> {
    ["/usr/sbin/postconf", "/usr/local/sbin/postconf", "/usr/bin/postconf"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

/// main.cf of `confdir` read (a missing, unreadable or broken main.cf is the error), then the
/// effective values from `postconf` (when given) or from the files.
pub fn load(confdir: &Path, postconf: Option<&Path>) -> ConfigResult<Settings> {
    let path = confdir.join("main.cf");
    let text = crate::postfix::read_text(&path)?;
    let main =
        PostfixConfig::parse(&text).map_err(|(line, message)| ConfigError::Syntax { path, line, message })?;
    let (values, source) = match postconf {
        Some(postconf) => (ask_postconf(postconf, confdir)?, Source::Postconf(postconf.to_path_buf())),
        None => (from_files(&main, confdir), Source::Files),
    };
    Ok(Settings { confdir: confdir.to_path_buf(), source, values })
}

fn ask_postconf(postconf: &Path, confdir: &Path) -> ConfigResult<PostfixConfig> {
    let failed = |message: String| ConfigError::Postconf { dir: confdir.to_path_buf(), message };
    let out = Command::new(postconf)
        .arg("-c")
        .arg(confdir)
        .arg("-x")
        .env_remove("MAIL_CONFIG")
        .output()
        .map_err(|err| failed(format!("cannot run {}: {err}", postconf.display())))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let fatal = stderr.lines().find(|l| l.contains("fatal:")).or(stderr.lines().last()).unwrap_or("");
        return Err(failed(fatal.trim().to_string()));
    }
    PostfixConfig::parse(&String::from_utf8_lossy(&out.stdout))
        .map_err(|(line, message)| failed(format!("output line {line}: {message}")))
}

fn from_files(main: &PostfixConfig, confdir: &Path) -> PostfixConfig {
    let mut raw: HashMap<String, String> =
        DEFAULTS.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let host = crate::sasldb::user::default_realm();
    raw.insert("myhostname".into(), host.clone());
    raw.insert("mydomain".into(), host.split_once('.').map(|(_, d)| d.to_string()).unwrap_or(host));
    raw.insert("config_directory".into(), confdir.display().to_string());
    for (name, value) in main.settings() {
        raw.insert(name.to_string(), value.to_string());
    }
    let unexpanded = PostfixConfig::from_settings(raw);
    let expanded =
        unexpanded.settings().map(|(k, v)| (k.to_string(), unexpanded.expand(v, confdir))).collect();
    PostfixConfig::from_settings(expanded)
}

impl Settings {
    /// The effective value; an unknown parameter is empty, as Postfix treats it.
    pub fn get(&self, name: &str) -> &str {
        self.values.get(name).unwrap_or("")
    }

    /// A boolean parameter: `yes`/`true` (any case) is true.
    pub fn yes(&self, name: &str) -> bool {
        matches!(self.get(name).trim().to_ascii_lowercase().as_str(), "yes" | "true")
    }

    /// A list parameter split as Postfix splits one (commas and white space), lower-cased.
    pub fn list(&self, name: &str) -> Vec<String> {
        split_list(self.get(name))
    }

    pub fn config(&self) -> &PostfixConfig {
        &self.values
    }

    /// The values one master.cf service runs with: its `-o` overrides, expanded, over these.
    pub fn for_service(&self, service: &Service) -> Settings {
        let mut values: HashMap<String, String> =
            self.values.settings().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        for (name, value) in &service.overrides {
            values.insert(name.clone(), value.clone());
        }
        let merged = PostfixConfig::from_settings(values);
        let mut expanded: HashMap<String, String> =
            merged.settings().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        for (name, _) in &service.overrides {
            let value = merged.expand(merged.get(name).unwrap_or(""), &self.confdir);
            expanded.insert(name.clone(), value);
        }
        Settings {
            confdir: self.confdir.clone(),
            source: self.source.clone(),
            values: PostfixConfig::from_settings(expanded),
        }
    }
}

pub fn split_list(value: &str) -> Vec<String> {
    split_list_keep_case(value).iter().map(|w| w.to_ascii_lowercase()).collect()
}

/// A list parameter split as Postfix splits one, as written (map names, paths).
pub fn split_list_keep_case(value: &str) -> Vec<String> {
    value.split(|c: char| c == ',' || c.is_whitespace()).filter(|w| !w.is_empty()).map(String::from).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(main: &str) -> Settings {
        let config = PostfixConfig::parse(main).unwrap();
        Settings {
            confdir: PathBuf::from("/c"),
            source: Source::Files,
            values: from_files(&config, Path::new("/c")),
        }
    }

    #[test]
    fn defaults_and_expansion_without_postconf() {
        let s = settings("mydomain = example.com\nsmtpd_sasl_local_domain = $mydomain\n");
        assert_eq!(s.get("smtpd_sasl_local_domain"), "example.com");
        assert_eq!(s.get("smtp_sasl_tls_security_options"), "noplaintext, noanonymous");
        assert_eq!(s.list("smtp_sasl_security_options"), ["noplaintext", "noanonymous"]);
        assert_eq!(s.get("config_directory"), "/c");
        assert!(!s.yes("smtpd_sasl_auth_enable"));
    }

    #[test]
    fn a_service_overrides_and_expands() {
        let s = settings("mua_options = noanonymous, noplaintext\n");
        let service = crate::postfix::master::parse(
            "submission inet n - n - - smtpd -o smtpd_sasl_auth_enable=yes -o smtpd_sasl_security_options=$mua_options\n",
        )
        .unwrap()
        .remove(0);
        let own = s.for_service(&service);
        assert!(own.yes("smtpd_sasl_auth_enable"));
        assert_eq!(own.list("smtpd_sasl_security_options"), ["noanonymous", "noplaintext"]);
        assert!(!s.yes("smtpd_sasl_auth_enable"));
    }
}
