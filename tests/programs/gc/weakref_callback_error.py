# A weakref callback that raises is reported on stderr as CPython reports it
# ("Exception ignored in: <callback>" and a traceback) and the program goes on.
import weakref


class B:
    pass


def bad_callback(wr):
    raise ValueError("callback failed")


b = B()
r = weakref.ref(b, bad_callback)
del b
print("alive:", r() is not None)
print("end")
