# Ctrl-C becomes KeyboardInterrupt in the main thread: _thread.interrupt_main()
# simulates the SIGINT; the main thread raises at its next check, and the
# thread that asked keeps running.
import threading
import time
import _thread

started = threading.Event()


def interrupter():
    started.wait()
    time.sleep(0.01)
    _thread.interrupt_main()


t = threading.Thread(target=interrupter)
t.start()
spins = 0
try:
    started.set()
    while True:
        spins += 1
except KeyboardInterrupt:
    print("KeyboardInterrupt in", threading.current_thread().name, spins > 0)
t.join()

# A worker thread is never interrupted: only the main thread raises.
flag = []


def worker():
    _thread.interrupt_main()
    total = 0
    for i in range(200000):
        total += i
    flag.append(total)


w = threading.Thread(target=worker)
try:
    w.start()
    while True:
        pass
except KeyboardInterrupt:
    print("main interrupted")
w.join()
print("the worker was not interrupted:", flag)
