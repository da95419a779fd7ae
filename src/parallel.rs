//! Work spread over the machine's cores, results in input order (SCRAM's PBKDF2 for an import).

/// Applies `f` to every item on up to `threads` threads (contiguous chunks), returning the results
/// in the items' order, or the first error in that order. A panic in `f` is re-raised here.
pub fn map_in_order<T, R, E>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> Result<R, E> + Sync,
) -> Result<Vec<R>, E>
where
    T: Sync,
    R: Send,
    E: Send,
{
    let chunk = items.len().div_ceil(threads.max(1)).max(1);
    let parts: Vec<Result<Vec<R>, E>> = std::thread::scope(|scope| {
        let f = &f;
        let workers: Vec<_> =
            items.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(f).collect())).collect();
        workers
            .into_iter()
            .map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect()
    });
    let mut all = Vec::with_capacity(items.len());
    for part in parts {
        all.extend(part?);
    }
    Ok(all)
}

/// Threads for CPU-bound work: every core this process may use.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_keep_the_input_order_and_the_first_error_wins() {
        let items: Vec<u32> = (0..1000).collect();
        for threads in [1, 2, 7, 2000] {
            let doubled = map_in_order(&items, threads, |n| Ok::<_, ()>(n * 2)).unwrap();
            assert_eq!(doubled, items.iter().map(|n| n * 2).collect::<Vec<_>>());
        }
        let failed = map_in_order(&items, 4, |&n| if n % 300 == 299 { Err(n) } else { Ok(n) });
        assert_eq!(failed, Err(299));
        assert_eq!(map_in_order(&[] as &[u32], 4, |&n| Ok::<_, ()>(n)), Ok(vec![]));
    }
}
