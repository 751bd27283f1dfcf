# str case methods and character-class predicates on ASCII text
# (non-ASCII behaviour is in str_unicode.py).
words = ["hello world", "HELLO", "hElLo WoRlD", "it's a dog's life", "123abc", "", "a1b2 c3", "o'neil mc-DONALD", "  x  y  "]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.title(), "|", w.capitalize(), "|", w.swapcase(), "|", w.casefold())
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
samples = ["abc", "ABC", "Abc Def", "abc123", "123", "", " \t\n", "a b", "_x1", "1x", "\x07", "Hello World!", "hello World", "A1", "ABC def", "class"]
for s in samples:
    print(repr(s).ljust(16), " ".join("1" if getattr(s, p)() else "0" for p in preds))
print("Hello".upper().lower().title(), "x".upper() * 3, "MiXeD".swapcase().swapcase())
