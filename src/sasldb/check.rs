//! What breaks Cyrus in a sasldb: keys without exactly two NULs (sasldblistusers2 spins on them),
//! values of 8192 bytes or more, SCRAM records the mechanism list cannot use, users without a
//! usable secret, realms that are not fully qualified.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::sasldb::error::DbResult;
use crate::sasldb::ops::{scan_entries, scan_users, Entry};
use crate::sasldb::property::{is_secret, AUTH_PASSWORD, USER_PASSWORD};
use crate::sasldb::store::Store;
use crate::sasldb::user::is_fqdn;
use crate::secrets::password::MAX_LEN;
use crate::secrets::scram::ScramSecret;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub user: Option<String>,
    pub message: String,
}

/// What the Cyrus file a store was named by (`--sasl-config`) makes Cyrus's own sql plugin get
/// wrong, with the line and the fix.
pub fn conf_findings(conf: &crate::postfix::cyrus::CyrusConf) -> Vec<Finding> {
    crate::sasldb::sql::config::cyrus_defects(conf)
        .into_iter()
        .map(|defect| Finding {
            user: None,
            message: format!(
                "{}, line {}: {}; fix: {}",
                conf.path.display(),
                defect.line,
                defect.message,
                defect.fix
            ),
        })
        .collect()
}

/// `mech_list`: the mechanisms the servers offer (Cyrus's `mech_list`), when known.
pub fn check(store: &dyn Store, mech_list: Option<&[String]>) -> DbResult<Vec<Finding>> {
    let mut findings = Vec::new();
    scan_entries(store, &mut |entry| {
        match entry {
        Entry::Malformed(key, err) => findings.push(Finding {
            user: None,
            message: format!(
                "key {:?}: {err}; Cyrus's sasldblistusers2 loops forever on it",
                String::from_utf8_lossy(key)
            ),
        }),
        Entry::Record(key, value) if value.len() >= MAX_LEN => findings.push(Finding {
            user: Some(key.user_display()),
            message: format!(
                "{} is {} bytes; Cyrus's readers overflow at {MAX_LEN}",
                String::from_utf8_lossy(&key.property),
                value.len()
            ),
        }),
        // Cyrus's sql plugin binds nothing: removing a property, it splices SQL_NULL_VALUE into
        // the documented `SET %p = '%v'`, so `saslpasswd2 -d` leaves the string NULL behind.
        Entry::Record(key, value) if value == b"NULL" && is_secret(&key.property) => findings.push(Finding {
            user: Some(key.user_display()),
            message: format!(
                "{} is the string NULL, which Cyrus's sql plugin stores when saslpasswd2 -d deletes a user: this user logs in with the password NULL; remove it with saslkit user delete",
                String::from_utf8_lossy(&key.property)
            ),
        }),
        Entry::Record(..) => {}
    }
    })?;
    let mut realms = BTreeSet::new();
    scan_users(
        store,
        &mut |user| {
            let name = user.user.to_string();
            realms.insert(user.user.realm.clone());
            let authid = &user.user.authid;
            if authid.first().is_some_and(u8::is_ascii_whitespace)
                || authid.last().is_some_and(u8::is_ascii_whitespace)
            {
                findings.push(Finding {
                    user: Some(name.clone()),
                    message: "the user id starts or ends with whitespace; Cyrus trims login names, so nobody can log in as this user".into(),
                });
            }
            let plain = user.records.iter().any(|(p, _)| p == USER_PASSWORD.as_bytes());
            let scram = user.records.iter().find(|(p, _)| p == AUTH_PASSWORD.as_bytes());
            if !plain && scram.is_none() {
                findings.push(Finding {
                    user: Some(name.clone()),
                    message: "no userPassword and no authPassword: nobody can log in as this user".into(),
                });
            }
            if let (Some((_, value)), false, Some(mechs)) = (scram, plain, mech_list) {
                let variant = String::from_utf8_lossy(value)
                    .parse::<ScramSecret>()
                    .map(|s| s.hash.mechanism().to_string());
                let offered: Vec<&String> = mechs.iter().filter(|m| m.starts_with("SCRAM-")).collect();
                if let Ok(variant) = variant {
                    if !offered.iter().any(|m| m.trim_end_matches("-PLUS") == variant) {
                        findings.push(Finding {
                            user: Some(name),
                            message: format!("the only secret is a {variant} record, and mech_list offers no {variant}: this user cannot log in"),
                        });
                    }
                }
            }
        },
        &mut |_, _| {},
    )?;
    for realm in realms.into_iter().filter(|r| !is_fqdn(r)) {
        findings.push(Finding {
            user: None,
            message: format!("realm {:?} is not a fully qualified domain name (Postfix's smtpd_sasl_local_domain must match it)", String::from_utf8_lossy(&realm)),
        });
    }
    Ok(findings)
}
