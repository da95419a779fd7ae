# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_saslkit_global_optspecs
    string join \n db= map-size= backend= sasl-config= sql-list= db-password-file= db-ca-file= q/quiet h/help V/version
end

function __fish_saslkit_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_saslkit_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_saslkit_using_subcommand
    set -l cmd (__fish_saslkit_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c saslkit -n "__fish_saslkit_needs_command" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_needs_command" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_needs_command" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_needs_command" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (see `saslkit user --help`)' -r -F
complete -c saslkit -n "__fish_saslkit_needs_command" -l sql-list -d 'A query returning (user, realm) rows, for SQL schemas other than the recommended one' -r
complete -c saslkit -n "__fish_saslkit_needs_command" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD)' -r -F
complete -c saslkit -n "__fish_saslkit_needs_command" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots' -r -F
complete -c saslkit -n "__fish_saslkit_needs_command" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_needs_command" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "user" -d 'Manage users in the sasldb: add, change, delete, list, show, verify, import'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "realm" -d 'Manage realms: list them, rename one, delete one'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "listusers" -d 'List every record as `user@realm: property`, exactly like sasldblistusers2'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "db" -d 'The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "auth" -d 'Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "map" -d 'Compile, query and check Postfix\'s client password map (sasl_passwd) as an lmdb: table'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "probe" -d 'Probe a live server\'s AUTH support before and after TLS, and whether credentials work'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "doctor" -d 'Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd really uses, and say per finding what is wrong, why AUTH fails, and the fix'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "generate" -d 'Write the shell completions and man pages (for packagers and the repository)'
complete -c saslkit -n "__fish_saslkit_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "add" -d 'Create a user (exit 1 if it exists, unless --force)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "passwd" -d 'Change an existing user\'s password (exit 67 if there is no such user)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "delete" -d 'Delete users and all their records, in one transaction'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "list" -d 'List users, their realms and which secrets they have'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "show" -d 'Show one user\'s records (never the secrets themselves)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "verify" -d 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "import" -d 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and not __fish_seen_subcommand_from add passwd delete list show verify import help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -s u -l realm -d 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l scram -d 'Also write Cyrus\'s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use' -r -f -a "SHA-1\t''
SHA-224\t''
SHA-256\t''
SHA-384\t''
SHA-512\t''"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l iterations -d 'PBKDF2 iterations for the SCRAM record' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l no-plaintext -d 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -l force -d 'Replace the user if it exists'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -s u -l realm -d 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l scram -d 'Also write Cyrus\'s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use' -r -f -a "SHA-1\t''
SHA-224\t''
SHA-256\t''
SHA-384\t''
SHA-512\t''"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l iterations -d 'PBKDF2 iterations for the SCRAM record' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -l no-plaintext -d 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from passwd" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -s u -l realm -d 'Realm for users given without @' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -s u -l realm -d 'Only users of this realm' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l format -r -f -a "human\t'A table for people'
json\t'A JSON array of users'
sasldb\t'sasldblistusers2\'s lines: `user@realm: property`, in storage order'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -s u -l realm -d 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -s u -l realm -d 'Realm for a USER without @ (default: the lower-cased host name, like Cyrus)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -s u -l realm -d 'Realm for lines whose user has no @' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l input-format -d 'Input format (default: csv for *.csv files, tsv otherwise)' -r -f -a "tsv\t'`user@realm<TAB>password`'
csv\t'`user@realm,password` (RFC 4180 quoting; a `user,password` header line is skipped)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l scram -d 'Also write Cyrus\'s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use' -r -f -a "SHA-1\t''
SHA-224\t''
SHA-256\t''
SHA-384\t''
SHA-512\t''"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l iterations -d 'PBKDF2 iterations for the SCRAM record' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l no-plaintext -d 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l dry-run -d 'Check every line and report what would change; write nothing'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -l skip-bad -d 'Import the good lines even when some are bad (they are reported)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "add" -d 'Create a user (exit 1 if it exists, unless --force)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "passwd" -d 'Change an existing user\'s password (exit 67 if there is no such user)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete users and all their records, in one transaction'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "list" -d 'List users, their realms and which secrets they have'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one user\'s records (never the secrets themselves)'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "import" -d 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction'
complete -c saslkit -n "__fish_saslkit_using_subcommand user; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -f -a "list" -d 'List realms with their number of users'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -f -a "rename" -d 'Move every user of realm OLD to realm NEW, atomically'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -f -a "delete" -d 'Delete every user of a realm'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and not __fish_seen_subcommand_from list rename delete help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -s y -l yes -d 'Do not ask for confirmation (required when there is no terminal)'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from delete" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from help" -f -a "list" -d 'List realms with their number of users'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from help" -f -a "rename" -d 'Move every user of realm OLD to realm NEW, atomically'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete every user of a realm'
complete -c saslkit -n "__fish_saslkit_using_subcommand realm; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand listusers" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -f -a "info" -d 'Format, mode and owner, records, users, realms, map use, and the lock file\'s access'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -f -a "convert" -d 'Copy every record into a new file of another container, verified, renamed into place'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -f -a "check" -d 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and not __fish_seen_subcommand_from info convert check help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l to -d 'The container of a new file (an sqlite: or SQL URL target says it itself)' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -l force -d 'Replace TARGET if it exists (an SQL store\'s users: deleted in the copy\'s transaction)'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l mech-list -d 'The mechanisms your servers offer (Cyrus\'s mech_list), e.g. "PLAIN SCRAM-SHA-256": SCRAM records of another variant are then reported' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l db -d 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus\'s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l map-size -d 'Grow the database map to this many KiB (like Cyrus\'s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l backend -d 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed' -r -f -a "lmdb\t'LMDB, Cyrus SASL\'s choice for its future (`--with-dblib=lmdb`)'
gdbm\t'GDBM, what Fedora, RHEL, SUSE, Arch, Alpine and Gentoo build Cyrus with'
bdb\t'Berkeley DB 5.3 hash, what Debian and Ubuntu build Cyrus with'
sqlite\t'The users table of Cyrus\'s sql plugin in an SQLite file (also `--db sqlite:PATH`)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l sasl-config -d 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l sql-list -d 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l db-password-file -d 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file\'s sql_passwd). Never on the command line' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -l db-ca-file -d 'Trust this CA (PEM) for the database server\'s certificate, beside the system roots. TLS to a database is always verified' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "info" -d 'Format, mode and owner, records, users, realms, map use, and the lock file\'s access'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Copy every record into a new file of another container, verified, renamed into place'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "check" -d 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms'
complete -c saslkit -n "__fish_saslkit_using_subcommand db; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -s h -l help -d 'Print help'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "plain" -d 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "login" -d 'LOGIN: two lines, the user name and the password'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "cram-md5" -d 'CRAM-MD5 (RFC 2195): answer the server\'s challenge'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "cram-sha1" -d 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "cram-sha256" -d 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "digest-md5" -d 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "scram-sha-1" -d 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "scram-sha-256" -d 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "scram-sha-512" -d 'SCRAM-SHA-512: client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "oauthbearer" -d 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "xoauth2" -d 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "external" -d 'EXTERNAL (RFC 4422): the authorization identity, or none'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "anonymous" -d 'ANONYMOUS (RFC 4505): trace information'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "decode" -d 'Decode and explain blobs from a transcript or log; - reads one per line from stdin'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and not __fish_seen_subcommand_from plain login cram-md5 cram-sha1 cram-sha256 digest-md5 scram-sha-1 scram-sha-256 scram-sha-512 oauthbearer xoauth2 external anonymous decode help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l authzid -d 'Act as this identity (RFC 4616 authzid); empty by default' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from plain" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l challenge -d 'The server\'s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-md5" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l challenge -d 'The server\'s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha1" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l challenge -d 'The server\'s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from cram-sha256" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l challenge -d 'The server\'s challenge (base64)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l service -d 'Service name in digest-uri' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l host -d 'Host name in digest-uri (default: the challenge\'s realm, else localhost)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l realm -d 'Realm (default: the first the server offers)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l authzid -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l cnonce -d 'Client nonce, for reproducible output (default: random)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l server-final -d 'The server\'s final message (base64): check its rspauth (exit 1 on mismatch)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from digest-md5" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l authzid -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l nonce -d 'Client nonce, for reproducible output; --server-first needs the one client-first used' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l server-first -d 'The server-first message (base64): print the client-final message' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l server-final -d 'The server-final message (base64): verify the server signature (exit 1 on mismatch)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l allow-weak -d 'Accept fewer than 4096 iterations (with a warning)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-1" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l authzid -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l nonce -d 'Client nonce, for reproducible output; --server-first needs the one client-first used' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l server-first -d 'The server-first message (base64): print the client-final message' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l server-final -d 'The server-final message (base64): verify the server signature (exit 1 on mismatch)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l allow-weak -d 'Accept fewer than 4096 iterations (with a warning)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-256" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l authzid -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l nonce -d 'Client nonce, for reproducible output; --server-first needs the one client-first used' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l server-first -d 'The server-first message (base64): print the client-final message' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l server-final -d 'The server-final message (base64): verify the server signature (exit 1 on mismatch)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l allow-weak -d 'Accept fewer than 4096 iterations (with a warning)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from scram-sha-512" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l host -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l port -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l token-file -d 'Read the token from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l token-env -d 'Read the token from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l token-stdin -d 'Read the token from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from oauthbearer" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -l token-file -d 'Read the token from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -l token-env -d 'Read the token from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -l token-stdin -d 'Read the token from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from xoauth2" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from external" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from external" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from external" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from external" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from external" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from external" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l format -r -f -a "base64\t'The base64 blobs, one client message per line'
json\t'Fields, raw bytes (escaped) and the AUTH command lines, as JSON'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l command -d 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -l show-secrets -d 'Show the password or token in --format json\'s fields and raw bytes'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from anonymous" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from decode" -l mech -d 'The mechanism (default: guessed from the bytes, or taken from an `AUTH <MECH>` line)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from decode" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from decode" -l show-secrets -d 'Show passwords and tokens instead of masking them'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from decode" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from decode" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from decode" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "plain" -d 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "login" -d 'LOGIN: two lines, the user name and the password'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "cram-md5" -d 'CRAM-MD5 (RFC 2195): answer the server\'s challenge'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "cram-sha1" -d 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "cram-sha256" -d 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "digest-md5" -d 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "scram-sha-1" -d 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "scram-sha-256" -d 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "scram-sha-512" -d 'SCRAM-SHA-512: client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "oauthbearer" -d 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "xoauth2" -d 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "external" -d 'EXTERNAL (RFC 4422): the authorization identity, or none'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "anonymous" -d 'ANONYMOUS (RFC 4505): trace information'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "decode" -d 'Decode and explain blobs from a transcript or log; - reads one per line from stdin'
complete -c saslkit -n "__fish_saslkit_using_subcommand auth; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -s h -l help -d 'Print help'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "compile" -d 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "query" -d 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "dump" -d 'Every entry, like `postmap -s`; passwords masked unless --show-secrets'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "lookup" -d 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "check" -d 'Lint the source and its map: postmap\'s warnings plus what bites in production'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "convert" -d 'Write a map\'s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and not __fish_seen_subcommand_from compile query dump lookup check convert help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -l smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -l no-smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s f -l no-fold -d 'Do not fold keys at all (postmap -f)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s r -l last-wins -d 'For duplicate keys, the last entry wins (postmap -r); default: the first, with a warning'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s w -l quiet-duplicates -d 'No warning for duplicate keys (postmap -w)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from compile" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -l smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -l no-smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -s f -l no-fold -d 'Do not fold keys at all (postmap -f)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -s h -l help -d 'Print help'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from query" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from dump" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from dump" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from dump" -l show-secrets -d 'Show passwords instead of masking them'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from dump" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from dump" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l nexthop -d 'The next hop exactly as configured (relayhost or transport): `[smtp.example.com]:587` (default: the sender\'s entry in main.cf\'s sender_dependent_relayhost_maps, else relayhost)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l host -d 'The host actually connected to (e.g. the MX name); default: the next hop\'s name' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l sender -d 'The envelope sender: chooses the next hop through sender_dependent_relayhost_maps, and is looked up first with --sender-dependent' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l sender-dependent -d 'As with smtp_sender_dependent_authentication = yes (default: main.cf\'s setting)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -l no-smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -s f -l no-fold -d 'Do not fold keys at all (postmap -f)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from lookup" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -l smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -l no-smtputf8 -d 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -s f -l no-fold -d 'Do not fold keys at all (postmap -f)'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from convert" -l to -d 'The type of the new map, written as FILE.lmdb, FILE.db (hash, btree) or FILE.cdb' -r -f -a "lmdb\t''
hash\t''
btree\t''
cdb\t''"
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from convert" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from convert" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from convert" -s h -l help -d 'Print help'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from convert" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "compile" -d 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "query" -d 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Every entry, like `postmap -s`; passwords masked unless --show-secrets'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "lookup" -d 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "check" -d 'Lint the source and its map: postmap\'s warnings plus what bites in production'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "convert" -d 'Write a map\'s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare'
complete -c saslkit -n "__fish_saslkit_using_subcommand map; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l targets -d 'Probe the targets listed in FILE, one per line (`#` starts a comment); `-` reads them from standard input' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l mx -d 'Probe DOMAIN\'s mail exchangers: its MX hosts by preference (the domain itself when it has no MX, as SMTP does), each of their addresses a target' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l dns-server -d 'The DNS server --mx asks (default: the first nameserver of /etc/resolv.conf)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l port -d 'The port of targets given without one, and of --mx hosts (default: the protocol\'s)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -s j -l jobs -d 'Targets probed at the same time in a fleet' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l fail-on -d 'In a fleet, count a target as failed when its probe finds this (comma-separated ids, see the JSON documentation); a target that cannot be probed, or whose authentication fails, always counts' -r -f -a "plaintext-before-tls\t''
plaintext-login-before-tls\t''
no-starttls\t''
auth-without-starttls\t''
auth-before-tls\t''
starttls-failed\t''
mechanisms-differ-by-tls\t''
auth-equals\t''
lower-case-keywords\t''
certificate-not-verified\t''
certificate-expired\t''
weak-tls\t''
odd-auth-reply\t''
no-auth\t''
too-many-mechanisms\t''"
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l tls -d 'How the connection gets TLS: STARTTLS when offered (auto), STARTTLS or fail, TLS from the first byte (implicit), or never' -r -f -a "auto\t'STARTTLS when offered; implicit TLS on ports 465, 993 and 995'
starttls\t'STARTTLS or fail (exit 69)'
implicit\t'TLS from the first byte (default port 465; 993 for IMAP, 995 for POP3)'
none\t'Never TLS'"
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l protocol -d 'The protocol the server speaks on this port' -r -f -a "smtp\t'SMTP with EHLO (submission, relay; port 25, 465 with --tls implicit)'
lmtp\t'LMTP with LHLO (Cyrus, Dovecot delivery; port 24 or a UNIX socket)'
imap\t'IMAP with CAPABILITY and AUTHENTICATE (port 143, 993 with --tls implicit)'
pop3\t'POP3 with CAPA and AUTH (port 110, 995 with --tls implicit)'
sieve\t'ManageSieve, RFC 5804 (port 4190)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l helo -d 'Name to greet with in EHLO/LHLO (default: this host\'s name)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l user -d 'Authenticate as this user (the password from the usual password inputs)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l authzid -d 'Authorization identity to ask for' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l mech -d 'The mechanism to authenticate with (default: the strongest offered)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l ca-file -d 'Trust this CA (PEM) in addition to the system\'s roots' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l cert -d 'Client certificate (PEM) to present, e.g. for --mech EXTERNAL' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l key -d 'Private key (PEM) of --cert' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l timeout -d 'Seconds for connecting and for each reply; the whole session gets four times this' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l deadline -d 'Seconds for the whole probe, every session together (a safe probe or --all-mechs takes several); past it the probe stops with exit 75. In a fleet: for every target together' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l format -d 'How to print the result: a report (a summary table for a fleet), one JSON document, or in a fleet JSON lines (one object per target as it finishes, then a summary object)' -r -f -a "human\t''
json\t''
jsonl\t'One JSON object per line (fleets)'"
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l all-mechs -d 'Authenticate with every advertised mechanism, each in its own session'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l allow-plaintext -d 'Send PLAIN or LOGIN on a connection without TLS (declined by default, exit 69)'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l insecure -d 'Do not verify the server\'s certificate (the report says so)'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l transcript -d 'Show the dialogue, secrets redacted'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l show-secrets -d 'Show secrets in the transcript'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -s 4 -d 'IPv4 only'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -s 6 -d 'IPv6 only'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand probe" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -s c -l config-dir -d 'Postfix configuration folder: main.cf\'s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix\'s defaults when there is no main.cf' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l sasl-config -d 'The Cyrus configuration to judge instead of the <smtpd_sasl_path>.conf smtpd would find' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l timeout -d 'Seconds to wait for each step of a --live conversation, and for saslauthd or Dovecot' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l user -d 'A user to try against saslauthd (as testsaslauthd does) or Dovecot\'s auth service; its password is asked for as everywhere else (never on argv unless --password)' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l password-file -d 'Read the password from the first line of a file' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l password-env -d 'Read the password from an environment variable' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l password -d 'The password itself. Unsafe: every user of this machine can read it with `ps`' -r
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l format -d 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)' -r -f -a "human\t'A table for people'
json\t'One JSON document with a stable, documented shape'"
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l live -d 'Also talk to the relay hosts: the mechanisms they offer after STARTTLS as Postfix would negotiate, and whether they take the credentials of the password map'
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -l password-stdin -d 'Read the password from the first line of standard input'
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c saslkit -n "__fish_saslkit_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand generate" -l out -d 'The repository root holding completions/ and man/' -r -F
complete -c saslkit -n "__fish_saslkit_using_subcommand generate" -l check -d 'Fail (exit 1) when the files on disk differ from what would be generated; write nothing'
complete -c saslkit -n "__fish_saslkit_using_subcommand generate" -s q -l quiet -d 'Print no status lines; only data and errors'
complete -c saslkit -n "__fish_saslkit_using_subcommand generate" -s h -l help -d 'Print help'
complete -c saslkit -n "__fish_saslkit_using_subcommand generate" -s V -l version -d 'Print version'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "user" -d 'Manage users in the sasldb: add, change, delete, list, show, verify, import'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "realm" -d 'Manage realms: list them, rename one, delete one'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "listusers" -d 'List every record as `user@realm: property`, exactly like sasldblistusers2'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "db" -d 'The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "auth" -d 'Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "map" -d 'Compile, query and check Postfix\'s client password map (sasl_passwd) as an lmdb: table'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "probe" -d 'Probe a live server\'s AUTH support before and after TLS, and whether credentials work'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "doctor" -d 'Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd really uses, and say per finding what is wrong, why AUTH fails, and the fix'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "generate" -d 'Write the shell completions and man pages (for packagers and the repository)'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and not __fish_seen_subcommand_from user realm listusers db auth map probe doctor generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "add" -d 'Create a user (exit 1 if it exists, unless --force)'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "passwd" -d 'Change an existing user\'s password (exit 67 if there is no such user)'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "delete" -d 'Delete users and all their records, in one transaction'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "list" -d 'List users, their realms and which secrets they have'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "show" -d 'Show one user\'s records (never the secrets themselves)'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "verify" -d 'Check a password: exit 0 when it matches, 1 when not, 67 when there is no such user'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from user" -f -a "import" -d 'Create or update many users from `user@realm<TAB>password` lines (or CSV), in one transaction'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from realm" -f -a "list" -d 'List realms with their number of users'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from realm" -f -a "rename" -d 'Move every user of realm OLD to realm NEW, atomically'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from realm" -f -a "delete" -d 'Delete every user of a realm'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "info" -d 'Format, mode and owner, records, users, realms, map use, and the lock file\'s access'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "convert" -d 'Copy every record into a new file of another container, verified, renamed into place'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from db" -f -a "check" -d 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "plain" -d 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "login" -d 'LOGIN: two lines, the user name and the password'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "cram-md5" -d 'CRAM-MD5 (RFC 2195): answer the server\'s challenge'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "cram-sha1" -d 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "cram-sha256" -d 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "digest-md5" -d 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "scram-sha-1" -d 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "scram-sha-256" -d 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "scram-sha-512" -d 'SCRAM-SHA-512: client-first; client-final with --server-first'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "oauthbearer" -d 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "xoauth2" -d 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "external" -d 'EXTERNAL (RFC 4422): the authorization identity, or none'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "anonymous" -d 'ANONYMOUS (RFC 4505): trace information'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from auth" -f -a "decode" -d 'Decode and explain blobs from a transcript or log; - reads one per line from stdin'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from map" -f -a "compile" -d 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from map" -f -a "query" -d 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from map" -f -a "dump" -d 'Every entry, like `postmap -s`; passwords masked unless --show-secrets'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from map" -f -a "lookup" -d 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from map" -f -a "check" -d 'Lint the source and its map: postmap\'s warnings plus what bites in production'
complete -c saslkit -n "__fish_saslkit_using_subcommand help; and __fish_seen_subcommand_from map" -f -a "convert" -d 'Write a map\'s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare'
