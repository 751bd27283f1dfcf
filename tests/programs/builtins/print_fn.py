# print(): multiple args, sep and end (incl. empty and None), file=sys.stderr
# (compared via print_fn.err), flush, printing objects via __str__, no args,
# sys.stdout.write / sys.stderr.write return values, interleaving of streams.
import sys
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" -> ", end=" <end>\n")
print("no newline", end="")
print(" continued")
print()
print(1, 2.5, None, True, [1, "x"], {"k": (1,)}, sep="|")
print("sep None", "end None", sep=None, end=None)
print(*range(5))
print(*"abc", sep=",")
print("to stderr", 42, file=sys.stderr)
print("err", "parts", sep="+", end="!\n", file=sys.stderr)
print("flushed", flush=True)
n = sys.stdout.write("written directly\n")
print(n)
m = sys.stderr.write("stderr direct\n")
print(m)
class Shown:
    def __str__(self):
        return "shown via __str__"
    def __repr__(self):
        return "repr form"
print(Shown(), [Shown()], str(Shown()), f"{Shown()}")
print("multi\nline\ttab")
print("unicode: é ☃ 😀")
print("", "", sep="x")
print(end="")
print("after empty print with end=''")
try:
    print("a", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("a", end=[])
except TypeError as e:
    print("TypeError:", e)
print("last line", file=sys.stdout)
print("last stderr line", file=sys.stderr)
