
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (see `saslkit user --help`)')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'A query returning (user, realm) rows, for SQL schemas other than the recommended one')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD)')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Manage users in the sasldb: add, change, delete, list, show, verify, import')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'Manage realms: list them, rename one, delete one')
            [CompletionResult]::new('listusers', 'listusers', [CompletionResultType]::ParameterValue, 'List every record as `user@realm: property`, exactly like sasldblistusers2')
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Compile, query and check Postfix''s client password map (sasl_passwd) as an lmdb: table')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Probe a live server''s AUTH support before and after TLS, and whether credentials work')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd really uses, and say per finding what is wrong, why AUTH fails, and the fix')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Write the shell completions and man pages (for packagers and the repository)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;user' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--no-plaintext', '--no-plaintext', [CompletionResultType]::ParameterName, 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--no-plaintext', '--no-plaintext', [CompletionResultType]::ParameterName, 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;user;list' {
            [CompletionResult]::new('-u', '-u', [CompletionResultType]::ParameterName, 'Only users of this realm')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Only users of this realm')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('--no-plaintext', '--no-plaintext', [CompletionResultType]::ParameterName, 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List realms with their number of users')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Move every user of realm OLD to realm NEW, atomically')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete every user of a realm')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;realm;list' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;realm;rename' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;realm;delete' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Do not ask for confirmation (required when there is no terminal)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
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
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;db' {
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Format, mode and owner, records, users, realms, map use, and the lock file''s access')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Copy every record into a new file of another container, verified, renamed into place')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;db;info' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;db;convert' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The container of a new file (an sqlite: or SQL URL target says it itself)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace TARGET if it exists (an SQL store''s users: deleted in the copy''s transaction)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;db;check' {
            [CompletionResult]::new('--mech-list', '--mech-list', [CompletionResultType]::ParameterName, 'The mechanisms your servers offer (Cyrus''s mech_list), e.g. "PLAIN SCRAM-SHA-256": SCRAM records of another variant are then reported')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--db', '--db', [CompletionResultType]::ParameterName, 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)')
            [CompletionResult]::new('--map-size', '--map-size', [CompletionResultType]::ParameterName, 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows')
            [CompletionResult]::new('--backend', '--backend', [CompletionResultType]::ParameterName, 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path')
            [CompletionResult]::new('--sql-list', '--sql-list', [CompletionResultType]::ParameterName, 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select')
            [CompletionResult]::new('--db-password-file', '--db-password-file', [CompletionResultType]::ParameterName, 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line')
            [CompletionResult]::new('--db-ca-file', '--db-ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;db;help' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Format, mode and owner, records, users, realms, map use, and the lock file''s access')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Copy every record into a new file of another container, verified, renamed into place')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;db;help;info' {
            break
        }
        'saslkit;db;help;convert' {
            break
        }
        'saslkit;db;help;check' {
            break
        }
        'saslkit;db;help;help' {
            break
        }
        'saslkit;auth' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('plain', 'plain', [CompletionResultType]::ParameterValue, 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'LOGIN: two lines, the user name and the password')
            [CompletionResult]::new('cram-md5', 'cram-md5', [CompletionResultType]::ParameterValue, 'CRAM-MD5 (RFC 2195): answer the server''s challenge')
            [CompletionResult]::new('cram-sha1', 'cram-sha1', [CompletionResultType]::ParameterValue, 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1')
            [CompletionResult]::new('cram-sha256', 'cram-sha256', [CompletionResultType]::ParameterValue, 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256')
            [CompletionResult]::new('digest-md5', 'digest-md5', [CompletionResultType]::ParameterValue, 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final')
            [CompletionResult]::new('scram-sha-1', 'scram-sha-1', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first')
            [CompletionResult]::new('scram-sha-256', 'scram-sha-256', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first')
            [CompletionResult]::new('scram-sha-512', 'scram-sha-512', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-512: client-first; client-final with --server-first')
            [CompletionResult]::new('oauthbearer', 'oauthbearer', [CompletionResultType]::ParameterValue, 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)')
            [CompletionResult]::new('xoauth2', 'xoauth2', [CompletionResultType]::ParameterValue, 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'EXTERNAL (RFC 4422): the authorization identity, or none')
            [CompletionResult]::new('anonymous', 'anonymous', [CompletionResultType]::ParameterValue, 'ANONYMOUS (RFC 4505): trace information')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode and explain blobs from a transcript or log; - reads one per line from stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;auth;plain' {
            [CompletionResult]::new('--authzid', '--authzid', [CompletionResultType]::ParameterName, 'Act as this identity (RFC 4616 authzid); empty by default')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;login' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;cram-md5' {
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The server''s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;cram-sha1' {
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The server''s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;cram-sha256' {
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The server''s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;digest-md5' {
            [CompletionResult]::new('--challenge', '--challenge', [CompletionResultType]::ParameterName, 'The server''s challenge (base64)')
            [CompletionResult]::new('--service', '--service', [CompletionResultType]::ParameterName, 'Service name in digest-uri')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Host name in digest-uri (default: the challenge''s realm, else localhost)')
            [CompletionResult]::new('--realm', '--realm', [CompletionResultType]::ParameterName, 'Realm (default: the first the server offers)')
            [CompletionResult]::new('--authzid', '--authzid', [CompletionResultType]::ParameterName, 'authzid')
            [CompletionResult]::new('--cnonce', '--cnonce', [CompletionResultType]::ParameterName, 'Client nonce, for reproducible output (default: random)')
            [CompletionResult]::new('--server-final', '--server-final', [CompletionResultType]::ParameterName, 'The server''s final message (base64): check its rspauth (exit 1 on mismatch)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;scram-sha-1' {
            [CompletionResult]::new('--authzid', '--authzid', [CompletionResultType]::ParameterName, 'authzid')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Client nonce, for reproducible output; --server-first needs the one client-first used')
            [CompletionResult]::new('--server-first', '--server-first', [CompletionResultType]::ParameterName, 'The server-first message (base64): print the client-final message')
            [CompletionResult]::new('--server-final', '--server-final', [CompletionResultType]::ParameterName, 'The server-final message (base64): verify the server signature (exit 1 on mismatch)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--allow-weak', '--allow-weak', [CompletionResultType]::ParameterName, 'Accept fewer than 4096 iterations (with a warning)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;scram-sha-256' {
            [CompletionResult]::new('--authzid', '--authzid', [CompletionResultType]::ParameterName, 'authzid')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Client nonce, for reproducible output; --server-first needs the one client-first used')
            [CompletionResult]::new('--server-first', '--server-first', [CompletionResultType]::ParameterName, 'The server-first message (base64): print the client-final message')
            [CompletionResult]::new('--server-final', '--server-final', [CompletionResultType]::ParameterName, 'The server-final message (base64): verify the server signature (exit 1 on mismatch)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--allow-weak', '--allow-weak', [CompletionResultType]::ParameterName, 'Accept fewer than 4096 iterations (with a warning)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;scram-sha-512' {
            [CompletionResult]::new('--authzid', '--authzid', [CompletionResultType]::ParameterName, 'authzid')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'Client nonce, for reproducible output; --server-first needs the one client-first used')
            [CompletionResult]::new('--server-first', '--server-first', [CompletionResultType]::ParameterName, 'The server-first message (base64): print the client-final message')
            [CompletionResult]::new('--server-final', '--server-final', [CompletionResultType]::ParameterName, 'The server-final message (base64): verify the server signature (exit 1 on mismatch)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--allow-weak', '--allow-weak', [CompletionResultType]::ParameterName, 'Accept fewer than 4096 iterations (with a warning)')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;oauthbearer' {
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'host')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'port')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from the first line of a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the token from an environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;xoauth2' {
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'Read the token from the first line of a file')
            [CompletionResult]::new('--token-env', '--token-env', [CompletionResultType]::ParameterName, 'Read the token from an environment variable')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--token-stdin', '--token-stdin', [CompletionResultType]::ParameterName, 'Read the token from the first line of standard input')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;external' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;anonymous' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show the password or token in --format json''s fields and raw bytes')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;decode' {
            [CompletionResult]::new('--mech', '--mech', [CompletionResultType]::ParameterName, 'The mechanism (default: guessed from the bytes, or taken from an `AUTH <MECH>` line)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show passwords and tokens instead of masking them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;auth;help' {
            [CompletionResult]::new('plain', 'plain', [CompletionResultType]::ParameterValue, 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'LOGIN: two lines, the user name and the password')
            [CompletionResult]::new('cram-md5', 'cram-md5', [CompletionResultType]::ParameterValue, 'CRAM-MD5 (RFC 2195): answer the server''s challenge')
            [CompletionResult]::new('cram-sha1', 'cram-sha1', [CompletionResultType]::ParameterValue, 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1')
            [CompletionResult]::new('cram-sha256', 'cram-sha256', [CompletionResultType]::ParameterValue, 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256')
            [CompletionResult]::new('digest-md5', 'digest-md5', [CompletionResultType]::ParameterValue, 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final')
            [CompletionResult]::new('scram-sha-1', 'scram-sha-1', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first')
            [CompletionResult]::new('scram-sha-256', 'scram-sha-256', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first')
            [CompletionResult]::new('scram-sha-512', 'scram-sha-512', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-512: client-first; client-final with --server-first')
            [CompletionResult]::new('oauthbearer', 'oauthbearer', [CompletionResultType]::ParameterValue, 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)')
            [CompletionResult]::new('xoauth2', 'xoauth2', [CompletionResultType]::ParameterValue, 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'EXTERNAL (RFC 4422): the authorization identity, or none')
            [CompletionResult]::new('anonymous', 'anonymous', [CompletionResultType]::ParameterValue, 'ANONYMOUS (RFC 4505): trace information')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode and explain blobs from a transcript or log; - reads one per line from stdin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;auth;help;plain' {
            break
        }
        'saslkit;auth;help;login' {
            break
        }
        'saslkit;auth;help;cram-md5' {
            break
        }
        'saslkit;auth;help;cram-sha1' {
            break
        }
        'saslkit;auth;help;cram-sha256' {
            break
        }
        'saslkit;auth;help;digest-md5' {
            break
        }
        'saslkit;auth;help;scram-sha-1' {
            break
        }
        'saslkit;auth;help;scram-sha-256' {
            break
        }
        'saslkit;auth;help;scram-sha-512' {
            break
        }
        'saslkit;auth;help;oauthbearer' {
            break
        }
        'saslkit;auth;help;xoauth2' {
            break
        }
        'saslkit;auth;help;external' {
            break
        }
        'saslkit;auth;help;anonymous' {
            break
        }
        'saslkit;auth;help;decode' {
            break
        }
        'saslkit;auth;help;help' {
            break
        }
        'saslkit;map' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('compile', 'compile', [CompletionResultType]::ParameterValue, 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Every entry, like `postmap -s`; passwords masked unless --show-secrets')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Lint the source and its map: postmap''s warnings plus what bites in production')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Write a map''s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;map;compile' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--smtputf8', '--smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)')
            [CompletionResult]::new('--no-smtputf8', '--no-smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('--no-fold', '--no-fold', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'For duplicate keys, the last entry wins (postmap -r); default: the first, with a warning')
            [CompletionResult]::new('--last-wins', '--last-wins', [CompletionResultType]::ParameterName, 'For duplicate keys, the last entry wins (postmap -r); default: the first, with a warning')
            [CompletionResult]::new('-w', '-w', [CompletionResultType]::ParameterName, 'No warning for duplicate keys (postmap -w)')
            [CompletionResult]::new('--quiet-duplicates', '--quiet-duplicates', [CompletionResultType]::ParameterName, 'No warning for duplicate keys (postmap -w)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;map;query' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--smtputf8', '--smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)')
            [CompletionResult]::new('--no-smtputf8', '--no-smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('--no-fold', '--no-fold', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;map;dump' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show passwords instead of masking them')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;map;lookup' {
            [CompletionResult]::new('--nexthop', '--nexthop', [CompletionResultType]::ParameterName, 'The next hop exactly as configured (relayhost or transport): `[smtp.example.com]:587` (default: the sender''s entry in main.cf''s sender_dependent_relayhost_maps, else relayhost)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'The host actually connected to (e.g. the MX name); default: the next hop''s name')
            [CompletionResult]::new('--sender', '--sender', [CompletionResultType]::ParameterName, 'The envelope sender: chooses the next hop through sender_dependent_relayhost_maps, and is looked up first with --sender-dependent')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--sender-dependent', '--sender-dependent', [CompletionResultType]::ParameterName, 'As with smtp_sender_dependent_authentication = yes (default: main.cf''s setting)')
            [CompletionResult]::new('--smtputf8', '--smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)')
            [CompletionResult]::new('--no-smtputf8', '--no-smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('--no-fold', '--no-fold', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;map;check' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--smtputf8', '--smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)')
            [CompletionResult]::new('--no-smtputf8', '--no-smtputf8', [CompletionResultType]::ParameterName, 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('--no-fold', '--no-fold', [CompletionResultType]::ParameterName, 'Do not fold keys at all (postmap -f)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;map;convert' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The type of the new map, written as FILE.lmdb, FILE.db (hash, btree) or FILE.cdb')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;map;help' {
            [CompletionResult]::new('compile', 'compile', [CompletionResultType]::ParameterValue, 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Every entry, like `postmap -s`; passwords masked unless --show-secrets')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Lint the source and its map: postmap''s warnings plus what bites in production')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Write a map''s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'saslkit;map;help;compile' {
            break
        }
        'saslkit;map;help;query' {
            break
        }
        'saslkit;map;help;dump' {
            break
        }
        'saslkit;map;help;lookup' {
            break
        }
        'saslkit;map;help;check' {
            break
        }
        'saslkit;map;help;convert' {
            break
        }
        'saslkit;map;help;help' {
            break
        }
        'saslkit;probe' {
            [CompletionResult]::new('--targets', '--targets', [CompletionResultType]::ParameterName, 'Probe the targets listed in FILE, one per line (`#` starts a comment); `-` reads them from standard input')
            [CompletionResult]::new('--mx', '--mx', [CompletionResultType]::ParameterName, 'Probe DOMAIN''s mail exchangers: its MX hosts by preference (the domain itself when it has no MX, as SMTP does), each of their addresses a target')
            [CompletionResult]::new('--dns-server', '--dns-server', [CompletionResultType]::ParameterName, 'The DNS server --mx asks (default: the first nameserver of /etc/resolv.conf)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'The port of targets given without one, and of --mx hosts (default: the protocol''s)')
            [CompletionResult]::new('-j', '-j', [CompletionResultType]::ParameterName, 'Targets probed at the same time in a fleet')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'Targets probed at the same time in a fleet')
            [CompletionResult]::new('--fail-on', '--fail-on', [CompletionResultType]::ParameterName, 'In a fleet, count a target as failed when its probe finds this (comma-separated ids, see the JSON documentation); a target that cannot be probed, or whose authentication fails, always counts')
            [CompletionResult]::new('--tls', '--tls', [CompletionResultType]::ParameterName, 'How the connection gets TLS: STARTTLS when offered (auto), STARTTLS or fail, TLS from the first byte (implicit), or never')
            [CompletionResult]::new('--protocol', '--protocol', [CompletionResultType]::ParameterName, 'The protocol the server speaks on this port')
            [CompletionResult]::new('--helo', '--helo', [CompletionResultType]::ParameterName, 'Name to greet with in EHLO/LHLO (default: this host''s name)')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'Authenticate as this user (the password from the usual password inputs)')
            [CompletionResult]::new('--authzid', '--authzid', [CompletionResultType]::ParameterName, 'Authorization identity to ask for')
            [CompletionResult]::new('--mech', '--mech', [CompletionResultType]::ParameterName, 'The mechanism to authenticate with (default: the strongest offered)')
            [CompletionResult]::new('--ca-file', '--ca-file', [CompletionResultType]::ParameterName, 'Trust this CA (PEM) in addition to the system''s roots')
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'Client certificate (PEM) to present, e.g. for --mech EXTERNAL')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key (PEM) of --cert')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds for connecting and for each reply; the whole session gets four times this')
            [CompletionResult]::new('--deadline', '--deadline', [CompletionResultType]::ParameterName, 'Seconds for the whole probe, every session together (a safe probe or --all-mechs takes several); past it the probe stops with exit 75. In a fleet: for every target together')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a report (a summary table for a fleet), one JSON document, or in a fleet JSON lines (one object per target as it finishes, then a summary object)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--all-mechs', '--all-mechs', [CompletionResultType]::ParameterName, 'Authenticate with every advertised mechanism, each in its own session')
            [CompletionResult]::new('--allow-plaintext', '--allow-plaintext', [CompletionResultType]::ParameterName, 'Send PLAIN or LOGIN on a connection without TLS (declined by default, exit 69)')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s certificate (the report says so)')
            [CompletionResult]::new('--transcript', '--transcript', [CompletionResultType]::ParameterName, 'Show the dialogue, secrets redacted')
            [CompletionResult]::new('--show-secrets', '--show-secrets', [CompletionResultType]::ParameterName, 'Show secrets in the transcript')
            [CompletionResult]::new('-4', '-4', [CompletionResultType]::ParameterName, 'IPv4 only')
            [CompletionResult]::new('-6', '-6', [CompletionResultType]::ParameterName, 'IPv6 only')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;doctor' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--config-dir', '--config-dir', [CompletionResultType]::ParameterName, 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf')
            [CompletionResult]::new('--sasl-config', '--sasl-config', [CompletionResultType]::ParameterName, 'The Cyrus configuration to judge instead of the <smtpd_sasl_path>.conf smtpd would find')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for each step of a --live conversation, and for saslauthd or Dovecot')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'A user to try against saslauthd (as testsaslauthd does) or Dovecot''s auth service; its password is asked for as everywhere else (never on argv unless --password)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Read the password from the first line of a file')
            [CompletionResult]::new('--password-env', '--password-env', [CompletionResultType]::ParameterName, 'Read the password from an environment variable')
            [CompletionResult]::new('--password', '--password', [CompletionResultType]::ParameterName, 'The password itself. Unsafe: every user of this machine can read it with `ps`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)')
            [CompletionResult]::new('--live', '--live', [CompletionResultType]::ParameterName, 'Also talk to the relay hosts: the mechanisms they offer after STARTTLS as Postfix would negotiate, and whether they take the credentials of the password map')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the password from the first line of standard input')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no status lines; only data and errors')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'saslkit;generate' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'The repository root holding completions/ and man/')
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
            [CompletionResult]::new('db', 'db', [CompletionResultType]::ParameterValue, 'The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus')
            [CompletionResult]::new('auth', 'auth', [CompletionResultType]::ParameterValue, 'Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones')
            [CompletionResult]::new('map', 'map', [CompletionResultType]::ParameterValue, 'Compile, query and check Postfix''s client password map (sasl_passwd) as an lmdb: table')
            [CompletionResult]::new('probe', 'probe', [CompletionResultType]::ParameterValue, 'Probe a live server''s AUTH support before and after TLS, and whether credentials work')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd really uses, and say per finding what is wrong, why AUTH fails, and the fix')
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
        'saslkit;help;db' {
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Format, mode and owner, records, users, realms, map use, and the lock file''s access')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Copy every record into a new file of another container, verified, renamed into place')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms')
            break
        }
        'saslkit;help;db;info' {
            break
        }
        'saslkit;help;db;convert' {
            break
        }
        'saslkit;help;db;check' {
            break
        }
        'saslkit;help;auth' {
            [CompletionResult]::new('plain', 'plain', [CompletionResultType]::ParameterValue, 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'LOGIN: two lines, the user name and the password')
            [CompletionResult]::new('cram-md5', 'cram-md5', [CompletionResultType]::ParameterValue, 'CRAM-MD5 (RFC 2195): answer the server''s challenge')
            [CompletionResult]::new('cram-sha1', 'cram-sha1', [CompletionResultType]::ParameterValue, 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1')
            [CompletionResult]::new('cram-sha256', 'cram-sha256', [CompletionResultType]::ParameterValue, 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256')
            [CompletionResult]::new('digest-md5', 'digest-md5', [CompletionResultType]::ParameterValue, 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final')
            [CompletionResult]::new('scram-sha-1', 'scram-sha-1', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first')
            [CompletionResult]::new('scram-sha-256', 'scram-sha-256', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first')
            [CompletionResult]::new('scram-sha-512', 'scram-sha-512', [CompletionResultType]::ParameterValue, 'SCRAM-SHA-512: client-first; client-final with --server-first')
            [CompletionResult]::new('oauthbearer', 'oauthbearer', [CompletionResultType]::ParameterValue, 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)')
            [CompletionResult]::new('xoauth2', 'xoauth2', [CompletionResultType]::ParameterValue, 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`')
            [CompletionResult]::new('external', 'external', [CompletionResultType]::ParameterValue, 'EXTERNAL (RFC 4422): the authorization identity, or none')
            [CompletionResult]::new('anonymous', 'anonymous', [CompletionResultType]::ParameterValue, 'ANONYMOUS (RFC 4505): trace information')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Decode and explain blobs from a transcript or log; - reads one per line from stdin')
            break
        }
        'saslkit;help;auth;plain' {
            break
        }
        'saslkit;help;auth;login' {
            break
        }
        'saslkit;help;auth;cram-md5' {
            break
        }
        'saslkit;help;auth;cram-sha1' {
            break
        }
        'saslkit;help;auth;cram-sha256' {
            break
        }
        'saslkit;help;auth;digest-md5' {
            break
        }
        'saslkit;help;auth;scram-sha-1' {
            break
        }
        'saslkit;help;auth;scram-sha-256' {
            break
        }
        'saslkit;help;auth;scram-sha-512' {
            break
        }
        'saslkit;help;auth;oauthbearer' {
            break
        }
        'saslkit;help;auth;xoauth2' {
            break
        }
        'saslkit;help;auth;external' {
            break
        }
        'saslkit;help;auth;anonymous' {
            break
        }
        'saslkit;help;auth;decode' {
            break
        }
        'saslkit;help;map' {
            [CompletionResult]::new('compile', 'compile', [CompletionResultType]::ParameterValue, 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically')
            [CompletionResult]::new('query', 'query', [CompletionResultType]::ParameterValue, 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Every entry, like `postmap -s`; passwords masked unless --show-secrets')
            [CompletionResult]::new('lookup', 'lookup', [CompletionResultType]::ParameterValue, 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Lint the source and its map: postmap''s warnings plus what bites in production')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Write a map''s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare')
            break
        }
        'saslkit;help;map;compile' {
            break
        }
        'saslkit;help;map;query' {
            break
        }
        'saslkit;help;map;dump' {
            break
        }
        'saslkit;help;map;lookup' {
            break
        }
        'saslkit;help;map;check' {
            break
        }
        'saslkit;help;map;convert' {
            break
        }
        'saslkit;help;probe' {
            break
        }
        'saslkit;help;doctor' {
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
