//! `postmap TYPE:FILE`: a source compiled into its map file in three timed phases — parse (read,
//! parse and sort on every core), write (merge and the format's writer, on two threads) and
//! commit (sync, set the owner and mode, rename into place).

use std::time::{Duration, Instant};

use serde::Serialize;

use crate::postmap::error::MapResult;
use crate::postmap::format::order_of;
use crate::postmap::map::write_map;
use crate::postmap::parse::{ParseOptions, Warning};
use crate::postmap::runs::{DuplicatePolicy, RunOptions, SortedRuns};
use crate::postmap::MapName;

/// What compiling one map did: the `map compile --format json` object (docs/json.md).
#[derive(Debug, Serialize)]
pub struct Compiled {
    /// The main.cf list the map comes from (absent for a map named on the command line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<&'static str>,
    pub source: String,
    pub map: String,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub records: usize,
    /// postmap's warnings and the duplicates dropped, in line order.
    pub warnings: Vec<Warning>,
    pub milliseconds: Phases,
}

/// How long each phase took, in milliseconds.
#[derive(Debug, Default, Serialize)]
pub struct Phases {
    pub parse: f64,
    pub write: f64,
    pub commit: f64,
}

fn millis(duration: Duration) -> f64 {
    (duration.as_secs_f64() * 1e6).round() / 1e3
}

/// Compiles `source` (opened, with its `metadata`) into `name`'s map file.
pub fn compile(
    name: &MapName,
    source: &mut std::fs::File,
    metadata: &std::fs::Metadata,
    parse: ParseOptions,
    policy: DuplicatePolicy,
) -> MapResult<Compiled> {
    let started = Instant::now();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let options =
        RunOptions { parse, order: order_of(name.kind), max_key_len: name.kind.max_key_len(), threads };
    let runs = SortedRuns::parse_stream(source, metadata.len(), options, &name.source)?;
    runs.check_key_lengths(&name.source.display().to_string(), name.kind)?;
    let parsed = started.elapsed();
    let (records, duplicates, times) = write_map(name, &runs, policy, metadata)?;
    let mut warnings = runs.warnings;
    warnings.extend(duplicates);
    warnings.sort_by_key(|w| w.line);
    Ok(Compiled {
        list: None,
        source: name.source.display().to_string(),
        map: name.path().display().to_string(),
        kind: name.kind.name(),
        records,
        warnings,
        milliseconds: Phases {
            parse: millis(parsed),
            write: millis(times.write),
            commit: millis(times.commit),
        },
    })
}
