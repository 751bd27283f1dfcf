# splitting and joining: split/rsplit (sep, maxsplit), splitlines(keepends),
# partition/rpartition, join, strip family, removeprefix/removesuffix.
s = "  a  b\tc\nd  "
print(s.split(), s.split(" "), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("a::b::c".split("::"), "abc".split("abc"), "x".split("x", 0), "1-2-3".rsplit("-", 1), "1-2-3".rsplit("-"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
t = "line1\nline2\r\nline3\rline4\n\nline6"
print(t.splitlines(), t.splitlines(keepends=True), "".splitlines(), "x\n".splitlines(), "\n".splitlines(True))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(str(i) for i in range(4)), ", ".join(("x",)))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
print(repr("  pad  ".strip()), repr("  pad  ".lstrip()), repr("  pad  ".rstrip()), repr("\t\n x \r\n".strip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "www.example.com".lstrip("w."), "a.txt...".rstrip("."), "yyy".strip("y") == "")
print("prefix_body".removeprefix("prefix_"), "prefix_body".removeprefix("body"), "file.py".removesuffix(".py"), "file.py".removesuffix("x"))
csv = "name,age\nann,31\nbob,27\n"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
print(header, data, [dict(zip(header, r)) for r in data])
print("|".join(w.capitalize() for w in "the rain in spain".split()))
