print("bare SystemExit exits with status 0")
raise SystemExit
print("not reached")
