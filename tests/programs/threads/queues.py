# queue: Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty/Full,
# timeouts, task_done/join, maxsize, a worker pool.
import queue
import threading
import time


def attempt(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__ + ":", e)


q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), [q.get() for _ in range(5)], q.empty())
attempt(q.get_nowait)
attempt(q.get, block=False)
t0 = time.monotonic()
try:
    q.get(timeout=0.03)
except queue.Empty:
    print("Empty after timeout:", time.monotonic() - t0 >= 0.025)
attempt(q.get, timeout=-1)
attempt(q.task_done)
print(queue.Empty.__name__, issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))

bounded = queue.Queue(maxsize=2)
bounded.put("a")
bounded.put_nowait("b")
print(bounded.full(), bounded.qsize(), bounded.maxsize)
attempt(bounded.put_nowait, "c")
try:
    bounded.put("c", timeout=0.02)
except queue.Full:
    print("Full after timeout")
attempt(bounded.put, "c", timeout=-1)

# A blocked put() proceeds once a consumer makes room.
def drain_later():
    time.sleep(0.02)
    bounded.get()


t = threading.Thread(target=drain_later)
t.start()
bounded.put("c", timeout=10)
t.join()
print(list(bounded.queue))

lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i)
print([lifo.get() for _ in range(4)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (4, "d"), (1, "b"), (5, "e"), (2, "x"), (9, "z"), (0, "o")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())])
nums = queue.PriorityQueue()
for n in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    nums.put_nowait(n)
print([nums.get_nowait() for _ in range(10)])

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
attempt(sq.get, timeout=0.01)
attempt(sq.get_nowait)

# A worker pool with task_done() and join().
tasks, results = queue.Queue(), queue.Queue()


def worker():
    while True:
        n = tasks.get()
        if n is None:
            tasks.task_done()
            return
        results.put(n * n)
        tasks.task_done()


pool = [threading.Thread(target=worker) for _ in range(3)]
for w in pool:
    w.start()
for n in range(100):
    tasks.put(n)
tasks.join()
print("unfinished after join:", tasks.unfinished_tasks)
for _ in pool:
    tasks.put(None)
for w in pool:
    w.join()
out = sorted(results.get() for _ in range(results.qsize()))
print(len(out), sum(out), out[:4])

# get() blocks until an item arrives from another thread.
late = queue.Queue()
threading.Timer(0.02, late.put, args=["late item"]).start()
print(late.get(timeout=10))

# shutdown() (3.13): put raises ShutDown; get drains, then raises.
sd = queue.Queue()
sd.put(1)
sd.shutdown()
attempt(sd.put, 2)
print(sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("ShutDown")
