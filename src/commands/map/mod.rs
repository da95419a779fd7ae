//! `saslkit map …`: Postfix's client password map.

mod check;
mod compile;
mod convert;
mod dump;
mod lookup;
mod query;

use crate::cli::{ConfigDirArg, MapCommand, PostfixArgs};
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::postfix::config::{MapRole, PostfixConfig};
use crate::postmap::parse::ParseOptions;
use crate::postmap::{MapName, MapSpec};

pub fn run(ctx: &Ctx, command: MapCommand) -> CliResult {
    match command {
        MapCommand::Compile(args) => compile::cmd_map_compile(ctx, &args),
        MapCommand::Query(args) => query::cmd_map_query(ctx, &args),
        MapCommand::Dump(args) => dump::cmd_map_dump(ctx, &args),
        MapCommand::Lookup(args) => lookup::cmd_map_lookup(ctx, &args),
        MapCommand::Check(args) => check::cmd_map_check(ctx, &args),
        MapCommand::Convert(args) => convert::cmd_map_convert(ctx, &args),
    }
}

/// The map a command names, its type from main.cf when the name has none.
pub fn resolve_map(spec: &MapSpec, config: &ConfigDirArg) -> CliResult<(MapName, PostfixConfig)> {
    let loaded = PostfixConfig::load(&config.config_dir)?;
    Ok((MapName::resolve(spec, loaded.default_database_type())?, loaded))
}

/// The maps a command works on: the one named (a password map), or every map of the main.cf
/// lists `roles` name ([`main_cf_maps`]); none at all is an error that says how to name one.
pub fn maps_to_use(
    ctx: &Ctx,
    spec: Option<&MapSpec>,
    config: &PostfixConfig,
    dir: &ConfigDirArg,
    roles: &[MapRole],
) -> CliResult<Vec<(MapRole, MapName)>> {
    if let Some(spec) = spec {
        return Ok(vec![(MapRole::Passwords, MapName::resolve(spec, config.default_database_type())?)]);
    }
    let names = main_cf_maps(ctx, config, dir, roles);
    if names.is_empty() {
        let main_cf = dir.config_dir.join("main.cf");
        let lists: Vec<&str> = roles.iter().map(|r| r.parameter()).collect();
        return Err(CliError::usage(format!(
            "no map given, and {} names no map saslkit reads in {}",
            main_cf.display(),
            lists.join(" or ")
        ))
        .with_hint("name the map: saslkit map COMMAND hash:/etc/postfix/sasl_passwd"));
    }
    Ok(names)
}

/// Every map of the main.cf lists `roles` name, list by list; types saslkit does not read are
/// skipped with a warning.
pub fn main_cf_maps(
    ctx: &Ctx,
    config: &PostfixConfig,
    dir: &ConfigDirArg,
    roles: &[MapRole],
) -> Vec<(MapRole, MapName)> {
    let mut names = Vec::new();
    for &role in roles {
        for entry in config.map_list(role, &dir.config_dir) {
            match MapName::resolve(&MapSpec::parse(entry.as_ref()), config.default_database_type()) {
                Ok(name) => names.push((role, name)),
                Err(err) => ctx.printer.warn(&format!("{}: {entry}: skipped: {err}", role.parameter())),
            }
        }
    }
    names
}

/// main.cf and the flags that override it, resolved into how keys are folded.
pub fn resolve_folding(args: &PostfixArgs) -> CliResult<(PostfixConfig, ParseOptions)> {
    let config = PostfixConfig::load(&args.config.config_dir)?;
    let utf8 = if args.smtputf8 {
        true
    } else if args.no_smtputf8 {
        false
    } else {
        config.smtputf8_enable()
    };
    Ok((config, ParseOptions { utf8, fold: !args.no_fold }))
}

/// Reads the source of a map; parse it with `postmap::parse::parse`.
pub fn read_source(name: &MapName) -> CliResult<(Vec<u8>, std::fs::Metadata)> {
    let (mut file, metadata) = open_source(name)?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut bytes)
        .map_err(|err| CliError::from(crate::postmap::error::io_error(&name.source, err)))?;
    Ok((bytes, metadata))
}

/// Opens the source of a map (a regular file), for reading as a stream.
pub fn open_source(name: &MapName) -> CliResult<(std::fs::File, std::fs::Metadata)> {
    let path = &name.source;
    let fail = |err: std::io::Error| CliError::from(crate::postmap::error::io_error(path, err));
    let metadata = std::fs::metadata(path).map_err(fail)?;
    if metadata.is_dir() {
        return Err(CliError::new(
            Kind::DataErr,
            format!("{}: is a folder, not a map source", path.display()),
        ));
    }
    Ok((crate::fs_safe::open_regular(path).map_err(fail)?, metadata))
}

/// `FILE, line N: message`, as postmap words its warnings.
pub fn at_line(name: &MapName, line: usize, message: &str) -> String {
    format!("{}, line {line}: {message}", name.source.display())
}
