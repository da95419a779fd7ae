
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'saslkit' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'saslkit'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'saslkit' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users in the sasldb: add, change, delete, list, show, verify, import')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'Manage realms: list them, rename one, delete one')
            [CompletionResult]::new('listusers', 'listusers', [CompletionResultType]::ParameterValue, 'List every record as `user@realm: property`, exactly like sasldblistusers2')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the shell completions and man pages (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (exit 1 if it exists, unless --force)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change an existing user''s password (exit 67 if there is no such user)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users and all their records, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, their realms and which secrets they have')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user''s records (never the secrets themselves)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;user;add' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--scram', '--scram', [CompletionResultType]::ParameterName, 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2 iterations for the SCRAM record')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--no-plaintext', '--no-plaintext', [CompletionResultType]::ParameterName, 'Do not write the plaintext userPassword (only PLAIN/LOGIN via SCRAM-capable servers and SCRAM logins will work)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace the user if it exists')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;passwd' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--scram', '--scram', [CompletionResultType]::ParameterName, 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2 iterations for the SCRAM record')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--no-plaintext', '--no-plaintext', [CompletionResultType]::ParameterName, 'Do not write the plaintext userPassword (only PLAIN/LOGIN via SCRAM-capable servers and SCRAM logins will work)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;delete' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Realm for users given without @')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm for users given without @')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;list' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only users of this realm')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Only users of this realm')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;show' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;verify' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;import' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Realm for lines whose user has no @')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm for lines whose user has no @')
            [CompletionResult]::new('--input-format', '--input-format', [CompletionResultType]::ParameterName, 'Input format (default: csv for *.csv files, tsv otherwise)')
            [CompletionResult]::new('--scram', '--scram', [CompletionResultType]::ParameterName, 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2 iterations for the SCRAM record')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--no-plaintext', '--no-plaintext', [CompletionResultType]::ParameterName, 'Do not write the plaintext userPassword (only PLAIN/LOGIN via SCRAM-capable servers and SCRAM logins will work)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Check every line and report what would change; write nothing')
            [CompletionResult]::new('--skip-bad', '--skip-bad', [CompletionResultType]::ParameterName, 'Import the good lines even when some are bad (they are reported)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (exit 1 if it exists, unless --force)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change an existing user''s password (exit 67 if there is no such user)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users and all their records, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, their realms and which secrets they have')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user''s records (never the secrets themselves)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;user;help;add' {
            break
        }
        'saslkit;user;help;passwd' {
            break
        }
        'saslkit;user;help;delete' {
            break
        }
        'saslkit;user;help;list' {
            break
        }
        'saslkit;user;help;show' {
            break
        }
        'saslkit;user;help;verify' {
            break
        }
        'saslkit;user;help;import' {
            break
        }
        'saslkit;user;help;help' {
            break
        }
        'saslkit;realm' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List realms with their number of users')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Move every user of realm OLD to realm NEW, atomically')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user of a realm')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;realm;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;realm;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;realm;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;realm;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List realms with their number of users')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Move every user of realm OLD to realm NEW, atomically')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user of a realm')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;realm;help;list' {
            break
        }
        'saslkit;realm;help;rename' {
            break
        }
        'saslkit;realm;help;delete' {
            break
        }
        'saslkit;realm;help;help' {
            break
        }
        'saslkit;listusers' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The repository root holding completions/ and man/')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB). Its lock file is PATH-lock')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Fail (exit 1) when the files on disk differ from what would be generated; write nothing')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;help' {
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users in the sasldb: add, change, delete, list, show, verify, import')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'Manage realms: list them, rename one, delete one')
            [CompletionResult]::new('listusers', 'listusers', [CompletionResultType]::ParameterValue, 'List every record as `user@realm: property`, exactly like sasldblistusers2')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the shell completions and man pages (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Create a user (exit 1 if it exists, unless --force)')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change an existing user''s password (exit 67 if there is no such user)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users and all their records, in one transaction')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users, their realms and which secrets they have')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one user''s records (never the secrets themselves)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction')
            break
        }
        'saslkit;help;user;add' {
            break
        }
        'saslkit;help;user;passwd' {
            break
        }
        'saslkit;help;user;delete' {
            break
        }
        'saslkit;help;user;list' {
            break
        }
        'saslkit;help;user;show' {
            break
        }
        'saslkit;help;user;verify' {
            break
        }
        'saslkit;help;user;import' {
            break
        }
        'saslkit;help;realm' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List realms with their number of users')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Move every user of realm OLD to realm NEW, atomically')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user of a realm')
            break
        }
        'saslkit;help;realm;list' {
            break
        }
        'saslkit;help;realm;rename' {
            break
        }
        'saslkit;help;realm;delete' {
            break
        }
        'saslkit;help;listusers' {
            break
        }
        'saslkit;help;generate' {
            break
        }
        'saslkit;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
