// identifiers.cpp — see identifiers.h. Written once during start-up, before
// any second thread exists; read-only afterwards.
#include "objects/identifiers.h"

namespace ftpy::id {
#define ID(cname, text) Str* cname = nullptr;
#include "objects/identifiers.def"
#undef ID
}  // namespace ftpy::id

namespace ftpy {
void init_identifiers() {
#define ID(cname, text) id::cname = intern(text);
#include "objects/identifiers.def"
#undef ID
}
}  // namespace ftpy
