// call.cpp — binding call arguments to a Python function's parameters, and
// the Function type's call entry (vm::call_function).
//
// bind_arguments follows CPython's order of checks so that a wrong call
// reports the same error CPython does: keywords first (unexpected name,
// duplicate value, positional-only passed by keyword), then too many
// positional arguments, then missing positional arguments (after defaults),
// then keyword-only defaults and missing keyword-only arguments. Messages
// name the function by its __qualname__ ("Foo.bar() takes ...").
//
// Slots receive new references; on an error the slots already filled stay
// owned by the frame, which the caller clears.
//
// Concurrency: reads the function's defaults/kwdefaults once each (whole
// references, replaced atomically by their setters in the free-threaded
// build); no shared state is written.
#include <cstring>
#include <string>
#include <vector>

#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/threads/thread_state.h"
#include "runtime/vm/frame.h"
#include "runtime/vm/interp.h"
#include "objects/identifiers.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy::vm {

namespace {

std::string qualname_of(Function* f) {
  Object* q = f->qualname.get();
  if (q && is_str(q)) return std::string(str_view(q));
  return "?";
}

std::string quoted_list(const std::vector<std::string>& names) {
  // 'a' | 'a' and 'b' | 'a', 'b', and 'c'
  std::string out;
  size_t n = names.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0) {
      if (n == 2) out += " and ";
      else if (i == n - 1) out += ", and ";
      else out += ", ";
    }
    out += "'" + names[i] + "'";
  }
  return out;
}

[[noreturn]] void missing_arguments(Function* f, const std::vector<std::string>& names,
                                    const char* kind) {
  std::string msg = qualname_of(f) + "() missing " + std::to_string(names.size()) + " required " +
                    kind + " argument" + (names.size() == 1 ? "" : "s") + ": " +
                    quoted_list(names);
  raise(&exc::TypeError, msg);
}

[[noreturn]] void too_many_positional(Function* f, Code* co, Object** lp, size_t given) {
  int64_t defcount = f->defaults ? tuple_size(f->defaults.get()) : 0;
  int64_t kwonly_given = 0;
  for (int32_t i = co->argcount; i < co->argcount + co->kwonlyargcount; ++i) {
    if (lp[i]) ++kwonly_given;
  }
  std::string sig;
  bool plural;
  if (defcount) {
    sig = "from " + std::to_string(co->argcount - defcount) + " to " + std::to_string(co->argcount);
    plural = true;
  } else {
    sig = std::to_string(co->argcount);
    plural = co->argcount != 1;
  }
  std::string kwonly_sig;
  if (kwonly_given) {
    kwonly_sig = std::string(" positional argument") + (given != 1 ? "s" : "") + " (and " +
                 std::to_string(kwonly_given) + " keyword-only argument" +
                 (kwonly_given != 1 ? "s" : "") + ")";
  }
  std::string msg = qualname_of(f) + "() takes " + sig + " positional argument" +
                    (plural ? "s" : "") + " but " + std::to_string(given) + kwonly_sig + " " +
                    (given == 1 && !kwonly_given ? "was" : "were") + " given";
  raise(&exc::TypeError, msg);
}

// CPython's suggestion distance (Python/suggestions.c semantics): moves cost
// 2, a case-only substitution 1.
constexpr int kMoveCost = 2;
constexpr int kCaseCost = 1;

int substitution_cost(char a, char b) {
  if (a == b) return 0;
  auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
  return lower(a) == lower(b) ? kCaseCost : kMoveCost;
}

int levenshtein(std::string_view a, std::string_view b, int max_cost) {
  if (a == b) return 0;
  while (!a.empty() && !b.empty() && a.front() == b.front()) { a.remove_prefix(1); b.remove_prefix(1); }
  while (!a.empty() && !b.empty() && a.back() == b.back()) { a.remove_suffix(1); b.remove_suffix(1); }
  if (a.empty() || b.empty()) return kMoveCost * static_cast<int>(a.size() + b.size());
  if (a.size() > 40 || b.size() > 40) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if (static_cast<int>(b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<int> row(a.size());
  for (size_t i = 0; i < a.size(); ++i) row[i] = static_cast<int>(i + 1) * kMoveCost;
  int result = 0;
  for (size_t bi = 0; bi < b.size(); ++bi) {
    int distance = result = static_cast<int>(bi) * kMoveCost;
    int minimum = 1 << 30;
    for (size_t ai = 0; ai < a.size(); ++ai) {
      int substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = row[ai];
      int insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The closest parameter name to `wrong` (CPython 3.13 adds "Did you mean"
// to unexpected-keyword errors), or empty.
std::string suggest_keyword(Code* co, std::string_view wrong) {
  if (wrong.size() > 40) return {};
  int best_distance = 1 << 30;  // Python/suggestions.c starts from "infinity"
  std::string best;
  int32_t first = co->posonlyargcount;
  int32_t last = co->argcount + co->kwonlyargcount;
  for (int32_t i = first; i < last; ++i) {
    std::string_view cand = str_view(tuple_item(co->localsplusnames.get(), i));
    if (cand == wrong) continue;
    int max_distance = static_cast<int>(cand.size() + wrong.size() + 3) * kMoveCost / 6;
    if (max_distance > best_distance - 1) max_distance = best_distance - 1;
    int d = levenshtein(wrong, cand, max_distance);
    if (d > max_distance) continue;
    if (best.empty() || d < best_distance) {
      best = std::string(cand);
      best_distance = d;
    }
  }
  return best;
}

// Index of keyword `name` among the parameters that accept keywords, or -1.
int32_t find_keyword(Code* co, Object* name) {
  Object* const* names = static_cast<Tuple*>(co->localsplusnames.get())->items;
  int32_t first = co->posonlyargcount;
  int32_t last = co->argcount + co->kwonlyargcount;
  for (int32_t i = first; i < last; ++i) {
    if (names[i] == name) return i;
  }
  std::string_view text = str_view(name);
  for (int32_t i = first; i < last; ++i) {
    if (str_view(names[i]) == text) return i;
  }
  return -1;
}

bool is_positional_only_name(Code* co, Object* name) {
  std::string_view text = str_view(name);
  for (int32_t i = 0; i < co->posonlyargcount; ++i) {
    if (str_view(tuple_item(co->localsplusnames.get(), i)) == text) return true;
  }
  return false;
}

}  // namespace

void bind_arguments(Function* func, Code* co, Object** lp, Object* const* args, size_t nargs,
                    Object* kwnames) {
  const int32_t argcount = co->argcount;
  const int32_t total = argcount + co->kwonlyargcount;
  const bool has_varargs = co->flags & kCoVarargs;
  const bool has_varkw = co->flags & kCoVarKeywords;
  Dict* kwdict = nullptr;
  if (has_varkw) {
    Ref<Dict> d = dict_new();
    kwdict = d.get();
    lp[total + (has_varargs ? 1 : 0)] = d.release();
  }
  size_t npos = nargs < static_cast<size_t>(argcount) ? nargs : static_cast<size_t>(argcount);
  for (size_t i = 0; i < npos; ++i) {
    incref(args[i]);
    lp[i] = args[i];
  }
  if (has_varargs) {
    Ref<Tuple> rest = nargs > npos ? tuple_from_array(args + npos, static_cast<int64_t>(nargs - npos))
                                   : Ref<Tuple>::borrow(empty_tuple());
    lp[total] = rest.release();
  }
  // Keywords.
  size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
  std::vector<std::string> posonly_as_kw;
  for (size_t k = 0; k < nkw; ++k) {
    Object* name = tuple_item(kwnames, static_cast<int64_t>(k));
    Object* value = args[nargs + k];
    if (!is_str(name)) raise(&exc::TypeError, "keywords must be strings");
    int32_t j = find_keyword(co, name);
    if (j < 0) {
      if (kwdict) {
        dict_set(kwdict, name, value);
        continue;
      }
      if (is_positional_only_name(co, name)) {
        posonly_as_kw.emplace_back(str_view(name));
        continue;
      }
      std::string msg = qualname_of(func) + "() got an unexpected keyword argument '" +
                        std::string(str_view(name)) + "'";
      std::string suggestion = suggest_keyword(co, str_view(name));
      if (!suggestion.empty()) msg += ". Did you mean '" + suggestion + "'?";
      raise(&exc::TypeError, msg);
    }
    if (lp[j]) {
      raise(&exc::TypeError, qualname_of(func) + "() got multiple values for argument '" +
                                std::string(str_view(name)) + "'");
    }
    incref(value);
    lp[j] = value;
  }
  if (!posonly_as_kw.empty()) {
    std::string list = "'";  // CPython quotes the whole list: 'a, b'
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) {
      if (i) list += ", ";
      list += posonly_as_kw[i];
    }
    list += "'";
    raise(&exc::TypeError, qualname_of(func) +
                              "() got some positional-only arguments passed as keyword "
                              "arguments: " + list);
  }
  if (nargs > static_cast<size_t>(argcount) && !has_varargs) too_many_positional(func, co, lp, nargs);
  // Missing positional arguments and defaults.
  if (nargs < static_cast<size_t>(argcount)) {
    Object* defaults = func->defaults.get();
    int64_t defcount = defaults ? tuple_size(defaults) : 0;
    int64_t first_default = argcount - defcount;
    std::vector<std::string> missing;
    for (int64_t i = static_cast<int64_t>(nargs); i < first_default; ++i) {
      if (!lp[i]) missing.emplace_back(str_view(tuple_item(co->localsplusnames.get(), i)));
    }
    if (!missing.empty()) missing_arguments(func, missing, "positional");
    int64_t start = static_cast<int64_t>(nargs) > first_default ? static_cast<int64_t>(nargs)
                                                                 : first_default;
    for (int64_t i = start; i < argcount; ++i) {
      if (!lp[i]) {
        Object* d = tuple_item(defaults, i - first_default);
        incref(d);
        lp[i] = d;
      }
    }
  }
  // Keyword-only arguments.
  if (co->kwonlyargcount > 0) {
    std::vector<std::string> missing;
    Object* kwdefaults = func->kwdefaults.get();
    for (int32_t i = argcount; i < total; ++i) {
      if (lp[i]) continue;
      Object* name = tuple_item(co->localsplusnames.get(), i);
      if (kwdefaults && is_dict(kwdefaults)) {
        Ref<> d = dict_get(static_cast<Dict*>(kwdefaults), name);
        if (d) {
          lp[i] = d.release();
          continue;
        }
      }
      missing.emplace_back(str_view(name));
    }
    if (!missing.empty()) missing_arguments(func, missing, "keyword-only");
  }
}

Frame* make_function_frame(ThreadState* ts, Function* func, Object* const* args, size_t nargs,
                           Object* kwnames) {
  Code* co = static_cast<Code*>(func->code.get());
  Frame* f = datastack_push(ts, co);
  frame_init(f, co, func, func->globals.get(), func->builtins.get(), nullptr,
             FrameOwner::kDataStack);
  const uint32_t kComplex = kCoVarargs | kCoVarKeywords;
  if (!kwnames && !(co->flags & kComplex) && co->kwonlyargcount == 0 &&
      nargs == static_cast<size_t>(co->argcount)) {
    for (size_t i = 0; i < nargs; ++i) {
      incref(args[i]);
      f->localsplus[i] = args[i];
    }
    return f;
  }
  try {
    bind_arguments(func, co, f->localsplus, args, nargs, kwnames);
  } catch (...) {
    frame_clear_values(f, f->localsplus + co->nlocalsplus);
    datastack_pop(ts, f);
    throw;
  }
  return f;
}

Ref<> call_function(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
  ThreadState* ts = current_thread_state();
  init_small_int_table();
  Function* func = static_cast<Function*>(callable);
  Frame* f = make_function_frame(ts, func, args, nargs, kwnames);
  return Ref<>::steal(eval_frame(ts, f, nullptr));
}

std::string function_display_name(Object* func) {
  // CPython's _PyObject_FunctionStr: "module.qualname()" unless builtins.
  Ref<> qual = getattr_or_null(func, id::qualname);
  if (!qual || !is_str(qual.get())) return std::string(str_view(str(func).get()));
  Ref<> mod = getattr_or_null(func, id::module);
  std::string out;
  if (mod && is_str(mod.get()) && str_view(mod.get()) != "builtins") {
    out = std::string(str_view(mod.get())) + ".";
  }
  out += std::string(str_view(qual.get())) + "()";
  return out;
}

}  // namespace ftpy::vm
