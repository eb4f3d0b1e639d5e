#!/usr/bin/env python3
"""Start-up benchmark of circle-view, run as whole processes against a local CircleCI stand-in.

    bench/run.py                 # install into a temporary prefix, 2 warm-up + 11 counted rounds
    bench/run.py --rounds 21     # more rounds
    bench/run.py --prefix DIR    # use an existing install instead of running install.sh
    bench/run.py --quick         # one round, no warm-up: checks that every case works (CI smoke)

After running install.sh it checks that the man pages were installed and that man shows them.

Besides start-up, it times step logs (build <n> --log): the 32 logs of a parallel build against one
build and one log (target: at most 2x), and a 100 MB log streamed through (target: peak RSS under
128 MiB; a miss makes the run exit 1, also with --quick).

Each group of commands runs interleaved (A, B, C, then B, C, A, ...) so that machine noise hits
all of them alike. It prints the median wall time, the median of the per-round ratios against the
group's baseline, and the median peak RSS (from wait4), and writes the table to bench/out/.
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port, seconds=10):
    end = time.time() + seconds
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    sys.exit(f"bench: server on port {port} did not start")


def check_man_pages(prefix):
    """install.sh put every page of docs/man under PREFIX/share/man, and man shows them from there."""
    pages = sorted(f for f in os.listdir(os.path.join(ROOT, "docs", "man")) if f.endswith(".1"))
    man1 = os.path.join(prefix, "share", "man", "man1")
    missing = [p for p in pages if not os.path.isfile(os.path.join(man1, p))]
    if not pages or missing:
        sys.exit(f"bench: install.sh did not install the man pages {missing or 'of docs/man'}")
    if shutil.which("man"):
        shown = subprocess.run(["man", "-M", os.path.join(prefix, "share", "man"), "circle-view-builds"],
                               env={**os.environ, "MANPAGER": "cat", "MANWIDTH": "80"}, capture_output=True, text=True)
        if shown.returncode != 0 or "circle-view-builds - " not in shown.stdout or "SEE ALSO" not in shown.stdout:
            sys.exit(f"bench: man -M PREFIX/share/man circle-view-builds exited {shown.returncode}: {shown.stderr.strip()}")


def sh(cmd, **kw):
    subprocess.run(cmd, check=True, **kw)


def run_once(cmd, env, cwd):
    """Runs cmd; returns (wall seconds, peak RSS in MiB). Fails loudly on a non-zero exit."""
    start = time.perf_counter()
    p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    p.returncode = os.waitstatus_to_exitcode(status)
    err = p.stderr.read().decode(errors="replace")
    p.stderr.close()
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} exited {p.returncode}: {err.strip()}")
    return wall, usage.ru_maxrss / 1024.0


class Case:
    def __init__(self, name, cmd, env, cwd):
        self.name, self.cmd, self.env, self.cwd = name, cmd, env, cwd
        self.walls, self.rss = [], []


def run_group(title, cases, warmup, rounds):
    for r in range(warmup + rounds):
        order = cases[r % len(cases):] + cases[:r % len(cases)]
        for c in order:
            wall, rss = run_once(c.cmd, c.env, c.cwd)
            if r >= warmup:
                c.walls.append(wall)
                c.rss.append(rss)
    base = cases[-1]
    rows = []
    for c in cases:
        ratios = [a / b for a, b in zip(c.walls, base.walls)]
        rows.append((c.name, statistics.median(c.walls) * 1000, statistics.median(ratios), statistics.median(c.rss)))
    lines = [f"### {title} (baseline: {base.name})", "",
             "| command | median ms | × baseline | peak RSS MiB |", "|---|---:|---:|---:|"]
    for name, ms, ratio, rss in rows:
        lines.append(f"| {name} | {ms:.0f} | {ratio:.2f}× | {rss:.0f} |")
    return "\n".join(lines) + "\n"


def median_ratio(a, b):
    return statistics.median(x / y for x, y in zip(a.walls, b.walls))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=11)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--prefix", help="an existing install prefix (skips install.sh)")
    ap.add_argument("--quick", action="store_true", help="one round, no warm-up: a smoke test")
    ap.add_argument("--baseline-prefix", help="an install of another version (e.g. the code before a change): its start-up is "
                    "measured beside this one's, interleaved in the same run")
    args = ap.parse_args()
    if args.quick:
        args.rounds, args.warmup = 1, 0
    for tool in ("curl", "jq", "openssl", "java", "javac"):
        if not shutil.which(tool):
            sys.exit(f"bench: needs {tool} on PATH")

    tmp = tempfile.mkdtemp(prefix="circle-view-bench.")
    servers = []
    try:
        prefix = args.prefix
        if not prefix:
            prefix = os.path.join(tmp, "prefix")
            print("bench: installing into", prefix, file=sys.stderr)
            sh([os.path.join(ROOT, "install.sh")], env={**os.environ, "PREFIX": prefix})
            check_man_pages(prefix)
        launcher = os.path.join(prefix, "bin", "circle-view")
        jar = os.path.join(prefix, "share", "circle-view", "circle-view.jar")

        builds = os.path.join(tmp, "builds.json")
        sh([sys.executable, os.path.join(HERE, "fixtures.py"), "1000", builds])
        tls = os.path.join(tmp, "tls")
        os.makedirs(tls)
        q = {"cwd": tls, "stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        sh(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem",
            "-days", "2", "-subj", "/CN=circle-view bench CA"], **q)
        sh(["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
            "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=127.0.0.1"], **q)
        with open(os.path.join(tls, "ext.cnf"), "w") as f:
            f.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\n"
                    "extendedKeyUsage=serverAuth\n")
        sh(["openssl", "x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
            "-out", "srv.pem", "-days", "2", "-extfile", "ext.cnf"], **q)
        with open(os.path.join(tls, "chain.pem"), "w") as f:
            f.write(open(os.path.join(tls, "srv.pem")).read() + open(os.path.join(tls, "ca.pem")).read())
        ca = os.path.join(tls, "ca.pem")

        http_port, https_port = free_port(), free_port()
        server = os.path.join(HERE, "server.py")
        servers.append(subprocess.Popen([sys.executable, server, str(http_port), builds]))
        servers.append(subprocess.Popen([sys.executable, server, str(https_port), builds,
                                         os.path.join(tls, "chain.pem"), os.path.join(tls, "srv.key")]))
        wait_for(http_port)
        wait_for(https_port)

        checkout = os.path.join(tmp, "checkout")
        os.makedirs(os.path.join(checkout, ".git"))
        with open(os.path.join(checkout, "catalog-info.yaml"), "w") as f:
            f.write("apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: svc\n"
                    "  annotations:\n    circleci.com/project-slug: github/acme/svc\nspec:\n  type: service\n")
        hello_dir = os.path.join(tmp, "hello")
        os.makedirs(hello_dir)
        with open(os.path.join(hello_dir, "Hello.java"), "w") as f:
            f.write('public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n')
        sh(["javac", "-d", hello_dir, os.path.join(hello_dir, "Hello.java")])

        https_api = f"https://127.0.0.1:{https_port}/api/v1.1"
        http_api = f"http://127.0.0.1:{http_port}/api/v1.1"
        base_env = {k: v for k, v in os.environ.items() if not k.startswith("CIRCLE")}
        base_env.update({"CIRCLECI_AUTH_TOKEN": "bench-token", "NO_COLOR": "1"})
        env_https = {**base_env, "CIRCLE_VIEW_API_URL": https_api, "CIRCLE_VIEW_CACERT": ca}
        env_http = {**base_env, "CIRCLE_VIEW_API_URL": http_api}
        page = "/project/github/acme/svc?limit=30&offset=0"
        java = shutil.which("java")

        report = [f"Machine: {os.uname().sysname} {os.uname().machine}, {os.cpu_count()} cores; "
                  f"{args.warmup} warm-up + {args.rounds} counted rounds, interleaved.", ""]
        report.append(run_group("HTTPS, 30 builds", [
            Case("circle-view builds (installed)", [launcher, "builds"], env_https, checkout),
            Case("java -jar circle-view.jar builds", [java, "-jar", jar, "builds"], env_https, checkout),
            Case("curl | jq length", ["sh", "-c", f"curl -s --cacert '{ca}' '{https_api}{page}' | jq length"],
                 env_https, checkout),
        ], args.warmup, args.rounds))
        report.append(run_group("plain HTTP, 30 builds", [
            Case("circle-view builds (installed)", [launcher, "builds"], env_http, checkout),
            Case("curl | jq length", ["sh", "-c", f"curl -s '{http_api}{page}' | jq length"], env_http, checkout),
        ], args.warmup, args.rounds))
        report.append(run_group("1000 builds (10 pages of 100) against 30, HTTPS", [
            Case("circle-view builds --limit 1000", [launcher, "builds", "--limit", "1000"], env_https, checkout),
            Case("circle-view builds", [launcher, "builds"], env_https, checkout),
        ], args.warmup, args.rounds))
        report.append(run_group("--help and --version against a JVM hello world", [
            Case("circle-view --help", [launcher, "--help"], base_env, checkout),
            Case("circle-view --version", [launcher, "--version"], base_env, checkout),
            Case("java Hello (system JDK)", [java, "-cp", hello_dir, "Hello"], base_env, checkout),
        ], args.warmup, args.rounds))
        logs_32 = Case("circle-view build 4810 --log (32 logs)", [launcher, "build", "4810", "--log"], env_https, checkout)
        logs_1 = Case("circle-view build 4810 --log --step 'Run tests' --container 0 (1 log)",
                      [launcher, "build", "4810", "--log", "--step", "Run tests", "--container", "0"], env_https, checkout)
        report.append(run_group("step logs of a build with 32 actions against one, HTTPS", [logs_32, logs_1],
                                args.warmup, args.rounds))
        report.append(run_group("--jq against --json and the table, plain HTTP, 30 builds", [
            Case("circle-view builds --json build_num --jq '.[0]'", [launcher, "builds", "--json", "build_num", "--jq", ".[0]"],
                 env_http, checkout),
            Case("circle-view builds --json", [launcher, "builds", "--json"], env_http, checkout),
            Case("circle-view builds", [launcher, "builds"], env_http, checkout),
        ], args.warmup, args.rounds))
        if args.baseline_prefix:
            base = os.path.join(args.baseline_prefix, "bin", "circle-view")
            for title, cmd, env in [("builds, plain HTTP", ["builds"], env_http), ("builds, HTTPS", ["builds"], env_https),
                                    ("builds --limit 1000, HTTPS", ["builds", "--limit", "1000"], env_https),
                                    ("builds --json, plain HTTP", ["builds", "--json"], env_http),
                                    ("--help", ["--help"], base_env), ("builds --help", ["builds", "--help"], base_env),
                                    ("--version", ["--version"], base_env)]:
                report.append(run_group(f"this install against the baseline install: {title}", [
                    Case("this install", [launcher, *cmd], env, checkout),
                    Case("baseline", [base, *cmd], env, checkout),
                ], args.warmup, args.rounds))
        big = Case("circle-view build 100 --log --log-limit none (100 MB)",
                   [launcher, "build", "100", "--log", "--log-limit", "none"], env_http, checkout)
        big_origin = http_api.replace("/api/v1.1", "")
        report.append(run_group("a 100 MB step log, plain HTTP", [
            big,
            Case("curl | jq -j '.[].message'", ["sh", "-c", f"curl -s '{big_origin}/output/big' | jq -j '.[].message'"],
                 env_http, checkout),
        ], args.warmup, args.rounds))
        ratio, peak = median_ratio(logs_32, logs_1), max(big.rss)
        rss_ok = peak < 128
        report.append("### Targets\n\n"
                      f"- {'met' if ratio <= 2 else 'MISSED'}: 32 logs in at most 2x the time of one build and one log "
                      f"(median ratio {ratio:.2f}x)\n"
                      f"- {'met' if rss_ok else 'MISSED'}: a 100 MB log with peak RSS under 128 MiB (highest {peak:.0f} MiB)\n")
        text = "\n".join(report)
        print(text)
        out = os.path.join(HERE, "out")
        os.makedirs(out, exist_ok=True)
        path = os.path.join(out, time.strftime("results-%Y%m%d-%H%M%S.md"))
        with open(path, "w") as f:
            f.write(text)
        print("bench: written to", os.path.relpath(path, ROOT), file=sys.stderr)
        if not rss_ok:
            sys.exit("bench: the 100 MB log took more than 128 MiB")
    finally:
        for s in servers:
            s.terminate()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
