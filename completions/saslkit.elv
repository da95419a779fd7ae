
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (see `saslkit user --help`)'
            cand --sql-list 'A query returning (user, realm) rows, for SQL schemas other than the recommended one'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD)'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand user 'Manage users in the sasldb: add, change, delete, list, show, verify, import'
            cand realm 'Manage realms: list them, rename one, delete one'
            cand listusers 'List every record as `user@realm: property`, exactly like sasldblistusers2'
            cand db 'The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus'
            cand auth 'Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones'
            cand map 'Compile, query and check Postfix''s client password map (sasl_passwd) as an lmdb: table'
            cand probe 'Probe a live server''s AUTH support before and after TLS, and whether credentials work'
            cand doctor 'Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd really uses, and say per finding what is wrong, why AUTH fails, and the fix'
            cand generate 'Write the shell completions and man pages (for packagers and the repository)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;user'= {
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --no-plaintext 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only'
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --no-plaintext 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only'
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;list'= {
            cand -u 'Only users of this realm'
            cand --realm 'Only users of this realm'
            cand --format 'format'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
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
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;user;import'= {
            cand -u 'Realm for lines whose user has no @'
            cand --realm 'Realm for lines whose user has no @'
            cand --input-format 'Input format (default: csv for *.csv files, tsv otherwise)'
            cand --scram 'Also write Cyrus''s SCRAM record (authPassword) for this variant. One record serves one variant: pick the one your clients use'
            cand --iterations 'PBKDF2 iterations for the SCRAM record'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand --no-plaintext 'Do not write the plaintext userPassword: only the --scram variant can log in. Cyrus 2.1.28 then refuses PLAIN, LOGIN, CRAM-MD5 and DIGEST-MD5 ("user not found") and the other SCRAM variants for this user; use it where the server offers that one SCRAM mechanism only'
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List realms with their number of users'
            cand rename 'Move every user of realm OLD to realm NEW, atomically'
            cand delete 'Delete every user of a realm'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;realm;list'= {
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;realm;rename'= {
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;realm;delete'= {
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -y 'Do not ask for confirmation (required when there is no terminal)'
            cand --yes 'Do not ask for confirmation (required when there is no terminal)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
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
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;db'= {
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand info 'Format, mode and owner, records, users, realms, map use, and the lock file''s access'
            cand convert 'Copy every record into a new file of another container, verified, renamed into place'
            cand check 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;db;info'= {
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;db;convert'= {
            cand --to 'The container of a new file (an sqlite: or SQL URL target says it itself)'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand --force 'Replace TARGET if it exists (an SQL store''s users: deleted in the copy''s transaction)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;db;check'= {
            cand --mech-list 'The mechanisms your servers offer (Cyrus''s mech_list), e.g. "PLAIN SCRAM-SHA-256": SCRAM records of another variant are then reported'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --db 'The sasldb file (LMDB, GDBM or Berkeley DB), or users in SQL in the schema of Cyrus''s sql plugin: sqlite:PATH, postgresql://[USER@]HOST[:PORT][,HOST…]/DB or mysql://…/DB (no password in it: see --db-password-file). Default: $SASLKIT_DB, else /etc/sasldb2, or /etc/sasl2/sasldb2 where that exists and the former does not (the RHEL-family layout)'
            cand --map-size 'Grow the database map to this many KiB (like Cyrus''s sasldb_mapsize). Long-running Cyrus readers (saslauthd, smtpd) must be restarted after the map grows'
            cand --backend 'The container of a sasldb file that does not exist yet (an existing file is opened as whatever it is). Default: the one the installed Cyrus sasldb plugin reads (bdb on Debian and Ubuntu, gdbm on the RHEL family), lmdb where no Cyrus is installed'
            cand --sasl-config 'Take the user store from the Cyrus file the servers read (e.g. /etc/postfix/sasl/smtpd.conf): with `auxprop_plugin: sql`, its sql_engine, sql_hostnames, sql_user, sql_passwd, sql_database, sql_select, sql_insert, sql_update and sql_usessl; otherwise its sasldb_path'
            cand --sql-list 'SQL stores in another schema than the recommended one: a query returning (user, realm) rows, for listings (Cyrus has none); each property is then read with sql_select'
            cand --db-password-file 'The database password, in the first line of FILE (else $SASLKIT_DB_PASSWORD, else the Cyrus file''s sql_passwd). Never on the command line'
            cand --db-ca-file 'Trust this CA (PEM) for the database server''s certificate, beside the system roots. TLS to a database is always verified'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;db;help'= {
            cand info 'Format, mode and owner, records, users, realms, map use, and the lock file''s access'
            cand convert 'Copy every record into a new file of another container, verified, renamed into place'
            cand check 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;db;help;info'= {
        }
        &'saslkit;db;help;convert'= {
        }
        &'saslkit;db;help;check'= {
        }
        &'saslkit;db;help;help'= {
        }
        &'saslkit;auth'= {
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand plain 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response'
            cand login 'LOGIN: two lines, the user name and the password'
            cand cram-md5 'CRAM-MD5 (RFC 2195): answer the server''s challenge'
            cand cram-sha1 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1'
            cand cram-sha256 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256'
            cand digest-md5 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final'
            cand scram-sha-1 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first'
            cand scram-sha-256 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first'
            cand scram-sha-512 'SCRAM-SHA-512: client-first; client-final with --server-first'
            cand oauthbearer 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)'
            cand xoauth2 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`'
            cand external 'EXTERNAL (RFC 4422): the authorization identity, or none'
            cand anonymous 'ANONYMOUS (RFC 4505): trace information'
            cand decode 'Decode and explain blobs from a transcript or log; - reads one per line from stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;auth;plain'= {
            cand --authzid 'Act as this identity (RFC 4616 authzid); empty by default'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;login'= {
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;cram-md5'= {
            cand --challenge 'The server''s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;cram-sha1'= {
            cand --challenge 'The server''s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;cram-sha256'= {
            cand --challenge 'The server''s challenge: base64 as in `334 <challenge>`, or the raw `<…>` text'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;digest-md5'= {
            cand --challenge 'The server''s challenge (base64)'
            cand --service 'Service name in digest-uri'
            cand --host 'Host name in digest-uri (default: the challenge''s realm, else localhost)'
            cand --realm 'Realm (default: the first the server offers)'
            cand --authzid 'authzid'
            cand --cnonce 'Client nonce, for reproducible output (default: random)'
            cand --server-final 'The server''s final message (base64): check its rspauth (exit 1 on mismatch)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;scram-sha-1'= {
            cand --authzid 'authzid'
            cand --nonce 'Client nonce, for reproducible output; --server-first needs the one client-first used'
            cand --server-first 'The server-first message (base64): print the client-final message'
            cand --server-final 'The server-final message (base64): verify the server signature (exit 1 on mismatch)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --allow-weak 'Accept fewer than 4096 iterations (with a warning)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;scram-sha-256'= {
            cand --authzid 'authzid'
            cand --nonce 'Client nonce, for reproducible output; --server-first needs the one client-first used'
            cand --server-first 'The server-first message (base64): print the client-final message'
            cand --server-final 'The server-final message (base64): verify the server signature (exit 1 on mismatch)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --allow-weak 'Accept fewer than 4096 iterations (with a warning)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;scram-sha-512'= {
            cand --authzid 'authzid'
            cand --nonce 'Client nonce, for reproducible output; --server-first needs the one client-first used'
            cand --server-first 'The server-first message (base64): print the client-final message'
            cand --server-final 'The server-final message (base64): verify the server signature (exit 1 on mismatch)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'format'
            cand --allow-weak 'Accept fewer than 4096 iterations (with a warning)'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;oauthbearer'= {
            cand --host 'host'
            cand --port 'port'
            cand --token-file 'Read the token from the first line of a file'
            cand --token-env 'Read the token from an environment variable'
            cand --format 'format'
            cand --token-stdin 'Read the token from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;xoauth2'= {
            cand --token-file 'Read the token from the first line of a file'
            cand --token-env 'Read the token from an environment variable'
            cand --format 'format'
            cand --token-stdin 'Read the token from the first line of standard input'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;external'= {
            cand --format 'format'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;anonymous'= {
            cand --format 'format'
            cand --command 'Print the SMTP command lines (`AUTH PLAIN <blob>`) instead of the bare blobs'
            cand --show-secrets 'Show the password or token in --format json''s fields and raw bytes'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;decode'= {
            cand --mech 'The mechanism (default: guessed from the bytes, or taken from an `AUTH <MECH>` line)'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --show-secrets 'Show passwords and tokens instead of masking them'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;auth;help'= {
            cand plain 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response'
            cand login 'LOGIN: two lines, the user name and the password'
            cand cram-md5 'CRAM-MD5 (RFC 2195): answer the server''s challenge'
            cand cram-sha1 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1'
            cand cram-sha256 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256'
            cand digest-md5 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final'
            cand scram-sha-1 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first'
            cand scram-sha-256 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first'
            cand scram-sha-512 'SCRAM-SHA-512: client-first; client-final with --server-first'
            cand oauthbearer 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)'
            cand xoauth2 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`'
            cand external 'EXTERNAL (RFC 4422): the authorization identity, or none'
            cand anonymous 'ANONYMOUS (RFC 4505): trace information'
            cand decode 'Decode and explain blobs from a transcript or log; - reads one per line from stdin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;auth;help;plain'= {
        }
        &'saslkit;auth;help;login'= {
        }
        &'saslkit;auth;help;cram-md5'= {
        }
        &'saslkit;auth;help;cram-sha1'= {
        }
        &'saslkit;auth;help;cram-sha256'= {
        }
        &'saslkit;auth;help;digest-md5'= {
        }
        &'saslkit;auth;help;scram-sha-1'= {
        }
        &'saslkit;auth;help;scram-sha-256'= {
        }
        &'saslkit;auth;help;scram-sha-512'= {
        }
        &'saslkit;auth;help;oauthbearer'= {
        }
        &'saslkit;auth;help;xoauth2'= {
        }
        &'saslkit;auth;help;external'= {
        }
        &'saslkit;auth;help;anonymous'= {
        }
        &'saslkit;auth;help;decode'= {
        }
        &'saslkit;auth;help;help'= {
        }
        &'saslkit;map'= {
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand compile 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically'
            cand query 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not'
            cand dump 'Every entry, like `postmap -s`; passwords masked unless --show-secrets'
            cand lookup 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches'
            cand check 'Lint the source and its map: postmap''s warnings plus what bites in production'
            cand convert 'Write a map''s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;map;compile'= {
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --smtputf8 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
            cand --no-smtputf8 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
            cand -f 'Do not fold keys at all (postmap -f)'
            cand --no-fold 'Do not fold keys at all (postmap -f)'
            cand -r 'For duplicate keys, the last entry wins (postmap -r); default: the first, with a warning'
            cand --last-wins 'For duplicate keys, the last entry wins (postmap -r); default: the first, with a warning'
            cand -w 'No warning for duplicate keys (postmap -w)'
            cand --quiet-duplicates 'No warning for duplicate keys (postmap -w)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;map;query'= {
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --smtputf8 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
            cand --no-smtputf8 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
            cand -f 'Do not fold keys at all (postmap -f)'
            cand --no-fold 'Do not fold keys at all (postmap -f)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;map;dump'= {
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --show-secrets 'Show passwords instead of masking them'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;map;lookup'= {
            cand --nexthop 'The next hop exactly as configured (relayhost or transport): `[smtp.example.com]:587` (default: the sender''s entry in main.cf''s sender_dependent_relayhost_maps, else relayhost)'
            cand --host 'The host actually connected to (e.g. the MX name); default: the next hop''s name'
            cand --sender 'The envelope sender: chooses the next hop through sender_dependent_relayhost_maps, and is looked up first with --sender-dependent'
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --sender-dependent 'As with smtp_sender_dependent_authentication = yes (default: main.cf''s setting)'
            cand --smtputf8 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
            cand --no-smtputf8 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
            cand -f 'Do not fold keys at all (postmap -f)'
            cand --no-fold 'Do not fold keys at all (postmap -f)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;map;check'= {
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --smtputf8 'Fold keys as Postfix does with smtputf8_enable = yes (full Unicode case folding; non-UTF-8 lines dropped)'
            cand --no-smtputf8 'Fold keys as Postfix does with smtputf8_enable = no (ASCII only)'
            cand -f 'Do not fold keys at all (postmap -f)'
            cand --no-fold 'Do not fold keys at all (postmap -f)'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;map;convert'= {
            cand --to 'The type of the new map, written as FILE.lmdb, FILE.db (hash, btree) or FILE.cdb'
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;map;help'= {
            cand compile 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically'
            cand query 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not'
            cand dump 'Every entry, like `postmap -s`; passwords masked unless --show-secrets'
            cand lookup 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches'
            cand check 'Lint the source and its map: postmap''s warnings plus what bites in production'
            cand convert 'Write a map''s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'saslkit;map;help;compile'= {
        }
        &'saslkit;map;help;query'= {
        }
        &'saslkit;map;help;dump'= {
        }
        &'saslkit;map;help;lookup'= {
        }
        &'saslkit;map;help;check'= {
        }
        &'saslkit;map;help;convert'= {
        }
        &'saslkit;map;help;help'= {
        }
        &'saslkit;probe'= {
            cand --targets 'Probe the targets listed in FILE, one per line (`#` starts a comment); `-` reads them from standard input'
            cand --mx 'Probe DOMAIN''s mail exchangers: its MX hosts by preference (the domain itself when it has no MX, as SMTP does), each of their addresses a target'
            cand --dns-server 'The DNS server --mx asks (default: the first nameserver of /etc/resolv.conf)'
            cand --port 'The port of targets given without one, and of --mx hosts (default: the protocol''s)'
            cand -j 'Targets probed at the same time in a fleet'
            cand --jobs 'Targets probed at the same time in a fleet'
            cand --fail-on 'In a fleet, count a target as failed when its probe finds this (comma-separated ids, see the JSON documentation); a target that cannot be probed, or whose authentication fails, always counts'
            cand --tls 'How the connection gets TLS: STARTTLS when offered (auto), STARTTLS or fail, TLS from the first byte (implicit), or never'
            cand --protocol 'The protocol the server speaks on this port'
            cand --helo 'Name to greet with in EHLO/LHLO (default: this host''s name)'
            cand --user 'Authenticate as this user (the password from the usual password inputs)'
            cand --authzid 'Authorization identity to ask for'
            cand --mech 'The mechanism to authenticate with (default: the strongest offered)'
            cand --ca-file 'Trust this CA (PEM) in addition to the system''s roots'
            cand --cert 'Client certificate (PEM) to present, e.g. for --mech EXTERNAL'
            cand --key 'Private key (PEM) of --cert'
            cand --timeout 'Seconds for connecting and for each reply; the whole session gets four times this'
            cand --deadline 'Seconds for the whole probe, every session together (a safe probe or --all-mechs takes several); past it the probe stops with exit 75. In a fleet: for every target together'
            cand --format 'How to print the result: a report (a summary table for a fleet), one JSON document, or in a fleet JSON lines (one object per target as it finishes, then a summary object)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --all-mechs 'Authenticate with every advertised mechanism, each in its own session'
            cand --allow-plaintext 'Send PLAIN or LOGIN on a connection without TLS (declined by default, exit 69)'
            cand --insecure 'Do not verify the server''s certificate (the report says so)'
            cand --transcript 'Show the dialogue, secrets redacted'
            cand --show-secrets 'Show secrets in the transcript'
            cand -4 'IPv4 only'
            cand -6 'IPv6 only'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;doctor'= {
            cand -c 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --config-dir 'Postfix configuration folder: main.cf''s default_database_type (the type of a map named without one), smtputf8_enable and compatibility_level (how keys are case-folded); Postfix''s defaults when there is no main.cf'
            cand --sasl-config 'The Cyrus configuration to judge instead of the <smtpd_sasl_path>.conf smtpd would find'
            cand --timeout 'Seconds to wait for each step of a --live conversation, and for saslauthd or Dovecot'
            cand --user 'A user to try against saslauthd (as testsaslauthd does) or Dovecot''s auth service; its password is asked for as everywhere else (never on argv unless --password)'
            cand --password-file 'Read the password from the first line of a file'
            cand --password-env 'Read the password from an environment variable'
            cand --password 'The password itself. Unsafe: every user of this machine can read it with `ps`'
            cand --format 'How to print the result: a table for people, or one JSON document (its shape is documented in the README)'
            cand --live 'Also talk to the relay hosts: the mechanisms they offer after STARTTLS as Postfix would negotiate, and whether they take the credentials of the password map'
            cand --password-stdin 'Read the password from the first line of standard input'
            cand -q 'Print no status lines; only data and errors'
            cand --quiet 'Print no status lines; only data and errors'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'saslkit;generate'= {
            cand --out 'The repository root holding completions/ and man/'
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
            cand db 'The sasldb file itself: what it is, converting it, checking it for what breaks Cyrus'
            cand auth 'Make the client messages of an SMTP AUTH exchange (base64), or explain captured ones'
            cand map 'Compile, query and check Postfix''s client password map (sasl_passwd) as an lmdb: table'
            cand probe 'Probe a live server''s AUTH support before and after TLS, and whether credentials work'
            cand doctor 'Find out why SMTP AUTH fails: read main.cf, master.cf and the Cyrus configuration smtpd really uses, and say per finding what is wrong, why AUTH fails, and the fix'
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
        &'saslkit;help;db'= {
            cand info 'Format, mode and owner, records, users, realms, map use, and the lock file''s access'
            cand convert 'Copy every record into a new file of another container, verified, renamed into place'
            cand check 'Problems that break Cyrus: bad keys, oversized values, unusable secrets, non-FQDN realms'
        }
        &'saslkit;help;db;info'= {
        }
        &'saslkit;help;db;convert'= {
        }
        &'saslkit;help;db;check'= {
        }
        &'saslkit;help;auth'= {
            cand plain 'PLAIN (RFC 4616): `authzid NUL user NUL password` in one initial response'
            cand login 'LOGIN: two lines, the user name and the password'
            cand cram-md5 'CRAM-MD5 (RFC 2195): answer the server''s challenge'
            cand cram-sha1 'CRAM-SHA1 (non-standard, Exim): like CRAM-MD5 with HMAC-SHA1'
            cand cram-sha256 'CRAM-SHA256 (non-standard): like CRAM-MD5 with HMAC-SHA256'
            cand digest-md5 'DIGEST-MD5 (RFC 2831, historic): answer the challenge; check rspauth with --server-final'
            cand scram-sha-1 'SCRAM-SHA-1 (RFC 5802): client-first; client-final with --server-first'
            cand scram-sha-256 'SCRAM-SHA-256 (RFC 7677): client-first; client-final with --server-first'
            cand scram-sha-512 'SCRAM-SHA-512: client-first; client-final with --server-first'
            cand oauthbearer 'OAUTHBEARER (RFC 7628): USER is the authorization identity (a=)'
            cand xoauth2 'XOAUTH2 (Google, Microsoft): `user=…^Aauth=Bearer …^A^A`'
            cand external 'EXTERNAL (RFC 4422): the authorization identity, or none'
            cand anonymous 'ANONYMOUS (RFC 4505): trace information'
            cand decode 'Decode and explain blobs from a transcript or log; - reads one per line from stdin'
        }
        &'saslkit;help;auth;plain'= {
        }
        &'saslkit;help;auth;login'= {
        }
        &'saslkit;help;auth;cram-md5'= {
        }
        &'saslkit;help;auth;cram-sha1'= {
        }
        &'saslkit;help;auth;cram-sha256'= {
        }
        &'saslkit;help;auth;digest-md5'= {
        }
        &'saslkit;help;auth;scram-sha-1'= {
        }
        &'saslkit;help;auth;scram-sha-256'= {
        }
        &'saslkit;help;auth;scram-sha-512'= {
        }
        &'saslkit;help;auth;oauthbearer'= {
        }
        &'saslkit;help;auth;xoauth2'= {
        }
        &'saslkit;help;auth;external'= {
        }
        &'saslkit;help;auth;anonymous'= {
        }
        &'saslkit;help;auth;decode'= {
        }
        &'saslkit;help;map'= {
            cand compile 'Compile FILE into FILE.lmdb, as `postmap lmdb:FILE` does, atomically'
            cand query 'Look keys up like `postmap -q`: exit 0 when every key is found, 1 when one is not'
            cand dump 'Every entry, like `postmap -s`; passwords masked unless --show-secrets'
            cand lookup 'The keys the Postfix SMTP client tries for a next hop, in order, and which one matches'
            cand check 'Lint the source and its map: postmap''s warnings plus what bites in production'
            cand convert 'Write a map''s records as another type beside it (e.g. hash: to lmdb: before Berkeley DB goes away), then read them back and compare'
        }
        &'saslkit;help;map;compile'= {
        }
        &'saslkit;help;map;query'= {
        }
        &'saslkit;help;map;dump'= {
        }
        &'saslkit;help;map;lookup'= {
        }
        &'saslkit;help;map;check'= {
        }
        &'saslkit;help;map;convert'= {
        }
        &'saslkit;help;probe'= {
        }
        &'saslkit;help;doctor'= {
        }
        &'saslkit;help;generate'= {
        }
        &'saslkit;help;help'= {
        }
    ]
    $completions[$command]
}
