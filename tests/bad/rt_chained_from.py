def load(text):
    try:
        return int(text)
    except ValueError as exc:
        raise RuntimeError("cannot load " + repr(text)) from exc


load("abc")
