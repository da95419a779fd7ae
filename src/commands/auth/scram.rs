//! `saslkit auth scram-sha-* USER [--nonce N] [--server-first B64 [--server-final B64]]`

use crate::cli::AuthScramArgs;
use crate::commands::auth::read_auth_password;
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::sasl::b64;
use crate::sasl::generated::Generated;
use crate::sasl::scram::{random_nonce, ScramClient, MIN_ITERATIONS};
use crate::secrets::scram::ScramHash;

pub fn cmd_auth_scram(ctx: &Ctx, hash: ScramHash, args: &AuthScramArgs) -> CliResult {
    let nonce = match (&args.nonce, &args.server_first) {
        (Some(nonce), _) => nonce.clone(),
        (None, Some(_)) => {
            return Err(CliError::usage(
                "--server-first needs --nonce: the nonce the client-first message used",
            ))
        }
        (None, None) => random_nonce()
            .map_err(|err| CliError::new(Kind::Software, format!("no random numbers: {err}")))?,
    };
    let client = ScramClient::new(hash, &args.user, &args.authzid, &nonce)?;
    let Some(server_first) = &args.server_first else {
        let generated = Generated::explained(
            hash.mechanism(),
            true,
            vec![client.client_first()],
            args.output.show_secrets,
        );
        print_generated(ctx, &generated, &args.output);
        return Ok(());
    };
    let server_first = b64::decode(server_first)?;
    let password = read_auth_password(ctx, &args.password)?;
    let reply = client.client_final(&server_first, password.as_bytes(), args.allow_weak)?;
    if args.allow_weak {
        let iterations =
            crate::sasl::scram::parse_server_first(&String::from_utf8_lossy(&server_first))?.iterations;
        if iterations < MIN_ITERATIONS {
            ctx.printer.warn(&format!("{iterations} iterations is below RFC 7677's {MIN_ITERATIONS}"));
        }
    }
    if let Some(server_final) = &args.server_final {
        reply.verify(&b64::decode(server_final)?)?;
        ctx.printer.status("server signature verified: the server knows the password");
    }
    let generated =
        Generated::explained(hash.mechanism(), false, vec![reply.message], args.output.show_secrets);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
