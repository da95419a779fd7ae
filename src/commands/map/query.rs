//! `saslkit map query [lmdb:]FILE KEY...`: exit 0 when every key is found, 1 when one is not.

use crate::cli::MapQueryArgs;
use crate::commands::map::resolve_folding;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::postmap::fold::fold_key;
use crate::postmap::map::MapReader;
use crate::postmap::MapName;

pub fn cmd_map_query(ctx: &Ctx, args: &MapQueryArgs) -> CliResult {
    let (config, options) = resolve_folding(&args.postfix)?;
    let name = MapName::resolve(&args.map, config.default_database_type())?;
    let reader = MapReader::open(&name)?;
    let mut missing = 0;
    for key in &args.keys {
        let key = std::os::unix::ffi::OsStrExt::as_bytes(key.as_os_str());
        let folded = if options.fold { fold_key(key, options.utf8).into_owned() } else { key.to_vec() };
        match reader.get(&folded)? {
            Some(value) if args.keys.len() == 1 => ctx.printer.bytes(&[value.as_slice(), b"\n"].concat()),
            Some(value) => ctx.printer.bytes(&[key, b"\t", &value, b"\n"].concat()),
            None => missing += 1,
        }
    }
    if missing > 0 {
        return Err(CliError::new(
            Kind::Negative,
            format!("{} of {} keys not found in {}", missing, args.keys.len(), name.display()),
        ));
    }
    Ok(())
}
