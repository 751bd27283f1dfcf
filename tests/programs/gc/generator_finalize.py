# A suspended generator that the cycle collector finds in garbage is closed
# before the garbage is cleared (PEP 442 finalizer), so its finally blocks and
# except GeneratorExit handlers run, once; one that ignores GeneratorExit is
# reported and collected anyway; a generator that never started or already
# finished has nothing to run (the finished one ran its finally while it ran).
import gc

log = []


def worker(box, name):
    try:
        yield 1
        yield 2
    finally:
        log.append("finally " + name)


def catcher(box):
    try:
        yield 1
    except GeneratorExit:
        log.append("caught GeneratorExit")
        raise


def stubborn(box):
    while True:
        try:
            yield 1
        except GeneratorExit:
            log.append("ignoring GeneratorExit")


def make_cycle(factory, *args):
    box = []
    g = factory(box, *args)
    box.append(g)  # the generator's frame holds box, box holds the generator
    return g


def drop_started(factory, *args):
    g = make_cycle(factory, *args)
    next(g)
    del g
    gc.collect()
    print(log)
    log.clear()


gc.collect()
drop_started(worker, "a")
drop_started(catcher)

fresh = make_cycle(worker, "never started")
done = make_cycle(worker, "done")
for _ in done:
    pass
del fresh, done
gc.collect()
print(log)
log.clear()

drop_started(stubborn)
