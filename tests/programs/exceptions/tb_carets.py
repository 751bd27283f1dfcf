# Traceback with CPython 3.13's position markers: when the failing expression
# covers only part of the line, the report adds a line of ~ and ^ under it
# (binary operator anchors, subscripts, calls). Compared via tb_carets.err.
def ratio(a, b):
    return a / b


def lookup(table, key):
    value = table[key] * 2
    return value


def run():
    results = [ratio(1, 2), lookup({"a": 1}, "a")]
    results.append(ratio(results[0], 0))
    return results


print(run())
