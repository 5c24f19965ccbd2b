#!/usr/bin/env python3
"""Interleaved start-up benchmark (docs/performance.md, "Start-up as commands are added").

    python3 benches/startup.py ROUNDS 'ipcalc-ng 10.0.0.0/24' 'target/release/awscalc rcu ...' ...

Every round runs each command once, in a new shuffled order, so load from other processes
falls on all commands alike (hyperfine runs one command's runs back to back, and on a shared
machine the load changes between commands). For each run: the wall time around posix_spawn
and wait4, and the child's CPU time (user + system, from wait4's rusage). Prints, for each
command, the median wall and CPU times and their ratios to the first command's. Output goes
to /dev/null; a command that exits non-zero stops the benchmark. Not a cargo bench: it
measures processes, and cargo only builds benches/*.rs.

Measure installed binaries (`cargo install --locked --path . --root DIR`, which copies the
binary), as ipcalc-ng is installed: the file the linker wrote in target/release, the same
bytes, took 10 more page faults and about 0.1 ms more per run on this machine (2026-12-01,
docs/performance.md, "Fourth round")."""
import os, sys, time, random, statistics, shlex
rounds = int(sys.argv[1]); cmds = [shlex.split(c) for c in sys.argv[2:]]
devnull = os.open(os.devnull, os.O_WRONLY)
fa = [(os.POSIX_SPAWN_DUP2, devnull, 1), (os.POSIX_SPAWN_DUP2, devnull, 2)]
wall = [[] for _ in cmds]; cpu = [[] for _ in cmds]
def run(i):
    argv = cmds[i]
    t = time.perf_counter_ns()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=fa)
    _, status, ru = os.wait4(pid, 0)
    w = time.perf_counter_ns() - t
    assert os.waitstatus_to_exitcode(status) == 0, argv
    return w / 1e6, (ru.ru_utime + ru.ru_stime) * 1e3
order = list(range(len(cmds)))
for _ in range(20):
    for i in order: run(i)
for _ in range(rounds):
    random.shuffle(order)
    for i in order:
        w, c = run(i); wall[i].append(w); cpu[i].append(c)
bw = statistics.median(wall[0]); bc = statistics.median(cpu[0])
for i, c in enumerate(cmds):
    mw = statistics.median(wall[i]); mc = statistics.median(cpu[i])
    q = statistics.quantiles(wall[i], n=4)
    print(f"{' '.join(c):<66} wall {mw:6.3f} ms (IQR {q[0]:.3f}-{q[2]:.3f}) x{mw/bw:4.2f}   cpu {mc:6.3f} ms x{mc/bc:4.2f}")
