//! `saslkit auth oauthbearer USER [--host H --port P]` and `saslkit auth xoauth2 USER`

use crate::cli::{AuthOauthbearerArgs, AuthXoauth2Args};
use crate::commands::auth::read_token;
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasl::generated::Generated;
use crate::sasl::oauth::{oauthbearer, xoauth2};

pub fn cmd_auth_oauthbearer(ctx: &Ctx, args: &AuthOauthbearerArgs) -> CliResult {
    let token = read_token(&args.token)?;
    let message = oauthbearer(args.user.as_bytes(), args.host.as_deref(), args.port, token.as_bytes())?;
    let generated = Generated::explained("OAUTHBEARER", true, vec![message], args.output.show_secrets);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}

pub fn cmd_auth_xoauth2(ctx: &Ctx, args: &AuthXoauth2Args) -> CliResult {
    let token = read_token(&args.token)?;
    let message = xoauth2(args.user.as_bytes(), token.as_bytes())?;
    let generated = Generated::explained("XOAUTH2", true, vec![message], args.output.show_secrets);
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
