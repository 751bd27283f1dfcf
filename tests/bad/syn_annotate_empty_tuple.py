# Found by fuzz_compile: annotating an empty tuple read the first element of
# an empty list in the parser (UBSan).
(): int
