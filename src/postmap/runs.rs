//! A parsed map source as sorted runs, one per thread that parsed a piece of it, merged on the
//! fly while a format writes: every type that needs sorted input shares this.

use crate::postmap::error::{MapError, MapResult};
use crate::postmap::parse::{parse_from, split_at_logical_lines, Entry, ParseOptions, Parsed, Warning};

#[derive(Debug, Clone, Copy, Default)]
pub struct DuplicatePolicy {
    /// postmap `-r`: the last occurrence wins.
    pub last_wins: bool,
    /// postmap `-w`: no warning for duplicates.
    pub quiet: bool,
}

/// A parsed source as sorted runs (one per thread that parsed a piece of it). Merged on the fly
/// while writing, so the entries are held once, however many threads there were.
#[derive(Debug, Default)]
pub struct SortedRuns<'a> {
    runs: Vec<Vec<Entry<'a>>>,
    /// The parser's warnings, in line order.
    pub warnings: Vec<Warning>,
}

impl<'a> SortedRuns<'a> {
    /// Parses `input` on up to `threads` threads, each sorting what it parsed.
    pub fn parse(input: &'a [u8], options: ParseOptions, threads: usize) -> SortedRuns<'a> {
        let pieces = split_at_logical_lines(input, threads);
        let parsed: Vec<Parsed<'a>> = std::thread::scope(|scope| {
            let workers: Vec<_> = pieces
                .into_iter()
                .map(|(first_line, piece)| {
                    scope.spawn(move || {
                        let mut parsed = parse_from(piece, first_line, options);
                        sort(&mut parsed.entries);
                        parsed
                    })
                })
                .collect();
            // A parser thread cannot panic on any input (property-tested); if one did, fail loudly.
            workers.into_iter().map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
        });
        let mut runs = SortedRuns::default();
        for piece in parsed {
            runs.warnings.extend(piece.warnings);
            runs.runs.push(piece.entries);
        }
        runs
    }

    pub fn from_entries(mut entries: Vec<Entry<'a>>) -> SortedRuns<'a> {
        sort(&mut entries);
        SortedRuns { runs: vec![entries], warnings: Vec::new() }
    }

    /// Every entry, duplicates included, in no particular order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry<'a>> {
        self.runs.iter().flatten()
    }

    /// Refuses keys the map type cannot store (LMDB: 510 bytes), naming the line.
    pub fn check_key_lengths(&self, file: &str, kind: crate::postmap::MapType) -> MapResult<()> {
        let Some(max) = kind.max_key_len() else { return Ok(()) };
        match self.entries().filter(|e| e.key().len() > max).min_by_key(|e| e.line) {
            Some(long) => Err(MapError::BadInput(format!(
                "{file}, line {}: the key is {} bytes; a {}: map key is at most {max} bytes",
                long.line,
                long.key().len(),
                kind.name()
            ))),
            None => Ok(()),
        }
    }

    /// Visits one entry per key, in key order: the first in the file, or the last with
    /// `last_wins`. Returns a warning for each duplicate dropped (unless `quiet` or `last_wins`).
    pub fn unique<'r>(
        &'r self,
        policy: DuplicatePolicy,
        visit: &mut dyn FnMut(&'r Entry<'a>) -> MapResult<()>,
    ) -> MapResult<Vec<Warning>> {
        let mut warnings = Vec::new();
        let mut heads = vec![0usize; self.runs.len()];
        let mut pending: Option<&'r Entry<'a>> = None;
        while let Some(next) = self.pop_smallest(&mut heads) {
            match pending {
                Some(kept) if kept.key() == next.key() => {
                    if policy.last_wins {
                        pending = Some(next);
                    } else if !policy.quiet {
                        let key = String::from_utf8_lossy(next.key());
                        let message =
                            format!("duplicate entry: \"{key}\" (the entry on line {} wins)", kept.line);
                        warnings.push(Warning { line: next.line, message });
                    }
                }
                Some(kept) => {
                    visit(kept)?;
                    pending = Some(next);
                }
                None => pending = Some(next),
            }
        }
        if let Some(kept) = pending {
            visit(kept)?;
        }
        warnings.sort_by_key(|w| w.line);
        Ok(warnings)
    }

    /// The smallest (key, line) among the runs' heads.
    fn pop_smallest<'r>(&'r self, heads: &mut [usize]) -> Option<&'r Entry<'a>> {
        let (run, _) = heads
            .iter()
            .enumerate()
            .filter_map(|(run, &at)| Some((run, self.runs[run].get(at)?)))
            .min_by(|(_, a), (_, b)| order(a, b))?;
        heads[run] += 1;
        self.runs[run].get(heads[run] - 1)
    }
}

fn order(a: &Entry, b: &Entry) -> std::cmp::Ordering {
    a.key().cmp(b.key()).then(a.line.cmp(&b.line))
}

fn sort(entries: &mut [Entry]) {
    entries.sort_unstable_by(order);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry<'a>(line: usize, key: &'a str, value: &'a str) -> Entry<'a> {
        Entry::new(line, key.as_bytes(), value.as_bytes())
    }

    fn unique_values(runs: &SortedRuns, policy: DuplicatePolicy) -> (Vec<Vec<u8>>, Vec<Warning>) {
        let mut kept = Vec::new();
        let warnings = runs
            .unique(policy, &mut |e| {
                kept.push(e.value().to_vec());
                Ok(())
            })
            .unwrap();
        (kept, warnings)
    }

    #[test]
    fn first_wins_by_default_and_last_with_r() {
        let runs = SortedRuns::from_entries(vec![entry(1, "b", "1"), entry(2, "a", "2"), entry(3, "b", "3")]);
        let (kept, warnings) = unique_values(&runs, DuplicatePolicy::default());
        assert_eq!(kept, [b"2".to_vec(), b"1".to_vec()]);
        let expected = "duplicate entry: \"b\" (the entry on line 1 wins)";
        assert_eq!(warnings, [Warning { line: 3, message: expected.into() }]);
        let (kept, warnings) = unique_values(&runs, DuplicatePolicy { last_wins: true, quiet: false });
        assert_eq!(kept, [b"2".to_vec(), b"3".to_vec()]);
        assert!(warnings.is_empty());
        let (_, warnings) = unique_values(&runs, DuplicatePolicy { last_wins: false, quiet: true });
        assert!(warnings.is_empty());
    }

    #[test]
    fn runs_from_threads_merge_like_one() {
        let input: String = (0..500).map(|n| format!("host{}.example v{n}:pw\n", n % 37)).collect();
        let options = ParseOptions { utf8: false, fold: true };
        let one = unique_values(&SortedRuns::parse(input.as_bytes(), options, 1), DuplicatePolicy::default());
        for threads in 2..5 {
            let many = unique_values(
                &SortedRuns::parse(input.as_bytes(), options, threads),
                DuplicatePolicy::default(),
            );
            assert_eq!(many, one, "{threads} threads");
        }
        assert_eq!(one.0.len(), 37);
        assert_eq!(one.1.len(), 500 - 37);
    }

    #[test]
    fn refuses_long_keys() {
        let long = "k".repeat(511);
        let runs = SortedRuns::from_entries(vec![entry(7, &long, "v"), entry(9, &long, "v")]);
        use crate::postmap::MapType;
        assert!(runs.check_key_lengths("sp", MapType::Lmdb).unwrap_err().to_string().contains("sp, line 7"));
        assert!(runs.check_key_lengths("sp", MapType::Hash).is_ok(), "Berkeley DB has no such limit");
        let short = SortedRuns::from_entries(vec![entry(7, &long[..510], "v")]);
        assert!(short.check_key_lengths("sp", MapType::Lmdb).is_ok());
    }
}
