# Uncaught chained exceptions: both the explicit-cause banner ("direct
# cause") and the implicit-context banner ("During handling ...") appear on
# stderr in CPython's format (compared via tb_chained.err). Lines are chosen
# so that CPython prints no ^ markers.
def lookup(cfg, key):
    if key not in cfg:
        raise KeyError(key)
    return cfg[key]


def read_config(cfg):
    try:
        port = lookup(cfg, "port")
    except KeyError as exc:
        raise LookupError("port missing") from exc
    return port


def start(cfg):
    try:
        port = read_config(cfg)
    except LookupError:
        raise RuntimeError("cannot start")
    return port


print("booting")
port = start({})
