# str searching: find/rfind/index/rindex/count/startswith/endswith with
# start/end arguments, `in`, and the ValueError from index().
s = "abracadabra"
print(s.find("a"), s.find("a", 1), s.find("a", 1, 3), s.find("z"), s.find(""), s.find("", 11), s.find("", 12))
print(s.rfind("a"), s.rfind("a", 0, 10), s.rfind("abra"), s.rfind("z"), s.rfind(""), s.find("bra", -4))
print(s.index("c"), s.rindex("b"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 4), s.count("a", -3, -1))
print(s.find("a", -100, 100), s.find("a", 5, 2), s.count("aa"), "aaaa".count("aa"), "aaaa".find("aa", 1))
try:
    s.index("z")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("q", 2)
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("abra"), s.startswith("cad", 4), s.startswith(("x", "ab")), s.startswith(""), s.startswith("a", 20))
print(s.endswith("abra"), s.endswith("cad", 0, 7), s.endswith(("x", "ra")), s.endswith("abr", 0, -1), s.endswith("a", -1))
try:
    s.startswith(["a"])
except TypeError as e:
    print("TypeError:", e)
print("cad" in s, "" in s, "dab" not in s, "A" in s, "a" in "")
u = "naïve café — ünïcode"
print(u.find("é"), u.index("—"), u.count("ï"), u.rfind("c"), len(u), u.find("code"))
text = "the cat sat on the mat with the hat"
pos, hits = 0, []
while True:
    pos = text.find("at", pos)
    if pos < 0:
        break
    hits.append(pos)
    pos += 1
print(hits, text.count("the"), text.replace("the", "a", 2), text.rindex("the"))
