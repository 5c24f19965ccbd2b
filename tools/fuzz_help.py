#!/usr/bin/env python3
"""Fuzz every awscalc (sub)command with options read from its --help; report crashes,
timeouts, bad exit codes, invalid --json, lines over 100 columns, multi-line errors and
empty answers. It knows every command the binary has (../shared/tools/fuzz_cli.py knows only
the older ones).

    cargo build --release && python3 tools/fuzz_help.py SEED RUNS

Known, accepted findings: source URLs on their own lines and `s3 classes --quiet`'s
tab-separated rows are wider than 100 columns; `quiz --json` prints JSON Lines."""
import json, random, re, subprocess, sys
B = "target/release/awscalc"
seed = int(sys.argv[1]); runs = int(sys.argv[2])
rng = random.Random(seed)
def run(args, stdin=None):
    try:
        p = subprocess.run([B] + args, capture_output=True, text=True, timeout=5, input=stdin)
        return p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired:
        return "timeout", "", ""
def commands():
    out = run(["--help"])[1]
    names = re.findall(r"^  ([a-z0-9-]+)\s", out.split("Commands:")[1].split("Options:")[0], re.M)
    cmds = []
    for n in names:
        if n in ("help", "completions", "man", "check", "quiz"): continue
        h = run([n, "--help"])[1]
        if "Commands:" in h:
            subs = re.findall(r"^  ([a-z0-9-]+)\s", h.split("Commands:")[1].split("Options:")[0], re.M)
            for s in subs:
                if s == "help": continue
                cmds.append(([n, s], run([n, s, "--help"])[1]))
        else:
            cmds.append(([n], h))
    return cmds
VALUES = ["0", "1", "2", "5", "10", "100", "1000", "20000", "1e30", "-1", "", "abc", "5kb", "1mb", "400kb",
  "2tib", "3gib", "10tb", "100mb/s", "4.5mb/s", "500mib/s", "1gbps", "100mbps", "10gbps", "15min", "1h", "7d",
  "30s", "0s", "20s", "25h", "999999999999999999999999", "0.5", "1.5", "50%", "150%", "100/s", "600/min",
  "gp2", "gp3", "st1", "sc1", "io2", "standard", "fifo", "10.0.0.0/16", "10.0.0.0/24", "::/0", "GLACIER",
  "STANDARD_IA", "1kb,2kb", "500b:key-change", "1kb:bogus", "2026-01-01", "1y", "-", "/dev/null",
  "tests/data/s3-versions.json", "docs/examples/item.json", "presign", "waf", "apigw", "yes", "no", "key-change"]
def gen(cmd, help_text):
    opts = re.findall(r"^\s+(?:-\w, )?(--[a-z0-9-]+)(?: <([^>]+)>)?", help_text, re.M)
    opts = [(o, v) for o, v in opts if o not in ("--help", "--version")]
    args = list(cmd)
    pos = re.search(r"Arguments:\n\s+\[?<?([A-Z]+)", help_text)
    if pos and rng.random() < 0.8:
        m = re.search(r"possible values: ([^\]]+)\]", help_text)
        args.append(rng.choice([x.strip() for x in m.group(1).split(",")]) if m and rng.random() < 0.9 else rng.choice(VALUES))
    for _ in range(rng.randint(0, 5)):
        if not opts: break
        o, v = rng.choice(opts)
        if o in ("--json", "--quiet", "--verbose") and rng.random() < 0.5: continue
        args.append(o)
        if v: args.append(rng.choice(VALUES))
    if rng.random() < 0.3: args += ["--as-of", rng.choice(["2026-11-30", "2020-01-01", "2015-01-01", "2030-01-01"])]
    if rng.random() < 0.2: args += ["--expect", rng.choice(VALUES)]
    return args
cmds = commands()
findings = {}
for i in range(runs):
    cmd, h = rng.choice(cmds)
    args = gen(cmd, h)
    if rng.random() < 0.3: args.append("--json")
    code, out, err = run(args)
    kind = None
    if code == "timeout": kind = "timeout"
    elif code not in (0, 1, 2): kind = f"exit{code}"
    elif "panicked" in err or "panicked" in out: kind = "panic"
    elif "--json" in args and "--help" not in args and code != "timeout" and out.strip():
        try: json.loads(out)
        except Exception:
            if not ("quiz" in args): kind = "json"
    if not kind and "--json" not in args:
        wide = [l for l in out.splitlines() if len(l) > 100 and "https://" not in l]
        if wide and "--help" not in args and not (args[:2] == ["s3", "classes"] and "--quiet" in args):
            kind = "width"
        if code == 2 and err.count("\n") > 12: kind = "longerr"
        if code == 0 and not out.strip(): kind = "empty"
    if kind:
        key = (kind, " ".join(cmd))
        if key not in findings:
            findings[key] = (args, code, (err or out)[-300:])
for (kind, c), (args, code, tail) in sorted(findings.items()):
    print(f"{kind:8} {c:20} rc={code} {' '.join(repr(a) if ' ' in a or a=='' else a for a in args)}\n         {tail.strip().splitlines()[-1] if tail.strip() else ''}")
print(f"{runs} runs, {len(findings)} distinct findings")
