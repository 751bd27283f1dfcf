// ast_dump.cpp — ast.dump-compatible printer (see ast_dump.h). A small
// writer class walks the tree; field order and omission rules follow
// CPython's Lib/ast.py (fields that are None or [] are left out, except a
// Constant's value).

#include "runtime/compiler/ast_dump.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

namespace ftpy::compiler {

namespace {

using namespace ::ftpy::ast;

const char* op_name(Operator op) {
  static const char* const names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                      "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                      "BitXor", "BitAnd", "FloorDiv"};
  return names[static_cast<int>(op)];
}
const char* unary_name(UnaryOpKind op) {
  static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
  return names[static_cast<int>(op)];
}
const char* cmp_name(CmpOp op) {
  static const char* const names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                      "GtE", "Is",    "IsNot", "In",  "NotIn"};
  return names[static_cast<int>(op)];
}
const char* ctx_name(ExprContext c) {
  static const char* const names[] = {"Load()", "Store()", "Del()"};
  return names[static_cast<int>(c)];
}

// Decimal digits of an integer literal written in any base ("0x1f" -> "31").
std::string int_literal_to_decimal(const std::string& text) {
  int base = 10;
  size_t i = 0;
  if (text.size() > 1 && text[0] == '0') {
    char p = static_cast<char>(text[1] | 0x20);
    if (p == 'x')
      base = 16;
    else if (p == 'o')
      base = 8;
    else if (p == 'b')
      base = 2;
    if (base != 10) i = 2;
  }
  // Little-endian limbs of 10^9.
  std::vector<uint32_t> limbs{0};
  for (; i < text.size(); ++i) {
    char c = text[i];
    uint32_t d = (c >= '0' && c <= '9') ? static_cast<uint32_t>(c - '0')
                                        : static_cast<uint32_t>((c | 0x20) - 'a' + 10);
    uint64_t carry = d;
    for (uint32_t& limb : limbs) {
      uint64_t v = static_cast<uint64_t>(limb) * base + carry;
      limb = static_cast<uint32_t>(v % 1000000000u);
      carry = v / 1000000000u;
    }
    while (carry) {
      limbs.push_back(static_cast<uint32_t>(carry % 1000000000u));
      carry /= 1000000000u;
    }
  }
  std::string out = std::to_string(limbs.back());
  for (size_t k = limbs.size() - 1; k-- > 0;) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%09u", limbs[k]);
    out += buf;
  }
  return out;
}

// Shortest digits and decimal exponent of a finite nonzero double:
// value = 0.d1d2d3... * 10^(decpt).
void shortest_digits(double v, std::string* digits, int* decpt) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
  std::string s(buf, r.ptr);
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  int exp = std::atoi(s.c_str() + e + 1);
  digits->clear();
  for (char c : mant)
    if (c != '.') *digits += c;
  while (digits->size() > 1 && digits->back() == '0') digits->pop_back();
  *decpt = exp + 1;
}

// Python's float formatting for repr(): `add_dot_zero` is false for the
// imaginary part of a complex repr ("1j", not "1.0j").
std::string format_float(double v, bool add_dot_zero) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v < 0 ? "-inf" : "inf";
  if (v == 0) return std::string(std::signbit(v) ? "-" : "") + (add_dot_zero ? "0.0" : "0");
  std::string digits;
  int decpt;
  shortest_digits(v, &digits, &decpt);
  std::string out = v < 0 ? "-" : "";
  if (decpt <= -4 || decpt > 16) {
    out += digits[0];
    if (digits.size() > 1) {
      out += '.';
      out += digits.substr(1);
    }
    int exp = decpt - 1;
    char buf[16];
    std::snprintf(buf, sizeof buf, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    out += buf;
    return out;
  }
  if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
    return out;
  }
  if (static_cast<int>(digits.size()) <= decpt) {
    out += digits;
    out.append(static_cast<size_t>(decpt) - digits.size(), '0');
    if (add_dot_zero) out += ".0";
    return out;
  }
  out += digits.substr(0, static_cast<size_t>(decpt));
  out += '.';
  out += digits.substr(static_cast<size_t>(decpt));
  return out;
}

uint32_t next_cp(const std::string& s, size_t* i) {
  auto b = static_cast<unsigned char>(s[*i]);
  int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
  uint32_t cp = n == 1 ? b : b & (0x7F >> n);
  for (int k = 1; k < n && *i + k < s.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(s[*i + k]) & 0x3F);
  *i += n;
  return cp;
}

bool printable_non_ascii(uint32_t cp) {
  return !((cp >= 0x80 && cp <= 0xA0) || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202F) || (cp >= 0x205F && cp <= 0x206F) || cp == 0x3000 ||
           (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0xFEFF || (cp >= 0xE000 && cp <= 0xF8FF) ||
           cp == 0xFFFE || cp == 0xFFFF || cp >= 0xE0000);
}

std::string str_repr(const std::string& s, bool bytes) {
  bool has_single = s.find('\'') != std::string::npos;
  bool has_double = s.find('"') != std::string::npos;
  char q = has_single && !has_double ? '"' : '\'';
  std::string out = bytes ? "b" : "";
  out += q;
  for (size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    char buf[16];
    if (c == '\\') {
      out += "\\\\";
      ++i;
      continue;
    }
    if (c == static_cast<unsigned char>(q)) {
      out += '\\';
      out += q;
      ++i;
      continue;
    }
    if (c == '\t') {
      out += "\\t";
      ++i;
      continue;
    }
    if (c == '\n') {
      out += "\\n";
      ++i;
      continue;
    }
    if (c == '\r') {
      out += "\\r";
      ++i;
      continue;
    }
    if (c < 0x20 || c == 0x7F || (bytes && c >= 0x80)) {
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
      ++i;
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    size_t start = i;
    uint32_t cp = next_cp(s, &i);
    if (printable_non_ascii(cp)) {
      out.append(s, start, i - start);
    } else {
      if (cp <= 0xFF)
        std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp <= 0xFFFF)
        std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else
        std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  out += q;
  return out;
}

class Dumper {
 public:
  explicit Dumper(bool attrs) : attrs_(attrs) {}
  std::string out;

  void module(const Module* m) {
    out += "Module(";
    Fields f(this);
    f.stmts("body", m->body);
    out += ')';
  }

  void expr(const Expr* e) {
    switch (e->kind) {
      case ExprKind::BoolOp: {
        auto* n = static_cast<const BoolOp*>(e);
        begin("BoolOp");
        Fields f(this);
        f.raw("op", n->op == BoolOpKind::And ? "And()" : "Or()");
        f.exprs("values", n->values);
        end(e, f);
        break;
      }
      case ExprKind::NamedExpr: {
        auto* n = static_cast<const NamedExpr*>(e);
        begin("NamedExpr");
        Fields f(this);
        f.expr("target", n->target);
        f.expr("value", n->value);
        end(e, f);
        break;
      }
      case ExprKind::BinOp: {
        auto* n = static_cast<const BinOp*>(e);
        begin("BinOp");
        Fields f(this);
        f.expr("left", n->left);
        f.raw("op", std::string(op_name(n->op)) + "()");
        f.expr("right", n->right);
        end(e, f);
        break;
      }
      case ExprKind::UnaryOp: {
        auto* n = static_cast<const UnaryOp*>(e);
        begin("UnaryOp");
        Fields f(this);
        f.raw("op", std::string(unary_name(n->op)) + "()");
        f.expr("operand", n->operand);
        end(e, f);
        break;
      }
      case ExprKind::Lambda: {
        auto* n = static_cast<const Lambda*>(e);
        begin("Lambda");
        Fields f(this);
        f.arguments("args", n->args);
        f.expr("body", n->body);
        end(e, f);
        break;
      }
      case ExprKind::IfExp: {
        auto* n = static_cast<const IfExp*>(e);
        begin("IfExp");
        Fields f(this);
        f.expr("test", n->test);
        f.expr("body", n->body);
        f.expr("orelse", n->orelse);
        end(e, f);
        break;
      }
      case ExprKind::Dict: {
        auto* n = static_cast<const Dict*>(e);
        begin("Dict");
        Fields f(this);
        f.exprs("keys", n->keys);
        f.exprs("values", n->values);
        end(e, f);
        break;
      }
      case ExprKind::Set: {
        auto* n = static_cast<const Set*>(e);
        begin("Set");
        Fields f(this);
        f.exprs("elts", n->elts);
        end(e, f);
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp: {
        const Expr* elt;
        const std::vector<Comprehension*>* gens;
        const char* name;
        if (e->kind == ExprKind::ListComp) {
          auto* n = static_cast<const ListComp*>(e);
          elt = n->elt;
          gens = &n->generators;
          name = "ListComp";
        } else if (e->kind == ExprKind::SetComp) {
          auto* n = static_cast<const SetComp*>(e);
          elt = n->elt;
          gens = &n->generators;
          name = "SetComp";
        } else {
          auto* n = static_cast<const GeneratorExp*>(e);
          elt = n->elt;
          gens = &n->generators;
          name = "GeneratorExp";
        }
        begin(name);
        Fields f(this);
        f.expr("elt", elt);
        f.comprehensions("generators", *gens);
        end(e, f);
        break;
      }
      case ExprKind::DictComp: {
        auto* n = static_cast<const DictComp*>(e);
        begin("DictComp");
        Fields f(this);
        f.expr("key", n->key);
        f.expr("value", n->value);
        f.comprehensions("generators", n->generators);
        end(e, f);
        break;
      }
      case ExprKind::Yield: {
        begin("Yield");
        Fields f(this);
        f.expr("value", static_cast<const Yield*>(e)->value);
        end(e, f);
        break;
      }
      case ExprKind::YieldFrom: {
        begin("YieldFrom");
        Fields f(this);
        f.expr("value", static_cast<const YieldFrom*>(e)->value);
        end(e, f);
        break;
      }
      case ExprKind::Compare: {
        auto* n = static_cast<const Compare*>(e);
        begin("Compare");
        Fields f(this);
        f.expr("left", n->left);
        std::string ops = "[";
        for (size_t i = 0; i < n->ops.size(); ++i) {
          if (i) ops += ", ";
          ops += cmp_name(n->ops[i]);
          ops += "()";
        }
        f.raw("ops", ops + "]");
        f.exprs("comparators", n->comparators);
        end(e, f);
        break;
      }
      case ExprKind::Call: {
        auto* n = static_cast<const Call*>(e);
        begin("Call");
        Fields f(this);
        f.expr("func", n->func);
        f.exprs("args", n->args);
        f.keywords("keywords", n->keywords);
        end(e, f);
        break;
      }
      case ExprKind::FormattedValue: {
        auto* n = static_cast<const FormattedValue*>(e);
        begin("FormattedValue");
        Fields f(this);
        f.expr("value", n->value);
        f.raw("conversion", std::to_string(n->conversion));
        f.expr("format_spec", n->format_spec);
        end(e, f);
        break;
      }
      case ExprKind::JoinedStr: {
        begin("JoinedStr");
        Fields f(this);
        f.exprs("values", static_cast<const JoinedStr*>(e)->values);
        end(e, f);
        break;
      }
      case ExprKind::Constant: {
        begin("Constant");
        Fields f(this);
        f.raw("value", constant_repr(static_cast<const Constant*>(e)));
        end(e, f);
        break;
      }
      case ExprKind::Attribute: {
        auto* n = static_cast<const Attribute*>(e);
        begin("Attribute");
        Fields f(this);
        f.expr("value", n->value);
        f.raw("attr", str_repr(n->attr, false));
        f.raw("ctx", ctx_name(n->ctx));
        end(e, f);
        break;
      }
      case ExprKind::Subscript: {
        auto* n = static_cast<const Subscript*>(e);
        begin("Subscript");
        Fields f(this);
        f.expr("value", n->value);
        f.expr("slice", n->slice);
        f.raw("ctx", ctx_name(n->ctx));
        end(e, f);
        break;
      }
      case ExprKind::Starred: {
        auto* n = static_cast<const Starred*>(e);
        begin("Starred");
        Fields f(this);
        f.expr("value", n->value);
        f.raw("ctx", ctx_name(n->ctx));
        end(e, f);
        break;
      }
      case ExprKind::Name: {
        auto* n = static_cast<const Name*>(e);
        begin("Name");
        Fields f(this);
        f.raw("id", str_repr(n->id, false));
        f.raw("ctx", ctx_name(n->ctx));
        end(e, f);
        break;
      }
      case ExprKind::List: {
        auto* n = static_cast<const List*>(e);
        begin("List");
        Fields f(this);
        f.exprs("elts", n->elts);
        f.raw("ctx", ctx_name(n->ctx));
        end(e, f);
        break;
      }
      case ExprKind::Tuple: {
        auto* n = static_cast<const Tuple*>(e);
        begin("Tuple");
        Fields f(this);
        f.exprs("elts", n->elts);
        f.raw("ctx", ctx_name(n->ctx));
        end(e, f);
        break;
      }
      case ExprKind::Slice: {
        auto* n = static_cast<const Slice*>(e);
        begin("Slice");
        Fields f(this);
        f.expr("lower", n->lower);
        f.expr("upper", n->upper);
        f.expr("step", n->step);
        end(e, f);
        break;
      }
    }
  }

  void stmt(const Stmt* s) {
    switch (s->kind) {
      case StmtKind::FunctionDef: {
        auto* n = static_cast<const FunctionDef*>(s);
        begin("FunctionDef");
        Fields f(this);
        f.raw("name", str_repr(n->name, false));
        f.arguments("args", n->args);
        f.stmts("body", n->body);
        f.exprs("decorator_list", n->decorator_list);
        f.expr("returns", n->returns);
        end(s, f);
        break;
      }
      case StmtKind::ClassDef: {
        auto* n = static_cast<const ClassDef*>(s);
        begin("ClassDef");
        Fields f(this);
        f.raw("name", str_repr(n->name, false));
        f.exprs("bases", n->bases);
        f.keywords("keywords", n->keywords);
        f.stmts("body", n->body);
        f.exprs("decorator_list", n->decorator_list);
        end(s, f);
        break;
      }
      case StmtKind::Return: {
        begin("Return");
        Fields f(this);
        f.expr("value", static_cast<const Return*>(s)->value);
        end(s, f);
        break;
      }
      case StmtKind::Delete: {
        begin("Delete");
        Fields f(this);
        f.exprs("targets", static_cast<const Delete*>(s)->targets);
        end(s, f);
        break;
      }
      case StmtKind::Assign: {
        auto* n = static_cast<const Assign*>(s);
        begin("Assign");
        Fields f(this);
        f.exprs("targets", n->targets);
        f.expr("value", n->value);
        end(s, f);
        break;
      }
      case StmtKind::AugAssign: {
        auto* n = static_cast<const AugAssign*>(s);
        begin("AugAssign");
        Fields f(this);
        f.expr("target", n->target);
        f.raw("op", std::string(op_name(n->op)) + "()");
        f.expr("value", n->value);
        end(s, f);
        break;
      }
      case StmtKind::AnnAssign: {
        auto* n = static_cast<const AnnAssign*>(s);
        begin("AnnAssign");
        Fields f(this);
        f.expr("target", n->target);
        f.expr("annotation", n->annotation);
        f.expr("value", n->value);
        f.raw("simple", n->simple ? "1" : "0");
        end(s, f);
        break;
      }
      case StmtKind::For: {
        auto* n = static_cast<const For*>(s);
        begin("For");
        Fields f(this);
        f.expr("target", n->target);
        f.expr("iter", n->iter);
        f.stmts("body", n->body);
        f.stmts("orelse", n->orelse);
        end(s, f);
        break;
      }
      case StmtKind::While: {
        auto* n = static_cast<const While*>(s);
        begin("While");
        Fields f(this);
        f.expr("test", n->test);
        f.stmts("body", n->body);
        f.stmts("orelse", n->orelse);
        end(s, f);
        break;
      }
      case StmtKind::If: {
        auto* n = static_cast<const If*>(s);
        begin("If");
        Fields f(this);
        f.expr("test", n->test);
        f.stmts("body", n->body);
        f.stmts("orelse", n->orelse);
        end(s, f);
        break;
      }
      case StmtKind::With: {
        auto* n = static_cast<const With*>(s);
        begin("With");
        Fields f(this);
        if (!n->items.empty()) {
          f.name("items");
          out += '[';
          for (size_t i = 0; i < n->items.size(); ++i) {
            if (i) out += ", ";
            out += "withitem(";
            Fields g(this);
            g.expr("context_expr", n->items[i].context_expr);
            g.expr("optional_vars", n->items[i].optional_vars);
            out += ')';
          }
          out += ']';
        }
        f.stmts("body", n->body);
        end(s, f);
        break;
      }
      case StmtKind::Raise: {
        auto* n = static_cast<const Raise*>(s);
        begin("Raise");
        Fields f(this);
        f.expr("exc", n->exc);
        f.expr("cause", n->cause);
        end(s, f);
        break;
      }
      case StmtKind::Try: {
        auto* n = static_cast<const Try*>(s);
        begin("Try");
        Fields f(this);
        f.stmts("body", n->body);
        if (!n->handlers.empty()) {
          f.name("handlers");
          out += '[';
          for (size_t i = 0; i < n->handlers.size(); ++i) {
            if (i) out += ", ";
            const ExceptHandler* h = n->handlers[i];
            out += "ExceptHandler(";
            Fields g(this);
            g.expr("type", h->type);
            if (!h->name.empty()) g.raw("name", str_repr(h->name, false));
            g.stmts("body", h->body);
            attributes(*h, g);
            out += ')';
          }
          out += ']';
        }
        f.stmts("orelse", n->orelse);
        f.stmts("finalbody", n->finalbody);
        end(s, f);
        break;
      }
      case StmtKind::Assert: {
        auto* n = static_cast<const Assert*>(s);
        begin("Assert");
        Fields f(this);
        f.expr("test", n->test);
        f.expr("msg", n->msg);
        end(s, f);
        break;
      }
      case StmtKind::Import: {
        begin("Import");
        Fields f(this);
        f.aliases("names", static_cast<const Import*>(s)->names);
        end(s, f);
        break;
      }
      case StmtKind::ImportFrom: {
        auto* n = static_cast<const ImportFrom*>(s);
        begin("ImportFrom");
        Fields f(this);
        if (!n->module.empty()) f.raw("module", str_repr(n->module, false));
        f.aliases("names", n->names);
        f.raw("level", std::to_string(n->level));
        end(s, f);
        break;
      }
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        const std::vector<std::string>& names = s->kind == StmtKind::Global
                                                    ? static_cast<const Global*>(s)->names
                                                    : static_cast<const Nonlocal*>(s)->names;
        begin(s->kind == StmtKind::Global ? "Global" : "Nonlocal");
        Fields f(this);
        if (!names.empty()) {
          std::string list = "[";
          for (size_t i = 0; i < names.size(); ++i) {
            if (i) list += ", ";
            list += str_repr(names[i], false);
          }
          f.raw("names", list + "]");
        }
        end(s, f);
        break;
      }
      case StmtKind::ExprStmt: {
        begin("Expr");
        Fields f(this);
        f.expr("value", static_cast<const ExprStmt*>(s)->value);
        end(s, f);
        break;
      }
      case StmtKind::Pass:
      case StmtKind::Break:
      case StmtKind::Continue: {
        begin(s->kind == StmtKind::Pass    ? "Pass"
              : s->kind == StmtKind::Break ? "Break"
                                           : "Continue");
        Fields f(this);
        end(s, f);
        break;
      }
    }
  }

 private:
  // Writes "name=value" fields separated by commas.
  struct Fields {
    explicit Fields(Dumper* d) : d(d) {}
    Dumper* d;
    bool any = false;
    void name(const char* n) {
      if (any) d->out += ", ";
      any = true;
      d->out += n;
      d->out += '=';
    }
    void raw(const char* n, const std::string& v) {
      name(n);
      d->out += v;
    }
    void expr(const char* n, const Expr* e) {
      if (!e) return;
      name(n);
      d->expr(e);
    }
    void exprs(const char* n, const std::vector<Expr*>& v) {
      if (v.empty()) return;
      name(n);
      d->out += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) d->out += ", ";
        if (v[i])
          d->expr(v[i]);
        else
          d->out += "None";
      }
      d->out += ']';
    }
    void stmts(const char* n, const std::vector<Stmt*>& v) {
      if (v.empty()) return;
      name(n);
      d->out += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) d->out += ", ";
        d->stmt(v[i]);
      }
      d->out += ']';
    }
    void keywords(const char* n, const std::vector<Keyword*>& v) {
      if (v.empty()) return;
      name(n);
      d->out += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) d->out += ", ";
        d->out += "keyword(";
        Fields g(d);
        if (!v[i]->arg.empty()) g.raw("arg", str_repr(v[i]->arg, false));
        g.expr("value", v[i]->value);
        d->attributes(*v[i], g);
        d->out += ')';
      }
      d->out += ']';
    }
    void aliases(const char* n, const std::vector<Alias*>& v) {
      if (v.empty()) return;
      name(n);
      d->out += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) d->out += ", ";
        d->out += "alias(";
        Fields g(d);
        g.raw("name", str_repr(v[i]->name, false));
        if (!v[i]->asname.empty()) g.raw("asname", str_repr(v[i]->asname, false));
        d->attributes(*v[i], g);
        d->out += ')';
      }
      d->out += ']';
    }
    void arg(const char* n, const Arg* a) {
      if (!a) return;
      name(n);
      d->arg(a);
    }
    void args(const char* n, const std::vector<Arg*>& v) {
      if (v.empty()) return;
      name(n);
      d->out += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) d->out += ", ";
        d->arg(v[i]);
      }
      d->out += ']';
    }
    void arguments(const char* n, const Arguments* a) {
      name(n);
      d->out += "arguments(";
      Fields g(d);
      g.args("posonlyargs", a->posonlyargs);
      g.args("args", a->args);
      g.arg("vararg", a->vararg);
      g.args("kwonlyargs", a->kwonlyargs);
      g.exprs("kw_defaults", a->kw_defaults);
      g.arg("kwarg", a->kwarg);
      g.exprs("defaults", a->defaults);
      d->out += ')';
    }
    void comprehensions(const char* n, const std::vector<Comprehension*>& v) {
      if (v.empty()) return;
      name(n);
      d->out += '[';
      for (size_t i = 0; i < v.size(); ++i) {
        if (i) d->out += ", ";
        d->out += "comprehension(";
        Fields g(d);
        g.expr("target", v[i]->target);
        g.expr("iter", v[i]->iter);
        g.exprs("ifs", v[i]->ifs);
        g.raw("is_async", v[i]->is_async ? "1" : "0");
        d->out += ')';
      }
      d->out += ']';
    }
  };

  void arg(const Arg* a) {
    out += "arg(";
    Fields g(this);
    g.raw("arg", str_repr(a->arg, false));
    g.expr("annotation", a->annotation);
    attributes(*a, g);
    out += ')';
  }

  void begin(const char* name) {
    out += name;
    out += '(';
  }
  void end(const Pos* p, Fields& f) {
    attributes(*p, f);
    out += ')';
  }
  void attributes(const Pos& p, Fields& f) {
    if (!attrs_) return;
    f.raw("lineno", std::to_string(p.lineno));
    f.raw("col_offset", std::to_string(p.col));
    f.raw("end_lineno", std::to_string(p.end_lineno));
    f.raw("end_col_offset", std::to_string(p.end_col));
  }

  static std::string constant_repr(const Constant* c) {
    switch (c->ckind) {
      case ConstantKind::None:
        return "None";
      case ConstantKind::True:
        return "True";
      case ConstantKind::False:
        return "False";
      case ConstantKind::Ellipsis:
        return "Ellipsis";
      case ConstantKind::Int:
        return int_literal_to_decimal(c->text);
      case ConstantKind::Float:
        return format_float(c->number, true);
      case ConstantKind::Imaginary:
        return format_float(c->number, false) + "j";
      case ConstantKind::Str:
        return str_repr(c->text, false);
      case ConstantKind::Bytes:
        return str_repr(c->text, true);
    }
    return "?";
  }

  bool attrs_;
};

}  // namespace

std::string dump(const ast::Module* module, bool include_attributes) {
  Dumper d(include_attributes);
  d.module(module);
  return std::move(d.out);
}

std::string dump(const ast::Expr* expr, bool include_attributes) {
  Dumper d(include_attributes);
  d.expr(expr);
  return std::move(d.out);
}

std::string dump(const ast::Stmt* stmt, bool include_attributes) {
  Dumper d(include_attributes);
  d.stmt(stmt);
  return std::move(d.out);
}

std::string python_float_repr(double value) { return format_float(value, true); }

}  // namespace ftpy::compiler
