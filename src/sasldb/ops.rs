//! User and realm operations over a [`Store`]. Each mutating operation is one write transaction:
//! readers and other writers see all of it or none of it.

use std::collections::BTreeMap;
use std::ops::ControlFlow;

use zeroize::Zeroizing;

use crate::sasldb::error::{DbError, DbResult};
use crate::sasldb::key::{encode_parts, user_prefix, Key, KeyError};
use crate::sasldb::property::{is_secret, SecretSummary};
use crate::sasldb::store::{Store, WriteTxn};
use crate::sasldb::user::UserId;

/// The records to write for one user: (property, value).
pub type Records = Vec<(&'static str, Zeroizing<Vec<u8>>)>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetMode {
    /// Fail when the user exists.
    Create,
    /// Fail when the user does not exist.
    Update,
    /// Create or replace.
    Upsert,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetOutcome {
    pub created: bool,
    pub written: Vec<&'static str>,
    /// Secret properties that were replaced by nothing (stale secrets of the old password).
    pub removed: Vec<String>,
}

/// Which secrets a password is stored as: Cyrus's plaintext `userPassword`, and/or an
/// `authPassword` SCRAM record of one variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecretChoice {
    pub plaintext: bool,
    /// The SCRAM variant and its PBKDF2 iterations.
    pub scram: Option<(crate::secrets::scram::ScramHash, u32)>,
}

/// The records one password turns into (a fresh random salt per SCRAM record).
pub fn records_for(password: &crate::secrets::password::Password, choice: SecretChoice) -> DbResult<Records> {
    use crate::sasldb::property::{AUTH_PASSWORD, USER_PASSWORD};
    let mut records: Records = Vec::new();
    if choice.plaintext {
        records.push((USER_PASSWORD, Zeroizing::new(password.as_bytes().to_vec())));
    }
    if let Some((hash, iterations)) = choice.scram {
        let secret = crate::secrets::scram::ScramSecret::generate(hash, password, iterations)
            .map_err(|err| DbError::Internal(format!("no random numbers for the salt: {err}")))?;
        records.push((AUTH_PASSWORD, Zeroizing::new(secret.to_string().into_bytes())));
    }
    Ok(records)
}

/// Writes `records` for `user` and removes every other secret property of that user, so no stale
/// secret of an old password survives. Properties that are not secrets are kept.
pub fn set_user(store: &dyn Store, user: &UserId, records: &Records, mode: SetMode) -> DbResult<SetOutcome> {
    let mut outcome = None;
    store.write(&mut |txn| {
        outcome = Some(set_user_in(txn, user, records, mode)?);
        Ok(())
    })?;
    outcome.ok_or_else(|| DbError::Invalid("internal: write produced no outcome".into()))
}

pub fn set_user_in(
    txn: &mut dyn WriteTxn,
    user: &UserId,
    records: &Records,
    mode: SetMode,
) -> DbResult<SetOutcome> {
    let existing = txn.keys_with_prefix(&user_prefix(&user.authid, &user.realm))?;
    let created = existing.is_empty();
    match (mode, created) {
        (SetMode::Create, false) => return Err(DbError::UserExists(user.to_string())),
        (SetMode::Update, true) => return Err(DbError::NoSuchUser(user.to_string())),
        _ => {}
    }
    for (property, value) in records {
        txn.put(&encode_parts(&user.authid, &user.realm, property.as_bytes()), value)?;
    }
    let mut removed = Vec::new();
    for key in existing {
        let Ok(key) = Key::decode(&key) else { continue };
        let rewritten = records.iter().any(|(p, _)| p.as_bytes() == key.property);
        if is_secret(&key.property) && !rewritten {
            txn.delete(&key.encode())?;
            removed.push(String::from_utf8_lossy(&key.property).into_owned());
        }
    }
    let written = records.iter().map(|(p, _)| *p).collect();
    Ok(SetOutcome { created, written, removed })
}

/// Removes every record of each user in one transaction. Fails, removing nothing, when one of
/// them does not exist.
pub fn delete_users(store: &dyn Store, users: &[UserId]) -> DbResult<Vec<(UserId, Vec<String>)>> {
    let mut report = Vec::new();
    store.write(&mut |txn| {
        report.clear();
        for user in users {
            let keys = txn.keys_with_prefix(&user_prefix(&user.authid, &user.realm))?;
            if keys.is_empty() {
                return Err(DbError::NoSuchUser(user.to_string()));
            }
            let mut properties = Vec::new();
            for key in keys {
                txn.delete(&key)?;
                properties.push(property_name(&key));
            }
            report.push((user.clone(), properties));
        }
        Ok(())
    })?;
    Ok(report)
}

fn property_name(key: &[u8]) -> String {
    match Key::decode(key) {
        Ok(key) => String::from_utf8_lossy(&key.property).into_owned(),
        Err(_) => String::from_utf8_lossy(key).into_owned(),
    }
}

/// One user's records as read from the store, properties in storage order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecords {
    pub user: UserId,
    pub records: Vec<(Vec<u8>, Vec<u8>)>,
}

impl UserRecords {
    pub fn summary(&self) -> SecretSummary {
        let mut summary = SecretSummary::default();
        for (property, value) in &self.records {
            summary.add(property, value);
        }
        summary
    }
}

/// What a scan meets: a well-formed record, or a key that is not `authid\0realm\0property`.
pub enum Entry<'a> {
    Record(Key, &'a [u8]),
    Malformed(&'a [u8], KeyError),
}

/// Visits every record in storage order. Malformed keys are handed over (to be reported and
/// skipped), never looped on, unlike Cyrus's `sasldblistusers2`.
pub fn scan_entries(store: &dyn Store, visit: &mut dyn FnMut(Entry<'_>)) -> DbResult<()> {
    store.scan(&mut |key, value| {
        match Key::decode(key) {
            Ok(decoded) => visit(Entry::Record(decoded, value)),
            Err(err) => visit(Entry::Malformed(key, err)),
        }
        ControlFlow::Continue(())
    })
}

/// Visits users one at a time, in storage order. All records of one user are adjacent in memcmp
/// order (they share the `authid\0realm\0` prefix), so memory stays that of one user.
pub fn scan_users(
    store: &dyn Store,
    visit: &mut dyn FnMut(UserRecords),
    malformed: &mut dyn FnMut(&[u8], KeyError),
) -> DbResult<()> {
    if !store.is_sorted() {
        return scan_users_unsorted(store, visit, malformed);
    }
    let mut current: Option<UserRecords> = None;
    scan_entries(store, &mut |entry| match entry {
        Entry::Malformed(key, err) => malformed(key, err),
        Entry::Record(key, value) => {
            let user = UserId::new(key.authid, key.realm);
            if current.as_ref().is_some_and(|c| c.user != user) {
                if let Some(done) = current.take() {
                    visit(done);
                }
            }
            current
                .get_or_insert_with(|| UserRecords { user, records: Vec::new() })
                .records
                .push((key.property, value.to_vec()));
        }
    })?;
    if let Some(done) = current {
        visit(done);
    }
    Ok(())
}

/// (property, value) as stored.
type Record = (Vec<u8>, Vec<u8>);

/// A hash-ordered store (GDBM): records of one user are scattered, so they are gathered first.
fn scan_users_unsorted(
    store: &dyn Store,
    visit: &mut dyn FnMut(UserRecords),
    malformed: &mut dyn FnMut(&[u8], KeyError),
) -> DbResult<()> {
    let mut users: BTreeMap<UserId, Vec<Record>> = BTreeMap::new();
    scan_entries(store, &mut |entry| match entry {
        Entry::Malformed(key, err) => malformed(key, err),
        Entry::Record(key, value) => {
            users.entry(UserId::new(key.authid, key.realm)).or_default().push((key.property, value.to_vec()))
        }
    })?;
    for (user, mut records) in users {
        records.sort();
        visit(UserRecords { user, records });
    }
    Ok(())
}

/// One user's records, or `None` when the user has none.
pub fn get_user(store: &dyn Store, user: &UserId) -> DbResult<Option<UserRecords>> {
    let prefix = user_prefix(&user.authid, &user.realm);
    let mut found = UserRecords { user: user.clone(), records: Vec::new() };
    // LMDB seeks to the prefix and yields memcmp order: past the prefix, no more of this user.
    let sorted = store.is_sorted();
    store.scan_from(&prefix, &mut |key, value| {
        if key.starts_with(&prefix) {
            if let Ok(decoded) = Key::decode(key) {
                found.records.push((decoded.property, value.to_vec()));
            }
        } else if sorted && key > prefix.as_slice() {
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    })?;
    Ok(if found.records.is_empty() { None } else { Some(found) })
}

/// Users per realm.
pub fn realm_counts(store: &dyn Store) -> DbResult<BTreeMap<Vec<u8>, usize>> {
    let mut counts = BTreeMap::new();
    scan_users(store, &mut |user| *counts.entry(user.user.realm).or_insert(0) += 1, &mut |_, _| {})?;
    Ok(counts)
}

/// Moves every record of realm `old` to realm `new` in one transaction. Refuses when a user
/// exists in both realms (it would merge two users' secrets).
pub fn rename_realm(store: &dyn Store, old: &[u8], new: &[u8]) -> DbResult<usize> {
    let mut moved = 0;
    store.write(&mut |txn| {
        let records = realm_records(txn, old)?;
        if records.is_empty() {
            return Err(DbError::NoSuchRealm(String::from_utf8_lossy(old).into_owned()));
        }
        let mut users = std::collections::BTreeSet::new();
        for (key, value) in &records {
            let target = encode_parts(&key.authid, new, &key.property);
            if txn.get(&target)?.is_some() {
                let user = UserId::new(key.authid.clone(), new.to_vec());
                return Err(DbError::Invalid(format!("{user} already exists; rename would merge two users")));
            }
            txn.put(&target, value)?;
            txn.delete(&key.encode())?;
            users.insert(key.authid.clone());
        }
        moved = users.len();
        Ok(())
    })?;
    Ok(moved)
}

/// Removes every record of realm `realm` in one transaction; returns the number of users.
pub fn delete_realm(store: &dyn Store, realm: &[u8]) -> DbResult<usize> {
    let mut removed = 0;
    store.write(&mut |txn| {
        let records = realm_records(txn, realm)?;
        if records.is_empty() {
            return Err(DbError::NoSuchRealm(String::from_utf8_lossy(realm).into_owned()));
        }
        let mut users = std::collections::BTreeSet::new();
        for (key, _) in &records {
            txn.delete(&key.encode())?;
            users.insert(key.authid.clone());
        }
        removed = users.len();
        Ok(())
    })?;
    Ok(removed)
}

fn realm_records(txn: &dyn WriteTxn, realm: &[u8]) -> DbResult<Vec<(Key, Vec<u8>)>> {
    let mut records = Vec::new();
    txn.scan(&mut |key, value| {
        if let Ok(key) = Key::decode(key) {
            if key.realm == realm {
                records.push((key, value.to_vec()));
            }
        }
        ControlFlow::Continue(())
    })?;
    Ok(records)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sasldb::memory::MemoryStore;

    fn records(pairs: &[(&'static str, &[u8])]) -> Records {
        pairs.iter().map(|(p, v)| (*p, Zeroizing::new(v.to_vec()))).collect()
    }

    fn keys(store: &MemoryStore) -> Vec<String> {
        store.records().iter().map(|(k, _)| String::from_utf8_lossy(k).replace('\0', "|")).collect()
    }

    #[test]
    fn a_password_becomes_the_chosen_records() {
        use crate::secrets::password::Password;
        use crate::secrets::scram::{ScramHash, ScramSecret};
        let pw = Password::from_bytes(b"pw");
        let both = records_for(&pw, SecretChoice { plaintext: true, scram: Some((ScramHash::Sha256, 4096)) })
            .unwrap();
        assert_eq!(both.iter().map(|(p, _)| *p).collect::<Vec<_>>(), ["userPassword", "authPassword"]);
        let scram: ScramSecret = String::from_utf8_lossy(&both[1].1).parse().unwrap();
        assert!(scram.verify(&pw));
        let none = records_for(&pw, SecretChoice { plaintext: false, scram: None }).unwrap();
        assert!(none.is_empty());
    }

    #[test]
    fn set_user_creates_updates_and_removes_stale_secrets() {
        let store = MemoryStore::new();
        let alice = UserId::new("alice", "example.com");
        let first = records(&[("userPassword", b"pw"), ("authPassword", b"SCRAM-SHA-256$...")]);
        assert!(set_user(&store, &alice, &first, SetMode::Create).unwrap().created);
        assert!(matches!(set_user(&store, &alice, &first, SetMode::Create), Err(DbError::UserExists(_))));
        let bob = UserId::new("bob", "example.com");
        assert!(matches!(set_user(&store, &bob, &first, SetMode::Update), Err(DbError::NoSuchUser(_))));
        // A password change without SCRAM removes the old SCRAM record; a non-secret stays.
        store.write(&mut |txn| txn.put(b"alice\0example.com\0note", b"keep me")).unwrap();
        let outcome =
            set_user(&store, &alice, &records(&[("userPassword", b"new")]), SetMode::Update).unwrap();
        assert_eq!(outcome.removed, vec!["authPassword".to_string()]);
        assert_eq!(keys(&store), ["alice|example.com|note", "alice|example.com|userPassword"]);
    }

    #[test]
    fn delete_users_is_all_or_nothing() {
        let store = MemoryStore::new();
        let alice = UserId::new("alice", "example.com");
        set_user(&store, &alice, &records(&[("userPassword", b"pw")]), SetMode::Create).unwrap();
        let ghost = UserId::new("ghost", "example.com");
        assert!(matches!(delete_users(&store, &[alice.clone(), ghost]), Err(DbError::NoSuchUser(_))));
        assert_eq!(keys(&store).len(), 1, "the failed delete removed nothing");
        let report = delete_users(&store, &[alice]).unwrap();
        assert_eq!(report[0].1, vec!["userPassword".to_string()]);
        assert!(keys(&store).is_empty());
    }

    #[test]
    fn realms_are_counted_renamed_and_deleted() {
        let store = MemoryStore::new();
        for (name, realm) in [("a", "one.example"), ("b", "one.example"), ("a", "two.example")] {
            set_user(
                &store,
                &UserId::new(name, realm),
                &records(&[("userPassword", b"pw")]),
                SetMode::Create,
            )
            .unwrap();
        }
        let counts = realm_counts(&store).unwrap();
        assert_eq!(counts.get(b"one.example".as_slice()), Some(&2));
        // Renaming one.example onto two.example would merge the two users called "a".
        assert!(rename_realm(&store, b"one.example", b"two.example").is_err());
        assert_eq!(rename_realm(&store, b"one.example", b"three.example").unwrap(), 2);
        assert!(get_user(&store, &UserId::new("b", "three.example")).unwrap().is_some());
        assert!(matches!(rename_realm(&store, b"nowhere", b"x"), Err(DbError::NoSuchRealm(_))));
        assert_eq!(delete_realm(&store, b"three.example").unwrap(), 2);
        assert_eq!(keys(&store), ["a|two.example|userPassword"]);
    }
}
