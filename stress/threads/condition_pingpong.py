# Stress: two threads hand a token back and forth through one Condition,
# strictly alternating; plus Event set/clear storms with many waiters.
import sys
import threading

N = 5000
cond = threading.Condition()
turn = ["ping"]
log = []


def player(me, other):
    for _ in range(N):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append(me)
            turn[0] = other
            cond.notify()


a = threading.Thread(target=player, args=("ping", "pong"))
b = threading.Thread(target=player, args=("pong", "ping"))
a.start()
b.start()
a.join()
b.join()
alternating = len(log) == 2 * N and all(log[i] != log[i + 1] for i in range(len(log) - 1))

ev = threading.Event()
woken = [0]
mu = threading.Lock()


def waiter():
    for _ in range(200):
        ev.wait()
        with mu:
            woken[0] += 1


ws = [threading.Thread(target=waiter) for _ in range(6)]
for w in ws:
    w.start()
while any(w.is_alive() for w in ws):
    ev.set()
    ev.clear()
ev.set()
for w in ws:
    w.join()
ok = alternating and woken[0] == 6 * 200
print("OK condition_pingpong" if ok else "FAIL condition_pingpong %s %d" % (alternating, woken[0]))
sys.exit(0 if ok else 1)
