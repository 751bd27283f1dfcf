# Daemon threads still mutating shared containers when the main program
# ends: the interpreter exits cleanly (status 0, nothing on stderr), as
# CPython does; the free-threaded build pauses them for good at exit.
import threading
import time

shared = {}
started = threading.Barrier(4)


def spin(k):
    started.wait()
    i = 0
    while True:
        shared[k] = [i, str(i)]
        shared.pop(k, None)
        i += 1


for k in range(3):
    threading.Thread(target=spin, args=(k,), daemon=True).start()
started.wait()
time.sleep(0.05)
print("main done", threading.active_count())
