# Condition (wait, wait_for, notify, notify_all, timeouts, errors) and Event.
import threading
import time


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        print(type(e).__name__ + ":", e)


cond = threading.Condition()
attempt(cond.wait)
attempt(cond.notify)
attempt(cond.notify_all)
print(repr(cond).startswith("<Condition(<unlocked _thread.RLock object"))

with cond:
    t0 = time.monotonic()
    print("wait timed out ->", cond.wait(0.03), time.monotonic() - t0 >= 0.025)
    print("wait(0) ->", cond.wait(0))
    print("wait_for false ->", cond.wait_for(lambda: False, timeout=0.02))
    print("wait_for true ->", cond.wait_for(lambda: 42))

# Producer / consumer with wait() in a predicate loop.
items = []
consumed = []


def consumer():
    for _ in range(50):
        with cond:
            while not items:
                cond.wait()
            consumed.append(items.pop(0))


c = threading.Thread(target=consumer)
c.start()
for i in range(50):
    with cond:
        items.append(i)
        cond.notify()
c.join()
print("consumed in order:", consumed == list(range(50)))

# notify(n) wakes at most n waiters; notify_all wakes the rest.
plain = threading.Condition(threading.Lock())
woken = []
ready = [0]


def sleeper(i):
    with plain:
        ready[0] += 1
        plain.wait()
        woken.append(i)


sleepers = [threading.Thread(target=sleeper, args=(i,)) for i in range(5)]
for s in sleepers:
    s.start()
while True:
    with plain:
        if ready[0] == 5:
            break
    time.sleep(0.001)
with plain:
    plain.notify(2)
time.sleep(0.05)
print("after notify(2):", len(woken))
with plain:
    plain.notify_all()
for s in sleepers:
    s.join()
print("after notify_all:", sorted(woken))

# wait_for with a predicate another thread makes true.
state = {"n": 0}


def incr():
    for _ in range(10):
        with cond:
            state["n"] += 1
            cond.notify_all()


with cond:
    t = threading.Thread(target=incr)
    t.start()
    print("wait_for reached:", cond.wait_for(lambda: state["n"] == 10, timeout=10))
t.join()

# Event.
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01), ev.wait(0))
print(repr(ev).startswith("<threading.Event at 0x"), repr(ev).endswith(": unset>"))
order = []


def waiter(i):
    order.append(("wait", i, ev.wait(10)))


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for w in ws:
    w.start()
ev.set()
for w in ws:
    w.join()
print(sorted(order), ev.is_set(), repr(ev).endswith(": set>"))
ev.clear()
print(ev.is_set(), ev.wait(0.01))
