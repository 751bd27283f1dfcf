import sys
print("about to stop")
sys.exit("stopped-by-request")
