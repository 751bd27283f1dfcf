# sys.exit("...") with a string prints the string on stderr and exits with
# status 1 (exit_message.err / exit_message.exit); stdout before it is kept.
import sys

print("about to fail")
for step in range(3):
    print("step", step)
    if step == 1:
        sys.exit("fatal: stopped at step %d" % step)
