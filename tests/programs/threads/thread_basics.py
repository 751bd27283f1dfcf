# threading.Thread: names, arguments, subclasses, join with a timeout,
# identities, daemon flags, and the errors of misuse.
import threading
import time


def work(out, i, scale=1):
    out.append(i * scale)


out = []
t = threading.Thread(target=work, args=(out, 3), kwargs={"scale": 5})
print(t.name, repr(t), t.ident, t.native_id, t.is_alive())
t.start()
t.join()
print(out, t.is_alive(), type(t.ident).__name__, type(t.native_id).__name__)
print(repr(t).startswith("<Thread(Thread-1 (work), stopped "))
print(threading.Thread().name, threading.Thread(name="x").name, threading.Thread(name=7).name)
print(threading.Thread(target=lambda: None).name, threading.Thread(target=print).name)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name="counter")
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))


c = Counter(100)
c.start()
c.join()
print(c.name, c.total, c.daemon)

# join(timeout) returns while the thread is still running.
gate = threading.Event()
slow = threading.Thread(target=gate.wait, name="slow")
slow.start()
slow.join(0.01)
print("alive after join(0.01):", slow.is_alive(), slow in threading.enumerate())
print("active:", threading.active_count())
gate.set()
slow.join()
print("alive after set:", slow.is_alive(), slow in threading.enumerate(), threading.active_count())

# Identities.
main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.get_ident() == main.ident, threading.get_native_id() == main.native_id)
seen = {}


def who():
    me = threading.current_thread()
    seen["name"] = me.name
    seen["same"] = me.ident == threading.get_ident()
    seen["main"] = me is threading.main_thread()


w = threading.Thread(target=who, name="who")
w.start()
w.join()
print(seen)

# Daemon flags: explicit, inherited from the creating thread.
d = threading.Thread(target=time.sleep, args=(0,), daemon=True)
print(d.daemon, threading.Thread().daemon)
inherited = []


def spawn():
    inherited.append(threading.Thread().daemon)


d2 = threading.Thread(target=spawn, daemon=True)
d2.start()
d2.join()
print("inherited daemon:", inherited)

# Misuse.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


done = threading.Thread(target=lambda: None)
done.start()
done.join()
attempt(done.start)
attempt(threading.Thread().join)
attempt(threading.current_thread().join)


def set_daemon():
    done.daemon = True


attempt(set_daemon)
print(threading.TIMEOUT_MAX > 1e9, threading.ThreadError is RuntimeError)
