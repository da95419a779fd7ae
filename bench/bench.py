#!/usr/bin/env python3
"""saslkit side by side with Debian's Cyrus tools, in one run, printing ratios.

  python3 bench/bench.py [--users 10000] [--records 1000000] [--runs 3]

1. Creating N users: `saslkit user import` versus a shell loop of `saslpasswd2 -p -c`.
2. Listing M records: `saslkit listusers` (LMDB) versus `sasldblistusers2` (Berkeley DB, the same
   records loaded with db_load). Wall time, and the peak private anonymous memory of the process
   (sampled from /proc/PID/smaps_rollup; the mapped database file is not counted).
3. Compiling a K-line sasl_passwd: `saslkit map compile` versus `postmap TYPE:` on the same file,
   for every type: wall time, peak RSS, whether the two maps hold the same records, saslkit's own
   phases (parse, write, commit: from `map compile --format json`), and the median time of one
   `map query` against one `postmap -q` in the map just built.
   Then converting that Berkeley DB file to LMDB: `saslkit db convert` versus db_dump | sed | mdb_load.
4. A full probe with AUTH PLAIN over STARTTLS against a private Postfix + Cyrus SASL on 127.0.0.1
   (started and stopped here; needs root): `saslkit probe` versus `swaks`, wall time distribution and
   peak RSS.

7. Start-up (`--only startup`): /bin/true, `saslkit --version`, `auth plain`, a one-key `map
   query` against `postmap -q`, and a probe of a closed port, interleaved; medians.

6. A fleet (`--only fleet`): N targets on 127.0.0.1, scripted SMTP servers (one asyncio process)
   that answer every line after 100 ms, so one target at a time would take minutes:
   `saslkit probe --targets FILE` (a safe probe of each, its default -j) versus `xargs -P 64 swaks` (one AUTH
   PLAIN each); wall time and saslkit's peak RSS.

5. SQL (needs root, postgresql): a private PostgreSQL on 127.0.0.1; N users imported by
   `saslkit user import` versus a loop of Cyrus's `saslpasswd2` writing through the sql plugin
   to the same server; then `saslkit user verify` on a table of 1,000,000 users.

Needs: a release build (cargo build --release), sasl2-bin, lmdb-utils, db-util, postfix-lmdb,
postfix-cdb, tinycdb.
Timings belong here, never in tests.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SASLKIT = os.path.join(ROOT, "target", "release", "saslkit")


def need(tool):
    path = shutil.which(tool) or (os.path.exists("/usr/sbin/" + tool) and "/usr/sbin/" + tool)
    if not path:
        sys.exit(f"bench: {tool} is missing (apt-get install sasl2-bin lmdb-utils db-util)")
    return path


def run_measured(argv, stdin=None, stdout=subprocess.DEVNULL, rss=False):
    """Runs argv; returns (seconds, peak anonymous KiB), or (seconds, peak RSS KiB) with rss=True.

    The peak RSS is the process's own high-water mark (VmHWM), polled every 5 ms: wait4's
    ru_maxrss would include this Python process's RSS at fork time, which Linux carries over
    the exec (a bench that has just read a 1M-record dump would charge it to the next tool)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL)
    peak = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, hwm_kib(proc.pid) if rss else anon_kib(proc.pid))
        time.sleep(0.005)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"bench: {argv[0]} failed ({code})")
    return elapsed, peak


def hwm_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def anon_kib(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Anonymous:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def bench_create(work, users, runs):
    saslpasswd2 = need("saslpasswd2")
    tsv = os.path.join(work, "users.tsv")
    with open(tsv, "w") as f:
        for n in range(users):
            f.write(f"user{n}@example.com\tpassword-{n}\n")
    os.chmod(tsv, 0o600)
    loop = os.path.join(work, "loop.sh")
    with open(loop, "w") as f:
        f.write('while IFS="$(printf \'\\t\')" read -r u p; do printf "%s\\n" "$p" | '
                f'{saslpasswd2} -p -c -f "$1" "$u" || exit 1; done < "$2"\n')
    ours, theirs = [], []
    for r in range(runs):  # one run by default: the Cyrus loop alone takes most of a minute
        db = os.path.join(work, f"ours{r}.db")
        ours.append(run_measured([SASLKIT, "-q", "--db", db, "user", "import", tsv])[0])
        cyrus_db = os.path.join(work, f"cyrus{r}.db")
        theirs.append(run_measured(["bash", loop, cyrus_db, tsv])[0])
    o, t = statistics.median(ours), statistics.median(theirs)
    print(f"create {users} users: saslkit user import {o:.3f} s | saslpasswd2 loop {t:.3f} s | "
          f"saslkit is {t / o:.0f}x faster")


def bench_list(work, records, runs):
    listusers = need("sasldblistusers2")
    db_load = need("db_load")
    mdb_dump = need("mdb_dump")
    tsv = os.path.join(work, "many.tsv")
    with open(tsv, "w") as f:
        for n in range(records):
            f.write(f"user{n}@example.com\tpassword-{n}\n")
    os.chmod(tsv, 0o600)
    lmdb = os.path.join(work, "many.lmdb")
    subprocess.run([SASLKIT, "-q", "--db", lmdb, "user", "import", tsv], check=True)
    dump = subprocess.run([mdb_dump, "-n", "-p", lmdb], check=True, capture_output=True, text=True).stdout
    dump = "\n".join(l for l in dump.split("\n") if not l.startswith(("mapsize=", "maxreaders=", "db_pagesize=")))
    dump = dump.replace("type=btree", "type=hash")
    bdb = os.path.join(work, "many.bdb")
    subprocess.run([db_load, bdb], input=dump, text=True, check=True)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(run_measured([SASLKIT, "--db", lmdb, "listusers"]))
        theirs.append(run_measured([listusers, "-f", bdb]))
    o = statistics.median(t for t, _ in ours)
    t = statistics.median(t for t, _ in theirs)
    om = max(m for _, m in ours) / 1024
    tm = max(m for _, m in theirs) / 1024
    print(f"list {records} records: saslkit listusers {o:.3f} s, {om:.1f} MiB anon | "
          f"sasldblistusers2 {t:.3f} s, {tm:.1f} MiB anon | saslkit is {t / o:.1f}x faster")
    bench_convert(work, bdb, runs)


def bench_bdb(work, records, runs):
    """A Berkeley DB sasldb (Debian's container) of `records` users: one user added, and the
    listing, by saslkit and by Debian's saslpasswd2 / sasldblistusers2 on copies of one file."""
    db_load, saslpasswd2, listusers = need("db_load"), need("saslpasswd2"), need("sasldblistusers2")
    dump = ["VERSION=3", "format=print", "type=hash", "db_pagesize=4096", "HEADER=END"]
    for n in range(records):
        dump.append(f" user{n}\\00example.com\\00userPassword")
        dump.append(f" password-{n}")
    dump.append("DATA=END")
    base = os.path.join(work, "big.bdb")
    subprocess.run([db_load, base], input="\n".join(dump) + "\n", text=True, check=True)
    adds = {"saslkit": [], "saslpasswd2": []}
    for r in range(runs):
        for who in adds:
            copy = os.path.join(work, f"{who}{r}.bdb")
            shutil.copyfile(base, copy)
            if who == "saslkit":
                argv = [SASLKIT, "-q", "--db", copy, "user", "add", f"new{r}@example.com", "--password-stdin"]
            else:
                argv = [saslpasswd2, "-p", "-f", copy, "-u", "example.com", f"new{r}"]
            with tempfile.TemporaryFile() as pw:
                pw.write(b"secret\n")
                pw.seek(0)
                adds[who].append(run_measured(argv, stdin=pw, rss=True))
    lists = {"saslkit": [], "sasldblistusers2": []}
    for _ in range(runs):
        lists["saslkit"].append(run_measured([SASLKIT, "--db", base, "listusers"], rss=True))
        lists["sasldblistusers2"].append(run_measured([listusers, "-f", base], rss=True))
    def line(what, results):
        (a, ra), (b, rb) = [(statistics.median(t for t, _ in v), max(m for _, m in v) / 1024) for v in results.values()]
        names = list(results)
        print(f"{what}: {names[0]} {a:.3f} s, {ra:.1f} MiB peak RSS | {names[1]} {b:.3f} s, {rb:.1f} MiB | "
              f"ratio {a / b:.2f}")
    line(f"add one user to a {records}-user Berkeley DB sasldb", adds)
    line(f"list a {records}-user Berkeley DB sasldb", lists)


def bench_convert(work, bdb, runs):
    """Berkeley DB → LMDB: `saslkit db convert` versus the db_dump | sed | mdb_load pipeline."""
    db_dump, mdb_load = need("db_dump"), need("mdb_load")
    pipeline = (f"{db_dump} -p {bdb} | sed -e 's/^type=hash/type=btree/' -e '/^h_nelem=/d' "
                f"-e '/^db_pagesize=/d' -e 's/^HEADER=END/mapsize=1073741824\\nHEADER=END/' | {mdb_load} -n -f /dev/stdin \"$1\"")
    ours, theirs = [], []
    for r in range(runs):
        ours.append(run_measured([SASLKIT, "-q", "db", "convert", bdb, os.path.join(work, f"conv{r}.lmdb"), "--to", "lmdb"])[0])
        theirs.append(run_measured(["bash", "-c", pipeline, "convert", os.path.join(work, f"pipe{r}.lmdb")])[0])
    o, t = statistics.median(ours), statistics.median(theirs)
    print(f"convert BDB → LMDB: saslkit db convert {o:.3f} s (verified) | db_dump|sed|mdb_load {t:.3f} s | "
          f"ratio {t / o:.1f}x")


def bench_map(work, lines, runs, types):
    postmap = need("postmap")
    import random
    rng = random.Random(20240601)
    letters = "abcdefghijklmnopqrstuvwxyz0123456789"
    word = lambda n: "".join(rng.choice(letters) for _ in range(n))
    source = os.path.join(work, "sasl_passwd")
    with open(source, "w") as f:
        for n in range(lines):
            host = f"{word(9)}{n}.example.net"
            kind = rng.random()
            key = (f"[{host}]:{rng.choice([25, 465, 587])}" if kind < 0.4 else f"[{host}]" if kind < 0.6
                   else host if kind < 0.9 else f"user{n}@{host}")
            password = "".join(rng.choice(letters + ":") for _ in range(rng.randint(12, 24)))
            f.write(f"{key} {word(6)}@{word(8)}.example:{password}\n")
    os.chmod(source, 0o600)
    conf = os.path.join(work, "postfix")
    os.makedirs(conf, exist_ok=True)
    with open(os.path.join(conf, "main.cf"), "w") as f:
        f.write("compatibility_level = 3.6\n")
    os.utime(os.path.join(conf, "main.cf"), (time.time() - 3600, time.time() - 3600))
    theirs_src = os.path.join(work, "theirs")
    shutil.copy(source, theirs_src)
    for kind in types:
        bench_map_type(kind, conf, source, theirs_src, lines, runs, postmap)


MAP_SUFFIX = {"lmdb": ".lmdb", "hash": ".db", "btree": ".db", "cdb": ".cdb"}


def map_records(kind, path):
    """The map's records as sorted lines of its dump, for comparing two maps of one type."""
    if kind == "lmdb":
        out = subprocess.run([need("mdb_dump"), "-n", "-p", path], check=True, capture_output=True).stdout
        return out.split(b"HEADER=END")[1]
    if kind in ("hash", "btree"):
        out = subprocess.run([need("db_dump"), "-p", path], check=True, capture_output=True).stdout
        body = out.split(b"HEADER=END\n")[1].split(b"DATA=END")[0].splitlines()
        return sorted(zip(body[0::2], body[1::2]))
    out = subprocess.run([need("cdb"), "-d", path], check=True, capture_output=True).stdout
    return sorted(out.splitlines())


def bench_map_type(kind, conf, source, theirs_src, lines, runs, postmap):
    suffix = MAP_SUFFIX[kind]
    ours, theirs, phases = [], [], []
    report = os.path.join(os.path.dirname(source), "compile.json")
    for _ in range(runs):
        for path in (source + suffix, theirs_src + suffix):
            if os.path.exists(path):
                os.remove(path)
        with open(report, "w") as out:
            argv = [SASLKIT, "-q", "map", "compile", "-c", conf, "--format", "json", f"{kind}:" + source]
            ours.append(run_measured(argv, stdout=out, rss=True))
        with open(report) as f:
            phases.append(json.load(f)["milliseconds"])
        theirs.append(run_measured([postmap, "-c", conf, f"{kind}:" + theirs_src], rss=True))
    same = map_records(kind, source + suffix) == map_records(kind, theirs_src + suffix)
    for path in (source + ".lmdb-lock", theirs_src + ".lmdb-lock"):
        if os.path.exists(path):
            os.remove(path)
    o = statistics.median(t for t, _ in ours)
    t = statistics.median(t for t, _ in theirs)
    om = max(m for _, m in ours) / 1024
    tm = max(m for _, m in theirs) / 1024
    print(f"compile {lines} lines {kind}: saslkit map compile {o:.3f} s, {om:.0f} MiB max RSS | "
          f"postmap {kind}: {t:.3f} s, {tm:.0f} MiB max RSS | saslkit is {t / o:.1f}x faster, "
          f"{om / tm:.2f}x the memory | same records: {'yes' if same else 'NO'}")
    # The phases saslkit reports (map compile --format json): where its time goes.
    median = {name: statistics.median(p[name] for p in phases) for name in ("parse", "write", "commit")}
    print(f"  saslkit's phases, medians: parse (read, parse, sort; every core) {median['parse']:.0f} ms, "
          f"write (merge and the {kind} writer) {median['write']:.0f} ms, "
          f"commit (fsync, rename) {median['commit']:.0f} ms")
    # One lookup in the map just built: a process start and a few pages, against postmap -q.
    with open(source, "rb") as f:
        key = next(line for n, line in enumerate(f) if n >= lines // 2).split()[0].decode()
    def median_ms(argv):
        times = []
        for _ in range(30):
            start = time.perf_counter()
            subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - start)
        return statistics.median(times) * 1000
    oq = median_ms([SASLKIT, "map", "query", "-c", conf, f"{kind}:" + source, key])
    tq = median_ms([postmap, "-c", conf, "-q", key, f"{kind}:" + theirs_src])
    print(f"query 1 key of the {kind} map: saslkit map query {oq:.2f} ms | postmap -q {tq:.2f} ms | "
          f"saslkit is {tq / oq:.1f}x faster")


def bench_startup(work, runs):
    """Start-up: a bare process, then saslkit commands that do little else, interleaved in a
    shuffled order (this machine's noise hits all alike); median wall and mean CPU time."""
    import random
    import socket
    source = os.path.join(work, "startup_passwd")
    with open(source, "w") as f:
        f.write("[smtp.example.com]:587 alice:secret\n")
    os.chmod(source, 0o600)
    conf = os.path.join(work, "startup-postfix")
    os.makedirs(conf, exist_ok=True)
    with open(os.path.join(conf, "main.cf"), "w") as f:
        f.write("compatibility_level = 3.6\n")
    subprocess.run([SASLKIT, "-q", "map", "compile", "-c", conf, "lmdb:" + source], check=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    cmds = {
        "/bin/true": ["/bin/true"],
        "saslkit --version": [SASLKIT, "--version"],
        "saslkit auth plain": [SASLKIT, "auth", "plain", "alice", "--password-env", "BENCH_PW"],
        "saslkit map query": [SASLKIT, "map", "query", "-c", conf, "lmdb:" + source, "[smtp.example.com]:587"],
        "postmap -q": [need("postmap"), "-c", conf, "-q", "[smtp.example.com]:587", "lmdb:" + source],
        "saslkit probe (closed port)": [SASLKIT, "probe", f"127.0.0.1:{closed}"],
    }
    env = dict(os.environ, BENCH_PW="bench-pw")
    devnull = os.open(os.devnull, os.O_WRONLY)
    wall = {name: [] for name in cmds}
    cpu = {name: [] for name in cmds}
    items = list(cmds.items())
    for _ in range(runs):
        random.shuffle(items)
        for name, argv in items:
            start = time.perf_counter()
            pid = os.posix_spawn(argv[0], argv, env, file_actions=[(os.POSIX_SPAWN_DUP2, devnull, 1),
                                                                   (os.POSIX_SPAWN_DUP2, devnull, 2)])
            _, _, usage = os.wait4(pid, 0)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(usage.ru_utime + usage.ru_stime)
    os.close(devnull)
    bare = statistics.median(wall["/bin/true"]) * 1000
    for name in cmds:
        w = statistics.median(wall[name]) * 1000
        print(f"start-up {name}: median {w:.2f} ms ({w - bare:+.2f} ms against /bin/true), "
              f"CPU {statistics.mean(cpu[name]) * 1000:.2f} ms")


def start_postfix(work):
    """A private Postfix with Cyrus SASL and STARTTLS on a free port; returns (port, ca, stop)."""
    import socket
    postfix, saslpasswd2, openssl = need("postfix"), need("saslpasswd2"), need("openssl")
    root = os.path.join(work, "postfix-probe")
    for sub in ("conf/sasl", "queue", "data"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    os.chmod(work, 0o711)
    os.chmod(root, 0o711)
    shutil.chown(os.path.join(root, "data"), "postfix")
    p = lambda name: os.path.join(root, name)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    run = lambda *args: subprocess.run(list(args), check=True, capture_output=True)
    run(openssl, "req", "-x509", "-days", "2", "-subj", "/CN=bench CA", "-keyout", p("ca.key"), "-out", p("ca.pem"), *ec)
    run(openssl, "req", "-subj", "/CN=localhost", "-keyout", p("leaf.key"), "-out", p("leaf.csr"), *ec)
    with open(p("ext.cnf"), "w") as f:
        f.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n")
    run(openssl, "x509", "-req", "-days", "2", "-in", p("leaf.csr"), "-CA", p("ca.pem"), "-CAkey", p("ca.key"),
        "-CAcreateserial", "-CAserial", p("ca.srl"), "-out", p("leaf.pem"), "-extfile", p("ext.cnf"))
    subprocess.run([saslpasswd2, "-p", "-c", "-f", p("sasldb2"), "-u", "example.com", "alice"], input=b"bench-pw\n", check=True)
    shutil.chown(p("sasldb2"), group="postfix")
    os.chmod(p("sasldb2"), 0o640)
    with open(p("conf/sasl/smtpd.conf"), "w") as f:
        f.write(f"pwcheck_method: auxprop\nauxprop_plugin: sasldb\nsasldb_path: {p('sasldb2')}\nmech_list: PLAIN LOGIN\n")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    main_cf = (f"compatibility_level = 3.6\nqueue_directory = {p('queue')}\ndata_directory = {p('data')}\n"
               f"inet_interfaces = 127.0.0.1\ninet_protocols = ipv4\nmyhostname = localhost.test\nmydestination =\n"
               f"syslog_name = saslkit-bench\nmaillog_file = {p('maillog')}\nmaillog_file_prefixes = {root}\n"
               f"smtpd_sasl_auth_enable = yes\nsmtpd_sasl_local_domain = example.com\n"
               f"smtpd_tls_security_level = may\nsmtpd_tls_cert_file = {p('leaf.pem')}\nsmtpd_tls_key_file = {p('leaf.key')}\n")
    services = ["pickup unix n - n 60 1 pickup", "cleanup unix n - n - 0 cleanup", "qmgr unix n - n 300 1 qmgr",
                "rewrite unix - - n - - trivial-rewrite", "bounce unix - - n - 0 bounce", "defer unix - - n - 0 bounce",
                "trace unix - - n - 0 bounce", "verify unix - - n - 1 verify", "smtp unix - - n - - smtp",
                "error unix - - n - - error", "anvil unix - - n - 1 anvil", "scache unix - - n - 1 scache",
                "proxymap unix - - n - - proxymap", "tlsmgr unix - - n 1000? 1 tlsmgr", "postlog unix-dgram n - n - 1 postlogd"]
    for name, text in (("main.cf", main_cf), ("master.cf", f"127.0.0.1:{port} inet n - n - - smtpd\n" + "\n".join(services) + "\n")):
        with open(p("conf/" + name), "w") as f:
            f.write(text)
        os.utime(p("conf/" + name), (time.time() - 3600, time.time() - 3600))
    run(postfix, "-c", p("conf"), "start")
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.05)
    return port, p("ca.pem"), lambda: subprocess.run([postfix, "-c", p("conf"), "stop"], capture_output=True)


def bench_probe(work, runs):
    if os.geteuid() != 0:
        print("probe: skipped (starting a private Postfix needs root)")
        return
    swaks = need("swaks")
    port, ca, stop = start_postfix(work)
    try:
        env = dict(os.environ, BENCH_PW="bench-pw")
        ours_argv = [SASLKIT, "probe", f"127.0.0.1:{port}", "--ca-file", ca, "--user", "alice", "--mech", "PLAIN",
                     "--password-env", "BENCH_PW"]
        theirs_argv = [swaks, "--server", f"127.0.0.1:{port}", "--tls", "--auth", "PLAIN", "--auth-user", "alice",
                       "--auth-password", "bench-pw", "--quit-after", "AUTH", "--silent", "2"]
        ours, theirs = [], []
        for _ in range(runs):
            ours.append(run_env(ours_argv, env))
            theirs.append(run_env(theirs_argv, env))
        q = lambda xs, f: sorted(t for t, _ in xs)[min(len(xs) - 1, int(len(xs) * f))] * 1000
        o, t = statistics.median(x for x, _ in ours), statistics.median(x for x, _ in theirs)
        om, tm = max(m for _, m in ours) / 1024, max(m for _, m in theirs) / 1024
        print(f"probe AUTH PLAIN over STARTTLS ({runs} runs): saslkit median {o * 1000:.1f} ms "
              f"(min {q(ours, 0):.1f}, p90 {q(ours, 0.9):.1f}), {om:.1f} MiB max RSS | "
              f"swaks median {t * 1000:.1f} ms (min {q(theirs, 0):.1f}, p90 {q(theirs, 0.9):.1f}), {tm:.1f} MiB | "
              f"saslkit is {t / o:.1f}x faster")
        # Where the time goes: the probe's own step timings (--format json), median per step.
        steps = {}
        for _ in range(runs):
            out = subprocess.run(ours_argv + ["--format", "json"], env=env, capture_output=True).stdout
            for timing in json.loads(out).get("timings", []):
                steps.setdefault(timing["step"], []).append(timing["micros"])
        medians = {step: statistics.median(values) for step, values in steps.items()}
        network = sum(medians.values()) / 1000
        print("probe steps (median ms): " + ", ".join(f"{step} {us / 1000:.2f}" for step, us in medians.items())
              + f" | the steps together {network:.2f} ms of the {o * 1000:.1f} ms wall time")
    finally:
        stop()


SLOW_SMTP = r"""
import asyncio, sys
async def serve(reader, writer):
    async def say(text):
        await asyncio.sleep(0.1)
        writer.write(text)
        await writer.drain()
    try:
        await say(b"220 slow.example ESMTP\r\n")
        while line := await reader.readline():
            verb = line.split(b" ")[0].strip().upper()
            if verb == b"EHLO":
                await say(b"250-slow.example\r\n250 AUTH PLAIN LOGIN\r\n")
            elif verb == b"AUTH" and len(line.split()) > 2:
                await say(b"235 2.7.0 ok\r\n")
            elif verb == b"AUTH":
                await say(b"334 \r\n")
            elif verb == b"*":
                await say(b"501 5.7.0 cancelled\r\n")
            elif verb == b"QUIT":
                await say(b"221 bye\r\n")
                break
            else:
                await say(b"250 ok\r\n")
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    writer.close()
async def main(n):
    servers = [await asyncio.start_server(serve, "127.0.0.1", 0, backlog=512) for _ in range(n)]
    print(" ".join(str(s.sockets[0].getsockname()[1]) for s in servers), flush=True)
    await asyncio.Event().wait()
asyncio.run(main(int(sys.argv[1])))
"""


def bench_fleet(work, targets, jobs):
    swaks = need("swaks")
    import resource
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    server = subprocess.Popen([sys.executable, "-c", SLOW_SMTP, str(targets)], stdout=subprocess.PIPE, text=True)
    try:
        ports = server.stdout.readline().split()
        listing = os.path.join(work, "fleet.txt")
        with open(listing, "w") as f:
            f.writelines(f"127.0.0.1:{p}\n" for p in ports)
        out = os.path.join(work, "fleet.jsonl")
        with open(out, "w") as sink:
            jobs_args = ["-j", str(jobs)] if jobs else []
            ours, peak = run_measured([SASLKIT, "probe", "--targets", listing, *jobs_args, "--tls", "none",
                                       "--format", "jsonl", "--timeout", "10", "--deadline", "300"],
                                      stdout=sink, rss=True)
        lines = [json.loads(line) for line in open(out)]
        summary = lines[-1]
        start = time.perf_counter()
        xargs = subprocess.run(["xargs", "-P", "64", "-I", "{}", swaks, "--server", "{}", "--auth", "PLAIN",
                                "--auth-user", "u", "--auth-password", "p", "--quit-after", "AUTH", "--silent", "3"],
                               input="\n".join(f"127.0.0.1:{p}" for p in ports), text=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        theirs = time.perf_counter() - start
        print(f"fleet of {targets} targets answering each line after 100 ms: saslkit -j {jobs or 'default'} {ours:.1f} s "
              f"({summary['targets']} reported, {summary['reachable']} reachable, exit {summary['exit']['code']}), "
              f"{peak / 1024:.0f} MiB peak RSS | xargs -P 64 swaks {theirs:.1f} s (exit {xargs.returncode}) | "
              f"saslkit is {theirs / ours:.1f}x faster, and probes every mechanism where swaks tries one")
    finally:
        server.kill()
        server.wait()


def start_postgres(work):
    """A private PostgreSQL on a free port, as the postgres user; returns (port, stop)."""
    import glob
    import pwd
    import socket
    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
    if not bins:
        sys.exit("bench: PostgreSQL is missing (apt-get install postgresql)")
    bin_dir, pg = bins[-1], pwd.getpwnam("postgres")
    os.chmod(work, 0o711)
    home = os.path.join(work, "pg")
    os.mkdir(home)
    os.chown(home, pg.pw_uid, pg.pw_gid)

    def as_postgres():
        os.setgid(pg.pw_gid)
        os.setuid(pg.pw_uid)

    subprocess.run([f"{bin_dir}/initdb", "-D", f"{home}/data", "-U", "postgres", "--auth-local=trust",
                    "--auth-host=scram-sha-256", "--no-sync"], preexec_fn=as_postgres, check=True,
                   stdout=subprocess.DEVNULL)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with open(f"{home}/data/postgresql.conf", "a") as f:
        f.write(f"listen_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{home}'\n")
    server = subprocess.Popen([f"{bin_dir}/postgres", "-D", f"{home}/data"], preexec_fn=as_postgres,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def psql(sql, db="mail"):
        return subprocess.run([f"{bin_dir}/psql", "-h", home, "-p", str(port), "-d", db, "-X", "-q", "-A", "-t",
                               "-c", sql], preexec_fn=as_postgres, check=True, capture_output=True,
                              text=True).stdout
    for _ in range(100):
        if subprocess.run([f"{bin_dir}/pg_isready", "-q", "-h", "127.0.0.1", "-p", str(port)]).returncode == 0:
            break
        time.sleep(0.1)
    psql("CREATE ROLE sasl LOGIN PASSWORD 'bench-pw'", "postgres")
    psql("CREATE DATABASE mail OWNER sasl", "postgres")

    def stop():
        server.terminate()
        server.wait()
    return port, psql, stop


def bench_sql(work, users, verify_users, runs):
    saslpasswd2 = need("saslpasswd2")
    port, psql, stop = start_postgres(work)
    try:
        env = dict(os.environ, SASLKIT_DB_PASSWORD="bench-pw")
        url = f"postgresql://sasl@127.0.0.1:{port}/mail"
        tsv = os.path.join(work, "sql-users.tsv")
        with open(tsv, "w") as f:
            for n in range(users):
                f.write(f"user{n}@example.com\tpassword-{n}\n")
        os.chmod(tsv, 0o600)
        ours = run_env([SASLKIT, "-q", "--db", url, "user", "import", tsv], env)[0]
        count = psql("SELECT count(*) FROM users").strip()
        assert count == str(users), count
        conf = os.path.join(work, "cyrus")
        os.mkdir(conf)
        with open(os.path.join(conf, "saslpasswd.conf"), "w") as f:
            f.write(f"auxprop_plugin: sql\nsql_engine: pgsql\nsql_hostnames: 127.0.0.1:{port}\nsql_user: sasl\n"
                    "sql_passwd: bench-pw\nsql_database: mail\n"
                    "sql_select: SELECT %p FROM users WHERE username = '%u' AND realm = '%r'\n"
                    "sql_insert: INSERT INTO users (username, realm, %p) VALUES ('%u', '%r', '%v')\n"
                    "sql_update: UPDATE users SET %p = '%v' WHERE username = '%u' AND realm = '%r'\n")
        loop = os.path.join(work, "sql-loop.sh")
        with open(loop, "w") as f:
            f.write('while IFS="$(printf \'\\t\')" read -r u p; do printf "%s\\n" "$p" | '
                    f'SASL_CONF_PATH={conf} {saslpasswd2} -p -c -u example.org "${{u%@*}}" || exit 1; done < "$1"\n')
        theirs = run_env(["bash", loop, tsv], dict(os.environ))[0]
        cyrus_count = psql("SELECT count(*) FROM users WHERE realm = 'example.org'").strip()
        assert cyrus_count == str(users), cyrus_count
        print(f"sql: import {users} users into PostgreSQL: saslkit {ours:.3f} s | saslpasswd2 loop (sql plugin) "
              f"{theirs:.3f} s | saslkit is {theirs / ours:.0f}x faster")
        psql(f"INSERT INTO users (username, realm, userpassword) SELECT 'v' || g, 'example.net', 'pw-' || g "
             f"FROM generate_series(1, {verify_users}) g")
        psql("ANALYZE users")
        socket_dir = os.path.join(work, "pg").replace("/", "%2F")
        for how, db in [("TCP, SCRAM-SHA-256 login", url),
                        ("Unix socket, trust login", f"postgresql://sasl@{socket_dir}:{port}/mail")]:
            times = []
            for r in range(runs):
                n = (r * 7919) % verify_users + 1
                proc_start = time.perf_counter()
                done = subprocess.run([SASLKIT, "--db", db, "user", "verify", f"v{n}@example.net", "--password-stdin"],
                                      input=f"pw-{n}\n", text=True, env=env, capture_output=True)
                times.append(time.perf_counter() - proc_start)
                assert done.returncode == 0, done.stderr
            # The floor of any one-shot client: psql asking the same row the same way.
            host = "127.0.0.1" if "SCRAM" in how else os.path.join(work, "pg")
            theirs = []
            for r in range(runs):
                n = (r * 7919) % verify_users + 1
                proc_start = time.perf_counter()
                subprocess.run(["psql", "-h", host, "-p", str(port), "-U", "sasl", "-d", "mail", "-X", "-q", "-A", "-t",
                                "-c", f"SELECT userpassword FROM users WHERE username = 'v{n}' AND realm = 'example.net'"],
                               env=dict(env, PGPASSWORD="bench-pw"), capture_output=True, check=True)
                theirs.append(time.perf_counter() - proc_start)
            print(f"sql: user verify on a {verify_users + 2 * users}-user table ({how}): median "
                  f"{statistics.median(times) * 1000:.1f} ms (min {min(times) * 1000:.1f}, max {max(times) * 1000:.1f}; "
                  f"the whole process) | psql -c SELECT of that row {statistics.median(theirs) * 1000:.1f} ms")
    finally:
        stop()


def run_env(argv, env):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"bench: {argv[0]} failed ({os.waitstatus_to_exitcode(status)})")
    return time.perf_counter() - start, usage.ru_maxrss


def main():
    global SASLKIT
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=10_000)
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3, help="runs of the listing benchmark")
    parser.add_argument("--create-runs", type=int, default=1, help="runs of the create benchmark")
    parser.add_argument("--map-lines", type=int, default=1_000_000)
    parser.add_argument("--map-types", default="lmdb,hash,btree,cdb", help="map types to compile, comma-separated")
    parser.add_argument("--bdb-users", type=int, default=300_000, help="users in the Berkeley DB benchmark")
    parser.add_argument("--sql-users", type=int, default=10_000, help="users imported in the SQL benchmark")
    parser.add_argument("--verify-users", type=int, default=1_000_000, help="users in the SQL verify table")
    parser.add_argument("--fleet-targets", type=int, default=1000, help="targets in the fleet benchmark")
    parser.add_argument("--fleet-jobs", type=int, help="saslkit's -j in the fleet benchmark (default: its own)")
    parser.add_argument("--only", choices=["create", "list", "bdb", "map", "probe", "sql", "fleet", "startup"],
                        help="run one benchmark")
    args = parser.parse_args()
    if not os.path.exists(SASLKIT):
        sys.exit("bench: build first: cargo build --release")
    with tempfile.TemporaryDirectory(prefix="saslkit-bench-") as work:
        # Run a copy, as a package installs it: a binary the linker has just written starts
        # ~0.5 ms slower (its page-cache pages fault in smaller pieces) than the same file copied.
        installed = os.path.join(work, "saslkit")
        shutil.copy2(SASLKIT, installed)
        SASLKIT = installed
        if args.only in (None, "create"):
            bench_create(work, args.users, args.create_runs)
        if args.only in (None, "list"):
            bench_list(work, args.records, args.runs)
        if args.only in (None, "bdb"):
            bench_bdb(work, args.bdb_users, max(args.runs, 5))
        if args.only in (None, "map"):
            bench_map(work, args.map_lines, args.runs, args.map_types.split(","))
        if args.only in (None, "probe"):
            bench_probe(work, max(args.runs, 20))
        if args.only in (None, "sql"):
            bench_sql(work, args.sql_users, args.verify_users, max(args.runs, 20))
        if args.only in (None, "startup"):
            bench_startup(work, 300)
        if args.only in (None, "fleet"):
            bench_fleet(work, args.fleet_targets, args.fleet_jobs)


if __name__ == "__main__":
    main()
