# Helper module for import_star.py: __all__ limits what `from star_mod import *` binds.
__all__ = ["public_fn", "CONSTANT"]
CONSTANT = 7
not_exported = "hidden from star import"
_private = "never star-imported"


def public_fn(x):
    return x * CONSTANT


def helper():
    return "only via star_mod.helper"
