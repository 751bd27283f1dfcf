"""Synchronized queues for passing items between threads: ftpy's own
implementation of the queue module (Queue, LifoQueue, PriorityQueue,
SimpleQueue).

A Queue keeps its items in a container behind one lock; three conditions on
that lock let producers wait for room (not_full), consumers wait for items
(not_empty), and join() wait until every item put was marked done
(all_tasks_done). Subclasses change only the container (_init, _qsize,
_put, _get), as in CPython, so user subclasses written for CPython work.
"""

import threading
from collections import deque
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'ShutDown', 'Queue', 'PriorityQueue', 'LifoQueue',
           'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'


class ShutDown(Exception):
    '''Raised when put/get is called on a shut-down queue.'''


class Queue:
    """A FIFO queue; maxsize <= 0 means unbounded."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0
        self.is_shutdown = False

    def task_done(self):
        """Mark one item taken with get() as processed (for join())."""
        with self.all_tasks_done:
            left = self.unfinished_tasks - 1
            if left < 0:
                raise ValueError('task_done() called too many times')
            self.unfinished_tasks = left
            if left == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        """Block until every item put has been marked done by task_done()."""
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        """The approximate number of items (others may change it at once)."""
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item; if the queue is full, wait for room (at most `timeout`
        seconds) when `block`, else raise Full at once."""
        with self.not_full:
            if self.is_shutdown:
                raise ShutDown
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                        if self.is_shutdown:
                            raise ShutDown
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")
                else:
                    deadline = _monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
                        if self.is_shutdown:
                            raise ShutDown
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        """Remove and return an item; if there is none, wait for one (at most
        `timeout` seconds) when `block`, else raise Empty at once."""
        with self.not_empty:
            if self.is_shutdown and not self._qsize():
                raise ShutDown
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                deadline = _monotonic() + timeout
                while not self._qsize():
                    remaining = deadline - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
                    if self.is_shutdown and not self._qsize():
                        raise ShutDown
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def shutdown(self, immediate=False):
        """Make put() raise ShutDown; get() raises it once the queue is empty
        (at once, dropping the items, when `immediate`)."""
        with self.mutex:
            self.is_shutdown = True
            if immediate:
                while self._qsize():
                    self._get()
                    if self.unfinished_tasks > 0:
                        self.unfinished_tasks -= 1
                self.all_tasks_done.notify_all()
            self.not_empty.notify_all()
            self.not_full.notify_all()

    # The container; override these four to change the order. Called with
    # the mutex held.
    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return cls


class PriorityQueue(Queue):
    """Retrieves the smallest item first (a binary min-heap)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added item first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._items = deque()
        self._ready = threading.Condition(threading.Lock())

    def put(self, item, block=True, timeout=None):
        """Put an item; never blocks (block and timeout exist for
        compatibility with Queue.put)."""
        with self._ready:
            self._items.append(item)
            self._ready.notify()

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        """Remove and return an item, waiting for one as Queue.get does."""
        if timeout is not None and timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        with self._ready:
            if not block:
                if not self._items:
                    raise Empty
            elif timeout is None:
                while not self._items:
                    self._ready.wait()
            else:
                deadline = _monotonic() + timeout
                while not self._items:
                    remaining = deadline - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self._ready.wait(remaining)
            return self._items.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return not self._items

    def qsize(self):
        return len(self._items)

    def __class_getitem__(cls, item):
        return cls


# A binary min-heap on a list: heap[i] <= heap[2*i+1] and heap[i] <= heap[2*i+2].
# Only `<` compares items, and items move in the same order as with heapq, so
# equal-priority items come out in the same order as under CPython.

def _rise(heap, pos):
    # Move heap[pos] towards the root while it is smaller than its parent.
    item = heap[pos]
    while pos > 0:
        parent = (pos - 1) // 2
        if not item < heap[parent]:
            break
        heap[pos] = heap[parent]
        pos = parent
    heap[pos] = item


def _heap_push(heap, item):
    heap.append(item)
    _rise(heap, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    # Walk the hole left at the root down to a leaf, always along the smaller
    # child, then put `last` there and let it rise (Floyd's method).
    size = len(heap)
    pos = 0
    child = 1
    while child < size:
        right = child + 1
        if right < size and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = last
    _rise(heap, pos)
    return top
