# threading.local (per-thread attributes, subclasses with __init__) and Timer.
import threading
import time

data = threading.local()
data.value = "main"
seen = {}


def worker(i):
    seen[i] = [hasattr(data, "value")]
    data.value = i
    time.sleep(0.001)
    seen[i].append(data.value)


ts = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(dict(sorted(seen.items())), data.value)  # threads finish in any order
print(data.__dict__)
del data.value
print(hasattr(data, "value"))
try:
    del data.value
except AttributeError:
    print("AttributeError on a missing attribute")
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)


class Config(threading.local):
    created = 0

    def __init__(self, level):
        Config.created += 1
        self.level = level

    def bump(self):
        self.level += 1
        return self.level


cfg = Config(10)
print(cfg.bump(), cfg.level)
results = []


def use_cfg():
    results.append((cfg.level, cfg.bump()))


t = threading.Thread(target=use_cfg)
t.start()
t.join()
print(results, cfg.level, Config.created)

# Timer: fires after its interval, unless cancelled first.
fired = []
tm = threading.Timer(0.01, fired.append, args=["fired"])
tm.start()
tm.join()
print(fired, tm.finished.is_set())
late = threading.Timer(10, fired.append, args=["never"])
late.start()
late.cancel()
late.join()
print(fired, late.is_alive())
kw = threading.Timer(0, lambda **k: fired.append(k), kwargs={"a": 1})
kw.start()
kw.join()
print(fired)
