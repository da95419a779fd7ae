//! `saslkit auth login USER`: the user blob, then the password blob.

use crate::cli::AuthLoginArgs;
use crate::commands::auth::read_auth_password;
use crate::commands::render::auth::print_generated;
use crate::commands::Ctx;
use crate::error::CliResult;
use crate::sasl::decode::Field;
use crate::sasl::generated::Generated;
use crate::sasl::{escape_bytes, login, mask};

pub fn cmd_auth_login(ctx: &Ctx, args: &AuthLoginArgs) -> CliResult {
    let password = read_auth_password(ctx, &args.password)?;
    let [user, secret] = login::responses(args.user.as_bytes(), password.as_bytes())?;
    let shown =
        if args.output.show_secrets { escape_bytes(password.as_bytes()) } else { mask(password.len()) };
    let user_field = Field { name: "user".into(), value: escape_bytes(args.user.as_bytes()), secret: false };
    let password_field = Field { name: "password".into(), value: shown, secret: true };
    let generated = Generated {
        mechanism: "LOGIN".into(),
        initial_response: true,
        messages: vec![(user, vec![user_field]), (secret, vec![password_field])],
    };
    print_generated(ctx, &generated, &args.output);
    Ok(())
}
