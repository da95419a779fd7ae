//! `saslkit auth cram-md5|cram-sha1|cram-sha256 USER --challenge B64`

use crate::cli::AuthCramArgs;
use crate::commands::auth::read_auth_password;
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasl::b64;
use crate::sasl::cram::{response, CramHash};
use crate::sasl::generated::Generated;

pub fn cmd_auth_cram(ctx: &Ctx, hash: CramHash, args: &AuthCramArgs) -> CliResult {
    // Like gen-auth, a challenge that starts with `<` is taken as the raw text.
    let challenge = if args.challenge.starts_with('<') {
        args.challenge.as_bytes().to_vec()
    } else {
        b64::decode(&args.challenge).map_err(|err| {
            crate::error::CliError::from(err).with_hint("--challenge takes the base64 text after `334 `")
        })?
    };
    let password = read_auth_password(ctx, &args.password)?;
    let message = response(hash, args.user.as_bytes(), password.as_bytes(), &challenge)?;
    let generated = Generated::explained(hash.mechanism(), false, vec![message], args.output.show_secrets);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
