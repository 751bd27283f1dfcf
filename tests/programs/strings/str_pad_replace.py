# padding, alignment and replacement: center/ljust/rjust/zfill/expandtabs,
# replace with counts, translate/maketrans, multiplication, comparisons.
for w in ["", "a", "ab", "abc", "abcdef"]:
    print("[%s] [%s] [%s] [%s] [%s]" % (w.center(5), w.center(6, "*"), w.ljust(5, "."), w.rjust(5, "-"), w.zfill(5)))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "-".zfill(3), "3.14".zfill(7))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tbc\tdef".expandtabs(4)), repr("\t".expandtabs(0)), repr("x\ty\nab\tc".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("", "."), "abc".replace("", "-", 2))
print(s.replace("one", "1", -1), "aaa".replace("a", "aa"), "aaaa".replace("aa", "b"), "".replace("", "x"))
table = str.maketrans("abc", "xyz")
print("aabbcc-abc".translate(table), "hello".translate(str.maketrans({"l": "L", "o": None})), "abc".translate({97: "AA"}))
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "" * 100, ["x"] * 2)
print("a" < "b", "a" < "B", "abc" < "abd", "ab" < "abc", "Z" < "a", "é" > "z", "" < "a", "abc" == "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), sorted(["b", "a", "C"], key=str.lower))
print(max("hello"), min("hello"), sorted("hello"), list(reversed("abc")), "".join(sorted("dcba")))
