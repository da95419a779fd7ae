//! `saslkit auth external [AUTHZID]` and `saslkit auth anonymous [TRACE]`

use crate::cli::{AuthAnonymousArgs, AuthExternalArgs};
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasl::generated::Generated;
use crate::sasl::simple::{anonymous, external};

pub fn cmd_auth_external(ctx: &Ctx, args: &AuthExternalArgs) -> CliResult {
    let message = external(args.authzid.as_bytes())?;
    // Identities are not secrets: always shown.
    let generated = Generated::explained("EXTERNAL", true, vec![message], true);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}

pub fn cmd_auth_anonymous(ctx: &Ctx, args: &AuthAnonymousArgs) -> CliResult {
    let message = anonymous(&args.trace)?;
    let generated = Generated::explained("ANONYMOUS", true, vec![message], true);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
