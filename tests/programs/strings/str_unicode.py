# Non-ASCII str: length in code points, case mapping incl. special cases
# (sharp s, final sigma, ligatures, titlecase digraphs), predicates, ord/chr,
# encode/decode round trips, escapes in repr and ascii().
words = ["ß straße", "ǅungla", "Ἀθῆναι", "ΣΑΣ ΟΔΟΣ", "ﬁsh", "Ünïcödé", "日本語"]
for w in words:
    print(w, len(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
for s in ["é", "Ⅻ", "²", "٣", "日本", "\u00a0", "\u2028", "ǅ", "Σ", "x\u200b"]:
    print(ascii(s).ljust(10), " ".join("1" if getattr(s, p)() else "0" for p in preds))
print(ord("é"), ord("€"), ord("😀"), chr(233), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff")
for s in ["añb", "€", "😀", "\x00\x7f\x80", "日本語"]:
    b = s.encode("utf-8")
    print(ascii(s), len(s), b, len(b), b.decode("utf-8") == s)
print(repr("é\n\t\x01\x7f\u200b😀'\""), ascii("é😀\u200b"), repr("'"), repr('"'), repr("'\""))
print("é" == "e\u0301", len("e\u0301"), "\u03b1", "\u03b1" < "\u03b2")
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print("€uro"[0], "€uro"[1:], "😀" * 3, "|".join("日本語"), "日本語"[::-1], "naïve".find("v"))
