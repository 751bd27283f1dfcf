// weakref_module.cpp — `_weakref`, the native half of lib/weakref.py:
// ref, getweakrefcount, getweakrefs and _remove_dead_weakref (objects/weakref.h).
//
// Concurrency: callbacks that remove dead entries may run in any thread;
// _remove_dead_weakref deletes under the dict's lock and only when the
// entry still holds a dead reference, so a value stored again meanwhile
// survives.
#include "objects/api.h"
#include "objects/args.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/weakref.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/critical_section.h"

namespace ftpy {

namespace {

Ref<> wr_getweakrefcount(Object*, Object* const* args, size_t nargs, Object*) {
  check_nargs("getweakrefcount", nargs, 1, 1);
  return int_from(weakref_count(args[0]));
}
Ref<> wr_getweakrefs(Object*, Object* const* args, size_t nargs, Object*) {
  check_nargs("getweakrefs", nargs, 1, 1);
  return weakref_list(args[0]);
}
Ref<> wr_remove_dead(Object*, Object* const* args, size_t nargs, Object*) {
  check_nargs("_remove_dead_weakref", nargs, 2, 2);
  if (!is_dict(args[0])) raise(&exc::TypeError, "not a dict");
  Dict* d = static_cast<Dict*>(args[0]);
  CriticalSection cs(d);
  Ref<> v = dict_get(d, args[1]);
  if (v && is_instance_of(v.get(), &WeakRefType) && weakref_resolve(v.get()).get() == kNone)
    dict_del(d, args[1]);
  return none();
}

const MethodDef kWeakrefFunctions[] = {
    {"getweakrefcount", wr_getweakrefcount, 0, "Return the number of weak references to 'object'."},
    {"getweakrefs", wr_getweakrefs, 0, "Return a list of all weak reference objects pointing to 'object'."},
    {"_remove_dead_weakref", wr_remove_dead, 0, "Atomically remove key from dict if it points to a dead weakref."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Ref<> make_weakref_native_module() {
  init_weakref_type();
  Ref<> m = make_module("_weakref", kWeakrefFunctions, "Weak-reference support module.");
  module_add(m.get(), "ref", &WeakRefType);
  module_add(m.get(), "ReferenceType", &WeakRefType);
  return m;
}

}  // namespace ftpy
