//! `main.cf` read as Postfix reads it: `name = value` lines, continuations, `$name` expansion, and
//! the settings that change how a map is built or read.

use std::collections::HashMap;
use std::path::Path;

use crate::postfix::error::{ConfigError, ConfigResult};

/// The longest value `$name` expansion may produce.
const MAX_EXPANSION: usize = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostfixConfig {
    params: HashMap<String, String>,
}

impl PostfixConfig {
    /// Reads `CONFDIR/main.cf`; a missing file gives Postfix's built-in defaults.
    pub fn load(confdir: &Path) -> ConfigResult<PostfixConfig> {
        let path = confdir.join("main.cf");
        match crate::postfix::read_text(&path) {
            Ok(text) => PostfixConfig::parse(&text).map_err(|(line, message)| ConfigError::Syntax {
                path,
                line,
                message,
            }),
            Err(ConfigError::Missing(_)) => Ok(PostfixConfig::default()),
            Err(err) => Err(err),
        }
    }

    /// `name = value` lines; a line that starts with whitespace continues the previous one;
    /// `#` lines are comments. The last setting of a name wins. A line that is none of these is
    /// the error Postfix stops on: its number and what is wrong.
    pub fn parse(text: &str) -> Result<PostfixConfig, (usize, String)> {
        let mut params = HashMap::new();
        let mut current: Option<(String, String)> = None;
        for (number, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            if line.starts_with([' ', '\t']) {
                if let Some((_, value)) = current.as_mut() {
                    if !value.is_empty() {
                        value.push(' ');
                    }
                    value.push_str(trimmed);
                }
                continue;
            }
            if let Some((name, value)) = current.take() {
                params.insert(name, value);
            }
            match trimmed.split_once('=') {
                Some((name, value)) if !name.trim().is_empty() => {
                    current = Some((name.trim().to_string(), value.trim().to_string()));
                }
                _ => {
                    let shown: String = trimmed.chars().take(60).collect();
                    return Err((number + 1, format!("missing '=' after attribute name: \"{shown}\"")));
                }
            }
        }
        if let Some((name, value)) = current {
            params.insert(name, value);
        }
        Ok(PostfixConfig { params })
    }

    /// Every setting main.cf makes, as written.
    pub fn settings(&self) -> impl Iterator<Item = (&str, &str)> {
        self.params.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// A configuration with these settings (effective values from postconf, or one service's).
    pub fn from_settings(params: HashMap<String, String>) -> PostfixConfig {
        PostfixConfig { params }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.params.get(name).map(String::as_str)
    }

    /// `compatibility_level`, 0 when unset (Postfix 3.7's built-in default).
    pub fn compatibility_level(&self) -> f64 {
        self.get("compatibility_level").and_then(|v| v.parse().ok()).unwrap_or(0.0)
    }

    /// `smtputf8_enable`: as set, else `yes` from compatibility level 1 on.
    pub fn smtputf8_enable(&self) -> bool {
        match self.get("smtputf8_enable").map(str::to_ascii_lowercase).as_deref() {
            Some("yes" | "true" | "1") => true,
            Some("no" | "false" | "0") => false,
            _ => self.compatibility_level() >= 1.0,
        }
    }

    pub fn sender_dependent_authentication(&self) -> bool {
        matches!(
            self.get("smtp_sender_dependent_authentication").map(str::to_ascii_lowercase).as_deref(),
            Some("yes" | "true")
        )
    }

    pub fn recipient_delimiter(&self) -> &str {
        self.get("recipient_delimiter").unwrap_or("")
    }

    /// `default_database_type`: the type of a map named without one (Debian's Postfix: hash).
    pub fn default_database_type(&self) -> &str {
        self.get("default_database_type").map(str::trim).filter(|v| !v.is_empty()).unwrap_or("hash")
    }

    /// `$name` and `${name}` expanded as Postfix does, from main.cf's own settings;
    /// `config_directory` is the folder main.cf was read from. Unknown names expand to nothing;
    /// expansion stops after 16 rounds or at 64 KiB (a setting that names itself, `a = $a$a`,
    /// would otherwise double without end), leaving the rest unexpanded.
    pub fn expand(&self, value: &str, config_directory: &Path) -> String {
        let mut text = value.to_string();
        for _ in 0..16 {
            let mut out = String::new();
            let mut rest = text.as_str();
            let mut changed = false;
            while let Some(at) = rest.find('$') {
                out.push_str(&rest[..at]);
                let after = &rest[at + 1..];
                let (name, tail) = match after.strip_prefix('{') {
                    Some(braced) => match braced.find('}') {
                        Some(end) => (&braced[..end], &braced[end + 1..]),
                        None => ("", after),
                    },
                    None => {
                        let end = after
                            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                            .unwrap_or(after.len());
                        (&after[..end], &after[end..])
                    }
                };
                if name.is_empty() {
                    out.push('$');
                    rest = after;
                    continue;
                }
                changed = true;
                match name {
                    "config_directory" if self.get(name).is_none() => {
                        out.push_str(&config_directory.to_string_lossy())
                    }
                    _ => out.push_str(self.get(name).unwrap_or("")),
                }
                rest = tail;
            }
            out.push_str(rest);
            if out.len() > MAX_EXPANSION {
                break;
            }
            text = out;
            if !changed {
                break;
            }
        }
        text
    }

    /// The maps of one of main.cf's map lists (`smtp_sasl_password_maps`, …), expanded and split
    /// as Postfix splits a map list (commas and white space); a `proxy:` wrapper is removed
    /// (proxymap reads the same file).
    pub fn map_list(&self, role: MapRole, config_directory: &Path) -> Vec<String> {
        let value = self.expand(self.get(role.parameter()).unwrap_or(""), config_directory);
        value
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|m| !m.is_empty())
            .map(|m| m.strip_prefix("proxy:").unwrap_or(m).to_string())
            .collect()
    }

    /// `relayhost`, when set and not empty: the next hop of mail that has no transport of its own.
    pub fn relayhost(&self) -> Option<&str> {
        self.get("relayhost").map(str::trim).filter(|v| !v.is_empty())
    }
}

/// The main.cf map lists the Postfix SMTP client reads for AUTH: the credentials, and the
/// sender-dependent relay hosts that choose the next hop whose credentials are used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MapRole {
    Passwords,
    SenderRelayhosts,
}

impl MapRole {
    pub const ALL: [MapRole; 2] = [MapRole::Passwords, MapRole::SenderRelayhosts];

    /// The main.cf parameter that lists the maps.
    pub fn parameter(self) -> &'static str {
        match self {
            MapRole::Passwords => "smtp_sasl_password_maps",
            MapRole::SenderRelayhosts => "sender_dependent_relayhost_maps",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    impl PostfixConfig {
        fn parse_ok(text: &str) -> PostfixConfig {
            PostfixConfig::parse(text).expect("valid main.cf")
        }
    }

    #[test]
    fn a_line_without_equals_is_named() {
        assert_eq!(
            PostfixConfig::parse("a = 1\n# c\ngarbage here\n"),
            Err((3, "missing '=' after attribute name: \"garbage here\"".to_string()))
        );
        assert!(PostfixConfig::parse("= x\n").is_err());
    }

    #[test]
    fn password_maps_are_expanded_and_split() {
        let config = PostfixConfig::parse_ok(
            "maps_dir = ${config_directory}/maps\nsmtp_sasl_password_maps = hash:$config_directory/sasl_passwd,\n  proxy:lmdb:$maps_dir/other  cdb:/x\n",
        );
        assert_eq!(
            config.map_list(MapRole::Passwords, Path::new("/etc/postfix")),
            ["hash:/etc/postfix/sasl_passwd", "lmdb:/etc/postfix/maps/other", "cdb:/x"]
        );
        let looping = PostfixConfig::parse_ok("a = $a$a$a$a\n");
        assert!(looping.expand("$a", Path::new("/")).len() <= MAX_EXPANSION);
        assert!(PostfixConfig::default().map_list(MapRole::Passwords, Path::new("/")).is_empty());
        let relays =
            PostfixConfig::parse_ok("sender_dependent_relayhost_maps = hash:$config_directory/relays\n");
        assert_eq!(relays.map_list(MapRole::SenderRelayhosts, Path::new("/c")), ["hash:/c/relays"]);
    }

    #[test]
    fn smtputf8_follows_compatibility_level() {
        assert!(!PostfixConfig::parse_ok("").smtputf8_enable());
        assert!(PostfixConfig::parse_ok("compatibility_level = 3.6\n").smtputf8_enable());
        assert!(
            !PostfixConfig::parse_ok("compatibility_level = 3.6\nsmtputf8_enable = no\n").smtputf8_enable()
        );
        assert!(PostfixConfig::parse_ok("# c\nsmtputf8_enable =\n  yes\n").smtputf8_enable());
    }

    #[test]
    fn parses_continuations_and_last_wins() {
        let config = PostfixConfig::parse_ok("a = 1\nb = x\n  y\na = 2\n");
        assert_eq!(config.get("a"), Some("2"));
        assert_eq!(config.get("b"), Some("x y"));
    }
}
