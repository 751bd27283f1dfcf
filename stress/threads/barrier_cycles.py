# Stress: threads go through a Barrier many cycles in a row; within a cycle
# every thread sees the same phase, and the action runs once per cycle.
# Then start/join churn: many short-lived threads.
import sys
import threading

PARTIES, CYCLES = 4, 500
phase = [0]
action_runs = [0]


def advance():
    action_runs[0] += 1
    phase[0] += 1


bar = threading.Barrier(PARTIES, action=advance)
mismatch = []


def party():
    for c in range(CYCLES):
        before = phase[0]
        bar.wait()
        if phase[0] != before + 1:
            mismatch.append((c, before, phase[0]))
        bar.wait()  # nobody starts the next cycle before everyone checked


ts = [threading.Thread(target=party) for _ in range(PARTIES)]
for t in ts:
    t.start()
for t in ts:
    t.join()

done = []
mu = threading.Lock()


def short(i):
    with mu:
        done.append(i)


for batch in range(20):
    group = [threading.Thread(target=short, args=(batch * 25 + i,)) for i in range(25)]
    for t in group:
        t.start()
    for t in group:
        t.join()
ok = (not mismatch and action_runs[0] == 2 * CYCLES and sorted(done) == list(range(500))
      and threading.active_count() == 1)
print("OK barrier_cycles" if ok else "FAIL barrier_cycles %r %d %d" % (mismatch[:3], action_runs[0], len(done)))
sys.exit(0 if ok else 1)
