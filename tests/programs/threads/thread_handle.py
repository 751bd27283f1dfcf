# _thread.start_joinable_thread and _thread._ThreadHandle (what
# threading.Thread.join waits on): join with and without a timeout, is_done
# before and after, joining a handle that was never started or one's own
# thread, starting one handle twice, _make_thread_handle/_set_done; and
# Thread.is_alive/join/repr built on them.
import _thread
import threading

go = threading.Event()
seen = []


def work():
    go.wait()
    seen.append("ran")


h = _thread.start_joinable_thread(work)
print(type(h).__name__, h.is_done())
print("ident matches:", h.ident != 0)
h.join(0.01)
print("after short join:", h.is_done())
go.set()
h.join()
print("after join:", h.is_done(), seen)
h.join()  # joining again returns at once
print("again:", h.is_done())

fresh = _thread._ThreadHandle()
print("fresh:", fresh.is_done(), fresh.ident)
try:
    fresh.join()
except RuntimeError as e:
    print("RuntimeError:", e)

same = _thread._ThreadHandle()
got = _thread.start_joinable_thread(lambda: seen.append("same"), handle=same)
print("same handle returned:", got is same)
same.join()
print(seen)
try:
    _thread.start_joinable_thread(lambda: None, handle=same)
except RuntimeError as e:
    print("RuntimeError:", e)

own = []


def join_self():
    try:
        own_handle.join()
    except RuntimeError as e:
        own.append(str(e))


own_handle = _thread._ThreadHandle()
_thread.start_joinable_thread(join_self, handle=own_handle)
own_handle.join()
print("self join:", own)

main = _thread._make_thread_handle(threading.get_ident())
print("main handle:", main.is_done(), main.ident == threading.get_ident())
main._set_done()
print("after _set_done:", main.is_done())
main.join()

try:
    _thread.start_joinable_thread(1)
except TypeError as e:
    print("TypeError:", e)

t = threading.Thread(target=lambda: None, name="T1")
print(repr(t))
t.start()
t.join()
print(t.is_alive(), repr(t).replace(str(t.ident), "IDENT"))
