def main():
    try:
        raise SystemExit(None)
    finally:
        print("finally runs")


main()
