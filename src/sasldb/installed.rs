//! What the installed Cyrus SASL can do, found from its plugin files: which mechanism plugins
//! smtpd can load, and which container its sasldb plugin reads (the libraries `libsasldb.so` links
//! to). New sasldb files follow it; `doctor` compares a file with it.

use std::path::{Path, PathBuf};

use crate::sasldb::open::Backend;

/// The folders libsasl2 loads plugins from on the distributions (multiarch Debian first).
fn candidate_dirs() -> Vec<PathBuf> {
    let mut dirs = Vec::new();
    if let Ok(entries) = std::fs::read_dir("/usr/lib") {
        let mut multiarch: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path().join("sasl2"))
            .filter(|p| p.parent().is_some_and(|d| d.to_string_lossy().contains("-linux-")))
            .collect();
        multiarch.sort();
        dirs.extend(multiarch);
    }
    dirs.extend(["/usr/lib64/sasl2", "/usr/lib/sasl2", "/usr/local/lib/sasl2"].map(PathBuf::from));
    dirs
}

/// The plugin folder of the installed Cyrus SASL: the first candidate that holds a plugin.
pub fn plugin_dir() -> Option<PathBuf> {
    candidate_dirs().into_iter().find(|dir| {
        std::fs::read_dir(dir)
            .map(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with("lib")))
            .unwrap_or(false)
    })
}

/// Whether the plugin `lib<name>.so…` is in `dir`.
pub fn has_plugin(dir: &Path, name: &str) -> bool {
    let prefix = format!("lib{name}.so");
    std::fs::read_dir(dir)
        .map(|entries| entries.flatten().any(|e| e.file_name().to_string_lossy().starts_with(&prefix)))
        .unwrap_or(false)
}

/// The plugin that serves a SASL mechanism on the server (`None`: built into libsasl2, or unknown).
pub fn mechanism_plugin(mechanism: &str) -> Option<&'static str> {
    let mech = mechanism.to_ascii_uppercase();
    Some(match mech.as_str() {
        "PLAIN" => "plain",
        "LOGIN" => "login",
        "CRAM-MD5" => "crammd5",
        "DIGEST-MD5" => "digestmd5",
        "NTLM" => "ntlm",
        "ANONYMOUS" => "anonymous",
        "OTP" => "otp",
        "SRP" => "srp",
        "GSSAPI" | "GSS-SPNEGO" => "gssapiv2",
        m if m.starts_with("SCRAM-") => "scram",
        m if m.starts_with("GS2-") => "gs2",
        _ => return None,
    })
}

/// The Debian package that ships a plugin, for the fix.
pub fn plugin_package(plugin: &str) -> &'static str {
    match plugin {
        "otp" => "libsasl2-modules-otp",
        "sql" => "libsasl2-modules-sql",
        "ldapdb" => "libsasl2-modules-ldap",
        "gssapiv2" | "gs2" => "libsasl2-modules-gssapi-mit",
        "sasldb" => "libsasl2-modules-db",
        _ => "libsasl2-modules",
    }
}

/// The container the installed sasldb plugin reads, from the library it links and calls.
pub fn sasldb_backend(dir: &Path) -> Option<Backend> {
    let plugin = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.file_name().is_some_and(|n| n.to_string_lossy().starts_with("libsasldb.so")))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(std::fs::File::open(plugin).ok()?, 16 << 20),
        &mut bytes,
    )
    .ok()?;
    backend_of(&bytes)
}

/// Names in a plugin's dynamic section: the library it needs, and the call it makes.
fn backend_of(plugin: &[u8]) -> Option<Backend> {
    let has = |needle: &[u8]| plugin.windows(needle.len()).any(|w| w == needle);
    if has(b"liblmdb.so") || has(b"mdb_env_create") {
        Some(Backend::Lmdb)
    } else if has(b"libgdbm.so") || has(b"gdbm_open") {
        Some(Backend::Gdbm)
    } else if has(b"libdb-") || has(b"db_create") {
        Some(Backend::Bdb)
    } else {
        None
    }
}

/// The container a new sasldb becomes when none is asked for: the one the installed Cyrus reads,
/// LMDB where no Cyrus is installed.
pub fn default_backend() -> Backend {
    plugin_dir().and_then(|dir| sasldb_backend(&dir)).unwrap_or(Backend::Lmdb)
}

/// What `path` becomes if it is created: `asked` (`--backend`), else [`default_backend`] — looked
/// up only when there is no file there yet (or an empty one), since an existing file is opened as
/// whatever it is and the plugin need not be read.
pub fn backend_for_new(path: &Path, asked: Option<Backend>) -> Backend {
    asked.unwrap_or_else(|| {
        let exists = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
        if exists || crate::sasldb::sql::sqlite_path(path).is_some() {
            Backend::Lmdb
        } else {
            default_backend()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_from_the_plugin_bytes() {
        assert_eq!(backend_of(b"\0libdb-5.3.so\0db_create\0"), Some(Backend::Bdb));
        assert_eq!(backend_of(b"\0libgdbm.so.6\0gdbm_open\0"), Some(Backend::Gdbm));
        assert_eq!(backend_of(b"\0liblmdb.so.0\0mdb_env_create\0"), Some(Backend::Lmdb));
        assert_eq!(backend_of(b"nothing"), None);
        assert_eq!(mechanism_plugin("scram-sha-256"), Some("scram"));
        assert_eq!(mechanism_plugin("EXTERNAL"), None);
    }
}
