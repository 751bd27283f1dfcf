# round(): banker's rounding, ndigits positive/negative, ints stay ints,
# float representation effects, and the type of the result.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 1e16 + 1]:
    print(v, round(v), type(round(v)).__name__, round(v, 2), round(v, 0))
print(round(1234.5678, 2), round(1234.5678, -2), round(1234.5678, -5), round(-1234.5678, 1))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 3))
print(round(2 ** 70 + 5, -1), round(123, -10), type(round(5, 2)).__name__, round(True))
print(round(0.125, 2), round(0.375, 2), round(5e-324, 400), round(1.5e300, -299))
print(round(float("inf"), 2), round(float("-inf"), 0), round(float("nan"), 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(-0.4), round(-0.0, 1), round(0.5 + 1e-12))
