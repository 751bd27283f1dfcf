config = {"host": "localhost"}


def port(cfg):
    return cfg["port"]


print(port(config))
