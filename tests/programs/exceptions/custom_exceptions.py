# Custom exception classes: extra attributes, custom __init__ calling
# super().__init__ (args), __str__ overrides, hierarchies of app errors,
# exceptions without calling super().__init__, exception objects as values.
class AppError(Exception):
    """Base for this app."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(f"config key {key!r}: {reason}")
        self.key = key
        self.reason = reason
class HTTPError(AppError):
    def __init__(self, status, body=""):
        super().__init__(status, body)
        self.status = status
    def __str__(self):
        return f"HTTP {self.status}"
class Silent(AppError):
    def __init__(self, value):
        self.value = value
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
for exc in [ConfigError("db"), ConfigError("port", "not an int"), HTTPError(404, "nf"), Silent(7), AppError(), WithRepr("x")]:
    try:
        raise exc
    except ConfigError as e:
        print("config:", e, "|", e.key, e.reason, e.args)
    except HTTPError as e:
        print("http:", e, "|", repr(e), e.status, e.args)
    except AppError as e:
        print("app:", type(e).__name__, repr(str(e)), e.args, getattr(e, "value", None))
    except Exception as e:
        print("other:", repr(e), str(e))
print(issubclass(ConfigError, AppError), AppError.__doc__, [c.__name__ for c in HTTPError.__mro__])
errors = []
for n in range(4):
    try:
        if n % 2:
            raise HTTPError(500 + n)
        raise ConfigError(f"k{n}")
    except AppError as e:
        errors.append(e)
print([str(e) for e in errors], [type(e).__name__ for e in errors])
e = ConfigError("late")
print(e.__traceback__, e.args)
try:
    raise e
except ConfigError as caught:
    print(caught is e, caught.__traceback__ is not None)
class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(attempts)
        self.attempts = attempts
def flaky(state):
    state["calls"] += 1
    if state["calls"] < 3:
        raise Retry(state["calls"])
    return "success"
state = {"calls": 0}
while True:
    try:
        print(flaky(state))
        break
    except Retry as r:
        print("retry after attempt", r.attempts)
class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__("; ".join(errors))
try:
    raise ValidationError(["name empty", "age negative"])
except ValueError as e:
    print(type(e).__name__, e, e.errors, isinstance(e, ValueError))
ex = ValueError("args", 1)
ex.args = ("replaced",)
print(ex, ex.args)
print(BaseException("b").with_traceback(None).args)
