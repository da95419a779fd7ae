//! `saslkit auth …`: client messages of each mechanism, and `auth decode`.

mod cram;
mod decode;
mod digest_md5;
mod login;
mod oauth;
mod plain;
mod scram;
mod simple;

use serde::Serialize;

use crate::cli::{AuthCommand, BlobFormat, BlobOutputArgs, TokenArgs};
use crate::commands::{password_source, Ctx};
use crate::error::CliResult;
use crate::sasl::decode::{explain, Field};
use crate::sasl::Message;
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

/// What a generator made: the mechanism, whether the first message rides on the AUTH command
/// line (an initial response), and each message with its explained fields.
pub struct Generated {
    pub mechanism: String,
    pub initial_response: bool,
    pub messages: Vec<(Message, Vec<Field>)>,
}

impl Generated {
    /// Fields come from the explainer, so generation and `auth decode` agree by construction.
    pub fn explained(
        mechanism: &str,
        initial_response: bool,
        messages: Vec<Message>,
        show_secrets: bool,
    ) -> Generated {
        let messages = messages
            .into_iter()
            .map(|m| {
                let fields =
                    explain(&m.base64(), Some(mechanism), show_secrets).map(|e| e.fields).unwrap_or_default();
                (m, fields)
            })
            .collect();
        Generated { mechanism: mechanism.to_string(), initial_response, messages }
    }
}

#[derive(Serialize)]
struct GeneratedReport {
    mechanism: String,
    messages: Vec<MessageReport>,
    command: Vec<String>,
}

#[derive(Serialize)]
struct MessageReport {
    base64: String,
    raw: String,
    fields: Vec<Field>,
}

pub fn print_generated(ctx: &Ctx, generated: &Generated, output: &BlobOutputArgs) {
    let lines = command_lines(generated);
    match output.format {
        BlobFormat::Json => ctx.printer.json(&GeneratedReport {
            mechanism: generated.mechanism.clone(),
            messages: generated
                .messages
                .iter()
                .map(|(m, fields)| MessageReport {
                    base64: m.base64(),
                    raw: m.escaped(output.show_secrets),
                    fields: fields.clone(),
                })
                .collect(),
            command: lines,
        }),
        BlobFormat::Base64 if output.command => lines.iter().for_each(|l| ctx.printer.line(l)),
        // An empty response is `=` on the wire (RFC 4954), so that is what gets printed.
        BlobFormat::Base64 => generated.messages.iter().for_each(|(m, _)| match m.base64() {
            blob if blob.is_empty() => ctx.printer.line("="),
            blob => ctx.printer.line(&blob),
        }),
    }
}

/// `AUTH MECH <ir>` (or the command and the response on their own lines, RFC 4954's 512-octet
/// rule) then the other messages.
fn command_lines(generated: &Generated) -> Vec<String> {
    use crate::sasl::command::{auth_line, AuthLine};
    let mut blobs = generated.messages.iter().map(|(m, _)| m.base64());
    let initial = if generated.initial_response { blobs.next() } else { None };
    let mut lines = match auth_line(&generated.mechanism, initial.as_deref()) {
        AuthLine::Inline(line) => vec![line],
        AuthLine::Separate { command, response } => vec![command, response],
    };
    lines.extend(blobs);
    lines
}

/// Reads a password for an AUTH blob: no confirmation, and no sasldb limits (the mechanism
/// checks its own).
pub fn read_auth_password(ctx: &Ctx, args: &crate::cli::PasswordArgs) -> CliResult<Password> {
    let source = password_source(args);
    if matches!(source, PasswordSource::Argv(_)) {
        ctx.printer
            .warn("a password given with --password is visible to every user of this machine (ps, /proc)");
    }
    Ok(read_secret(&source, "Password", false)?)
}

pub fn read_token(args: &TokenArgs) -> CliResult<Password> {
    let source = if args.token_stdin {
        PasswordSource::Stdin
    } else if let Some(path) = &args.token_file {
        PasswordSource::File(path.clone())
    } else if let Some(name) = &args.token_env {
        PasswordSource::Env(name.clone())
    } else {
        PasswordSource::Prompt
    };
    Ok(read_secret(&source, "Token", false)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated(mechanism: &str, initial_response: bool, blobs: &[&[u8]]) -> Generated {
        let messages = blobs.iter().map(|b| (Message::public(b.to_vec()), Vec::new())).collect();
        Generated { mechanism: mechanism.into(), initial_response, messages }
    }

    #[test]
    fn command_lines_follow_rfc4954() {
        assert_eq!(command_lines(&generated("PLAIN", true, &[b"\0a\0b"])), ["AUTH PLAIN AGEAYg=="]);
        assert_eq!(command_lines(&generated("EXTERNAL", true, &[b""])), ["AUTH EXTERNAL ="]);
        assert_eq!(command_lines(&generated("CRAM-MD5", false, &[b"tim x"])), ["AUTH CRAM-MD5", "dGltIHg="]);
        assert_eq!(command_lines(&generated("LOGIN", true, &[b"u", b"p"])), ["AUTH LOGIN dQ==", "cA=="]);
        let long = vec![b'x'; 400];
        let lines = command_lines(&generated("XOAUTH2", true, &[&long]));
        assert_eq!(lines.len(), 2, "an initial response over 512 octets goes on its own line");
        assert_eq!(lines[0], "AUTH XOAUTH2");
    }
}
