// teardown.cpp — see teardown.h. Runs on the main thread with no other
// thread alive, so nothing here races; Python code (__del__, weakref
// callbacks) runs only inside the steps, never after the last one.
#include "runtime/teardown.h"

#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gc/collector.h"
#include "gc/delayed_free.h"
#include "gc/gc_counts.h"
#include "gc/gc_list.h"
#include "gc/thread_memory.h"
#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/import.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/sys_module.h"
#include "runtime/modules/thread_module.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/interp.h"

namespace ftpy {

namespace {

// Merges what exited threads queued to us and runs every delayed free and
// decref (ours and the exited threads' orphans: nobody else can read now).
void settle() {
  if (gc::ThreadMemory* m = gc::current_thread_memory()) {
    gc::brc_merge_queue(m);
    gc::delayed_decrefs_process(m);
    gc::delayed_process(m);
  }
}

// Collects until a collection finds nothing (finalizers may drop more;
// bounded).
void collect_all() {
  for (int round = 0; round < 8; ++round) {
    settle();
    size_t found = gc::gc_collect();
    settle();
    if (found == 0) break;
  }
}

// Runs one step; an exception it raises is reported, as CPython reports
// errors during finalization, and teardown goes on.
template <class F>
void step(const char* what, F&& fn) {
  try {
    fn();
  } catch (PyException& e) {
    vm::print_unraisable(what, nullptr, "", e.value.get());
  }
}

std::vector<Ref<>> values_of(Dict* d) {
  std::vector<Ref<>> out;
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(d, &pos, &k, &v)) out.push_back(v);
  return out;
}

// CPython's _PyModule_ClearDict: names with one leading underscore become
// None first, then every other name but __builtins__.
void clear_namespace(Dict* d) {
  std::vector<Ref<>> keys;
  int64_t pos = 0;
  Ref<> k, v;
  while (dict_next(d, &pos, &k, &v)) keys.push_back(k);
  for (int pass = 0; pass < 2; ++pass) {
    for (const Ref<>& key : keys) {
      if (!is_str(key.get())) {
        if (pass == 1) dict_set(d, key.get(), kNone);
        continue;
      }
      std::string_view name = str_view(key.get());
      bool underscore = name.size() > 1 && name[0] == '_' && name[1] != '_';
      if ((pass == 0) == underscore && name != "__builtins__") dict_set(d, key.get(), kNone);
    }
  }
  dict_clear(d);
}

}  // namespace

bool teardown_objects() {
  if (!wait_until_only_thread()) return false;
  Dict* modules = static_cast<Dict*>(sys_modules());
  Object* sys = sys_module();
  Object* builtins = builtins_module();

  // 1. sys.modules goes; modules nobody else holds die with their names.
  std::vector<Ref<>> survivors;  // their namespaces, import order
  step("during teardown: sys.modules", [&] {
    std::vector<Ref<>> mods = values_of(modules);
    dict_clear(modules);
    for (const Ref<>& m : mods)
      if (type_of(m.get()) == &ModuleType && m.get() != sys && m.get() != builtins)
        survivors.push_back(Ref<>::borrow(module_dict(m.get())));
    while (!mods.empty()) mods.pop_back();  // reverse import order
  });
  collect_all();

  // 2. The namespaces that are still alive (functions and classes hold
  // them), last imported first.
  for (auto it = survivors.rbegin(); it != survivors.rend(); ++it) {
    step("during teardown: a module namespace", [&] {
      clear_namespace(static_cast<Dict*>(it->get()));
    });
    collect_all();
  }
  survivors.clear();
  collect_all();

  // 3. Classes drop their namespaces (methods, class attributes); what
  // only they held is freed by the collection after.
  step("during teardown: classes", [] { heap_types_clear_namespaces(); });
  collect_all();

  // 4. sys and builtins last: the finalizers above could still use them.
  step("during teardown: gc.callbacks", [] { gc_module_clear_callbacks(); });
  step("during teardown: sys", [&] { clear_namespace(static_cast<Dict*>(module_dict(sys))); });
  step("during teardown: builtins", [&] { dict_clear(static_cast<Dict*>(module_dict(builtins))); });
  collect_all();

  // 5. No Python code runs from here on: classes give up the rest.
  heap_types_release_all();
  collect_all();
  return true;
}

int64_t live_objects_at_exit() {
  return gc::live_object_count() - gc::immortal_object_count();
}

void report_live_objects() {
  std::fflush(stdout);
  int64_t live = live_objects_at_exit();
  std::fprintf(stderr, "[ftpy: %lld objects alive at exit, %lld immortal]\n",
               static_cast<long long>(live), static_cast<long long>(gc::immortal_object_count()));
  if (live > 0) {
    // The tracked ones can be named (untracked leftovers only counted).
    std::map<std::string, int64_t> by_type;
    gc::for_each_tracked([&](gc::GcLink* l) {
      Object* o = gc::object_of_link(l);
      if (!is_immortal(o)) ++by_type[type_of(o)->name];
    });
    for (const auto& [name, n] : by_type)
      std::fprintf(stderr, "[ftpy:   %lld %s]\n", static_cast<long long>(n), name.c_str());
  }
  std::fflush(stderr);
}

}  // namespace ftpy
