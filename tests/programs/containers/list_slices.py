# list slicing: reads, slice assignment (growing, shrinking, extended slices),
# del with slices, slice objects, and the errors for mismatched sizes.
base = list(range(10))
print(base[2:5], base[:3], base[7:], base[-3:], base[::3], base[::-1], base[8:2:-2], base[100:], base[-100:2])
a = list(range(10)); a[2:5] = ["x"]; print(a)
a = list(range(10)); a[2:3] = ["x", "y", "z"]; print(a)
a = list(range(10)); a[5:5] = [99, 98]; print(a)
a = list(range(10)); a[:] = []; print(a)
a = list(range(10)); a[::2] = "abcde"; print(a)
a = list(range(10)); a[::-3] = [0, 0, 0, 0]; print(a)
a = list(range(10)); a[-2:] = range(3); print(a)
a = list(range(10)); a[8:2] = ["in"]; print(a)
a = list(range(10)); a[100:] = [10]; print(a)
a = list(range(5)); a[1:4] = a; print(a)
a = list(range(10)); del a[::2]; print(a)
a = list(range(10)); del a[1:8:3]; print(a)
a = list(range(10)); del a[-3:]; print(a)
a = list(range(10)); del a[:]; print(a)
a = list(range(10)); del a[5:1]; print(a)
s = slice(1, 8, 2)
a = list(range(10))
print(a[s], s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), a[slice(-3, None)])
a[s] = [-1] * 4; print(a)
try:
    a = list(range(10)); a[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    a = list(range(10)); a[1:3] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    a[1] = 2; del a[10]
except IndexError as e:
    print("IndexError:", e)
try:
    a[-11] = 0
except IndexError as e:
    print("IndexError:", e)
copy = base[:]
copy[0] = "changed"
print(base[0], copy[0], base[:] == base, base[:] is base)
m = [[1, 2], [3, 4]]
shallow = m[:]
shallow[0][0] = "s"
print(m, shallow)
