//! `saslkit auth …`: client messages of each mechanism, and `auth decode`.

mod cram;
mod decode;
mod digest_md5;
mod login;
mod oauth;
mod plain;
mod scram;
mod simple;

use crate::cli::{AuthCommand, TokenArgs};
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::secrets::input::{read_secret, PasswordSource};
use crate::secrets::password::Password;

pub fn run(ctx: &Ctx, command: AuthCommand) -> CliResult {
    use crate::sasl::cram::CramHash;
    use crate::secrets::scram::ScramHash;
    match command {
        AuthCommand::Plain(args) => plain::cmd_auth_plain(ctx, &args),
        AuthCommand::Login(args) => login::cmd_auth_login(ctx, &args),
        AuthCommand::CramMd5(args) => cram::cmd_auth_cram(ctx, CramHash::Md5, &args),
        AuthCommand::CramSha1(args) => cram::cmd_auth_cram(ctx, CramHash::Sha1, &args),
        AuthCommand::CramSha256(args) => cram::cmd_auth_cram(ctx, CramHash::Sha256, &args),
        AuthCommand::DigestMd5(args) => digest_md5::cmd_auth_digest_md5(ctx, &args),
        AuthCommand::ScramSha1(args) => scram::cmd_auth_scram(ctx, ScramHash::Sha1, &args),
        AuthCommand::ScramSha256(args) => scram::cmd_auth_scram(ctx, ScramHash::Sha256, &args),
        AuthCommand::ScramSha512(args) => scram::cmd_auth_scram(ctx, ScramHash::Sha512, &args),
        AuthCommand::Oauthbearer(args) => oauth::cmd_auth_oauthbearer(ctx, &args),
        AuthCommand::Xoauth2(args) => oauth::cmd_auth_xoauth2(ctx, &args),
        AuthCommand::External(args) => simple::cmd_auth_external(ctx, &args),
        AuthCommand::Anonymous(args) => simple::cmd_auth_anonymous(ctx, &args),
        AuthCommand::Decode(args) => decode::cmd_auth_decode(ctx, &args),
    }
}

/// Reads a password for an AUTH blob: no confirmation, and no sasldb limits (the mechanism
/// checks its own).
pub fn read_auth_password(ctx: &Ctx, args: &crate::cli::PasswordArgs) -> CliResult<Password> {
    let source = PasswordSource::from(args);
    if matches!(source, PasswordSource::Argv(_)) {
        ctx.printer
            .warn("a password given with --password is visible to every user of this machine (ps, /proc)");
    }
    Ok(read_secret(&source, "Password", false)?)
}

pub fn read_token(args: &TokenArgs) -> CliResult<Password> {
    Ok(read_secret(&PasswordSource::from(args), "Token", false)?)
}
