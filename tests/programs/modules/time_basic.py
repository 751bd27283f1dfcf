# time: clocks, struct_time, strftime and sleep (deterministic parts only).
import time

t0 = time.time()
m0 = time.monotonic()
p0 = time.perf_counter()
n0 = time.perf_counter_ns()
time.sleep(0.01)
time.sleep(0)
print(time.monotonic() - m0 >= 0.009, time.perf_counter() > p0, time.perf_counter_ns() > n0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 5, time.time() >= t0)
print(time.process_time() >= 0, time.thread_time() >= 0)

st = time.gmtime(0)
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, st[0], len(st), st.tm_zone)
y, mo, d, h, mi, s, wd, yd, dst = time.gmtime(1700000000)
print(y, mo, d, h, mi, s, wd, yd, dst)
print(time.gmtime(1.9).tm_sec, time.gmtime(-1))
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1234567890)))
print(time.strftime('%a %b %d %j %%', (2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.asctime(time.gmtime(0)), time.asctime((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.gmtime(0) == (1970, 1, 1, 0, 0, 0, 3, 1, 0), isinstance(st, tuple))
print(time.struct_time, type(st).__name__)
lt = time.localtime(1700000000)
print(time.mktime(lt) == 1700000000.0, len(time.localtime()))
print(len(time.ctime()) > 20, type(time.strftime('%H')).__name__)

for thunk in [lambda: time.sleep(-1), lambda: time.sleep('a'),
              lambda: time.struct_time((1, 2)), lambda: time.strftime('%Y', (1, 2)),
              lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0))]:
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__, e)
