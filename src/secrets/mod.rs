//! Secrets: passwords in memory, SCRAM records, OTP records, and reading a password from the user.

pub mod input;
pub mod otp;
pub mod password;
pub mod scram;

/// Keeps secrets out of core dumps for the life of the process, as ssh-agent and gpg do: no core
/// file (`RLIMIT_CORE` 0) and not dumpable (`PR_SET_DUMPABLE` 0, which also keeps other processes
/// of the same user from reading this one's memory through ptrace or /proc). Every saslkit command
/// may hold a password (typed, in an import file, in a sasl_passwd source), so main calls this first.
pub fn protect_process() {
    let none = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: plain system calls with valid arguments; failure leaves the defaults, nothing worse.
    unsafe {
        libc::setrlimit(libc::RLIMIT_CORE, &none);
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
}
