# Code built by exec() in a loop dies with its functions; its constants
# (str, float, big int, bytes, tuples) must go too or stay shared, never
# pile up: under the asan presets LeakSanitizer fails this program if a
# constant of freed code is left allocated (the functions only compute
# from their constants, so nothing else keeps them). Results stay correct
# when equal constants of different code objects are one shared object
# (0.0 and -0.0 stay apart).
import gc

results = []
for i in range(300):
    ns = {}
    exec("def f(x):\n"
         "    t = ('constant text %d', 1.5, 0.0, -0.0, 10**20, b'bytes', (1, 'two', (3.0,)))\n"
         "    return (x, len(t[0]), t[1] * 2, str(t[2]), str(t[3]), t[4] // 10**19,\n"
         "            t[5].decode(), t[6][2][0] + 1)\n"
         % (i % 7), ns)
    results.append(ns["f"](i))
    del ns
gc.collect()
print(len(results))
print(results[0])
print(results[-1])
print(sum(r[5] for r in results), {r[1] for r in results}, {r[4] for r in results})
