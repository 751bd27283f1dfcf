# A thread spinning in a loop does not starve the others: the GIL is handed
# over every switch interval (sys.setswitchinterval), so waiting threads
# make progress and sleeping threads wake up on time.
import sys
import threading
import time

print(type(sys._is_gil_enabled()).__name__, sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
try:
    sys.setswitchinterval(0)
except ValueError as e:
    print("ValueError:", e)

stop = threading.Event()
spins = [0]


def spinner():
    while not stop.is_set():
        spins[0] += 1


s1 = threading.Thread(target=spinner)
s2 = threading.Thread(target=spinner)
s1.start()
s2.start()
# The main thread still gets to run (and to sleep and wake up) while two
# threads spin.
steps = 0
t0 = time.monotonic()
while steps < 20:
    time.sleep(0.001)
    steps += 1
elapsed = time.monotonic() - t0
stop.set()
s1.join()
s2.join()
print("main made progress:", steps, "spinners ran:", spins[0] > 0, "bounded:", elapsed < 5)

# Two CPU-bound threads both finish with exact results.
def count(n, out, i):
    total = 0
    for k in range(n):
        total += k % 7
    out[i] = total


out = [0, 0]
ts = [threading.Thread(target=count, args=(100000, out, i)) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(out)
sys.setswitchinterval(0.005)
