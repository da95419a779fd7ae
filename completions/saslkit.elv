
use builtin;
use str;

set edit:completion:arg-completer[saslkit] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'saslkit'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'saslkit'= {
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Manage users in the sasldb: add, change, delete, list, show, verify, import'
            cand realm 'Manage realms: list them, rename one, delete one'
            cand listusers 'List every record as `user@realm: property`, exactly like sasldblistusers2'
            cand generate 'Write the shell completions and man pages (for packagers and the repository)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;user'= {
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Create a user (exit 1 if it exists, unless --force)'
            cand passwd 'Change an existing user''s password (exit 67 if there is no such user)'
            cand delete 'Delete users and all their records, in one transaction'
            cand list 'List users, their realms and which secrets they have'
            cand show 'Show one user''s records (never the secrets themselves)'
            cand verify 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user'
            cand import 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;user;add'= {
            cand -u 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --realm 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --scram 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use'
            cand --iterations 'PBKDF2 iterations for the SCRAM record'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --no-plaintext 'Do not write the plaintext userPassword (only PLAIN/LOGIN via SCRAM-capable servers and SCRAM logins will work)'
            cand --force 'Replace the user if it exists'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;passwd'= {
            cand -u 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --realm 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --scram 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use'
            cand --iterations 'PBKDF2 iterations for the SCRAM record'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --no-plaintext 'Do not write the plaintext userPassword (only PLAIN/LOGIN via SCRAM-capable servers and SCRAM logins will work)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;delete'= {
            cand -u 'Realm for users given without @'
            cand --realm 'Realm for users given without @'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;list'= {
            cand -u 'Only users of this realm'
            cand --realm 'Only users of this realm'
            cand --format 'format'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;show'= {
            cand -u 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --realm 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --format 'format'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;verify'= {
            cand -u 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --realm 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;import'= {
            cand -u 'Realm for lines whose user has no @'
            cand --realm 'Realm for lines whose user has no @'
            cand --input-format 'Input format (default: csv for *.csv files, tsv otherwise)'
            cand --scram 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use'
            cand --iterations 'PBKDF2 iterations for the SCRAM record'
            cand --format 'format'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --no-plaintext 'Do not write the plaintext userPassword (only PLAIN/LOGIN via SCRAM-capable servers and SCRAM logins will work)'
            cand --dry-run 'Check every line and report what would change; write nothing'
            cand --skip-bad 'Import the good lines even when some are bad (they are reported)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;help'= {
            cand add 'Create a user (exit 1 if it exists, unless --force)'
            cand passwd 'Change an existing user''s password (exit 67 if there is no such user)'
            cand delete 'Delete users and all their records, in one transaction'
            cand list 'List users, their realms and which secrets they have'
            cand show 'Show one user''s records (never the secrets themselves)'
            cand verify 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user'
            cand import 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;user;help;add'= {
        }
        &'saslkit;user;help;passwd'= {
        }
        &'saslkit;user;help;delete'= {
        }
        &'saslkit;user;help;list'= {
        }
        &'saslkit;user;help;show'= {
        }
        &'saslkit;user;help;verify'= {
        }
        &'saslkit;user;help;import'= {
        }
        &'saslkit;user;help;help'= {
        }
        &'saslkit;realm'= {
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List realms with their number of users'
            cand rename 'Move every user of realm OLD to realm NEW, atomically'
            cand delete 'Delete every user of a realm'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;realm;list'= {
            cand --format 'format'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;realm;rename'= {
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;realm;delete'= {
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;realm;help'= {
            cand list 'List realms with their number of users'
            cand rename 'Move every user of realm OLD to realm NEW, atomically'
            cand delete 'Delete every user of a realm'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;realm;help;list'= {
        }
        &'saslkit;realm;help;rename'= {
        }
        &'saslkit;realm;help;delete'= {
        }
        &'saslkit;realm;help;help'= {
        }
        &'saslkit;listusers'= {
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;generate'= {
            cand --out 'The repository root holding completions/ and man/'
            cand --db 'The sasldb file (LMDB). Its lock file is PATH-lock'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --check 'Fail (exit 1) when the files on disk differ from what would be generated; write nothing'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;help'= {
            cand user 'Manage users in the sasldb: add, change, delete, list, show, verify, import'
            cand realm 'Manage realms: list them, rename one, delete one'
            cand listusers 'List every record as `user@realm: property`, exactly like sasldblistusers2'
            cand generate 'Write the shell completions and man pages (for packagers and the repository)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;help;user'= {
            cand add 'Create a user (exit 1 if it exists, unless --force)'
            cand passwd 'Change an existing user''s password (exit 67 if there is no such user)'
            cand delete 'Delete users and all their records, in one transaction'
            cand list 'List users, their realms and which secrets they have'
            cand show 'Show one user''s records (never the secrets themselves)'
            cand verify 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user'
            cand import 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction'
        }
        &'saslkit;help;user;add'= {
        }
        &'saslkit;help;user;passwd'= {
        }
        &'saslkit;help;user;delete'= {
        }
        &'saslkit;help;user;list'= {
        }
        &'saslkit;help;user;show'= {
        }
        &'saslkit;help;user;verify'= {
        }
        &'saslkit;help;user;import'= {
        }
        &'saslkit;help;realm'= {
            cand list 'List realms with their number of users'
            cand rename 'Move every user of realm OLD to realm NEW, atomically'
            cand delete 'Delete every user of a realm'
        }
        &'saslkit;help;realm;list'= {
        }
        &'saslkit;help;realm;rename'= {
        }
        &'saslkit;help;realm;delete'= {
        }
        &'saslkit;help;listusers'= {
        }
        &'saslkit;help;generate'= {
        }
        &'saslkit;help;help'= {
        }
    ]
    $completions[$command]
}
