def helper():
    return super().method()


helper()
