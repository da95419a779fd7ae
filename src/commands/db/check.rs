//! `saslkit db check`: exit 0 clean, 1 with findings.

use crate::cli::DbCheckArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::output::{count, Format};
use crate::postfix::cyrus::CyrusConf;
use crate::sasldb::check::{check, conf_findings};
use crate::sasldb::store::Access;

pub fn cmd_db_check(ctx: &Ctx, args: &DbCheckArgs) -> CliResult {
    let db = ctx.open_db(Access::Read)?;
    let conf = ctx.sasldb.sql.sasl_config.as_deref().map(CyrusConf::load).transpose()?;
    // The servers' mech_list, unless given: the Cyrus file's own.
    let mech_list: Option<Vec<String>> = args
        .mech_list
        .as_ref()
        .map(|list| list.split([' ', ',']).filter(|m| !m.is_empty()).map(str::to_ascii_uppercase).collect())
        .or_else(|| conf.as_ref().and_then(CyrusConf::mech_list));
    let mut findings = conf.as_ref().map(conf_findings).unwrap_or_default();
    findings.extend(check(db.as_ref(), mech_list.as_deref())?);
    match args.output.format {
        Format::Json => ctx.printer.json(&findings),
        Format::Human => findings.iter().for_each(|f| match &f.user {
            Some(user) => ctx.printer.line(&format!("{user}: {}", f.message)),
            None => ctx.printer.line(&f.message),
        }),
    }
    if findings.is_empty() {
        ctx.printer.status(&format!("{}: no findings", ctx.db_label()));
        return Ok(());
    }
    Err(CliError::new(Kind::Negative, format!("{}: {}", ctx.db_label(), count(findings.len(), "finding"))))
}
