# sys.exit(4) ends the program with status 4 (exit_code.exit) after running
# pending finally blocks; nothing is printed on stderr (exit_code.err is
# empty) and output written before exit is flushed.
import sys


def main():
    try:
        print("working")
        sys.exit(4)
    finally:
        print("cleanup in finally")
    print("not reached")


main()
print("not reached either")
