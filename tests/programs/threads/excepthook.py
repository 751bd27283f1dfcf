# An exception escaping Thread.run(): the default threading.excepthook
# report on stderr ("Exception in thread NAME:" + traceback), a custom hook,
# SystemExit ignored, and _thread.start_new_thread's own report. The rest of
# the program goes on. stderr is captured and printed with file paths
# shortened (threading.py's location and line numbers differ between
# runtimes; everything else must match CPython's report exactly).
import sys
import threading
import _thread
import time


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def show(self):
        for line in "".join(self.parts).splitlines():
            if line.startswith('  File "'):
                path, rest = line[len('  File "'):].split('"', 1)
                name = path.rsplit("/", 1)[-1]
                if "threading" in name:
                    name, rest = "threading", ", line N" + rest[rest.index(", in "):]
                line = '  File "%s"%s' % (name, rest)
            print("|", line)
        self.parts = []


capture = Capture()
sys.stderr = capture


def boom():
    raise ValueError("in thread")


t = threading.Thread(target=boom)
t.start()
t.join()
print("main continues", t.is_alive())
capture.show()


class Failing(threading.Thread):
    def run(self):
        {}["missing"]


f = Failing(name="failing")
f.start()
f.join()
capture.show()

quiet = threading.Thread(target=sys.exit, args=(3,), name="exits")
quiet.start()
quiet.join()
capture.show()
print("SystemExit in a thread is silent")

seen = []


def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name,
                 args.exc_traceback is not None))


threading.excepthook = hook
h = threading.Thread(target=boom, name="hooked")
h.start()
h.join()
print(seen)
threading.excepthook = threading.__excepthook__


class Task:
    def __repr__(self):
        return "Task()"

    def __call__(self):
        raise KeyError("raw")


_thread.start_new_thread(Task(), ())
# _count() drops once the thread has printed its report and ended.
time.sleep(0.2)
while _thread._count():
    time.sleep(0.005)
capture.show()
sys.stderr = sys.__stderr__
print("end")
