# bool: subclass of int, arithmetic, short-circuit evaluation returning operands,
# truthiness of builtin values, repr/str.
print(True, False, repr(True), str(False), int(True), float(False), True == 1, False == 0)
print(isinstance(True, int), issubclass(bool, int), type(True).__name__, bool.__mro__[1].__name__)
print(True + True, True * 10, -True, True / 2, True // 2, True % 2, True ** 0, 7 - True)
print(sum([True, True, False, True]), [1, 2, 3][True], {True: "a", 1: "b"}, {1, True, 1.0})
print(bool(0), bool(1), bool(-1), bool(0.0), bool(1e-300), bool(""), bool(" "), bool([]), bool([[]]))
print(bool(()), bool({}), bool({0: 0}), bool(set()), bool(range(0)), bool(range(1)), bool(None), bool(b""))
log = []
def t(name, val):
    log.append(name)
    return val
print(t("a", 0) and t("b", 1), log)
log.clear()
print(t("a", 1) and t("b", 2), log)
log.clear()
print(t("a", 0) or t("b", ""), log)
log.clear()
print(t("a", 3) or t("b", 4), log)
log.clear()
print(t("a", []) or t("b", 0) or t("c", "x") or t("d", 1), log)
print(not 0, not 1, not "", not [0], not not "x", (not 1) == False)
print(True & True, True | False, True ^ True, False < True, max(False, True), sorted([True, False, True]))
print(1 if True else 2, "yes" if [] else "no", None or "default", 0 and "never", "" or 0 or None)
print(True is True, (1 == 1) is True, bool("False"), hash(True), hash(False), str(True).upper())
print(f"{True}", f"{True:d}", f"{False!r}", "%s %d" % (True, True), format(True, "^7"), True.real)
