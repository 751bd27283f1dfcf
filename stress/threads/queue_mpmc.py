# Stress: many producers and consumers on a bounded Queue, LifoQueue and
# PriorityQueue and on a SimpleQueue; every item arrives exactly once, and
# task_done()/join() balance.
import queue
import sys
import threading
import time

PRODUCERS, CONSUMERS, ITEMS = 4, 4, 4000
STOP = (1, None)  # sorts after every item (0, n)


def run(q):
    got = []
    mu = threading.Lock()
    go = threading.Barrier(PRODUCERS + CONSUMERS)

    def produce(p):
        go.wait()
        for i in range(ITEMS):
            q.put((0, p * ITEMS + i))

    def consume():
        go.wait()
        mine = []
        while True:
            item = q.get()
            if hasattr(q, "task_done"):
                q.task_done()
            if item == STOP:
                break
            mine.append(item[1])
        with mu:
            got.extend(mine)

    ps = [threading.Thread(target=produce, args=(p,)) for p in range(PRODUCERS)]
    cs = [threading.Thread(target=consume) for _ in range(CONSUMERS)]
    for t in ps + cs:
        t.start()
    for t in ps:
        t.join()
    while not q.empty():  # LIFO order: stop only once every item is out
        time.sleep(0.001)
    for _ in cs:
        q.put(STOP)
    for t in cs:
        t.join()
    if hasattr(q, "join"):
        q.join()
    return sorted(got) == list(range(PRODUCERS * ITEMS))


results = [run(q) for q in (queue.Queue(maxsize=8), queue.LifoQueue(maxsize=8),
                            queue.PriorityQueue(maxsize=8), queue.SimpleQueue())]
ok = all(results)
print("OK queue_mpmc" if ok else "FAIL queue_mpmc %r" % results)
sys.exit(0 if ok else 1)
