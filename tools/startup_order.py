#!/usr/bin/env python3
"""Write link/startup.order: the functions a one-answer run executes, in the order the linker
should lay them out so that each command touches few pages of code (docs/performance.md,
"Fourth round").

    cargo build --release && python3 tools/startup_order.py            # rewrite the file
    python3 tools/startup_order.py --static-binary /tmp/s/bin/awscalc   # and for the static build
    python3 tools/startup_order.py --check [--binary B]                 # how much still matches

A one-answer run is mostly start-up, and a good part of start-up is page faults: the kernel
maps the binary's code 64 KiB at a time (fault-around), as the code is first executed. The
release binary has 4.4 MB of code and a command executes about 300 KB of it, spread over
the whole file in the order the compiler emitted it; laid out together, the same code spans
fewer 64 KiB windows. build.rs hands the file to the linker (LLD's --symbol-ordering-file),
which places those functions first, in the file's order, and everything else after them.

How the order is made, deterministically:
1. Every third distinct `$ awscalc ...` line of tests/cmd/*.md (about 370 command lines over
   every command) runs once under `valgrind --tool=callgrind --demangle=no`, from tests/cmd,
   with no input. The set of functions each line executed is read from callgrind's output.
2. Only functions defined in the binary count (`nm`); libc's are not ours to place.
3. Functions executed by at least 30% of the lines (clap's parse, formatting, the report and
   the renderer) come first, most used first. The rest are grouped by the set of commands
   that execute them (`rcu`, `ebs`, `s3 multipart`, ...): functions shared by more commands
   first, then one group after another, so that what one command needs lies together.

The names are mangled symbol names. Their hashes depend on the toolchain, on Cargo.lock and
on the build (the statically linked build, built for an explicit `--target`, names awscalc's
functions differently, and links libc's own functions into the binary), not on the
checkout's path (the same names were read in two clones). With `--static-binary` (the
README's static build, installed) the same command lines run on that binary too, and the
two orders are interleaved, one name from each in turn: each build finds its own names in
its own order, and LLD skips the names of the other (build.rs passes
--no-warn-symbol-ordering). After a toolchain or dependency update, run this again
(`--check` says how many names a binary still has); a stale file costs only speed.
"""
import argparse
import collections
import json
import os
import re
import shlex
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "cmd")
CORE_SHARE = 0.3
EVERY = 3


def command_lines():
    lines = set()
    for name in sorted(os.listdir(CASES)):
        if name.endswith(".md"):
            with open(os.path.join(CASES, name), encoding="utf-8") as f:
                for line in f:
                    if line.startswith("$ awscalc "):
                        lines.add(line[len("$ awscalc "):].strip())
    return sorted(lines)[::EVERY]


def defined_functions(binary):
    out = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True,
                         check=True).stdout
    return {p[2] for p in (l.split() for l in out.splitlines()) if len(p) == 3 and p[1] in "tT"}


def executed(binary, index, line):
    """The functions one command line executed, from callgrind's output."""
    try:
        argv = shlex.split(line)
    except ValueError:
        return line, set()
    out = f"/tmp/startup_order.{os.getpid()}.{index}"
    subprocess.run(["valgrind", "--tool=callgrind", "--demangle=no",
                    f"--callgrind-out-file={out}", binary] + argv,
                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, cwd=CASES, timeout=300, check=False)
    names, ids = set(), {}
    try:
        with open(out, errors="replace") as f:
            for text in f:
                m = re.match(r"c?fn=\((\d+)\)(?: (.*))?$", text.rstrip("\n"))
                if m:
                    if m.group(2):
                        ids[m.group(1)] = re.sub(r"'\d+$", "", m.group(2))
                    if m.group(1) in ids:
                        names.add(ids[m.group(1)])
        os.remove(out)
    except FileNotFoundError:
        pass
    return line, names


def command_of(line):
    words = [w for w in shlex.split(line) if not w.startswith("-")]
    if not words:
        return "(flags)"
    return " ".join(words[:2]) if words[0] == "s3" else words[0]


def order(runs, defined):
    per_command = collections.Counter()
    uses = collections.defaultdict(collections.Counter)
    for line, names in runs:
        command = command_of(line)
        per_command[command] += 1
        for name in names & defined:
            uses[name][command] += 1
    total = len(runs)
    commands = sorted(per_command, key=lambda c: (-per_command[c], c))

    def count(name):
        return sum(uses[name].values())

    def signature(name):
        return tuple(c for c in commands if uses[name][c])

    core = [n for n in uses if count(n) >= CORE_SHARE * total]
    rest = [n for n in uses if count(n) < CORE_SHARE * total]
    core.sort(key=lambda n: (-count(n), n))
    rest.sort(key=lambda n: (-len(signature(n)), [commands.index(c) for c in signature(n)],
                             -count(n), n))
    return core + rest


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "awscalc"))
    parser.add_argument("--out", default=os.path.join(ROOT, "link", "startup.order"))
    parser.add_argument("--static-binary",
                        help="the statically linked build, whose names are ordered too")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--check", action="store_true",
                        help="say how many names in --out the binary defines; exit 1 under a "
                             "third (a file made with --static-binary holds two builds' names)")
    args = parser.parse_args()
    defined = defined_functions(args.binary)
    if args.check:
        with open(args.out, encoding="utf-8") as f:
            names = [l.strip() for l in f if l.strip()]
        found = sum(1 for n in names if n in defined)
        print(f"{found} of {len(names)} names in {os.path.relpath(args.out, ROOT)} are "
              f"functions of {os.path.relpath(args.binary, ROOT)}")
        sys.exit(0 if 3 * found >= len(names) else 1)
    lines = command_lines()
    orders = []
    builds = [(args.binary, defined)]
    if args.static_binary:
        builds.append((args.static_binary, defined_functions(args.static_binary)))
    for binary, functions in builds:
        with ThreadPoolExecutor(args.jobs) as pool:
            runs = list(pool.map(lambda il, b=binary: executed(b, *il), enumerate(lines)))
        orders.append(order(runs, functions))
    names, seen = [], set()
    for rank in range(max(len(o) for o in orders)):
        for o in orders:
            if rank < len(o) and o[rank] not in seen:
                seen.add(o[rank])
                names.append(o[rank])
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("".join(n + "\n" for n in names))
    print(f"{len(names)} functions from {len(lines)} command lines -> "
          f"{os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
