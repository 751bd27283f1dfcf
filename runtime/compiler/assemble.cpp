// assemble.cpp — turns a finished Unit (codegen.h) into a Code object:
//
//  1. lay out localsplus (varnames, then cells that are not arguments, then
//     free variables) and resolve slot operands; insert the prologue
//     (COPY_FREE_VARS, MAKE_CELL..., RETURN_GENERATOR + POP_TOP);
//  2. one flow pass from the entry computes, per reachable instruction, the
//     stack depth and the stack of active handlers (SETUP_* push, POP_BLOCK
//     pops, a handler target starts with its own depth) — CPython's
//     stackdepth + label_exception_targets in one walk;
//  4. definite-assignment analysis of fast locals (LOAD_FAST vs
//     LOAD_FAST_CHECK), a union-of-"maybe unbound" dataflow including the
//     exception edges;
//  5. drop pseudo-ops, NOPs and unreachable code; form LOAD_FAST_LOAD_FAST,
//     STORE_FAST_LOAD_FAST, STORE_FAST_STORE_FAST; drop jumps to the next
//     instruction; resolve jumps to absolute indices (JUMP -> JUMP_FORWARD /
//     JUMP_BACKWARD by direction);
//     drop unused constants;
//  6. exception table (maximal runs of instructions with the same handler),
//     positions (an artificial instruction inherits its predecessor's in the
//     same basic block), inline-cache indices, flags.
//
// Invariants checked: every jump label bound, consistent stack depth on all
// paths to an instruction (a violation is an internal compiler error).
// Concurrency: one compiling thread.
#include <algorithm>

#include "objects/code.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/compiler/codegen.h"
#include "runtime/compiler/stack_effect.h"

namespace ftpy::compiler {

using vm::Opcode;

namespace {

bool is_slot_op(int op) {
  switch (static_cast<Opcode>(op)) {
    case Opcode::LOAD_FAST: case Opcode::LOAD_FAST_CHECK: case Opcode::LOAD_FAST_AND_CLEAR:
    case Opcode::STORE_FAST: case Opcode::DELETE_FAST: case Opcode::MAKE_CELL:
    case Opcode::LOAD_DEREF: case Opcode::STORE_DEREF: case Opcode::DELETE_DEREF:
    case Opcode::LOAD_FROM_DICT_OR_DEREF:
      return op < vm::kOpcodeCount;
    default:
      return false;
  }
}

bool is_setup(int op) { return op == kSetupFinally || op == kSetupCleanup || op == kSetupWith; }
bool is_uncond_jump(int op) { return op == kJump || op == kJumpNoInterrupt; }
bool is_terminal(int op) {
  if (op >= vm::kOpcodeCount) return false;
  switch (static_cast<Opcode>(op)) {
    case Opcode::RETURN_VALUE: case Opcode::RETURN_CONST: case Opcode::RAISE_VARARGS:
    case Opcode::RERAISE:
      return true;
    default:
      return false;
  }
}
bool has_jump_target(int op) {
  if (op >= vm::kOpcodeCount) return is_uncond_jump(op) || is_setup(op);
  switch (static_cast<Opcode>(op)) {
    case Opcode::FOR_ITER: case Opcode::SEND: case Opcode::POP_JUMP_IF_FALSE:
    case Opcode::POP_JUMP_IF_TRUE: case Opcode::POP_JUMP_IF_NONE:
    case Opcode::POP_JUMP_IF_NOT_NONE:
      return true;
    default:
      return false;
  }
}

[[noreturn]] void internal_error(const std::string& what) {
  compile_error(ast::Pos{}, "internal compiler error: " + what);
}

struct ExcNode {
  int parent;
  int setup;  // instruction index of the SETUP_* pseudo-op
};

struct Handler {
  int target = -1;  // old instruction index of the handler
  int depth = 0;
  bool lasti = false;
  bool operator==(const Handler& o) const {
    return target == o.target && depth == o.depth && lasti == o.lasti;
  }
};

class Assembler {
 public:
  Assembler(Unit* u, const std::string& filename) : u_(u), filename_(filename) {}

  Ref<> run() {
    layout_locals();
    insert_prologue();
    flow();  // stack depth counted before LOAD_CONST+RETURN_VALUE fuse, as CPython
    return_const_peephole();
    local_checks();
    return build();
  }

 private:
  Unit* u_;
  const std::string& filename_;
  std::vector<IInstr>& code() { return u_->instrs; }
  int nvar_ = 0, ncell_extra_ = 0;
  std::vector<int> cell_slot_, free_slot_;
  std::vector<uint8_t> kinds_;
  std::vector<std::string> lp_names_;
  uint32_t flags_ = 0;
  // flow results, per old instruction index
  std::vector<int> depth_, node_;
  std::vector<ExcNode> nodes_;
  std::vector<Handler> setup_handler_;  // for SETUP_* instructions
  int maxdepth_ = 0;
  std::vector<bool> is_target_;

  int label_index(int label) {
    if (label < 0 || label >= static_cast<int>(u_->labels.size()) || u_->labels[label] < 0)
      internal_error("unbound label");
    return u_->labels[label];
  }

  bool is_local_slot(uint32_t slot) const {
    return slot < static_cast<uint32_t>(nvar_) && !(kinds_[slot] & kFastCell);
  }

  void layout_locals() {
    nvar_ = static_cast<int>(u_->varnames.size());
    for (int i = 0; i < nvar_; ++i) {
      lp_names_.push_back(u_->varnames[i]);
      uint8_t k = kFastLocal;
      if (u_->hidden.count(u_->varnames[i])) k |= kFastHidden;
      kinds_.push_back(k);
    }
    for (const std::string& c : u_->cellvars) {
      auto it = u_->var_index.find(c);
      if (it != u_->var_index.end()) {
        cell_slot_.push_back(it->second);
        kinds_[it->second] |= kFastCell;
      } else {
        cell_slot_.push_back(static_cast<int>(lp_names_.size()));
        lp_names_.push_back(c);
        kinds_.push_back(kFastCell);
        ++ncell_extra_;
      }
    }
    for (const std::string& f : u_->freevars) {
      free_slot_.push_back(static_cast<int>(lp_names_.size()));
      lp_names_.push_back(f);
      kinds_.push_back(kFastFree);
    }
    for (IInstr& in : code()) {
      if (!is_slot_op(in.op)) continue;
      uint32_t kind = in.arg & kSlotKindMask, idx = in.arg & ~kSlotKindMask;
      if (kind == kSlotVar) continue;
      in.arg = static_cast<uint32_t>(kind == kSlotCell ? cell_slot_.at(idx) : free_slot_.at(idx));
    }
  }

  bool is_generator() const {
    return u_->scope->function_like() && u_->scope->is_generator;
  }

  void insert_prologue() {
    std::vector<IInstr> pre;
    if (!u_->freevars.empty())
      pre.push_back(IInstr{op_of(Opcode::COPY_FREE_VARS),
                           static_cast<uint32_t>(u_->freevars.size()), -1, kNoLoc});
    std::vector<int> cells = cell_slot_;
    std::sort(cells.begin(), cells.end());
    for (int c : cells)
      pre.push_back(IInstr{op_of(Opcode::MAKE_CELL), static_cast<uint32_t>(c), -1, kNoLoc});
    if (is_generator()) {
      Loc l{u_->firstlineno, u_->firstlineno, 0, 0};
      pre.push_back(IInstr{op_of(Opcode::RETURN_GENERATOR), 0, -1, l});
      pre.push_back(IInstr{op_of(Opcode::POP_TOP), 0, -1, l});
    }
    if (pre.empty()) return;
    code().insert(code().begin(), pre.begin(), pre.end());
    for (int& l : u_->labels)
      if (l >= 0) l += static_cast<int>(pre.size());
  }

  void compute_targets() {
    is_target_.assign(code().size() + 1, false);
    for (int l : u_->labels)
      if (l >= 0) is_target_[l] = true;
  }

  void return_const_peephole() {
    compute_targets();
    auto& c = code();
    for (size_t i = 0; i + 1 < c.size(); ++i) {
      if (c[i].op == op_of(Opcode::LOAD_CONST) && c[i + 1].op == op_of(Opcode::RETURN_VALUE) &&
          !is_target_[i + 1]) {
        c[i].op = op_of(Opcode::RETURN_CONST);
        c[i + 1].op = op_of(Opcode::NOP);
      }
    }
  }

  int new_node(int parent, int setup) {
    nodes_.push_back(ExcNode{parent, setup});
    return static_cast<int>(nodes_.size()) - 1;
  }

  void flow() {
    auto& c = code();
    size_t n = c.size();
    depth_.assign(n, -1);
    node_.assign(n, -1);
    setup_handler_.assign(n, Handler{});
    nodes_.clear();
    new_node(-1, -1);  // root: no handler
    struct Item { int i, d, s; };
    std::vector<Item> work{{0, 0, 0}};
    while (!work.empty()) {
      Item it = work.back();
      work.pop_back();
      int i = it.i, d = it.d, s = it.s;
      while (true) {
        if (i >= static_cast<int>(n)) internal_error("control falls off the end of the code");
        if (depth_[i] >= 0) {
          if (depth_[i] != d) internal_error("inconsistent stack depth");
          if (!(handler_at(node_[i]) == handler_at(s)))
            internal_error("inconsistent exception handlers");
          break;
        }
        if (d < 0) internal_error("negative stack depth");
        depth_[i] = d;
        node_[i] = s;
        maxdepth_ = std::max(maxdepth_, d);
        const IInstr& in = c[i];
        if (is_setup(in.op)) {
          Handler h;
          h.depth = d - (in.op == kSetupWith ? 1 : 0);
          h.lasti = in.op != kSetupFinally;
          h.target = label_index(in.target);
          setup_handler_[i] = h;
          work.push_back({h.target, h.depth + (h.lasti ? 1 : 0) + 1, s});
          s = new_node(s, i);
          ++i;
          continue;
        }
        if (in.op == kPopBlock) {
          if (s == 0) internal_error("POP_BLOCK without a handler");
          s = nodes_[s].parent;
          ++i;
          continue;
        }
        if (is_uncond_jump(in.op)) {
          work.push_back({label_index(in.target), d, s});
          break;
        }
        Opcode op = static_cast<Opcode>(in.op);
        if (has_jump_target(in.op))
          work.push_back({label_index(in.target), d + stack_effect(op, in.arg, true), s});
        if (is_terminal(in.op)) break;
        d += stack_effect(op, in.arg, false);
        maxdepth_ = std::max(maxdepth_, d);
        ++i;
      }
    }
    // YIELD_VALUE's argument: the handler depth minus the generator wrapper.
    for (size_t i = 0; i < n; ++i) {
      if (depth_[i] < 0 || c[i].op != op_of(Opcode::YIELD_VALUE)) continue;
      int k = 0;
      for (int s = node_[i]; s > 0; s = nodes_[s].parent) ++k;
      c[i].arg = static_cast<uint32_t>(k > 0 ? k - 1 : 0);
    }
  }

  Handler handler_at(int s) const {
    if (s <= 0) return Handler{};
    return setup_handler_[nodes_[s].setup];
  }
  Handler handler_of(int i) const { return handler_at(node_[i]); }

  // LOAD_FAST -> LOAD_FAST_CHECK where the local may be unbound.
  void local_checks() {
    auto& c = code();
    size_t n = c.size();
    int nparams = u_->scope->function_like() ? static_cast<int>(u_->scope->params.size()) : 0;
    uint64_t init = 0;
    for (int v = 0; v < nvar_ && v < 64; ++v)
      if (v >= nparams && !(kinds_[v] & kFastCell)) init |= 1ull << v;
    std::vector<uint64_t> in(n, 0);
    std::vector<bool> seen(n, false);
    std::vector<int> work;
    auto merge = [&](int t, uint64_t st) {
      if (t < 0 || t >= static_cast<int>(n) || depth_[t] < 0) return;
      if (!seen[t] || (in[t] | st) != in[t]) {
        seen[t] = true;
        in[t] |= st;
        work.push_back(t);
      }
    };
    auto transfer = [&](const IInstr& ins, uint64_t st) {
      if (ins.op >= vm::kOpcodeCount) return st;
      uint64_t bit = ins.arg < 64 && is_local_slot(ins.arg) ? 1ull << ins.arg : 0;
      switch (static_cast<Opcode>(ins.op)) {
        case Opcode::STORE_FAST:
          return ins.maybe_null ? (st | bit) : (st & ~bit);
        case Opcode::DELETE_FAST:
        case Opcode::LOAD_FAST_AND_CLEAR:
          return st | bit;
        case Opcode::LOAD_FAST:
        case Opcode::LOAD_FAST_CHECK:
          return st & ~bit;
        default:
          return st;
      }
    };
    merge(0, init);
    while (!work.empty()) {
      int i = work.back();
      work.pop_back();
      const IInstr& ins = c[i];
      uint64_t out = transfer(ins, in[i]);
      Handler h = handler_of(i);
      if (h.target >= 0) merge(h.target, in[i] | out);
      if (is_setup(ins.op)) merge(label_index(ins.target), in[i]);
      if (has_jump_target(ins.op) && !is_setup(ins.op)) merge(label_index(ins.target), out);
      if (!is_uncond_jump(ins.op) && !is_terminal(ins.op)) merge(i + 1, out);
    }
    for (size_t i = 0; i < n; ++i) {
      IInstr& ins = c[i];
      if (depth_[i] < 0 || ins.op != op_of(Opcode::LOAD_FAST)) continue;
      if (!is_local_slot(ins.arg)) continue;
      if (ins.arg >= 64) {
        if (static_cast<int>(ins.arg) >= nparams) ins.op = op_of(Opcode::LOAD_FAST_CHECK);
        continue;
      }
      if (in[i] & (1ull << ins.arg)) ins.op = op_of(Opcode::LOAD_FAST_CHECK);
    }
  }

  static bool same_line(const Loc& a, const Loc& b) {
    return a.lineno < 0 || b.lineno < 0 || a.lineno == b.lineno;
  }

  Ref<> build();

  // Drops constants no instruction loads (keeping index 0, the docstring
  // slot of functions, as CPython) and renumbers LOAD_CONST/RETURN_CONST.
  void remove_unused_consts(Code* co) {
    size_t n = u_->consts.size();
    if (n == 0) return;
    std::vector<bool> used(n, false);
    used[0] = true;
    for (const vm::Instr& in : co->code)
      if ((in.op == Opcode::LOAD_CONST || in.op == Opcode::RETURN_CONST) && in.arg < n)
        used[in.arg] = true;
    std::vector<uint32_t> remap(n, 0);
    std::vector<Const> kept;
    for (size_t i = 0; i < n; ++i) {
      if (!used[i]) continue;
      remap[i] = static_cast<uint32_t>(kept.size());
      kept.push_back(std::move(u_->consts[i]));
    }
    if (kept.size() == n) {
      u_->consts = std::move(kept);
      return;
    }
    for (vm::Instr& in : co->code)
      if ((in.op == Opcode::LOAD_CONST || in.op == Opcode::RETURN_CONST) && in.arg < n)
        in.arg = remap[in.arg];
    u_->consts = std::move(kept);
  }
};

Ref<> Assembler::build() {
  auto& c = code();
  size_t n = c.size();
  compute_targets();
  std::vector<bool> keep(n, false);
  for (size_t i = 0; i < n; ++i)
    keep[i] = depth_[i] >= 0 && c[i].op != op_of(Opcode::NOP) && !is_setup(c[i].op) &&
              c[i].op != kPopBlock;
  // Superinstructions (adjacent kept instructions, same handler, no label between).
  for (size_t i = 0; i + 1 < n; ++i) {
    if (!keep[i]) continue;
    size_t j = i + 1;
    bool label_between = false;
    while (j < n && !keep[j]) {
      if (is_target_[j]) label_between = true;
      ++j;
    }
    if (j >= n || label_between || is_target_[j]) continue;
    IInstr& a = c[i];
    IInstr& b = c[j];
    if (!(handler_of(static_cast<int>(i)) == handler_of(static_cast<int>(j)))) continue;
    if (a.arg >= 16 || b.arg >= 16 || !same_line(a.loc, b.loc)) continue;
    Opcode super;
    if (a.op == op_of(Opcode::LOAD_FAST) && b.op == op_of(Opcode::LOAD_FAST))
      super = Opcode::LOAD_FAST_LOAD_FAST;
    else if (a.op == op_of(Opcode::STORE_FAST) && b.op == op_of(Opcode::LOAD_FAST))
      super = Opcode::STORE_FAST_LOAD_FAST;
    else if (a.op == op_of(Opcode::STORE_FAST) && b.op == op_of(Opcode::STORE_FAST))
      super = Opcode::STORE_FAST_STORE_FAST;
    else
      continue;
    a.op = op_of(super);
    a.arg = (a.arg << 4) | b.arg;
    keep[j] = false;
    i = j;
  }
  // Number the kept instructions; drop jumps to the next instruction.
  std::vector<int> newidx(n + 1, -1), next_kept(n + 1, -1);
  auto renumber = [&]() {
    int k = 0;
    for (size_t i = 0; i < n; ++i)
      if (keep[i]) newidx[i] = k++;
    next_kept[n] = k;
    for (size_t i = n; i-- > 0;) next_kept[i] = keep[i] ? newidx[i] : next_kept[i + 1];
  };
  auto resolve = [&](int label) { return next_kept[label_index(label)]; };
  for (;;) {
    renumber();
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      if (!keep[i] || !is_uncond_jump(c[i].op)) continue;
      if (resolve(c[i].target) == newidx[i] + 1) {
        keep[i] = false;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Emit.
  Ref<> obj;
  auto* co = new_object<Code>(&CodeType);
  obj = Ref<>::steal(co);
  std::vector<Handler> handlers;
  Loc prev;
  bool prev_falls = false;
  bool pending_target = false;
  for (size_t i = 0; i < n; ++i) {
    if (is_target_[i]) pending_target = true;
    if (!keep[i]) continue;
    const IInstr& in = c[i];
    vm::Instr out{};
    int op = in.op;
    uint32_t arg = in.arg;
    int self = newidx[i];
    if (is_uncond_jump(op)) {
      int t = resolve(in.target);
      if (t > self)
        op = op_of(Opcode::JUMP_FORWARD);
      else
        op = op_of(op == kJump ? Opcode::JUMP_BACKWARD : Opcode::JUMP_BACKWARD_NO_INTERRUPT);
      arg = static_cast<uint32_t>(t);
    } else if (has_jump_target(op)) {
      arg = static_cast<uint32_t>(resolve(in.target));
    }
    out.op = static_cast<Opcode>(op);
    out.arg = arg;
    if (vm::opcode_has(out.op, vm::kHasCache)) {
      if (co->ncaches >= 0xFFFF) internal_error("too many inline caches");
      out.cache = static_cast<uint16_t>(co->ncaches++);
    }
    // Position: an artificial instruction inherits its predecessor's within a block.
    bool starts_block = pending_target;
    pending_target = false;
    Loc loc = in.loc;
    if (loc.lineno < 0 && !starts_block && prev_falls) loc = prev;
    co->code.push_back(out);
    co->positions.push_back(loc);
    handlers.push_back(handler_of(static_cast<int>(i)));
    prev = loc;
    prev_falls = !is_uncond_jump(in.op) && !is_terminal(in.op);
  }
  remove_unused_consts(co);
  // Exception table.
  for (size_t k = 0; k < handlers.size();) {
    Handler h = handlers[k];
    size_t e = k + 1;
    while (e < handlers.size() && handlers[e] == h) ++e;
    if (h.target >= 0) {
      ExceptionTableEntry ent;
      ent.start = static_cast<uint32_t>(k);
      ent.end = static_cast<uint32_t>(e);
      ent.target = static_cast<uint32_t>(next_kept[h.target]);
      ent.depth = static_cast<uint16_t>(h.depth);
      ent.push_lasti = h.lasti;
      co->exception_table.push_back(ent);
    }
    k = e;
  }
  // Fields.
  Scope* sc = u_->scope;
  if (sc->function_like()) {
    flags_ |= kCoOptimized | kCoNewLocals;
    if (sc->nested) flags_ |= kCoNested;
    if (sc->is_generator) flags_ |= kCoGenerator;
    if (sc->has_varargs) flags_ |= kCoVarargs;
    if (sc->has_varkw) flags_ |= kCoVarKeywords;
  }
  if (u_->has_docstring) flags_ |= kCoHasDocstring;
  co->name = Ref<>::borrow(intern(u_->name));
  co->qualname = Ref<>::borrow(intern(u_->qualname));
  co->filename = Ref<>::borrow(intern(filename_));
  co->argcount = u_->argcount;
  co->posonlyargcount = u_->posonlyargcount;
  co->kwonlyargcount = u_->kwonlyargcount;
  co->flags = flags_;
  co->firstlineno = u_->firstlineno;
  co->stacksize = maxdepth_;
  Ref<Tuple> consts = tuple_new(static_cast<int64_t>(u_->consts.size()));
  for (size_t i = 0; i < u_->consts.size(); ++i) {
    incref(u_->consts[i].obj.get());
    tuple_set_steal(consts.get(), static_cast<int64_t>(i), u_->consts[i].obj.get());
  }
  co->consts = Ref<>(std::move(consts));
  Ref<Tuple> names = tuple_new(static_cast<int64_t>(u_->names.size()));
  for (size_t i = 0; i < u_->names.size(); ++i)
    tuple_set_steal(names.get(), static_cast<int64_t>(i), intern(u_->names[i]));
  co->names = Ref<>(std::move(names));
  Ref<Tuple> lp = tuple_new(static_cast<int64_t>(lp_names_.size()));
  for (size_t i = 0; i < lp_names_.size(); ++i)
    tuple_set_steal(lp.get(), static_cast<int64_t>(i), intern(lp_names_[i]));
  co->localsplusnames = Ref<>(std::move(lp));
  co->localspluskinds = kinds_;
  co->nlocalsplus = static_cast<int32_t>(lp_names_.size());
  co->nlocals = nvar_;
  co->ncellvars = static_cast<int32_t>(u_->cellvars.size());
  co->nfreevars = static_cast<int32_t>(u_->freevars.size());
  code_finish(co);
  return obj;
}

}  // namespace

Ref<> assemble(Unit* u, const std::string& filename) {
  Assembler a(u, filename);
  return a.run();
}

}  // namespace ftpy::compiler
