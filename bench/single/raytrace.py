"""Ray tracer: a small scene of spheres over a checkered plane, two lights,
shadows and mirror reflections, rendered to a WIDTH x (3/4 WIDTH) image.

Measures float arithmetic through operator overloading on a small vector
class (__add__, __sub__, __mul__ with `__slots__`), many short-lived
objects, method calls, isinstance-free dynamic dispatch over scene objects,
recursion (reflections) and math.sqrt.  Prints the sum and a digest of the
8-bit pixel values.

    ftpy bench/single/raytrace.py [WIDTH]
"""
# bench: default=240 quick=24
import math
import sys

EPSILON = 1e-6
MAX_DEPTH = 3


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def times(self, o):
        """Component-wise product (colour filtering)."""
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def unit(self):
        n = self.length()
        return Vec(self.x / n, self.y / n, self.z / n)


BLACK = Vec(0.0, 0.0, 0.0)
WHITE = Vec(1.0, 1.0, 1.0)


class Ray:
    __slots__ = ("origin", "direction")

    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Surface:
    def __init__(self, color, diffuse, specular, shininess, mirror):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror

    def color_at(self, point):
        return self.color


class Checker(Surface):
    def __init__(self, dark, light):
        Surface.__init__(self, light, 0.9, 0.2, 10, 0.25)
        self.dark = dark

    def color_at(self, point):
        if (int(math.floor(point.x)) + int(math.floor(point.z))) & 1:
            return self.dark
        return self.color


class Sphere:
    def __init__(self, center, radius, surface):
        self.center = center
        self.radius2 = radius * radius
        self.surface = surface

    def hit(self, ray):
        oc = self.center - ray.origin
        b = oc.dot(ray.direction)
        disc = b * b - oc.dot(oc) + self.radius2
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = b - root
        if t > EPSILON:
            return t
        t = b + root
        if t > EPSILON:
            return t
        return None

    def normal(self, point):
        return (point - self.center).unit()


class Plane:
    def __init__(self, normal, offset, surface):
        self.n = normal.unit()
        self.offset = offset
        self.surface = surface

    def hit(self, ray):
        denom = self.n.dot(ray.direction)
        if -EPSILON < denom < EPSILON:
            return None
        t = -(self.n.dot(ray.origin) + self.offset) / denom
        return t if t > EPSILON else None

    def normal(self, point):
        return self.n


class Scene:
    def __init__(self):
        self.things = [
            Plane(Vec(0.0, 1.0, 0.0), 0.0, Checker(Vec(0.1, 0.1, 0.1), Vec(0.9, 0.9, 0.9))),
            Sphere(Vec(0.0, 1.0, 3.0), 1.0, Surface(Vec(0.9, 0.2, 0.2), 0.7, 0.5, 40, 0.3)),
            Sphere(Vec(-1.8, 0.6, 2.2), 0.6, Surface(Vec(0.2, 0.8, 0.3), 0.8, 0.3, 20, 0.1)),
            Sphere(Vec(1.6, 0.5, 1.8), 0.5, Surface(Vec(0.3, 0.4, 0.95), 0.6, 0.8, 80, 0.5)),
        ]
        self.lights = [(Vec(-3.0, 5.0, -2.0), Vec(0.8, 0.8, 0.8)),
                       (Vec(4.0, 3.0, 0.0), Vec(0.4, 0.35, 0.3))]
        self.ambient = 0.1

    def nearest(self, ray):
        best_t = None
        best = None
        for thing in self.things:
            t = thing.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = thing
        return best, best_t

    def shadowed(self, point, to_light, distance):
        ray = Ray(point, to_light)
        for thing in self.things:
            t = thing.hit(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        thing, t = self.nearest(ray)
        if thing is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.5, 0.7, 1.0) * k + WHITE * (0.3 * (1.0 - k))
        point = ray.at(t)
        n = thing.normal(point)
        surf = thing.surface
        base = surf.color_at(point)
        color = base * self.ambient
        for light_pos, light_color in self.lights:
            to_light = light_pos - point
            distance = to_light.length()
            l = to_light * (1.0 / distance)
            if self.shadowed(point + n * 1e-4, l, distance):
                continue
            lambert = n.dot(l)
            if lambert > 0.0:
                color = color + base.times(light_color) * (lambert * surf.diffuse)
            half = (l - ray.direction).unit()
            spec = n.dot(half)
            if spec > 0.0:
                color = color + light_color * (surf.specular * spec ** surf.shininess)
        if surf.mirror > 0.0 and depth < MAX_DEPTH:
            d = ray.direction
            reflected = d - n * (2.0 * d.dot(n))
            bounce = self.trace(Ray(point + n * 1e-4, reflected), depth + 1)
            color = color + bounce * surf.mirror
        return color


def to_byte(c):
    if c <= 0.0:
        return 0
    if c >= 1.0:
        return 255
    return int(c * 255.0 + 0.5)


def render(width, height):
    scene = Scene()
    eye = Vec(0.0, 1.3, -3.0)
    aspect = width / height
    total = 0
    digest = 0
    for j in range(height):
        y = 1.0 - 2.0 * (j + 0.5) / height
        for i in range(width):
            x = (2.0 * (i + 0.5) / width - 1.0) * aspect
            ray = Ray(eye, Vec(x, y - 0.15, 1.6).unit())
            c = scene.trace(ray, 0)
            r, g, b = to_byte(c.x), to_byte(c.y), to_byte(c.z)
            total += r + g + b
            digest = (digest * 1000003 + (r << 16 | g << 8 | b)) % 4294967291
    return total, digest


def main():
    width = int(sys.argv[1]) if len(sys.argv) > 1 else 240
    height = width * 3 // 4
    total, digest = render(width, height)
    print("checksum raytrace", width, height, total, digest)


main()
