//! Writes in hostile folders (issue 9): another uid planting links where root builds a map, folders
//! anyone may write to, FIFOs where files belong, and owner/group/mode kept across every replace.
//! These run as root (CI is root) and switch to uid 65534 ("nobody") for the other user; without
//! root they skip with the reason.
//!
//! Packages: python3 (the racer; in every Debian image).
#![allow(clippy::unwrap_used)]

mod common;

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{run_bounded, saslkit_bin, skip_or_fail};

const NOBODY: u32 = 65534;

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions.
    unsafe { libc::geteuid() == 0 }
}

fn saslkit_cmd(args: &[&str]) -> Command {
    let mut cmd = Command::new(saslkit_bin());
    cmd.args(args).env_clear();
    cmd
}

/// Runs `cmd` as `uid` with primary group `gid` and the supplementary `groups`.
fn as_user(cmd: &mut Command, uid: u32, gid: u32, groups: Vec<u32>) -> &mut Command {
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(move || {
            if libc::setgroups(groups.len(), groups.as_ptr()) != 0
                || libc::setgid(gid) != 0
                || libc::setuid(uid) != 0
            {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        })
    }
}

fn mode(path: &Path) -> (u32, u32, u32) {
    let m = std::fs::metadata(path).unwrap();
    (m.uid(), m.gid(), m.mode() & 0o7777)
}

/// A folder tree another uid can reach: the tempdir itself is 0700.
fn open_tempdir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    dir
}

/// Another user in the same sticky folder, as a thread: the raw `setresuid` system call changes
/// only the calling thread's credentials (glibc's wrapper would change the whole process). It
/// plants links to `victim` at the names a writer with predictable names would use for the
/// process `pid` announces, and inside whatever folders saslkit makes, as fast as it can.
fn spawn_racer(
    shared: std::path::PathBuf,
    victim: std::path::PathBuf,
    pid: std::sync::Arc<std::sync::atomic::AtomicU32>,
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
) -> std::thread::JoinHandle<u64> {
    use std::sync::atomic::Ordering;
    std::thread::spawn(move || {
        // SAFETY: raw system calls on this thread's own credentials.
        unsafe {
            assert_eq!(libc::syscall(libc::SYS_setresgid, NOBODY, NOBODY, NOBODY), 0);
            assert_eq!(libc::syscall(libc::SYS_setresuid, NOBODY, NOBODY, NOBODY), 0);
        }
        let mut planted = 0u64;
        while !stop.load(Ordering::Relaxed) {
            let pid = pid.load(Ordering::Relaxed);
            for name in [
                format!(".sasl_passwd.lmdb.saslkit-{pid}.tmp"),
                format!(".sasl_passwd.lmdb.saslkit-{pid}.tmp-lock"),
            ] {
                if std::os::unix::fs::symlink(&victim, shared.join(name)).is_ok() {
                    planted += 1;
                }
            }
            for entry in std::fs::read_dir(&shared).into_iter().flatten().flatten() {
                if entry.file_name().to_string_lossy().starts_with(".sasl_passwd") {
                    let _ = std::os::unix::fs::symlink(&victim, entry.path().join("sasl_passwd.lmdb"));
                }
            }
        }
        planted
    })
}

#[test]
fn root_compiling_in_a_sticky_folder_never_writes_through_a_planted_link() {
    use std::sync::atomic::Ordering;
    if !is_root() {
        return skip_or_fail("the symlink race needs root (to be the victim) and uid 65534 (to attack)");
    }
    let dir = open_tempdir();
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let victim = dir.path().join("victim");
    std::fs::write(&victim, b"precious\n").unwrap();
    let source = shared.join("sasl_passwd");
    std::fs::write(&source, b"[mail.example.com]:587 user:secret\n").unwrap();
    let pid = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let racer = spawn_racer(shared.clone(), victim.clone(), pid.clone(), stop.clone());
    let map = format!("lmdb:{}", source.display());
    for round in 0..40 {
        let mut child = saslkit_cmd(&["map", "compile", &map])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        pid.store(child.id(), Ordering::Relaxed);
        let status = child.wait().unwrap();
        assert!(status.success(), "round {round}: {status}");
        assert_eq!(
            std::fs::read(&victim).unwrap(),
            b"precious\n",
            "round {round}: the link's target was overwritten"
        );
    }
    stop.store(true, Ordering::Relaxed);
    assert!(racer.join().unwrap() > 0, "the racer planted links");
    let out = saslkit_cmd(&["map", "query", &map, "[mail.example.com]:587"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "user:secret\n");
    assert!(std::fs::symlink_metadata(shared.join("sasl_passwd.lmdb")).unwrap().is_file());
}

#[test]
fn a_folder_anyone_may_write_to_is_refused_unless_sticky() {
    let dir = tempfile::tempdir().unwrap();
    let open = dir.path().join("open");
    std::fs::create_dir(&open).unwrap();
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).unwrap();
    let source = open.join("sasl_passwd");
    std::fs::write(&source, b"relay user:pw\n").unwrap();
    let out = saslkit_cmd(&["map", "compile", &format!("lmdb:{}", source.display())]).output().unwrap();
    assert_eq!(out.status.code(), Some(77), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not sticky"));
    assert!(!open.join("sasl_passwd.lmdb").exists());
}

#[test]
fn berkeley_db_rebuild_by_a_group_member_keeps_roots_file_or_refuses() {
    if !is_root() {
        return skip_or_fail(
            "the ownership test needs root to set up root:sasl files and run as another uid",
        );
    }
    let dir = open_tempdir();
    let etc = dir.path().join("etc");
    std::fs::create_dir(&etc).unwrap();
    let sasl_gid = 4242;
    std::os::unix::fs::chown(&etc, Some(0), Some(sasl_gid)).unwrap();
    std::fs::set_permissions(&etc, std::fs::Permissions::from_mode(0o770)).unwrap();
    let db = etc.join("sasldb2");
    let add = |user: &str| {
        saslkit_cmd(&[
            "--db",
            db.to_str().unwrap(),
            "--backend",
            "bdb",
            "user",
            "add",
            user,
            "--password-stdin",
        ])
    };
    let outcome = run_bounded(&mut add("root-made@example.com"), b"pw\n", 3 << 30, Duration::from_secs(20));
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
    std::os::unix::fs::chown(&db, Some(0), Some(sasl_gid)).unwrap();
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o660)).unwrap();

    // A change that fits on its page is written in place, as Debian's saslpasswd2 writes it: the
    // member may write the file, and it stays root's (issue 15).
    let inode = std::fs::metadata(&db).unwrap().ino();
    let mut cmd = add("member-made@example.com");
    let outcome = run_bounded(
        as_user(&mut cmd, NOBODY, NOBODY, vec![sasl_gid]),
        b"pw\n",
        3 << 30,
        Duration::from_secs(20),
    );
    assert_eq!(outcome.code, Some(0), "{}", outcome.stderr);
    assert_eq!(mode(&db), (0, sasl_gid, 0o660), "root's file is still root's");
    assert_eq!(std::fs::metadata(&db).unwrap().ino(), inode, "the same file");
    let before = std::fs::read(&db).unwrap();

    // One that needs a rebuild (a value for overflow pages) cannot give the new file root's
    // ownership: refused, nothing changed.
    let mut cmd = add("member-big@example.com");
    let long = format!("{}\n", "p".repeat(2000));
    let outcome = run_bounded(
        as_user(&mut cmd, NOBODY, NOBODY, vec![sasl_gid]),
        long.as_bytes(),
        3 << 30,
        Duration::from_secs(20),
    );
    assert_eq!(outcome.code, Some(77), "{}", outcome.stderr);
    assert!(outcome.stderr.contains("cannot keep its owner"), "{}", outcome.stderr);
    assert_eq!(mode(&db), (0, sasl_gid, 0o660), "root's file is still root's");
    assert_eq!(std::fs::read(&db).unwrap(), before, "and unchanged");
    assert_eq!(std::fs::read_dir(&etc).unwrap().count(), 1, "nothing left behind");
}

#[test]
fn convert_keeps_the_targets_owner_group_and_mode_and_leaves_no_stale_lock() {
    if !is_root() {
        return skip_or_fail("the ownership test needs root to give files another group");
    }
    let dir = tempfile::tempdir().unwrap();
    let (source, target) = (dir.path().join("source"), dir.path().join("target"));
    let add = |db: &Path| {
        let out = saslkit_cmd(&[
            "--db",
            db.to_str().unwrap(),
            "--backend",
            "lmdb",
            "user",
            "add",
            "a@example.com",
            "--password",
            "pw",
        ])
        .output()
        .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    add(&source);
    add(&target);
    std::os::unix::fs::chown(&target, Some(0), Some(4242)).unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let convert = |from: &Path, to: &Path, kind: &str| {
        let out = saslkit_cmd(&[
            "db",
            "convert",
            from.to_str().unwrap(),
            to.to_str().unwrap(),
            "--to",
            kind,
            "--force",
        ])
        .output()
        .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    };
    convert(&source, &target, "gdbm");
    assert_eq!(mode(&target), (0, 4242, 0o640), "--force keeps root:sasl 0640");

    // In place: root:postfix stays, and the LMDB lock file of what is no longer LMDB goes.
    std::os::unix::fs::chown(&source, Some(0), Some(4243)).unwrap();
    std::fs::set_permissions(&source, std::fs::Permissions::from_mode(0o640)).unwrap();
    let lock = dir.path().join("source-lock");
    assert!(lock.exists());
    convert(&source, &source, "gdbm");
    assert_eq!(mode(&source), (0, 4243, 0o640));
    assert!(!lock.exists(), "stale -lock left beside a GDBM file");
    let out = saslkit_cmd(&["--db", source.to_str().unwrap(), "listusers"]).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "a@example.com: userPassword\n");
}
