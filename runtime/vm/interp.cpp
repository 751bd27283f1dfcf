// interp.cpp — the VM's entry points for the rest of the runtime: running a
// code object (eval_code), class bodies, the current frame's globals /
// locals / builtins, zero-argument super() support, and the source-line
// cache tracebacks read.
//
// Source cache: register_source() stores a file's text split into lines;
// source_line() answers from it, or reads the file from disk once (like
// linecache). Guarded by a mutex: imports on several threads may register
// at once, and tracebacks may be printed from any thread.
//
// Concurrency: the frame queries read the calling thread's own frame chain.
#include <cstdio>
#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "objects/api.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/generator.h"
#include "objects/identifiers.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interp.h"
#include "objects/shared_slot.h"
#include "runtime/vm/traceback.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy::vm {

namespace {

ThreadState* ensure_thread_state() {
  ThreadState* ts = current_thread_state();
  return ts ? ts : thread_state_create();
}

// ------------------------------------------------------------- source cache

struct SourceCache {
  std::mutex mu;
  // filename -> lines (without their line breaks); an empty optional-like
  // entry (missing = true) records a file that could not be read.
  struct Entry {
    bool missing = false;
    std::vector<std::string> lines;
  };
  std::unordered_map<std::string, Entry> files;
};

SourceCache& source_cache() {
  static SourceCache* cache = new SourceCache();  // never destroyed: used at exit
  return *cache;
}

std::vector<std::string> split_source_lines(std::string_view src) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < src.size(); ++i) {
    if (src[i] == '\n' || src[i] == '\r') {
      lines.emplace_back(src.substr(start, i - start));
      if (src[i] == '\r' && i + 1 < src.size() && src[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < src.size()) lines.emplace_back(src.substr(start));
  return lines;
}

}  // namespace

void register_source(std::string_view filename, std::string source) {
  SourceCache& c = source_cache();
  std::vector<std::string> lines = split_source_lines(source);
  std::lock_guard<std::mutex> lock(c.mu);
  SourceCache::Entry& e = c.files[std::string(filename)];
  e.missing = false;
  e.lines = std::move(lines);
}

bool source_line(std::string_view filename, int lineno, std::string* out) {
  if (lineno < 1) return false;
  SourceCache& c = source_cache();
  std::string key(filename);
  {
    std::lock_guard<std::mutex> lock(c.mu);
    auto it = c.files.find(key);
    if (it != c.files.end()) {
      if (it->second.missing || static_cast<size_t>(lineno) > it->second.lines.size()) return false;
      *out = it->second.lines[lineno - 1];
      return true;
    }
  }
  SourceCache::Entry e;
  if (key.empty() || key[0] == '<') {
    e.missing = true;
  } else {
    std::ifstream in(key, std::ios::binary);
    if (!in) {
      e.missing = true;
    } else {
      std::stringstream ss;
      ss << in.rdbuf();
      e.lines = split_source_lines(ss.str());
    }
  }
  std::lock_guard<std::mutex> lock(c.mu);
  SourceCache::Entry& slot = c.files[key];
  if (slot.lines.empty() && !slot.missing) slot = std::move(e);
  if (slot.missing || static_cast<size_t>(lineno) > slot.lines.size()) return false;
  *out = slot.lines[lineno - 1];
  return true;
}

Object* default_builtins() { return builtins_dict(); }

void init_vm_types() {
  init_traceback_type();
  init_generator_type();
}

Object* builtins_for_globals(Object* globals) {
  if (globals && is_dict(globals)) {
    Ref<> b = dict_get_str(static_cast<Dict*>(globals), id::builtins);
    if (b) {
      if (type_of(b.get()) == &ModuleType) {
        Object* d = module_dict(b.get());
        if (d && is_dict(d)) return d;
      } else if (is_dict(b.get())) {
        return b.get();  // kept alive by globals
      }
    }
  }
  return default_builtins();
}

Frame* current_frame() {
  ThreadState* ts = current_thread_state();
  return ts ? ts->current_frame : nullptr;
}

Ref<> eval_code(Object* code, Object* globals, Object* locals) {
  if (!code || type_of(code) != &CodeType) raise(&exc::TypeError, "expected a code object");
  if (!globals || !is_dict(globals)) {
    raisef(&exc::TypeError, "globals must be a dict, not %s",
           globals ? type_name_of(globals) : "NULL");
  }
  ThreadState* ts = ensure_thread_state();
  init_small_int_table();
  Code* co = static_cast<Code*>(code);
  Ref<> keep_code = Ref<>::borrow(code);
  Ref<> keep_globals = Ref<>::borrow(globals);
  Ref<> keep_locals = Ref<>::borrow(locals);
  Object* builtins = builtins_for_globals(globals);
  Ref<> keep_builtins = Ref<>::borrow(builtins);
  Frame* f = datastack_push(ts, co);
  frame_init(f, co, nullptr, globals, builtins, locals ? locals : globals, FrameOwner::kDataStack);
  return Ref<>::steal(eval_frame(ts, f, nullptr));
}

Ref<> eval_function_with_locals(Function* func, Object* locals) {
  ThreadState* ts = ensure_thread_state();
  Code* co = static_cast<Code*>(func->code.get());
  Ref<> keep_func = Ref<>::borrow(func);
  Ref<> keep_locals = Ref<>::borrow(locals);
  Frame* f = datastack_push(ts, co);
  frame_init(f, co, func, func->globals.get(), func->builtins.get(), locals,
             FrameOwner::kDataStack);
  return Ref<>::steal(eval_frame(ts, f, nullptr));
}

Object* current_globals() {
  Frame* f = current_frame();
  return f ? f->globals : nullptr;
}

Object* current_builtins() {
  Frame* f = current_frame();
  return f ? f->builtins : default_builtins();
}

Ref<> current_locals() {
  Frame* f = current_frame();
  if (!f) return Ref<>();
  if (f->locals) return Ref<>::borrow(f->locals);
  // A function frame: a fresh snapshot of its variables (locals() in 3.13
  // returns an independent dict for optimized frames).
  Ref<Dict> d = dict_new();
  Code* co = f->code;
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    Object* v = f->localsplus[i];
    if (!v) continue;
    uint8_t kind = co->localspluskinds[i];
    Ref<> contents;
    if (kind & (kFastCell | kFastFree)) {
      if (type_of(v) == &CellType) {
        Cell* c = static_cast<Cell*>(v);
        contents = shared_slot_load(c, c->contents.raw_slot());
        v = contents.get();
        if (!v) continue;
      }
    }
    if (kind & kFastHidden) continue;
    dict_set(d.get(), tuple_item(co->localsplusnames.get(), i), v);
  }
  return d;
}

bool frame_super_args(Ref<>* type, Ref<>* self) {
  Frame* f = current_frame();
  if (!f || !f->func) raise(&exc::RuntimeError, "super(): no arguments");
  Code* co = f->code;
  if (co->argcount == 0 && !(co->flags & kCoVarargs)) raise(&exc::RuntimeError, "super(): no arguments");
  Object* first = f->localsplus[0];
  Ref<> first_contents;
  if (first && (co->localspluskinds[0] & kFastCell) && type_of(first) == &CellType) {
    Cell* c = static_cast<Cell*>(first);
    first_contents = shared_slot_load(c, c->contents.raw_slot());
    first = first_contents.get();
  }
  if (!first) raise(&exc::RuntimeError, "super(): arg[0] deleted");
  for (int32_t i = 0; i < co->nlocalsplus; ++i) {
    if (!(co->localspluskinds[i] & kFastFree)) continue;
    if (str_view(tuple_item(co->localsplusnames.get(), i)) != "__class__") continue;
    Object* cell = f->localsplus[i];
    if (!cell || type_of(cell) != &CellType) break;
    Ref<> cls_ref = shared_slot_load(cell, static_cast<Cell*>(cell)->contents.raw_slot());
    Object* cls = cls_ref.get();
    if (!cls) raise(&exc::RuntimeError, "super(): empty __class__ cell");
    if (!is_type_object(cls)) raise(&exc::RuntimeError, "super(): __class__ is not a type");
    *type = Ref<>::borrow(cls);
    *self = Ref<>::borrow(first);
    return true;
  }
  raise(&exc::RuntimeError, "super(): __class__ cell not found");
}

void warn(Type* category, std::string_view message) {
  Frame* f = current_frame();
  if (!f) return;
  Code* co = f->code;
  std::string module;
  if (f->globals && is_dict(f->globals)) {
    Ref<> m = dict_get_str(static_cast<Dict*>(f->globals), id::name);
    if (m && is_str(m.get())) module = std::string(str_view(m.get()));
  }
  if (is_subtype(category, &exc::DeprecationWarning) && module != "__main__") return;
  int64_t lasti = (f->ip - co->code.data()) - 1;
  int line = code_line_of(co, lasti);
  std::string filename = co->filename ? std::string(str_view(co->filename.get())) : "?";
  std::string key = filename + ":" + std::to_string(line) + ":" + type_name(category) + ":" +
                    std::string(message);
  {
    static std::mutex mu;                                            // guards `shown`
    static auto* shown = new std::unordered_set<std::string>();      // never destroyed
    std::lock_guard<std::mutex> lock(mu);
    if (!shown->insert(key).second) return;
  }
  std::string text = filename + ":" + std::to_string(line) + ": " + type_name(category) + ": " +
                     std::string(message) + "\n";
  std::string src;
  if (source_line(filename, line, &src)) {
    size_t a = src.find_first_not_of(" \t\f");
    size_t b = src.find_last_not_of(" \t\f\r\n");
    if (a != std::string::npos) text += "  " + src.substr(a, b - a + 1) + "\n";
  }
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace ftpy::vm
