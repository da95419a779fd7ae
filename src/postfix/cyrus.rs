//! The Cyrus SASL configuration smtpd reads: `<smtpd_sasl_path>.conf`, found where this Postfix
//! build looks. Debian patches Postfix to look in `$config_directory/sasl` then `/usr/lib/sasl`
//! (ignoring `cyrus_sasl_config_path`); elsewhere it is `cyrus_sasl_config_path`, else libsasl2's
//! own path.

use std::path::{Path, PathBuf};

use crate::postfix::effective::Settings;
use crate::postfix::error::{ConfigError, ConfigResult};

/// libsasl2's configuration path when the application names none (Debian's build, which is also
/// upstream's `/usr/lib/sasl2` plus the distributions' `/etc` folders).
const LIBSASL_PATH: &[&str] =
    &["/etc/sasl2", "/etc/sasl", "/usr/lib/x86_64-linux-gnu/sasl2", "/usr/lib/sasl2"];

/// The marker of Debian's patch in the smtpd binary: the relative path it puts after
/// `$config_directory/`.
const DEBIAN_MARKER: &[u8] = b"sasl:/usr/lib/sasl";

/// The folders smtpd searches for `<app>.conf`, in order.
pub fn search_path(settings: &Settings) -> Vec<PathBuf> {
    let smtpd = Path::new(settings.get("daemon_directory")).join("smtpd");
    if debian_patched(&smtpd) {
        return vec![
            Path::new(settings.get("config_directory")).join("sasl"),
            PathBuf::from("/usr/lib/sasl"),
        ];
    }
    let configured = settings.get("cyrus_sasl_config_path");
    if !configured.trim().is_empty() {
        return configured.split(':').filter(|d| !d.is_empty()).map(PathBuf::from).collect();
    }
    LIBSASL_PATH.iter().map(PathBuf::from).collect()
}

/// Whether this smtpd carries Debian's configuration path (or, without a readable smtpd, whether
/// this is Debian).
fn debian_patched(smtpd: &Path) -> bool {
    let mut bytes = Vec::new();
    let read = std::fs::File::open(smtpd)
        .and_then(|f| std::io::Read::read_to_end(&mut std::io::Read::take(f, 32 << 20), &mut bytes));
    match read {
        Ok(_) => bytes.windows(DEBIAN_MARKER.len()).any(|w| w == DEBIAN_MARKER),
        Err(_) => Path::new("/etc/debian_version").exists(),
    }
}

/// One Cyrus configuration file: `option: value` lines. Cyrus takes the **first** setting of an
/// option, so that is the one kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CyrusConf {
    pub path: PathBuf,
    options: Vec<(String, String, usize)>,
}

impl CyrusConf {
    pub fn load(path: &Path) -> ConfigResult<CyrusConf> {
        let text = crate::postfix::read_text(path)?;
        CyrusConf::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> ConfigResult<CyrusConf> {
        let mut options = Vec::new();
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let Some((key, value)) = trimmed.split_once(':') else {
                return Err(ConfigError::Syntax {
                    path: path.to_path_buf(),
                    line: number + 1,
                    message: "not an `option: value` line; Cyrus stops reading the file here".into(),
                });
            };
            options.push((key.trim().to_string(), value.trim().to_string(), number + 1));
        }
        Ok(CyrusConf { path: path.to_path_buf(), options })
    }

    /// The value Cyrus uses (the first setting).
    pub fn get(&self, option: &str) -> Option<&str> {
        self.options.iter().find(|(k, _, _)| k == option).map(|(_, v, _)| v.as_str())
    }

    /// The line of the setting Cyrus uses.
    pub fn line_of(&self, option: &str) -> Option<usize> {
        self.options.iter().find(|(k, _, _)| k == option).map(|(_, _, l)| *l)
    }

    /// `mech_list` split into upper-case names; `None` when unset (every loaded plugin offers).
    pub fn mech_list(&self) -> Option<Vec<String>> {
        self.get("mech_list").map(|v| v.split_whitespace().map(str::to_ascii_uppercase).collect())
    }
}

/// `<app>.conf` in the first folder of `search` that has it, and every path tried.
pub fn find(search: &[PathBuf], app: &str) -> (Option<PathBuf>, Vec<PathBuf>) {
    let tried: Vec<PathBuf> = search.iter().map(|d| d.join(format!("{app}.conf"))).collect();
    let found = tried.iter().find(|p| p.exists()).cloned();
    (found, tried)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_setting_wins_and_bad_lines_are_named() {
        let conf = CyrusConf::parse(
            Path::new("/s.conf"),
            "# c\npwcheck_method: auxprop\nmech_list:  plain login \nmech_list: x\n",
        )
        .unwrap();
        assert_eq!(conf.get("pwcheck_method"), Some("auxprop"));
        assert_eq!(conf.mech_list().unwrap(), ["PLAIN", "LOGIN"]);
        assert_eq!(conf.line_of("mech_list"), Some(3));
        let err = CyrusConf::parse(Path::new("/s.conf"), "a: b\nbroken\n").unwrap_err();
        assert!(err.to_string().starts_with("/s.conf, line 2:"), "{err}");
    }
}
