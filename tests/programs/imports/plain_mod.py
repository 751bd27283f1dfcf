# Helper module for import_star.py: no __all__, so star import binds every
# public (non-underscore) name.
alpha = "a"
beta = "b"
_hidden = "h"


def gamma():
    return alpha + beta
