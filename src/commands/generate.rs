//! `saslkit generate [--check]`: writes completions/ and man/, or checks they are fresh.

use crate::cli::GenerateArgs;
use crate::commands::Ctx;
use crate::error::{CliError, CliResult, Kind};
use crate::generate::render_all;

pub fn cmd_generate(ctx: &Ctx, args: &GenerateArgs) -> CliResult {
    let mut stale = Vec::new();
    for (path, contents) in render_all() {
        let target = args.out.join(&path);
        if std::fs::read(&target).ok().as_deref() == Some(contents.as_slice()) {
            continue;
        }
        stale.push(path.display().to_string());
        if !args.check {
            write(&target, &contents)?;
        }
    }
    match (args.check, stale.is_empty()) {
        (true, false) => {
            Err(CliError::new(Kind::Negative, format!("stale generated files: {}", stale.join(", ")))
                .with_hint("run `cargo run -- generate` and commit the result"))
        }
        (false, _) => {
            ctx.printer.status(&format!("wrote {}", crate::output::count(stale.len(), "file")));
            Ok(())
        }
        (true, true) => Ok(()),
    }
}

fn write(target: &std::path::Path, contents: &[u8]) -> CliResult {
    let fail = |err: std::io::Error| CliError::new(Kind::CantCreate, format!("{}: {err}", target.display()));
    if let Some(dir) = target.parent() {
        std::fs::create_dir_all(dir).map_err(fail)?;
    }
    std::fs::write(target, contents).map_err(fail)
}
