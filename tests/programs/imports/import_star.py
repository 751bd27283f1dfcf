# `from m import *` with and without __all__, underscore names excluded,
# star-imported functions still see their own module globals, and module
# globals vs the importer's globals.
from star_mod import *
from plain_mod import *
print(public_fn(3), CONSTANT)
print("not_exported" in globals(), "helper" in globals(), "_private" in globals())
print(alpha, beta, gamma(), "_hidden" in globals())
CONSTANT = 100
print(public_fn(1), CONSTANT)
import star_mod
print(star_mod.helper(), star_mod.not_exported, star_mod.__all__)
alpha = "changed here"
print(gamma())
import plain_mod
plain_mod.alpha = "changed in module"
print(gamma(), alpha)
