//! A small GNU-getopt work-alike for the drop-in modes: clustered flags (`-cp`), attached or
//! separate option arguments (`-ffile`, `-f file`), `--`, and non-options anywhere (GNU permutes).

#[derive(Debug, PartialEq, Eq)]
pub enum Opt {
    Flag(char),
    WithArg(char, String),
    /// An option not in the spec: glibc says `invalid option -- 'z'`.
    Unknown(char),
    /// An option whose argument is missing: glibc says `option requires an argument -- 'f'`.
    MissingArg(char),
}

#[derive(Debug, Default, PartialEq, Eq)]
pub struct Parsed {
    pub opts: Vec<Opt>,
    pub operands: Vec<String>,
}

/// Parses `args` (without argv[0]) against a getopt spec such as `"vpcdnf:u:a:h?"`.
pub fn getopt(args: &[String], spec: &str) -> Parsed {
    let mut parsed = Parsed::default();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--" {
            parsed.operands.extend(iter.by_ref().cloned());
            break;
        }
        let Some(cluster) = arg.strip_prefix('-').filter(|c| !c.is_empty()) else {
            parsed.operands.push(arg.clone());
            continue;
        };
        for (at, c) in cluster.char_indices() {
            match takes_argument(spec, c) {
                None => parsed.opts.push(Opt::Unknown(c)),
                Some(false) => parsed.opts.push(Opt::Flag(c)),
                Some(true) => {
                    let rest = &cluster[at + c.len_utf8()..];
                    let value = if rest.is_empty() { iter.next().cloned() } else { Some(rest.to_string()) };
                    parsed.opts.push(value.map_or(Opt::MissingArg(c), |v| Opt::WithArg(c, v)));
                    break;
                }
            }
        }
    }
    parsed
}

fn takes_argument(spec: &str, c: char) -> Option<bool> {
    if c == ':' {
        return None;
    }
    let at = spec.find(c)?;
    Some(spec[at + c.len_utf8()..].starts_with(':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn clusters_arguments_and_permutation() {
        let parsed =
            getopt(&args(&["alice", "-cp", "-ffile", "-u", "example.com", "--", "-x"]), "vpcdnf:u:a:h?");
        assert_eq!(
            parsed.opts,
            vec![
                Opt::Flag('c'),
                Opt::Flag('p'),
                Opt::WithArg('f', "file".into()),
                Opt::WithArg('u', "example.com".into())
            ]
        );
        assert_eq!(parsed.operands, vec!["alice", "-x"]);
    }

    #[test]
    fn unknown_and_missing() {
        let parsed = getopt(&args(&["-z", "-f"]), "vf:h?");
        assert_eq!(parsed.opts, vec![Opt::Unknown('z'), Opt::MissingArg('f')]);
        assert_eq!(getopt(&args(&["-"]), "v").operands, vec!["-"]);
    }
}
