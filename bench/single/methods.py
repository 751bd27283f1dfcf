"""Method calls on small objects: attribute reads/writes, bound method calls,
inheritance and overriding, super() calls, properties, __init__ of many
small instances, dunder operators (__add__, __eq__).
  ftpy bench/single/methods.py [N]
"""
# bench: default=800000 quick=60000
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Body:
    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        self.steps = 0

    def step(self):
        self.pos = self.pos + self.vel
        self.steps += 1
        return self.energy()

    def energy(self):
        return self.vel.dot(self.vel)

    @property
    def manhattan(self):
        return abs(self.pos.x) + abs(self.pos.y)


class Bouncer(Body):
    def step(self):
        e = super().step()
        if self.manhattan > 1000:
            self.vel = self.vel.scaled(-1)
        return e + 1


class Counter:
    def __init__(self):
        self.n = 0

    def add(self, v):
        self.n += v
        return self


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    bodies = [Body(i, Vec(i, -i), Vec(1, 2)) if i % 2 else Bouncer(i, Vec(0, i), Vec(3, -1)) for i in range(50)]
    counter = Counter()
    rounds = n // len(bodies)
    for r in range(rounds):
        for b in bodies:
            counter.add(b.step() % 11)
    pos_sum = 0
    for b in bodies:
        pos_sum += b.manhattan + b.steps
    print("checksum methods", n, counter.n, pos_sum)


main()
