//! The client side: the Postfix SMTP client relaying with credentials from
//! `smtp_sasl_password_maps`. Without `--live` it judges the configuration and the maps; with it,
//! it also asks each next hop what it offers, at the TLS level Postfix would use, and whether it
//! takes the credentials.

use std::ffi::OsStr;
use std::path::Path;
use std::time::Duration;

use crate::doctor::finding::{quote, Finding, Severity};
use crate::doctor::fixes::set_param;
use crate::doctor::live::{self, plaintext_finding, LiveInput, SERVICE};
use crate::postfix::config::MapRole;
use crate::postfix::effective::Settings;
use crate::postmap::check::{map_freshness, readable_by_others};
use crate::postmap::fold::fold_key;
use crate::postmap::lookup::{split_value, trace, LookupRequest};
use crate::postmap::map::{get_in_list, MapReader};
use crate::postmap::parse::{parse_from, ParseOptions};
use crate::postmap::{MapName, MapSpec};

/// At most this many next hops are checked (transport and relay host maps can be long).
const MAX_NEXTHOPS: usize = 64;

pub struct ClientInput<'a> {
    pub settings: &'a Settings,
    pub live: bool,
    pub timeout: Duration,
    pub plugin_dir: Option<&'a Path>,
}

pub fn check(input: &ClientInput<'_>) -> Vec<Finding> {
    let s = input.settings;
    let mut out = Vec::new();
    let listed = s.config().map_list(MapRole::Passwords, &s.confdir);
    let enabled = s.yes("smtp_sasl_auth_enable");
    if listed.is_empty() {
        if enabled {
            let map = format!("{}:{}/sasl_passwd", s.get("default_database_type"), s.confdir.display());
            out.push(
                Finding::new("client-map-missing", Severity::Fail, SERVICE, "smtp_sasl_password_maps")
                    .message("smtp_sasl_auth_enable = yes, but smtp_sasl_password_maps names no map: Postfix has no credentials to send")
                    .fix(format!("list the credentials map: smtp_sasl_password_maps = {map}, with lines `[relay.example]:587 user:password`, compiled")),
            );
        }
        return out;
    }
    if !enabled {
        out.push(
            Finding::new("client-auth-disabled", Severity::Fail, SERVICE, "smtp_sasl_auth_enable")
                .message(format!(
                    "smtp_sasl_password_maps names {}, but smtp_sasl_auth_enable is not yes: Postfix never sends the credentials",
                    listed.join(", ")
                ))
                .fix("set smtp_sasl_auth_enable = yes")
                .command(set_param(s, None, "smtp_sasl_auth_enable", "yes")),
        );
    }
    let mut readers = Vec::new();
    let mut usable = true;
    for text in &listed {
        let spec = MapSpec::parse(OsStr::new(text));
        let Ok(name) = MapName::resolve(&spec, s.get("default_database_type")) else {
            out.push(
                Finding::new("client-map-unchecked", Severity::Info, SERVICE, text.clone())
                    .message("a table type saslkit does not read; its entries are not checked"),
            );
            usable = false;
            continue;
        };
        if !map_file_checks(s, &name, &mut out) {
            usable = false;
            continue;
        }
        match MapReader::open(&name) {
            Ok(reader) => readers.push((name, reader)),
            Err(err) => {
                out.push(
                    Finding::new(
                        "client-map-missing",
                        Severity::Fail,
                        SERVICE,
                        name.path().display().to_string(),
                    )
                    .message(format!("Postfix cannot use the map: {err}"))
                    .fix(format!("compile it again: {}", compile_command(s, &name)))
                    .command(compile_command(s, &name)),
                );
                usable = false;
            }
        }
    }
    if usable {
        let only: Vec<MapReader> = readers.into_iter().map(|(_, r)| r).collect();
        for nexthop in nexthops(s) {
            entry_checks(input, &only, &listed, &nexthop, &mut out);
        }
    }
    out
}

fn compile_command(s: &Settings, name: &MapName) -> String {
    format!(
        "saslkit map compile -c {} {}",
        quote(&s.confdir.display().to_string()),
        quote(&format!("{}:{}", name.kind.name(), name.source.display()))
    )
}

/// The compiled file exists, is not older than its source, and neither lets others read the
/// passwords. False when Postfix cannot use the map at all.
fn map_file_checks(s: &Settings, name: &MapName, out: &mut Vec<Finding>) -> bool {
    let compiled = name.path();
    let source_meta = std::fs::metadata(&name.source).ok();
    let compiled_meta = std::fs::metadata(&compiled).ok();
    let subject = compiled.display().to_string();
    let Some(source_meta) = source_meta else {
        if compiled_meta.is_none() {
            out.push(
                Finding::new("client-map-missing", Severity::Fail, SERVICE, subject)
                    .message(format!(
                        "neither {} nor its source {} exists: Postfix defers every mail it would relay (\"table … is unavailable\")",
                        compiled.display(),
                        name.source.display()
                    ))
                    .fix(format!(
                        "write {} (`[relay.example]:587 user:password` lines, mode 600), then {}",
                        name.source.display(),
                        compile_command(s, name)
                    )),
            );
            return false;
        }
        return true;
    };
    let command = compile_command(s, name);
    match (&compiled_meta, map_freshness(name.kind.extension(), &source_meta, compiled_meta.as_ref())) {
        (None, _) => {
            out.push(
                Finding::new("client-map-missing", Severity::Fail, SERVICE, subject)
                    .message(format!(
                        "{} was never compiled: Postfix reads {}, which does not exist, and defers every mail it would relay",
                        name.source.display(),
                        compiled.display()
                    ))
                    .fix(format!("compile it: {command}"))
                    .command(command),
            );
            return false;
        }
        (Some(_), Some(_)) => out.push(
            Finding::new("client-map-stale", Severity::Fail, SERVICE, subject.clone())
                .message(format!(
                    "{} is older than its source {}: the last edit was never compiled, so Postfix still sends the old credentials",
                    compiled.display(),
                    name.source.display()
                ))
                .fix(format!("compile it again: {command}"))
                .command(command),
        ),
        (Some(_), None) => {
            if let Some(differ) = records_differ(s, name) {
                out.push(
                    Finding::new("client-map-stale", Severity::Fail, SERVICE, subject.clone())
                        .message(format!(
                            "{} is not older than {}, but {differ}: the compiled map is not the source (a source restored with its old date?), and Postfix reads the compiled one",
                            compiled.display(),
                            name.source.display()
                        ))
                        .fix(format!("compile it again: {command}"))
                        .command(command.clone()),
                );
            }
        }
    }
    let mut open: Vec<(String, u32)> = Vec::new();
    if let Some(mode) = readable_by_others(&source_meta) {
        open.push((name.source.display().to_string(), mode));
    }
    if let Some(mode) = compiled_meta.as_ref().and_then(readable_by_others) {
        open.push((subject.clone(), mode));
    }
    if !open.is_empty() {
        let files: Vec<String> = open.iter().map(|(f, _)| quote(f)).collect();
        let described: Vec<String> = open.iter().map(|(f, m)| format!("{f} (mode {m:04o})")).collect();
        out.push(
            Finding::new("client-map-perms", Severity::Warn, SERVICE, subject)
                .message(format!(
                    "group or others may read the relay passwords in {}; Postfix opens the map as root and needs no more than 600",
                    described.join(" and ")
                ))
                .fix("let only root read them: chmod 600")
                .command(format!("chmod 600 {}", files.join(" "))),
        );
    }
    true
}

/// Sources above this size are not compared record for record.
const MAX_COMPARED_SOURCE: u64 = 64 << 20;

/// How the compiled map differs from what its source compiles to (values are never shown), or
/// `None` when they hold the same records.
fn records_differ(s: &Settings, name: &MapName) -> Option<String> {
    use std::io::Read;
    let file = crate::fs_safe::open_regular(&name.source).ok()?;
    let mut source = Vec::new();
    file.take(MAX_COMPARED_SOURCE + 1).read_to_end(&mut source).ok()?;
    if source.len() as u64 > MAX_COMPARED_SOURCE {
        return None;
    }
    let reader = MapReader::open(name).ok()?;
    let utf8 = s.config().smtputf8_enable();
    let parsed = parse_from(&source, 1, ParseOptions { utf8, fold: true });
    let mut keys: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
    let (mut changed, mut missing) = (Vec::new(), 0usize);
    for entry in &parsed.entries {
        let folded = fold_key(entry.key(), utf8).into_owned();
        if keys.contains(&folded) {
            continue; // postmap keeps the first of duplicate keys
        }
        match reader.get(&folded).ok()? {
            None => missing += 1,
            Some(value) if value != entry.value() => changed.push(entry.line),
            Some(_) => {}
        }
        keys.insert(folded);
    }
    let mut compiled = 0usize;
    reader
        .scan(&mut |_, _| {
            compiled += 1;
            std::ops::ControlFlow::Continue(())
        })
        .ok()?;
    let extra = compiled.saturating_sub(keys.len() - missing);
    let mut parts = Vec::new();
    if !changed.is_empty() {
        let lines: Vec<String> = changed.iter().take(5).map(|l| l.to_string()).collect();
        parts.push(format!("the value of line {} differs", lines.join(", ")));
    }
    if missing > 0 {
        parts.push(format!("{missing} key(s) of the source are not in it"));
    }
    if extra > 0 {
        parts.push(format!("it has {extra} key(s) the source no longer has"));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The relay host and every next hop of transport_maps and sender_dependent_relayhost_maps.
fn nexthops(s: &Settings) -> Vec<String> {
    let mut hops: Vec<String> = Vec::new();
    let mut add = |hop: &str| {
        let hop = hop.trim();
        if !hop.is_empty() && !hops.iter().any(|h| h.eq_ignore_ascii_case(hop)) && hops.len() < MAX_NEXTHOPS {
            hops.push(hop.to_string());
        }
    };
    add(s.get("relayhost"));
    let values = |parameter: &str| -> Vec<String> {
        let mut values = Vec::new();
        for text in crate::postfix::effective::split_list_keep_case(s.get(parameter)) {
            let text = text.strip_prefix("proxy:").unwrap_or(&text);
            let Ok(name) =
                MapName::resolve(&MapSpec::parse(OsStr::new(text)), s.get("default_database_type"))
            else {
                continue;
            };
            let Ok(reader) = MapReader::open(&name) else { continue };
            let _ = reader.scan(&mut |_, value| {
                values.push(String::from_utf8_lossy(value).trim_end_matches('\0').to_string());
                std::ops::ControlFlow::Continue(())
            });
        }
        values
    };
    for value in values("sender_dependent_relayhost_maps") {
        if !value.eq_ignore_ascii_case("DUNNO") {
            add(&value);
        }
    }
    for value in values("transport_maps") {
        // `smtp:[relay.example]:587`, `relay:host`, `:[host]` (the default transport).
        if let Some((transport, hop)) = value.split_once(':') {
            if matches!(transport, "" | "smtp" | "relay") {
                add(hop);
            }
        }
    }
    hops
}

/// Which key Postfix finds for `nexthop`, and what follows from it.
fn entry_checks(
    input: &ClientInput<'_>,
    readers: &[MapReader],
    listed: &[String],
    nexthop: &str,
    out: &mut Vec<Finding>,
) {
    let s = input.settings;
    let request = LookupRequest {
        nexthop: nexthop.to_string(),
        host: None,
        sender: None,
        sender_dependent: false,
        recipient_delimiter: s.get("recipient_delimiter").to_string(),
    };
    let Ok(found) = trace(&request, s.config().smtputf8_enable(), |key| get_in_list(readers, key)) else {
        return;
    };
    let Some((key, value)) = found.matched else {
        let tried: Vec<String> = found.tried.iter().map(|t| t.candidate.key.clone()).collect();
        let severity =
            if s.yes("smtp_sender_dependent_authentication") { Severity::Warn } else { Severity::Fail };
        out.push(
            Finding::new("client-no-entry", severity, SERVICE, nexthop.to_string())
                .message(format!(
                    "Postfix looks up {} in {}, and none is there: mail to {nexthop} goes without AUTH, and a relay that requires it refuses it",
                    tried.join(" then "),
                    listed.join(", ")
                ))
                .fix(format!(
                    "add the line `{nexthop} USER:PASSWORD` to the map's source and compile it again (the key must be written exactly as the next hop is configured)"
                )),
        );
        return;
    };
    let level = tls_level(s);
    if !input.live {
        if level == "none" {
            out.push(plaintext_finding(s, nexthop, Severity::Warn, "smtp_tls_security_level is none: Postfix never uses TLS, so a relay that offers AUTH before TLS gets the password unencrypted"));
        }
        return;
    }
    let (user, password) = split_value(&value);
    let live = LiveInput {
        settings: s,
        nexthop,
        key: &key,
        user: String::from_utf8_lossy(user).trim_end_matches('\0').to_string(),
        password: password.strip_suffix(b"\0").unwrap_or(password),
        level: &level,
        timeout: input.timeout,
        plugin_dir: input.plugin_dir,
    };
    out.extend(live::check(&live));
}

/// `smtp_tls_security_level`, or what the legacy `smtp_use_tls`/`smtp_enforce_tls` make it.
pub fn tls_level(s: &Settings) -> String {
    let level = s.get("smtp_tls_security_level").trim().to_ascii_lowercase();
    if !level.is_empty() {
        level
    } else if s.yes("smtp_enforce_tls") {
        "encrypt".into()
    } else if s.yes("smtp_use_tls") {
        "may".into()
    } else {
        "none".into()
    }
}
