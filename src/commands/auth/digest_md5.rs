//! `saslkit auth digest-md5 USER --challenge B64 [--server-final B64]`

use crate::cli::AuthDigestArgs;
use crate::commands::auth::read_auth_password;
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::sasl::digest_md5::{get, parse_directives, respond, ResponseInput};
use crate::sasl::generated::Generated;
use crate::sasl::{b64, scram::random_nonce};

pub fn cmd_auth_digest_md5(ctx: &Ctx, args: &AuthDigestArgs) -> CliResult {
    let challenge = b64::decode(&args.challenge)?;
    let offered_realm = get(&parse_directives(&challenge)?, "realm").map(str::to_string);
    let host = args.host.clone().or(offered_realm).unwrap_or_else(|| "localhost".into());
    let cnonce = match &args.cnonce {
        Some(cnonce) => cnonce.clone(),
        None => random_nonce()
            .map_err(|err| CliError::new(Kind::Software, format!("no random numbers: {err}")))?,
    };
    let password = read_auth_password(ctx, &args.password)?;
    let input = ResponseInput {
        user: &args.user,
        password: password.as_bytes(),
        realm: args.realm.as_deref(),
        authzid: &args.authzid,
        service: &args.service,
        host: &host,
        cnonce: &cnonce,
    };
    let exchange = respond(&challenge, &input)?;
    if let Some(server_final) = &args.server_final {
        exchange.verify(&b64::decode(server_final)?)?;
        ctx.printer.status("rspauth verified: the server knows the password");
    }
    let generated =
        Generated::explained("DIGEST-MD5", false, vec![exchange.response], args.output.show_secrets);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
