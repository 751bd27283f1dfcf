# Uncaught custom exception with attributes and a custom __str__, raised
# inside a generator method resumed by next(); the last stderr line uses the
# class name and the custom __str__ (compared via tb_custom.err).
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"application failed with code {self.code}"


class Worker:
    def steps(self):
        yield 1
        yield 2
        raise AppError(42)


steps = Worker().steps()
total = 0
while True:
    step = next(steps)
    total += step
    print("step", step, "total", total)
