//! `saslkit auth plain USER [--authzid ID]`

use crate::cli::AuthPlainArgs;
use crate::commands::auth::read_auth_password;
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasl::generated::Generated;
use crate::sasl::plain::initial_response;

pub fn cmd_auth_plain(ctx: &Ctx, args: &AuthPlainArgs) -> CliResult {
    let password = read_auth_password(ctx, &args.password)?;
    let message = initial_response(args.authzid.as_bytes(), args.user.as_bytes(), password.as_bytes())?;
    let generated = Generated::explained("PLAIN", true, vec![message], args.output.show_secrets);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
