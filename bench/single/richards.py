"""Richards: Martin Richards' operating-system task scheduler simulation.

Measures method calls, attribute access on small objects, linked-list
walking and boolean state tests: six tasks (an idle task, a worker, two
packet handlers and two devices) exchange packets through a priority
scheduler; the idle task runs COUNT times.  Written from the published
description of the benchmark.  Prints how many packets were queued and how
many times a task held itself (23246 and 9297 for COUNT = 10000, the classic
reference values).

    ftpy bench/single/richards.py [COUNT]
"""
# bench: default=200000 quick=8000
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = 1, 2, 3, 4, 5, 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE


def append_packet(pkt, queue):
    """Appends pkt at the end of the packet list `queue`; returns the list."""
    pkt.link = None
    if queue is None:
        return pkt
    tail = queue
    while tail.link is not None:
        tail = tail.link
    tail.link = pkt
    return queue


class Task:
    """A task control block: priority, packet queue, three state flags and the
    task's own behaviour (run)."""

    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = waiting
        self.holding = False
        self.next = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def blocked(self):
        return self.holding or (self.waiting and not self.pending)

    def take_packet(self):
        """Hands the first queued packet to run() when the task was waiting for one."""
        if self.pending and self.waiting and not self.holding:
            pkt = self.queue
            self.queue = pkt.link
            self.pending = self.queue is not None
            self.waiting = False
            return pkt
        return None

    def receive(self, current, pkt):
        """Queues pkt on this task; returns the task that should run next."""
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = append_packet(pkt, self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.target = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        pkt.dest = self.target
        pkt.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.work_in = None
        self.device_in = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work_in = append_packet(pkt, self.work_in)
            else:
                self.device_in = append_packet(pkt, self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count >= BUFFER_SIZE:
                self.work_in = work.link
                return self.sched.queue_packet(work)
            dev = self.device_in
            if dev is not None:
                self.device_in = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.held_packet = None

    def run(self, pkt):
        if pkt is None:
            held = self.held_packet
            if held is None:
                return self.sched.wait()
            self.held_packet = None
            return self.sched.queue_packet(held)
        self.held_packet = pkt
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queued = 0
        self.holds = 0

    def hold_self(self):
        self.holds += 1
        self.current.holding = True
        return self.current.next

    def wait(self):
        self.current.waiting = True
        return self.current

    def release(self, ident):
        task = self.table[ident]
        task.holding = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def queue_packet(self, pkt):
        task = self.table[pkt.dest]
        self.queued += 1
        pkt.link = None
        pkt.dest = self.current.ident
        return task.receive(self.current, pkt)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.next
            else:
                self.current = task
                task = task.run(task.take_packet())


def richards(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    WorkerTask(s, work)
    for ident, device, priority in ((HANDLER_A, DEVICE_A, 2000), (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, ident, priority, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.queued, s.holds


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    queued, holds = richards(count)
    print("checksum richards", count, queued, holds)


main()
