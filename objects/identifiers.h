// identifiers.h — the interned identifier table (identifiers.def), so hot
// paths never intern at run time: `id::init` is the immortal str "__init__".
// Filled by init_identifiers() (objects/identifiers.cpp) right after the str
// type is ready; read-only afterwards, so any thread may read it.
#pragma once

#include "objects/str.h"

namespace ftpy::id {
#define ID(cname, text) extern Str* cname;
#include "objects/identifiers.def"
#undef ID
}  // namespace ftpy::id

namespace ftpy {
void init_identifiers();
}  // namespace ftpy
