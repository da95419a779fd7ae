//! A deadline for a blocking client library that only knows per-read timeouts (the `mysql`
//! crate): a server trickling one byte at a time never trips those. While an operation is armed,
//! a thread waits for its deadline and then shuts the socket down, so the blocked read returns
//! an error; the login, before there is a socket to shut, runs on a thread of its own.

use std::os::unix::io::RawFd;
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

#[derive(Default)]
struct State {
    deadline: Option<Instant>,
    /// The deadline passed and the socket was shut down.
    fired: bool,
    closed: bool,
}

pub struct Watchdog {
    shared: Arc<(Mutex<State>, Condvar)>,
}

impl Watchdog {
    /// Watches `fd`, which must outlive this watchdog (drop it first).
    pub fn new(fd: RawFd) -> Watchdog {
        let shared = Arc::new((Mutex::new(State::default()), Condvar::new()));
        let watched = Arc::clone(&shared);
        std::thread::spawn(move || watch(&watched, fd));
        Watchdog { shared }
    }

    /// Runs `work` with at most `limit` to finish; returns its result and whether the
    /// deadline cut it short.
    pub fn within<T>(&self, limit: Duration, work: impl FnOnce() -> T) -> (T, bool) {
        self.set(Some(Instant::now() + limit));
        let result = work();
        let fired = {
            let (lock, _) = &*self.shared;
            let mut state = lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            state.deadline = None;
            std::mem::take(&mut state.fired)
        };
        (result, fired)
    }

    fn set(&self, deadline: Option<Instant>) {
        let (lock, wake) = &*self.shared;
        lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner).deadline = deadline;
        wake.notify_one();
    }
}

impl Drop for Watchdog {
    fn drop(&mut self) {
        let (lock, wake) = &*self.shared;
        lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner).closed = true;
        wake.notify_one();
    }
}

fn watch(shared: &(Mutex<State>, Condvar), fd: RawFd) {
    let (lock, wake) = shared;
    let mut state = lock.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    loop {
        if state.closed {
            return;
        }
        state = match state.deadline {
            None => wake.wait(state).unwrap_or_else(std::sync::PoisonError::into_inner),
            Some(deadline) if Instant::now() >= deadline => {
                // SAFETY: the fd belongs to a connection that outlives this watchdog (its owner
                // drops the watchdog first), and shutdown only ends its traffic.
                unsafe { libc::shutdown(fd, libc::SHUT_RDWR) };
                state.deadline = None;
                state.fired = true;
                state
            }
            Some(deadline) => {
                wake.wait_timeout(state, deadline - Instant::now())
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .0
            }
        };
    }
}

/// Runs `work` (a login) on a thread of its own and waits at most `limit` for it: `None` when
/// the time ran out (the thread is left to finish or to end with the process).
pub fn bounded<T: Send + 'static>(limit: Duration, work: impl FnOnce() -> T + Send + 'static) -> Option<T> {
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(work());
    });
    receive.recv_timeout(limit).ok()
}
