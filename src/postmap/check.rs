//! What bites in production, beyond postmap's own warnings: a readable password file, a stale
//! map, empty passwords, keys Postfix never looks up, mixed NUL conventions.

use std::os::unix::fs::MetadataExt;

use serde::Serialize;

use crate::postfix::config::{MapRole, PostfixConfig};
use crate::postmap::error::MapResult;
use crate::postmap::map::MapReader;
use crate::postmap::parse::{Entry, ParseOptions};
use crate::postmap::runs::{DuplicatePolicy, SortedRuns};
use crate::postmap::MapName;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub line: Option<usize>,
    pub message: String,
}

fn finding(line: Option<usize>, message: String) -> Finding {
    Finding { line, message }
}

/// The mode of a file that holds passwords, when group or others may read it.
pub fn readable_by_others(source: &std::fs::Metadata) -> Option<u32> {
    Some(source.mode() & 0o777).filter(|mode| mode & 0o044 != 0)
}

pub fn source_permissions(source: &std::fs::Metadata) -> Option<Finding> {
    readable_by_others(source).map(|mode| {
        finding(None, format!("the source holds plaintext passwords and is readable by group or others (mode {mode:04o}); chmod 600 it"))
    })
}

/// What `map compile` says of a source others may read: the map gets the source's mode, as
/// postmap gives it (measured with Debian 12's postmap: a 0644 source makes a 0644 map even
/// under umask 077), so both hold readable passwords.
pub fn compile_permission_warning(source: &std::fs::Metadata, name: &MapName) -> Option<String> {
    readable_by_others(source).map(|mode| {
        format!(
            "{} holds passwords and group or others may read it (mode {mode:04o}); the map gets the same mode, as postmap gives it: chmod 600 {} {}",
            name.source.display(),
            name.source.display(),
            name.path().display()
        )
    })
}

/// Lines that start with whitespace: postmap appends them to the entry before, which is almost
/// always an entry indented by mistake (its text becomes part of that entry's password).
pub fn indented_lines(source: &[u8]) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut entry_line = None;
    for (number, line) in source.split(|&b| b == b'\n').enumerate().map(|(i, l)| (i + 1, l)) {
        let text = line.trim_ascii();
        if text.is_empty() || text.starts_with(b"#") {
            continue;
        }
        if !line.starts_with(b" ") && !line.starts_with(b"\t") {
            entry_line = Some(number);
            continue;
        }
        if let Some(entry) = entry_line {
            findings.push(finding(Some(number), format!(
                "this line starts with whitespace, so postmap appends it to the entry of line {entry} (its text becomes part of that value); remove the indentation if it is an entry of its own"
            )));
        }
    }
    findings
}

/// The map is missing, or older than its source (an edit that was never compiled).
pub fn map_freshness(
    suffix: &str,
    source: &std::fs::Metadata,
    map: Option<&std::fs::Metadata>,
) -> Option<Finding> {
    match map {
        None => Some(finding(
            None,
            format!("the .{suffix} map does not exist: Postfix cannot use this source until it is compiled"),
        )),
        Some(map)
            if map.mtime() < source.mtime()
                || (map.mtime() == source.mtime() && map.mtime_nsec() < source.mtime_nsec()) =>
        {
            Some(finding(
                None,
                format!("the .{suffix} map is older than its source: the last edit was never compiled"),
            ))
        }
        Some(_) => None,
    }
}

pub fn entry_findings(entries: &[Entry], config: &PostfixConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    for entry in entries {
        let key = String::from_utf8_lossy(entry.key());
        if !entry.value().contains(&b':') {
            findings.push(finding(
                Some(entry.line),
                format!("{key}: the value has no ':', so Postfix sends an empty password"),
            ));
        } else if entry.value().ends_with(b":") {
            findings.push(finding(Some(entry.line), format!("{key}: the password after ':' is empty")));
        }
        if let Some(why) = never_looked_up(&key, config) {
            findings
                .push(finding(Some(entry.line), format!("{key}: Postfix never looks this key up: {why}")));
        }
    }
    findings
}

fn never_looked_up(key: &str, config: &PostfixConfig) -> Option<&'static str> {
    if key.ends_with(':') {
        return Some("a key ending in ':' (alias-file syntax) matches no host or next hop");
    }
    if key.contains("://") {
        return Some("Postfix keys are host names or next hops, not URLs");
    }
    if key.starts_with('"') {
        return Some("the quotes are part of the stored key, and no host name has them");
    }
    if key.contains('@') && !config.sender_dependent_authentication() {
        return Some("sender keys are used only with smtp_sender_dependent_authentication = yes");
    }
    if key.starts_with('[') && !is_bracketed_nexthop(key) {
        return Some("a bracketed next hop is `[host]` or `[host]:port`");
    }
    None
}

fn is_bracketed_nexthop(key: &str) -> bool {
    let Some((inside, rest)) = key[1..].split_once(']') else {
        return false;
    };
    !inside.is_empty()
        && (rest.is_empty()
            || rest.strip_prefix(':').is_some_and(|port| !port.is_empty() && !port.contains(':')))
}

/// Counts keys with and without a trailing NUL; Postfix latches onto the first convention it
/// meets, so a map that mixes them fails for some keys in long-running processes.
pub fn nul_convention(with_nul: usize, without_nul: usize) -> Option<Finding> {
    (with_nul > 0 && without_nul > 0).then(|| {
        finding(None, format!(
            "the map mixes {with_nul} keys with a trailing NUL and {without_nul} without; a running Postfix finds only one kind; recompile it"
        ))
    })
}

/// Every finding for one map: postmap's own warnings on the source, duplicates, the entry and
/// permission lints, whether the compiled map is stale, and the NUL convention of its keys.
/// Sorted by line (file-wide findings first).
pub fn check_map(
    name: &MapName,
    role: MapRole,
    source: &[u8],
    source_metadata: &std::fs::Metadata,
    options: ParseOptions,
    config: &PostfixConfig,
) -> MapResult<Vec<Finding>> {
    let parsed = crate::postmap::parse::parse_from(source, 1, options);
    let mut findings: Vec<Finding> =
        parsed.warnings.iter().map(|w| finding(Some(w.line), w.message.clone())).collect();
    findings.extend(indented_lines(source));
    if role == MapRole::Passwords {
        findings.extend(entry_findings(&parsed.entries, config));
    }
    let runs = SortedRuns::from_entries(parsed.entries, crate::postmap::runs::Order::Key);
    let duplicates = runs.unique(DuplicatePolicy::default(), &mut |_| Ok(()))?;
    findings.extend(duplicates.into_iter().map(|w| finding(Some(w.line), w.message)));
    findings.extend(source_permissions(source_metadata));
    let map_metadata = std::fs::metadata(name.path()).ok();
    findings.extend(map_freshness(name.kind.extension(), source_metadata, map_metadata.as_ref()));
    if map_metadata.is_some() {
        findings.extend(nul_mix(name)?);
    }
    findings.sort_by_key(|f| f.line.unwrap_or(0));
    Ok(findings)
}

fn nul_mix(name: &MapName) -> MapResult<Option<Finding>> {
    let reader = MapReader::open(name)?;
    let (mut with, mut without) = (0, 0);
    reader.scan(&mut |key, _| {
        if key.ends_with(b"\0") {
            with += 1
        } else {
            without += 1
        }
        std::ops::ControlFlow::Continue(())
    })?;
    Ok(nul_convention(with, without))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(line: usize, key: &'a str, value: &'a str) -> Entry<'a> {
        Entry::new(line, key.as_bytes(), value.as_bytes())
    }

    #[test]
    fn check_map_gathers_every_finding_by_line() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let source = dir.path().join("sasl_passwd");
        let text = b"relay.example.com u:p\nrelay.example.com u:other\nhost u:\n";
        std::fs::write(&source, text).unwrap();
        std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o644)).unwrap();
        let name = MapName::parse(&format!("lmdb:{}", source.display())).unwrap();
        let metadata = std::fs::metadata(&source).unwrap();
        let options = ParseOptions { utf8: false, fold: true };
        let findings =
            check_map(&name, MapRole::Passwords, text, &metadata, options, &PostfixConfig::default())
                .unwrap();
        let lines: Vec<Option<usize>> = findings.iter().map(|f| f.line).collect();
        // File-wide (readable by others, never compiled) first, then the duplicate, the empty password.
        assert!(lines.iter().filter(|l| l.is_none()).count() >= 2, "{findings:?}");
        assert!(lines.contains(&Some(2)) && lines.contains(&Some(3)), "{findings:?}");
        assert!(lines.windows(2).all(|w| w[0].unwrap_or(0) <= w[1].unwrap_or(0)));
    }

    #[test]
    fn entry_lints() {
        let config = PostfixConfig::default();
        let entries = vec![
            entry(1, "[smtp.example.com]:587", "u:p"),
            entry(2, "relay.example.net", "user-only"),
            entry(3, "alias-style:", "v:w"),
            entry(4, "@sender.example.com", "s:p"),
            entry(5, "[bad]x", "u:p"),
            entry(6, "\"quoted key.example\"", "q:pw"),
            entry(7, "host", "u:"),
        ];
        let lines: Vec<Option<usize>> = entry_findings(&entries, &config).iter().map(|f| f.line).collect();
        assert_eq!(lines, [Some(2), Some(3), Some(4), Some(5), Some(6), Some(7)]);
        let sender_dependent = PostfixConfig::parse("smtp_sender_dependent_authentication = yes\n").unwrap();
        assert!(entry_findings(&entries[3..4], &sender_dependent).is_empty());
    }

    #[test]
    fn an_indented_line_is_named_with_the_entry_it_joins() {
        let findings = indented_lines(b"# c\nrelay.example u:p\n  other.example v:w\n\n\tmore\n");
        let lines: Vec<Option<usize>> = findings.iter().map(|f| f.line).collect();
        assert_eq!(lines, [Some(3), Some(5)]);
        assert!(findings[0].message.contains("entry of line 2"), "{findings:?}");
        assert!(!findings[0].message.contains("v:w"), "a value may hold a password");
        assert!(indented_lines(b"a b:c\nd e:f\n").is_empty());
    }

    #[test]
    fn nul_mix() {
        assert!(nul_convention(3, 0).is_none());
        assert!(nul_convention(3, 1).is_some());
    }
}
