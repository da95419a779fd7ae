//! A parsed map source as sorted runs, merged on the fly while a format writes: every type
//! shares this. A big source is read in pieces, each parsed and sorted on one of the cores and
//! written to an unnamed scratch file, so memory stays a few pieces' worth whatever the size of
//! the source; a small one keeps its runs in memory.

use std::io::Read;
use std::os::unix::fs::FileExt;

use crate::postmap::error::{scratch_error, MapError, MapResult};
use crate::postmap::parse::{is_space, parse_from, Entry, ParseOptions, Warning};

#[derive(Debug, Clone, Copy, Default)]
pub struct DuplicatePolicy {
    /// postmap `-r`: the last occurrence wins.
    pub last_wins: bool,
    /// postmap `-w`: no warning for duplicates.
    pub quiet: bool,
}

/// The order in which a format wants the records: by key, or grouped by a rank of the key first
/// (a hash format's bucket), by key within a rank. Equal keys are always next to each other.
#[derive(Debug, Clone, Copy)]
pub enum Order {
    Key,
    Ranked(fn(&[u8]) -> u32),
}

impl Order {
    fn rank(self, key: &[u8]) -> u32 {
        match self {
            Order::Key => 0,
            Order::Ranked(rank) => rank(key),
        }
    }
}

/// What the parse counted, for writers that size things ahead (duplicates included).
#[derive(Debug, Clone, Copy, Default)]
pub struct Stats {
    pub entries: usize,
    pub key_bytes: u64,
    pub value_bytes: u64,
    /// Entries whose key and value together exceed 1 KiB.
    pub large_entries: usize,
    /// The first line whose key is longer than the limit the parse was given, and its length.
    pub first_long_key: Option<(usize, usize)>,
}

impl Stats {
    fn add(&mut self, entry: &Entry, max_key_len: Option<usize>) {
        let (key, value) = (entry.key().len(), entry.value().len());
        self.entries += 1;
        self.key_bytes += key as u64;
        self.value_bytes += value as u64;
        self.large_entries += usize::from(key + value > 1024);
        if max_key_len.is_some_and(|max| key > max)
            && self.first_long_key.is_none_or(|(line, _)| entry.line < line)
        {
            self.first_long_key = Some((entry.line, key));
        }
    }

    fn merge(&mut self, other: Stats) {
        self.entries += other.entries;
        self.key_bytes += other.key_bytes;
        self.value_bytes += other.value_bytes;
        self.large_entries += other.large_entries;
        if let Some((line, len)) = other.first_long_key {
            if self.first_long_key.is_none_or(|(first, _)| line < first) {
                self.first_long_key = Some((line, len));
            }
        }
    }
}

/// How a parse is done: the parser's options, the order the writer wants, and the longest key
/// the map type stores.
#[derive(Debug, Clone, Copy)]
pub struct RunOptions {
    pub parse: ParseOptions,
    pub order: Order,
    pub max_key_len: Option<usize>,
    pub threads: usize,
}

/// Sources up to this size keep their runs in memory.
const IN_MEMORY_UP_TO: u64 = 8 << 20;
/// The size of the pieces a big source is read in: a few of them are in memory at once.
const PIECE: usize = 2 << 20;

/// A run's serialised records: `rank u32, line u64, key length u32, value length u32, key,
/// value`, little-endian, in (rank, key, line) order. The runs of one parser thread share one
/// scratch file (one descriptor per thread, however big the source).
enum RunData {
    Memory(Vec<u8>),
    Scratch { file: std::sync::Arc<std::fs::File>, start: u64, len: u64 },
}

impl RunData {
    fn len(&self) -> u64 {
        match self {
            RunData::Memory(bytes) => bytes.len() as u64,
            RunData::Scratch { len, .. } => *len,
        }
    }

    fn read_at(&self, buf: &mut [u8], at: u64) -> std::io::Result<usize> {
        match self {
            RunData::Memory(bytes) => {
                let start = usize::try_from(at).unwrap_or(usize::MAX).min(bytes.len());
                let n = buf.len().min(bytes.len() - start);
                buf[..n].copy_from_slice(&bytes[start..start + n]);
                Ok(n)
            }
            RunData::Scratch { file, start, len } => {
                let n = buf.len().min(usize::try_from(len.saturating_sub(at)).unwrap_or(usize::MAX));
                file.read_at(&mut buf[..n], start + at)
            }
        }
    }
}

const RECORD_HEADER: usize = 20;

/// A parsed source as sorted runs. Merged while writing, so the entries are held once.
pub struct SortedRuns {
    runs: Vec<RunData>,
    /// The parser's warnings, in line order.
    pub warnings: Vec<Warning>,
    pub stats: Stats,
}

impl std::fmt::Debug for SortedRuns {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SortedRuns").field("runs", &self.runs.len()).field("stats", &self.stats).finish()
    }
}

/// One piece of the source handed to a parser thread: its first line's number and its bytes.
type Piece = (usize, Vec<u8>);

/// What a parser thread made of its pieces.
#[derive(Default)]
struct Parsed {
    runs: Vec<RunData>,
    /// This thread's scratch file and where its next run starts.
    scratch: Option<(std::sync::Arc<std::fs::File>, u64)>,
    warnings: Vec<Warning>,
    stats: Stats,
}

impl SortedRuns {
    /// Parses the source `input` on `options.threads` threads. A source of more than 8 MiB
    /// (`size`) has its runs written to scratch files; I/O errors name `path`.
    pub fn parse_stream(
        input: &mut (dyn Read + Send),
        size: u64,
        options: RunOptions,
        path: &std::path::Path,
    ) -> MapResult<SortedRuns> {
        let spill = size > IN_MEMORY_UP_TO;
        let threads = options.threads.max(1);
        // Each parser reads its next piece itself: no reader thread competing for the cores,
        // and one piece per parser in memory.
        let source = std::sync::Mutex::new(Source { input, carry: Vec::new(), first_line: 1, done: false });
        let parsed: Vec<Result<Parsed, Failure>> = std::thread::scope(|scope| {
            let source = &source;
            let workers: Vec<_> =
                (1..threads).map(|_| scope.spawn(move || parser(source, options, spill))).collect();
            let mut parsed = vec![parser(source, options, spill)];
            // A parser thread cannot panic on any input (property-tested); if one did, fail loudly.
            parsed.extend(
                workers.into_iter().map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
            );
            parsed
        });
        let mut runs = SortedRuns { runs: Vec::new(), warnings: Vec::new(), stats: Stats::default() };
        for piece in parsed {
            let piece = piece.map_err(|err| match err {
                Failure::Read(err) => crate::postmap::error::io_error(path, err),
                Failure::Scratch(err) => scratch_error(err),
            })?;
            runs.runs.extend(piece.runs);
            runs.warnings.extend(piece.warnings);
            runs.stats.merge(piece.stats);
        }
        runs.warnings.sort_by_key(|w| w.line);
        release_freed_memory();
        Ok(runs)
    }

    /// Parses a source held in memory.
    #[cfg(test)]
    pub fn parse(input: &[u8], options: ParseOptions, threads: usize) -> SortedRuns {
        let options = RunOptions { parse: options, order: Order::Key, max_key_len: None, threads };
        let mut reader = input;
        // Reading from memory and keeping runs in memory cannot fail.
        SortedRuns::parse_stream(&mut reader, 0, options, std::path::Path::new("-"))
            .unwrap_or_else(|err| unreachable!("in-memory parse: {err}"))
    }

    /// Runs of entries that are already parsed (a map being converted, tests).
    pub fn from_entries(entries: Vec<Entry<'_>>, order: Order) -> SortedRuns {
        let mut stats = Stats::default();
        entries.iter().for_each(|e| stats.add(e, None));
        let mut run = Vec::new();
        // Writing to memory cannot fail.
        let _ = serialise(&entries, order, &mut |chunk| {
            run.extend_from_slice(chunk);
            Ok(())
        });
        SortedRuns { runs: vec![RunData::Memory(run)], warnings: Vec::new(), stats }
    }

    /// Refuses keys the map type cannot store (LMDB: 510 bytes), naming the line.
    pub fn check_key_lengths(&self, file: &str, kind: crate::postmap::MapType) -> MapResult<()> {
        let Some(max) = kind.max_key_len() else { return Ok(()) };
        match self.stats.first_long_key {
            Some((line, len)) if len > max => Err(MapError::BadInput(format!(
                "{file}, line {line}: the key is {len} bytes; a {}: map key is at most {max} bytes",
                kind.name()
            ))),
            _ => Ok(()),
        }
    }

    /// Visits one entry per key, in the runs' order: the first in the file, or the last with
    /// `last_wins`. Returns a warning for each duplicate dropped (unless `quiet` or `last_wins`).
    /// May be called again: every call merges the runs from their start.
    ///
    /// The merge runs on a thread of its own and hands the entries over in batches, so merging
    /// and the format's writing share the cores. An error from `visit` stops the merge.
    pub fn unique(
        &self,
        policy: DuplicatePolicy,
        visit: &mut dyn FnMut(&Entry<'_>) -> MapResult<()>,
    ) -> MapResult<Vec<Warning>> {
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Batch>(2);
        // Batches go back to the merger to be filled again: no page is allocated twice.
        let (recycle, recycled) = std::sync::mpsc::channel::<Batch>();
        std::thread::scope(|scope| {
            let merger = scope.spawn(move || self.merge_unique(policy, &sender, &recycled));
            let visited = receiver.iter().try_for_each(|mut batch| -> MapResult<()> {
                batch.entries().try_for_each(|entry| visit(&entry))?;
                batch.clear();
                // The merger may be done and gone; the batch is then freed here.
                let _ = recycle.send(batch);
                Ok(())
            });
            // A merger still sending sees the channel closed and stops.
            drop(receiver);
            // The merge cannot panic on any runs (they are ours); if it did, fail loudly.
            let merged = merger.join().unwrap_or_else(|e| std::panic::resume_unwind(e));
            visited?;
            merged
        })
    }

    /// The merge of [`SortedRuns::unique`]: sends the entries kept in batches, returns the
    /// duplicate warnings. Stops early when the receiver is gone.
    fn merge_unique(
        &self,
        policy: DuplicatePolicy,
        sender: &std::sync::mpsc::SyncSender<Batch>,
        recycled: &std::sync::mpsc::Receiver<Batch>,
    ) -> MapResult<Vec<Warning>> {
        let mut merge = Merge::new(&self.runs).map_err(scratch_error)?;
        let mut warnings = Vec::new();
        // The entry kept for a key is the batch's last until a new key comes.
        let mut batch = Batch::default();
        while let Some(head) = merge.head() {
            match batch.last() {
                Some((line, key)) if key == head.key => {
                    if policy.last_wins {
                        batch.pop();
                        batch.push(&head);
                    } else if !policy.quiet {
                        let key = String::from_utf8_lossy(head.key);
                        let message = format!("duplicate entry: \"{key}\" (the entry on line {line} wins)");
                        warnings.push(Warning { line: head.line, message });
                    }
                }
                _ => {
                    if batch.is_full() {
                        let next = recycled.try_recv().unwrap_or_default();
                        if sender.send(std::mem::replace(&mut batch, next)).is_err() {
                            return Ok(warnings);
                        }
                    }
                    batch.push(&head);
                }
            }
            merge.advance().map_err(scratch_error)?;
        }
        // A receiver gone has failed, and reports why.
        let _ = sender.send(batch);
        warnings.sort_by_key(|w| w.line);
        Ok(warnings)
    }
}

/// Entries handed from the merging thread to the writing one, about [`BATCH`] bytes at a time.
#[derive(Default)]
struct Batch {
    text: Vec<u8>,
    /// Each entry's line, where its key starts in `text` and how long the key is; its value
    /// runs to the next entry's start.
    records: Vec<(usize, usize, usize)>,
}

const BATCH: usize = 256 << 10;

impl Batch {
    fn push(&mut self, head: &Head) {
        self.records.push((head.line, self.text.len(), head.key.len()));
        self.text.extend_from_slice(head.key);
        self.text.extend_from_slice(head.value);
    }

    /// The last entry's line and key.
    fn last(&self) -> Option<(usize, &[u8])> {
        self.records.last().map(|&(line, start, key_len)| (line, &self.text[start..start + key_len]))
    }

    fn pop(&mut self) {
        if let Some((_, start, _)) = self.records.pop() {
            self.text.truncate(start);
        }
    }

    fn clear(&mut self) {
        self.text.clear();
        self.records.clear();
    }

    fn is_full(&self) -> bool {
        self.text.len() >= BATCH
    }

    fn entries(&self) -> impl Iterator<Item = Entry<'_>> {
        let ends = self.records.iter().skip(1).map(|&(_, start, _)| start).chain([self.text.len()]);
        self.records
            .iter()
            .zip(ends)
            .map(|(&(line, start, key_len), end)| Entry::borrowed(line, &self.text[start..end], key_len))
    }
}

/// Why a parser stopped: reading the source, or writing its scratch file.
enum Failure {
    Read(std::io::Error),
    Scratch(std::io::Error),
}

/// One parser thread: takes pieces of the source and parses and sorts each until the source
/// ends or fails (a read error stops every parser: the source says it is done).
fn parser(
    source: &std::sync::Mutex<Source<'_>>,
    options: RunOptions,
    spill: bool,
) -> Result<Parsed, Failure> {
    let mut done = Parsed::default();
    loop {
        // A poisoned lock means another parser panicked: stop, the join reports it.
        let Ok(mut guard) = source.lock() else { break };
        let next = guard.next_piece();
        drop(guard);
        match next {
            Ok(Some((first_line, piece))) => {
                if let Err(err) = parse_piece(&piece, first_line, options, spill, &mut done) {
                    // The others need not parse what will not be written.
                    if let Ok(mut source) = source.lock() {
                        source.done = true;
                    }
                    return Err(Failure::Scratch(err));
                }
            }
            Ok(None) => break,
            Err(err) => return Err(Failure::Read(err)),
        }
    }
    Ok(done)
}

/// The source, read in pieces that each end where a logical line ends (the next line starts
/// with neither whitespace nor `#`), their first lines numbered.
struct Source<'a> {
    input: &'a mut (dyn Read + Send),
    /// The start of a logical line read past the end of the last piece.
    carry: Vec<u8>,
    first_line: usize,
    done: bool,
}

impl Source<'_> {
    fn next_piece(&mut self) -> std::io::Result<Option<Piece>> {
        while !self.done {
            let want = self.carry.len() + PIECE;
            let mut piece = Vec::with_capacity(want);
            piece.append(&mut self.carry);
            while piece.len() < want {
                let before = piece.len();
                let read = self.input.take((want - before) as u64).read_to_end(&mut piece);
                // After an error or the end, every parser stops asking.
                self.done = read.is_err() || piece.len() == before;
                read?;
                if self.done {
                    break;
                }
            }
            if !self.done {
                match last_logical_start(&piece) {
                    Some(cut) => self.carry = piece.split_off(cut),
                    // One logical line longer than a piece: read on until it ends.
                    None => {
                        self.carry = piece;
                        continue;
                    }
                }
            }
            if piece.is_empty() {
                break;
            }
            let first_line = self.first_line;
            self.first_line += crate::postmap::parse::count_lines(&piece);
            return Ok(Some((first_line, piece)));
        }
        Ok(None)
    }
}

/// Where the last logical line of `bytes` starts, if a complete one precedes it.
fn last_logical_start(bytes: &[u8]) -> Option<usize> {
    let mut end = bytes.len().checked_sub(1)?;
    loop {
        let newline = memchr::memrchr(b'\n', &bytes[..end])?;
        match bytes[newline + 1] {
            b if !is_space(b) && b != b'#' => return Some(newline + 1),
            _ => end = newline,
        }
    }
}

fn parse_piece(
    piece: &[u8],
    first_line: usize,
    options: RunOptions,
    spill: bool,
    done: &mut Parsed,
) -> std::io::Result<()> {
    let parsed = parse_from(piece, first_line, options.parse);
    done.warnings.extend(parsed.warnings);
    for entry in &parsed.entries {
        done.stats.add(entry, options.max_key_len);
    }
    done.runs.push(if spill {
        let (file, start) = match done.scratch.take() {
            Some(open) => open,
            None => (std::sync::Arc::new(crate::fs_safe::scratch_file()?), 0),
        };
        let mut at = start;
        let len = serialise(&parsed.entries, options.order, &mut |chunk| {
            file.write_all_at(chunk, at)?;
            at += chunk.len() as u64;
            Ok(())
        })?;
        done.scratch = Some((file.clone(), start + len));
        RunData::Scratch { file, start, len }
    } else {
        let mut bytes = Vec::new();
        serialise(&parsed.entries, options.order, &mut |chunk| {
            bytes.extend_from_slice(chunk);
            Ok(())
        })?;
        RunData::Memory(bytes)
    });
    Ok(())
}

/// How much of a run [`serialise`] gathers before handing it on.
const RUN_CHUNK: usize = 256 << 10;

/// Writes the entries in (rank, key, line) order as a run, handing it to `out` in chunks of
/// about [`RUN_CHUNK`] (a few large writes, not three small ones per record); returns its
/// length. Sorts 16-byte (rank, key prefix, index) triples, not the entries; most comparisons
/// end at the prefix.
fn serialise(
    entries: &[Entry<'_>],
    order: Order,
    out: &mut dyn FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<u64> {
    let mut sorted: Vec<(u32, u32, u64)> =
        entries.iter().enumerate().map(|(i, e)| (order.rank(e.key()), i as u32, prefix(e.key()))).collect();
    sorted.sort_unstable_by(|&(ra, a, pa), &(rb, b, pb)| {
        ra.cmp(&rb).then(pa.cmp(&pb)).then_with(|| {
            let (a, b) = (&entries[a as usize], &entries[b as usize]);
            a.key().cmp(b.key()).then(a.line.cmp(&b.line))
        })
    });
    let mut chunk = Vec::with_capacity(RUN_CHUNK + 1024);
    let mut len = 0;
    for (rank, i, _) in sorted {
        let entry = &entries[i as usize];
        let (key, value) = (entry.key(), entry.value());
        let mut header = [0u8; RECORD_HEADER];
        header[..4].copy_from_slice(&rank.to_le_bytes());
        header[4..12].copy_from_slice(&(entry.line as u64).to_le_bytes());
        header[12..16].copy_from_slice(&(key.len() as u32).to_le_bytes());
        header[16..20].copy_from_slice(&(value.len() as u32).to_le_bytes());
        chunk.extend_from_slice(&header);
        chunk.extend_from_slice(key);
        chunk.extend_from_slice(value);
        if chunk.len() >= RUN_CHUNK {
            out(&chunk)?;
            len += chunk.len() as u64;
            chunk.clear();
        }
    }
    if !chunk.is_empty() {
        out(&chunk)?;
        len += chunk.len() as u64;
    }
    Ok(len)
}

/// Hands the memory the parser threads freed back to the system before the writers need theirs
/// (glibc keeps it in per-thread arenas otherwise, and the peak would be both phases' sum).
fn release_freed_memory() {
    #[cfg(target_env = "gnu")]
    // SAFETY: malloc_trim only returns free heap pages to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// The key's first 8 bytes as a big-endian number, zero-padded: when two keys' prefixes differ,
/// they order as the keys do.
fn prefix(key: &[u8]) -> u64 {
    let mut bytes = [0u8; 8];
    let n = key.len().min(8);
    bytes[..n].copy_from_slice(&key[..n]);
    u64::from_be_bytes(bytes)
}

/// The record at the front of a run.
struct Head<'c> {
    line: usize,
    key: &'c [u8],
    value: &'c [u8],
}

/// Reads one run front to back through a buffer; the current record's header is decoded once.
struct Cursor<'r> {
    data: &'r RunData,
    at: u64,
    buf: Vec<u8>,
    start: usize,
    end: usize,
    rank: u32,
    prefix: u64,
    line: usize,
    key_len: usize,
    value_len: usize,
}

/// Big enough that reading the runs back costs few system calls: one buffer per run.
const CURSOR_BUFFER: usize = 64 << 10;

impl<'r> Cursor<'r> {
    fn new(data: &'r RunData) -> Cursor<'r> {
        let buf = vec![0; CURSOR_BUFFER.min(usize::try_from(data.len()).unwrap_or(CURSOR_BUFFER))];
        Cursor { data, at: 0, buf, start: 0, end: 0, rank: 0, prefix: 0, line: 0, key_len: 0, value_len: 0 }
    }

    /// Makes sure `n` bytes from the current record are buffered; false at the end of the run.
    fn fill(&mut self, n: usize) -> std::io::Result<bool> {
        if self.end - self.start >= n {
            return Ok(true);
        }
        self.buf.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        if self.buf.len() < n {
            self.buf.resize(n.max(CURSOR_BUFFER), 0);
        }
        while self.end < n {
            let read = self.data.read_at(&mut self.buf[self.end..], self.at)?;
            if read == 0 {
                return if self.end == 0 {
                    Ok(false)
                } else {
                    Err(std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        "a scratch run ends mid-record",
                    ))
                };
            }
            self.end += read;
            self.at += read as u64;
        }
        Ok(true)
    }

    /// Buffers and decodes the next record; false at the end of the run.
    fn load(&mut self) -> std::io::Result<bool> {
        if !self.fill(RECORD_HEADER)? {
            return Ok(false);
        }
        let h = &self.buf[self.start..self.start + RECORD_HEADER];
        let word = |at: usize| u32::from_le_bytes([h[at], h[at + 1], h[at + 2], h[at + 3]]);
        self.rank = word(0);
        self.line = u64::from_le_bytes([h[4], h[5], h[6], h[7], h[8], h[9], h[10], h[11]]) as usize;
        self.key_len = word(12) as usize;
        self.value_len = word(16) as usize;
        if !self.fill(RECORD_HEADER + self.key_len + self.value_len)? {
            return Ok(false);
        }
        self.prefix = prefix(self.key());
        Ok(true)
    }

    fn key(&self) -> &[u8] {
        let at = self.start + RECORD_HEADER;
        &self.buf[at..at + self.key_len]
    }

    fn head(&self) -> Head<'_> {
        let at = self.start + RECORD_HEADER + self.key_len;
        Head { line: self.line, key: self.key(), value: &self.buf[at..at + self.value_len] }
    }

    /// Moves to the next record; false at the end of the run.
    fn advance(&mut self) -> std::io::Result<bool> {
        self.start += RECORD_HEADER + self.key_len + self.value_len;
        self.load()
    }
}

/// A k-way merge of the runs: a binary heap of the cursors that still have records, smallest
/// (rank, key, line) on top.
struct Merge<'r> {
    cursors: Vec<Cursor<'r>>,
    heap: Vec<usize>,
}

impl<'r> Merge<'r> {
    fn new(runs: &'r [RunData]) -> std::io::Result<Merge<'r>> {
        let mut cursors = Vec::new();
        for data in runs.iter().filter(|d| d.len() > 0) {
            let mut cursor = Cursor::new(data);
            if cursor.load()? {
                cursors.push(cursor);
            }
        }
        let mut merge = Merge { heap: (0..cursors.len()).collect(), cursors };
        for i in (0..merge.heap.len() / 2).rev() {
            merge.sift_down(i);
        }
        Ok(merge)
    }

    fn less(&self, a: usize, b: usize) -> bool {
        let (a, b) = (&self.cursors[a], &self.cursors[b]);
        (a.rank, a.prefix)
            .cmp(&(b.rank, b.prefix))
            .then_with(|| a.key().cmp(b.key()))
            .then(a.line.cmp(&b.line))
            .is_lt()
    }

    fn sift_down(&mut self, mut i: usize) {
        loop {
            let (left, right) = (2 * i + 1, 2 * i + 2);
            let mut smallest = i;
            if left < self.heap.len() && self.less(self.heap[left], self.heap[smallest]) {
                smallest = left;
            }
            if right < self.heap.len() && self.less(self.heap[right], self.heap[smallest]) {
                smallest = right;
            }
            if smallest == i {
                return;
            }
            self.heap.swap(i, smallest);
            i = smallest;
        }
    }

    fn head(&self) -> Option<Head<'_>> {
        self.heap.first().map(|&run| self.cursors[run].head())
    }

    /// Moves past the smallest record.
    fn advance(&mut self) -> std::io::Result<()> {
        let Some(&run) = self.heap.first() else { return Ok(()) };
        if !self.cursors[run].advance()? {
            let last = self.heap.len() - 1;
            self.heap.swap(0, last);
            self.heap.pop();
        }
        self.sift_down(0);
        Ok(())
    }
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

    /// Every key twice, over many batches: the merge hands entries over in batches, and a key's
    /// duplicates must meet the entry kept for it wherever a batch ends.
    fn doubled(keys: usize) -> SortedRuns {
        let owned: Vec<(String, String)> = (0..2 * keys)
            .map(|n| (format!("key{:07}", n % keys), format!("value {n} {}", "v".repeat(40))))
            .collect();
        let entries = owned.iter().enumerate().map(|(i, (k, v))| entry(i + 1, k, v)).collect();
        SortedRuns::from_entries(entries, Order::Key)
    }

    #[test]
    fn duplicates_meet_their_kept_entry_across_batches() {
        let keys = 3 * BATCH / 50;
        let runs = doubled(keys);
        let (first, warnings) = unique_values(&runs, DuplicatePolicy::default());
        assert_eq!(first.len(), keys);
        assert_eq!(warnings.len(), keys);
        assert!(first.iter().enumerate().all(|(n, v)| v.starts_with(format!("value {n} ").as_bytes())));
        let (last, warnings) = unique_values(&runs, DuplicatePolicy { last_wins: true, quiet: false });
        assert!(warnings.is_empty());
        assert!(last
            .iter()
            .enumerate()
            .all(|(n, v)| v.starts_with(format!("value {} ", n + keys).as_bytes())));
    }

    #[test]
    fn an_error_from_the_writer_stops_the_merge() {
        let runs = doubled(3 * BATCH / 50);
        let mut seen = 0;
        let result = runs.unique(DuplicatePolicy::default(), &mut |_| {
            seen += 1;
            if seen == 10 {
                return Err(MapError::BadInput("the disk is full".into()));
            }
            Ok(())
        });
        assert!(matches!(result, Err(MapError::BadInput(m)) if m == "the disk is full"));
        assert_eq!(seen, 10, "nothing visited after the error");
    }

    #[test]
    fn first_wins_by_default_and_last_with_r() {
        let runs = SortedRuns::from_entries(
            vec![entry(1, "b", "1"), entry(2, "a", "2"), entry(3, "b", "3")],
            Order::Key,
        );
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

    fn stream(input: &[u8], threads: usize, size: u64, order: Order) -> SortedRuns {
        let options = RunOptions {
            parse: ParseOptions { utf8: false, fold: true },
            order,
            max_key_len: Some(12),
            threads,
        };
        SortedRuns::parse_stream(&mut &input[..], size, options, std::path::Path::new("src")).unwrap()
    }

    /// A source that fails after `left` bytes (a disk error mid-file).
    struct FailingAfter {
        left: usize,
    }

    impl Read for FailingAfter {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            if self.left == 0 {
                return Err(std::io::Error::other("the disk said no"));
            }
            let n = buf.len().min(self.left).min(1000);
            buf[..n].fill(b'\n');
            buf[..n.min(8)].copy_from_slice(&b"k v:p\n\n\n"[..n.min(8)]);
            self.left -= n;
            Ok(n)
        }
    }

    #[test]
    fn a_read_error_mid_source_stops_every_parser_and_names_the_file() {
        for threads in [1, 2, 4] {
            let options = RunOptions {
                parse: ParseOptions { utf8: false, fold: true },
                order: Order::Key,
                max_key_len: None,
                threads,
            };
            let mut source = FailingAfter { left: 3 * PIECE + 123 };
            let result = SortedRuns::parse_stream(&mut source, u64::MAX, options, std::path::Path::new("sp"));
            let err = result.map(|_| ()).unwrap_err();
            let mut chain = err.to_string();
            let mut cause = std::error::Error::source(&err);
            while let Some(inner) = cause {
                chain += &format!(": {inner}");
                cause = inner.source();
            }
            assert!(chain.starts_with("sp") && chain.contains("the disk said no"), "{chain}");
        }
    }

    #[test]
    fn runs_from_threads_pieces_and_scratch_files_merge_like_one() {
        // Continuation lines and comments at piece boundaries, more than one piece of input.
        let input: String = (0..320_000)
            .map(|n| match n % 5 {
                0 => format!("host{}.example v{n}:pw\n  continued\n", n % 37),
                1 => format!("# comment {n}\nhost{}.example v{n}:pw\n", n % 41),
                _ => format!("HOST{}.example v{n}:pw\n", n % 1000),
            })
            .collect();
        let input = input.as_bytes();
        assert!(input.len() > 3 * PIECE, "more pieces than threads");
        let one = unique_values(
            &SortedRuns::parse(input, ParseOptions { utf8: false, fold: true }, 1),
            DuplicatePolicy::default(),
        );
        for (threads, size) in [(1, 0), (2, 0), (3, 0), (2, u64::MAX)] {
            let runs = stream(input, threads, size, Order::Key);
            assert_eq!(
                unique_values(&runs, DuplicatePolicy::default()),
                one,
                "{threads} threads, size {size}"
            );
            assert_eq!(runs.stats.entries, 320_000);
            assert_eq!(
                runs.stats.first_long_key.map(|(line, _)| line),
                Some(1),
                "the first key over 12 bytes"
            );
            // One scratch file per parser thread, however many runs (a descriptor each).
            let files: std::collections::HashSet<*const std::fs::File> = runs
                .runs
                .iter()
                .filter_map(|r| match r {
                    RunData::Scratch { file, .. } => Some(std::sync::Arc::as_ptr(file)),
                    RunData::Memory(_) => None,
                })
                .collect();
            assert!(files.len() <= threads, "{} scratch files for {threads} threads", files.len());
            assert!(size == 0 || runs.runs.len() > threads, "more runs than files");
        }
        // The reference: the whole input parsed at once, the first entry of each key kept.
        let mut all = parse_from(input, 1, ParseOptions { utf8: false, fold: true }).entries;
        all.sort_by(|a, b| a.key().cmp(b.key()).then(a.line.cmp(&b.line)));
        all.dedup_by(|later, first| later.key() == first.key());
        let values: Vec<Vec<u8>> = all.iter().map(|e| e.value().to_vec()).collect();
        assert_eq!(one.0, values);
    }

    #[test]
    fn ranked_runs_group_by_rank_and_keep_duplicates_together() {
        let input: String = (0..5000).map(|n| format!("k{} v{n}\n", n % 700)).collect();
        let runs = stream(input.as_bytes(), 2, 0, Order::Ranked(|key| u32::from(key[key.len() - 1])));
        let mut seen = Vec::new();
        let warnings = runs
            .unique(DuplicatePolicy::default(), &mut |e| {
                seen.push((e.key().last().copied(), e.key().to_vec()));
                Ok(())
            })
            .unwrap();
        assert_eq!(seen.len(), 700);
        assert_eq!(warnings.len(), 5000 - 700);
        assert!(seen.windows(2).all(|w| w[0] < w[1]), "(rank, key) order");
        // Merging again gives the same.
        let again = runs.unique(DuplicatePolicy { last_wins: false, quiet: true }, &mut |_| Ok(())).unwrap();
        assert!(again.is_empty());
    }

    #[test]
    fn refuses_long_keys() {
        let long = "k".repeat(511);
        let text = format!("short v\n{long} v\n{long} w\n");
        let options = RunOptions {
            parse: ParseOptions { utf8: false, fold: true },
            order: Order::Key,
            max_key_len: Some(510),
            threads: 2,
        };
        let runs =
            SortedRuns::parse_stream(&mut text.as_bytes(), 0, options, std::path::Path::new("sp")).unwrap();
        use crate::postmap::MapType;
        assert!(runs.check_key_lengths("sp", MapType::Lmdb).unwrap_err().to_string().contains("sp, line 2"));
        assert!(runs.check_key_lengths("sp", MapType::Hash).is_ok(), "Berkeley DB has no such limit");
        let short = format!("{} v\n", &long[..510]);
        let runs =
            SortedRuns::parse_stream(&mut short.as_bytes(), 0, options, std::path::Path::new("sp")).unwrap();
        assert!(runs.check_key_lengths("sp", MapType::Lmdb).is_ok());
    }
}
