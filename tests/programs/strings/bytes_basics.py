# bytes basics: literals, indexing gives ints, slicing, concatenation,
# common methods, comparisons, bytes() constructors, decode/encode, repr.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2], type(b[0]).__name__, type(b[:1]).__name__)
print(b + b"!", b * 2, b"o" in b, 111 in b, b"xyz" in b, b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"))
print(b.upper(), b.split(), b.split(b"o"), b"-".join([b"a", b"b"]), b.replace(b"l", b"L"), b.strip(b"hd"))
print(b.startswith(b"he"), b.endswith(b"ld"), b"  x ".strip(), b"a,b".partition(b","), b.title(), b.isalpha(), b"12".isdigit())
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes("é", "utf-8"), b"\x00\xff\n\t\\'\"", b'"', b"'")
print(list(b"abc"), [c for c in b"AZ"], bytes([x + 1 for x in b"HAL"]), b"abc" == b"abc", b"abc" < b"abd", b"" < b"\x00")
print(b"caf\xc3\xa9".decode("utf-8"), "café".encode(), "café".encode("utf-8") == b"caf\xc3\xa9", str(b"x"), repr(b"\x7f\x80"))
print(b.hex(), bytes.fromhex("48 69 21"), b"abc".hex(), b"%s=%d" % (b"k", 5), hash(b"a") == hash(b"a"))
print(b"abc" == "abc", b"a"[0] == ord("a"), sorted(b"cab"), max(b"hello"), sum(b"\x01\x02"), bytes(b"copy"))
for bad in [lambda: bytes([256]), lambda: bytes([-1]), lambda: b"a" + "b", lambda: b"x"[5], lambda: bytes("é")]:
    try:
        bad()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
d = {b"key": 1, "key": 2}
print(d[b"key"], d["key"], len(d), {b"a", b"a", b"b"} == {b"b", b"a"})
