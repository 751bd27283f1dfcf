# str indexing and slicing: all step combinations, negative indices,
# clamping of out-of-range bounds, IndexError, and non-ASCII text.
s = "0123456789"
print(s[0], s[9], s[-1], s[-10], s[3:7], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-7:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1], s[-1:-4:-1], s[:3:-1], s[3::-1])
print(repr(s[5:5]), repr(s[7:3]), s[-100:3], s[8:100], s[100:], repr(s[100:200]), s[-100:-8], s[::100])
print(s[None:None:-1], s[slice(2, 8, 2)], s[slice(None, 4)], s[slice(-2, None)], s[True:3])
for bad in [10, -11, 100]:
    try:
        s[bad]
    except IndexError as e:
        print(bad, "IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s["1"]
except TypeError as e:
    print("TypeError:", e)
try:
    s[1.0]
except TypeError as e:
    print("TypeError:", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)
u = "añb€c😀d"
print(len(u), u[1], u[3], u[5], u[::-1], u[2:6], u[-2], [c for c in u], u.encode("utf-8"))
for i in range(-len(u), len(u)):
    print(u[i], end="")
print()
word = "palindrome"
print(word[::-1], word[1:-1], word[:len(word) // 2], word[len(word) // 2:], word[-3:] + word[:-3])
print(all(s[i:j] == "".join(s[k] for k in range(*slice(i, j).indices(len(s)))) for i in range(-12, 12) for j in range(-12, 12)))
print(all(s[i:j:k] == "".join(s[n] for n in range(*slice(i, j, k).indices(len(s)))) for i in range(-12, 12) for j in (-12, -3, 0, 4, 11, None) for k in (-3, -1, 2)))
