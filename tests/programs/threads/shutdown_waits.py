# At exit the main thread waits for non-daemon threads (threading._shutdown),
# while daemon threads still blocked or running do not keep the process
# alive and do not crash it. A thread may join the main thread: it returns
# once the main program has ended.
import threading
import time


def late_worker():
    time.sleep(0.05)
    print("non-daemon worker finished after the main program")


def forever_blocked():
    threading.Event().wait()


def forever_spinning():
    n = 0
    while True:
        n += 1


def joins_main():
    threading.main_thread().join()
    print("main thread joined; alive:", threading.main_thread().is_alive())


threading.Thread(target=late_worker).start()
threading.Thread(target=joins_main).start()
threading.Thread(target=forever_blocked, daemon=True).start()
threading.Thread(target=forever_spinning, daemon=True).start()
print("main program done", threading.active_count())
