// traceback_format.cpp — print_exception / format_exception: CPython 3.13's
// default report (Lib/traceback.py, which the 3.13 excepthook uses),
// reproduced rule for rule:
//  * chained exceptions, oldest first, joined by the "direct cause" /
//    "During handling" messages (a seen-set breaks cycles);
//  * "Traceback (most recent call last):" then one block per entry, with
//    runs of more than 3 identical (file, line, name) entries collapsed into
//    "[Previous line repeated N more times]";
//  * each block's source line(s), dedented, and the ~~~^^^ marker line when
//    the instruction's span does not cover the whole statement line;
//    anchors (binary operator, subscript brackets, call parentheses) come
//    from parsing the span with ftpy's own parser, as traceback.py does
//    with `ast`;
//  * SyntaxError's special form; the final "Type: message" line, with the
//    module prefix unless the class lives in __main__ or builtins, and
//    __notes__.
//
// Concurrency: reads only immutable code objects and the source cache.
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "objects/api.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "runtime/compiler/parser.h"
#include "runtime/vm/interp.h"
#include "runtime/vm/traceback.h"
#include "runtime/vm/vm_internal.h"

namespace ftpy::vm {

namespace {

// ------------------------------------------------------------- text utils

std::u32string to_u32(std::string_view s) {
  std::u32string out;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    char32_t cp;
    size_t n;
    if (c < 0x80) { cp = c; n = 1; }
    else if ((c >> 5) == 6) { cp = c & 0x1F; n = 2; }
    else if ((c >> 4) == 14) { cp = c & 0x0F; n = 3; }
    else if ((c >> 3) == 30) { cp = c & 0x07; n = 4; }
    else { out.push_back(0xFFFD); ++i; continue; }
    if (i + n > s.size()) { out.push_back(0xFFFD); break; }
    bool ok = true;
    for (size_t k = 1; k < n; ++k) {
      unsigned char cc = static_cast<unsigned char>(s[i + k]);
      if ((cc >> 6) != 2) { ok = false; break; }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (!ok) { out.push_back(0xFFFD); ++i; continue; }
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string to_utf8(std::u32string_view s) {
  std::string out;
  for (char32_t cp : s) {
    if (cp < 0x80) out.push_back(static_cast<char>(cp));
    else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  return out;
}

bool is_space(char32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
         c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xA0 ||
         c == 0x3000 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029;
}

std::u32string rstrip(std::u32string s) {
  while (!s.empty() && is_space(s.back())) s.pop_back();
  return s;
}
std::u32string lstrip(std::u32string s) {
  size_t i = 0;
  while (i < s.size() && is_space(s[i])) ++i;
  return s.substr(i);
}
bool blank(const std::u32string& s) {
  for (char32_t c : s) if (!is_space(c)) return false;
  return true;
}

// Python's str.splitlines() for the line breaks source text can contain.
std::vector<std::u32string> splitlines(const std::u32string& s) {
  std::vector<std::u32string> out;
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    if (c == '\n' || c == '\r' || c == '\v' || c == '\f' || c == 0x1c || c == 0x1d ||
        c == 0x1e || c == 0x85 || c == 0x2028 || c == 0x2029) {
      out.push_back(s.substr(start, i - start));
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  if (start < s.size()) out.push_back(s.substr(start));
  return out;
}

// textwrap.dedent: removes the longest common leading run of spaces/tabs
// of the non-blank lines; whitespace-only lines become empty.
std::u32string dedent(const std::u32string& text) {
  std::vector<std::u32string> lines;
  {
    size_t start = 0;
    for (size_t i = 0; i <= text.size(); ++i) {
      if (i == text.size() || text[i] == '\n') {
        lines.push_back(text.substr(start, i - start));
        start = i + 1;
      }
    }
  }
  bool have_margin = false;
  std::u32string margin;
  for (const auto& l : lines) {
    if (blank(l)) continue;
    size_t k = 0;
    while (k < l.size() && (l[k] == ' ' || l[k] == '\t')) ++k;
    std::u32string indent = l.substr(0, k);
    if (!have_margin) {
      margin = indent;
      have_margin = true;
    } else {
      size_t m = 0;
      while (m < margin.size() && m < indent.size() && margin[m] == indent[m]) ++m;
      margin.resize(m);
    }
  }
  std::u32string out;
  for (size_t i = 0; i < lines.size(); ++i) {
    const auto& l = lines[i];
    if (blank(l)) {
      // whitespace-only lines are normalised to empty
    } else {
      out += l.substr(margin.size());
    }
    if (i + 1 < lines.size()) out += U'\n';
  }
  return out;
}

// len(str.encode()[:offset].decode(errors="replace")).
int64_t byte_to_char_offset(const std::u32string& line, int64_t byte_offset) {
  std::string utf8 = to_utf8(line);
  if (byte_offset < 0) byte_offset = 0;
  if (byte_offset > static_cast<int64_t>(utf8.size())) byte_offset = static_cast<int64_t>(utf8.size());
  return static_cast<int64_t>(to_u32(std::string_view(utf8).substr(0, byte_offset)).size());
}

// ------------------------------------------------------------- anchors

struct Anchors {
  int left_end_lineno = 0, left_end_offset = 0;
  int right_start_lineno = 0, right_start_offset = 0;
  char32_t primary = U'~', secondary = U'^';
};

struct AnchorFailure {};

struct SegmentLines {
  std::vector<std::u32string> lines;

  int normalize(int lineno, int byte_offset) const {
    if (lineno < 0 || lineno >= static_cast<int>(lines.size())) throw AnchorFailure{};
    return static_cast<int>(byte_to_char_offset(lines[lineno], byte_offset));
  }
  void next_valid_char(int* lineno, int* col) const {
    while (*lineno < static_cast<int>(lines.size()) &&
           *col >= static_cast<int>(lines[*lineno].size())) {
      *col = 0;
      ++*lineno;
    }
    if (*lineno >= static_cast<int>(lines.size())) throw AnchorFailure{};
  }
  void increment(int* lineno, int* col) const {
    ++*col;
    next_valid_char(lineno, col);
  }
  void nextline(int* lineno, int* col) const {
    *col = 0;
    ++*lineno;
    next_valid_char(lineno, col);
  }
  template <class Stop>
  void increment_until(int* lineno, int* col, Stop stop) const {
    for (;;) {
      char32_t ch = lines[*lineno][*col];
      if (ch == '\\' || ch == '#') nextline(lineno, col);
      else if (!stop(ch)) increment(lineno, col);
      else break;
    }
  }
  void setup_positions(const ast::Expr* e, bool force_valid, int* lineno, int* col) const {
    *lineno = e->end_lineno - 2;
    *col = normalize(*lineno, e->end_col);
    if (force_valid) next_valid_char(lineno, col);
  }
};

bool extract_anchors(const std::u32string& segment, Anchors* out) {
  std::string text = "(\n" + to_utf8(segment) + "\n)";
  ast::AstArena arena;
  compiler::ParseResult pr = compiler::parse(text, compiler::ParseMode::Eval, arena);
  if (!pr.ok || !pr.expr) return false;
  SegmentLines s{splitlines(segment)};
  const ast::Expr* e = pr.expr;
  try {
    switch (e->kind) {
      case ast::ExprKind::BinOp: {
        auto* b = static_cast<const ast::BinOp*>(e);
        int lineno, col;
        s.setup_positions(b->left, true, &lineno, &col);
        s.increment_until(&lineno, &col, [](char32_t c) { return !is_space(c) && c != ')'; });
        int right_col = col + 1;
        const auto& line = s.lines[lineno];
        if (right_col < static_cast<int>(line.size())) {
          bool before_right = (b->right->lineno - 2 > lineno) ||
                              right_col < s.normalize(b->right->lineno - 2, b->right->col);
          char32_t ch = line[right_col];
          if (before_right && !is_space(ch) && ch != '\\' && ch != '#') ++right_col;
        }
        *out = Anchors{lineno, col, lineno, right_col};
        return true;
      }
      case ast::ExprKind::Subscript:
      case ast::ExprKind::Call: {
        const ast::Expr* left;
        char32_t bracket;
        if (e->kind == ast::ExprKind::Subscript) {
          left = static_cast<const ast::Subscript*>(e)->value;
          bracket = '[';
        } else {
          left = static_cast<const ast::Call*>(e)->func;
          bracket = '(';
        }
        int ll, lc;
        s.setup_positions(left, true, &ll, &lc);
        s.increment_until(&ll, &lc, [bracket](char32_t c) { return c == bracket; });
        int rl, rc;
        s.setup_positions(e, false, &rl, &rc);
        *out = Anchors{ll, lc, rl, rc};
        return true;
      }
      default:
        return false;
    }
  } catch (AnchorFailure&) {
    return false;
  }
}

bool should_show_carets(int start_offset, int end_offset, const std::vector<std::u32string>& all_lines,
                        bool have_anchors) {
  std::u32string joined;
  for (size_t i = 0; i < all_lines.size(); ++i) {
    if (i) joined += U'\n';
    joined += all_lines[i];
  }
  {
    ast::AstArena arena;
    compiler::ParseResult pr = compiler::parse(to_utf8(joined), compiler::ParseMode::File, arena);
    if (pr.ok && pr.module) {
      if (pr.module->body.empty()) return false;
      const ast::Stmt* st = pr.module->body[0];
      const ast::Expr* value = nullptr;
      if (st->kind == ast::StmtKind::Return) {
        auto* r = static_cast<const ast::Return*>(st);
        if (r->value && r->value->kind == ast::ExprKind::Call &&
            static_cast<const ast::Call*>(r->value)->func->kind == ast::ExprKind::Name) {
          value = r->value;
        }
      } else if (st->kind == ast::StmtKind::Assign) {
        auto* a = static_cast<const ast::Assign*>(st);
        if (a->value && a->value->kind == ast::ExprKind::Call && a->targets.size() == 1 &&
            a->targets[0]->kind == ast::ExprKind::Name) {
          value = a->value;
        }
      }
      if (value && value->lineno == 1 && value->end_lineno == static_cast<int>(all_lines.size()) &&
          value->col == start_offset && value->end_col == end_offset) {
        return false;
      }
    }
  }
  if (have_anchors) return true;
  const auto& first = all_lines.front();
  const auto& last = all_lines.back();
  std::u32string before = first.substr(0, std::min<size_t>(start_offset, first.size()));
  if (!lstrip(before).empty()) return true;
  if (static_cast<size_t>(end_offset) < last.size() && !rstrip(last.substr(end_offset)).empty()) {
    return true;
  }
  return false;
}

// ------------------------------------------------------------- one entry

struct Entry {
  std::string filename, name;
  int lineno = -1, end_lineno = -1, col = -1, end_col = -1;
};

std::string format_entry(const Entry& e) {
  std::string out = "  File \"" + e.filename + "\", line " +
                    (e.lineno < 0 ? std::string("None") : std::to_string(e.lineno)) + ", in " +
                    e.name + "\n";
  if (e.lineno < 0) return out;
  int end_lineno = e.end_lineno < e.lineno ? e.lineno : e.end_lineno;
  // _original_lines: each line rstripped, joined by \n, plus a final \n.
  std::vector<std::u32string> original;
  for (int ln = e.lineno; ln <= end_lineno; ++ln) {
    std::string line;
    if (!source_line(e.filename, ln, &line)) line.clear();
    original.push_back(rstrip(to_u32(line)));
  }
  std::u32string lines_text;
  for (const auto& l : original) {
    lines_text += l;
    lines_text += U'\n';
  }
  std::u32string dedented = dedent(lines_text);
  if (blank(dedented)) return out;
  if (e.col < 0 || e.end_col < 0 || e.end_lineno < 0) {
    out += "    " + to_utf8(lstrip(rstrip(original[0]))) + "\n";
    return out;
  }
  const std::u32string& first_line = original[0];
  const std::u32string& last_line = original[end_lineno - e.lineno];
  int start_offset = static_cast<int>(byte_to_char_offset(first_line, e.col));
  int end_offset = static_cast<int>(byte_to_char_offset(last_line, e.end_col));
  std::vector<std::u32string> all_lines = splitlines(dedented);
  size_t want = static_cast<size_t>(end_lineno - e.lineno + 1);
  if (all_lines.size() > want) all_lines.resize(want);
  while (all_lines.size() < want) all_lines.emplace_back();
  int dedent_chars = static_cast<int>(first_line.size()) - static_cast<int>(all_lines[0].size());
  start_offset = std::max(0, start_offset - dedent_chars);
  end_offset = std::max(0, end_offset - dedent_chars);
  // The source segment of the instruction.
  std::u32string segment;
  for (size_t i = 0; i < all_lines.size(); ++i) {
    if (i) segment += U'\n';
    segment += all_lines[i];
  }
  int64_t seg_end = static_cast<int64_t>(segment.size()) -
                    (static_cast<int64_t>(all_lines.back().size()) - end_offset);
  if (seg_end < start_offset) seg_end = start_offset;
  if (seg_end > static_cast<int64_t>(segment.size())) seg_end = static_cast<int64_t>(segment.size());
  segment = segment.substr(std::min<size_t>(start_offset, segment.size()),
                           static_cast<size_t>(seg_end) - std::min<size_t>(start_offset, segment.size()));
  Anchors anchors;
  bool have_anchors = extract_anchors(segment, &anchors);
  bool show_carets = should_show_carets(start_offset, end_offset, all_lines, have_anchors);

  int n = static_cast<int>(all_lines.size());
  std::vector<bool> significant(n, false);
  significant[0] = true;
  significant[n - 1] = true;
  int left_off = 0, right_off = 0;
  char32_t primary = U'^', secondary = U'^';
  if (have_anchors) {
    left_off = anchors.left_end_offset;
    right_off = anchors.right_start_offset;
    if (anchors.left_end_lineno == 0) left_off += start_offset;
    if (anchors.right_start_lineno == 0) right_off += start_offset;
    primary = anchors.primary;
    secondary = anchors.secondary;
    for (int d = -1; d <= 1; ++d) {
      int a = anchors.left_end_lineno + d, b = anchors.right_start_lineno + d;
      if (a >= 0 && a < n) significant[a] = true;
      if (b >= 0 && b < n) significant[b] = true;
    }
  }
  std::u32string result;
  auto output_line = [&](int lineno) {
    const std::u32string& line = all_lines[lineno];
    result += line;
    result += U'\n';
    if (!show_carets) return;
    int num_spaces = static_cast<int>(line.size() - lstrip(line).size());
    int num_carets = lineno == n - 1 ? end_offset : static_cast<int>(line.size());
    std::u32string carets;
    for (int col = 0; col < num_carets; ++col) {
      if (col < num_spaces || (lineno == 0 && col < start_offset)) {
        carets += U' ';
      } else if (have_anchors &&
                 (lineno > anchors.left_end_lineno ||
                  (lineno == anchors.left_end_lineno && col >= left_off)) &&
                 (lineno < anchors.right_start_lineno ||
                  (lineno == anchors.right_start_lineno && col < right_off))) {
        carets += secondary;
      } else {
        carets += primary;
      }
    }
    result += carets;
    result += U'\n';
  };
  int prev = -1;
  for (int i = 0; i < n; ++i) {
    if (!significant[i]) continue;
    if (prev >= 0) {
      int diff = i - prev;
      if (diff == 2) output_line(i - 1);
      else if (diff > 2) {
        result += to_u32("...<" + std::to_string(diff - 1) + " lines>...\n");
      }
    }
    output_line(i);
    prev = i;
  }
  // textwrap.indent(textwrap.dedent(result), '    ', lambda line: True)
  std::u32string body = dedent(result);
  std::u32string indented;
  size_t start = 0;
  while (start < body.size()) {
    size_t nl = body.find(U'\n', start);
    size_t end = nl == std::u32string::npos ? body.size() : nl + 1;
    indented += U"    ";
    indented += body.substr(start, end - start);
    start = end;
  }
  out += to_utf8(indented);
  return out;
}

Entry entry_of(Traceback* tb) {
  Entry e;
  Code* co = static_cast<Code*>(tb->code.get());
  e.filename = co->filename && is_str(co->filename.get()) ? std::string(str_view(co->filename.get()))
                                                          : std::string("<unknown>");
  e.name = co->name && is_str(co->name.get()) ? std::string(str_view(co->name.get())) : "?";
  e.lineno = tb->lineno;
  if (tb->lasti >= 0 && static_cast<size_t>(tb->lasti) < co->positions.size()) {
    const SourcePos& p = co->positions[tb->lasti];
    if (p.lineno >= 0) e.lineno = p.lineno;
    e.end_lineno = p.end_lineno;
    e.col = p.col;
    e.end_col = p.end_col;
  }
  return e;
}

void format_stack(std::string& out, Object* tb_obj) {
  std::string last_file, last_name;
  int last_line = -2;
  bool have_last = false;
  int count = 0;
  constexpr int kCutoff = 3;
  auto flush_repeat = [&]() {
    if (count > kCutoff) {
      int more = count - kCutoff;
      out += "  [Previous line repeated " + std::to_string(more) + " more time" +
             (more > 1 ? "s" : "") + "]\n";
    }
  };
  for (Object* t = tb_obj; t && type_of(t) == &TracebackType;
       t = static_cast<Traceback*>(t)->next.get()) {
    Entry e = entry_of(static_cast<Traceback*>(t));
    if (!have_last || e.filename != last_file || e.lineno != last_line || e.name != last_name) {
      flush_repeat();
      last_file = e.filename;
      last_line = e.lineno;
      last_name = e.name;
      have_last = true;
      count = 0;
    }
    ++count;
    if (count > kCutoff) continue;
    out += format_entry(e);
  }
  flush_repeat();
}

// ------------------------------------------------------------- exception line

std::string safe_str(Object* o, const char* what) {
  try {
    Ref<> s = str(o);
    return std::string(str_view(s.get()));
  } catch (...) {
    return std::string("<") + what + " str() failed>";
  }
}

std::string type_display_name(Type* t) {
  std::string name;
  try {
    Ref<> q = type_qualname(t);
    name = std::string(str_view(q.get()));
  } catch (...) {
    name = type_name(t);
  }
  std::string mod;
  try {
    Ref<> m = type_module(t);
    if (m && is_str(m.get())) mod = std::string(str_view(m.get()));
    else mod = "<unknown>";
  } catch (...) {
    mod = "<unknown>";
  }
  if (mod != "__main__" && mod != "builtins") name = mod + "." + name;
  return name;
}

Ref<> attr_or_null(Object* o, const char* name) {
  try {
    Ref<> v = getattr_or_null(o, intern(name));
    if (v && v.get() == kNone) return {};
    return v;
  } catch (...) {
    return {};
  }
}

void format_syntax_error(std::string& out, Object* exc, const std::string& stype) {
  Ref<> filename = attr_or_null(exc, "filename");
  Ref<> lineno = attr_or_null(exc, "lineno");
  Ref<> end_lineno = attr_or_null(exc, "end_lineno");
  Ref<> text = attr_or_null(exc, "text");
  Ref<> offset = attr_or_null(exc, "offset");
  Ref<> end_offset = attr_or_null(exc, "end_offset");
  Ref<> msg = attr_or_null(exc, "msg");
  std::string filename_suffix;
  std::string fname = filename ? safe_str(filename.get(), "filename") : std::string();
  if (lineno) {
    out += "  File \"" + (fname.empty() ? std::string("<string>") : fname) + "\", line " +
           safe_str(lineno.get(), "lineno") + "\n";
  } else if (filename) {
    filename_suffix = " (" + fname + ")";
  }
  if (text && is_str(text.get())) {
    std::u32string t = to_u32(str_view(text.get()));
    std::u32string rtext = t;
    while (!rtext.empty() && rtext.back() == '\n') rtext.pop_back();
    size_t k = 0;
    while (k < rtext.size() && (rtext[k] == ' ' || rtext[k] == '\n' || rtext[k] == '\f')) ++k;
    std::u32string ltext = rtext.substr(k);
    int64_t spaces = static_cast<int64_t>(rtext.size() - ltext.size());
    int64_t off_v = 0;
    if (!offset || !is_int(offset.get()) || !int_to_int64(offset.get(), &off_v)) {
      out += "    " + to_utf8(ltext) + "\n";
    } else {
      int64_t off = off_v;
      int64_t end_off;
      std::string l1 = lineno ? safe_str(lineno.get(), "") : "None";
      std::string l2 = end_lineno ? safe_str(end_lineno.get(), "") : "None";
      int64_t eo = 0;
      bool have_eo = end_offset && is_int(end_offset.get()) && int_to_int64(end_offset.get(), &eo);
      if (l1 == l2) end_off = (have_eo && eo != 0) ? eo : off;
      else end_off = static_cast<int64_t>(rtext.size()) + 1;
      int64_t tlen = static_cast<int64_t>(t.size());
      if (tlen && off > tlen) off = static_cast<int64_t>(rtext.size()) + 1;
      if (tlen && end_off > tlen) end_off = static_cast<int64_t>(rtext.size()) + 1;
      if (off >= end_off || end_off < 0) end_off = off + 1;
      int64_t colno = off - 1 - spaces;
      int64_t end_colno = end_off - 1 - spaces;
      out += "    " + to_utf8(ltext) + "\n";
      if (colno >= 0) {
        std::u32string caret;
        for (int64_t i = 0; i < colno && i < static_cast<int64_t>(ltext.size()); ++i) {
          caret += is_space(ltext[i]) ? ltext[i] : U' ';
        }
        for (int64_t i = colno; i < end_colno; ++i) caret += U'^';
        out += "    " + to_utf8(caret) + "\n";
      }
    }
  }
  std::string m = msg ? safe_str(msg.get(), "msg") : std::string();
  if (m.empty()) m = "<no detail available>";
  out += stype + ": " + m + filename_suffix + "\n";
}

void format_exception_only(std::string& out, Object* exc) {
  Type* t = type_of(exc);
  std::string stype = type_display_name(t);
  if (is_subtype(t, &exc::SyntaxError)) {
    format_syntax_error(out, exc, stype);
  } else {
    std::string value = safe_str(exc, "exception");
    out += value.empty() ? stype + "\n" : stype + ": " + value + "\n";
  }
  Ref<> notes = attr_or_null(exc, "__notes__");
  if (notes) {
    if ((is_list(notes.get()) || is_tuple(notes.get()))) {
      Ref<> items = sequence_to_tuple(notes.get());
      for (int64_t i = 0; i < tuple_size(items.get()); ++i) {
        out += safe_str(tuple_item(items.get(), i), "note") + "\n";
      }
    } else {
      std::string r;
      try {
        r = repr_utf8(notes.get());
      } catch (...) {
        r = "<__notes__ repr() failed>";
      }
      out += r + "\n";
    }
  }
}

void format_one(std::string& out, Object* exc) {
  auto* be = static_cast<BaseExceptionObject*>(exc);
  if (be->traceback && type_of(be->traceback.get()) == &TracebackType) {
    out += "Traceback (most recent call last):\n";
    format_stack(out, be->traceback.get());
  }
  format_exception_only(out, exc);
}

}  // namespace

std::string format_exception(Object* exc) {
  std::string out;
  if (!exc) return out;
  if (!is_exception(exc)) {
    out += type_display_name(type_of(exc)) + ": " + safe_str(exc, "exception") + "\n";
    return out;
  }
  static const char* const kCause =
      "\nThe above exception was the direct cause of the following exception:\n\n";
  static const char* const kContext =
      "\nDuring handling of the above exception, another exception occurred:\n\n";
  std::vector<std::pair<Object*, const char*>> chain;  // (exception, message linking it to the previous)
  std::unordered_set<Object*> seen;
  Object* e = exc;
  const char* msg = nullptr;
  while (e) {
    chain.emplace_back(e, msg);
    seen.insert(e);
    auto* be = static_cast<BaseExceptionObject*>(e);
    Object* cause = be->cause.get();
    Object* ctx = be->context.get();
    if (cause && is_exception(cause) && !seen.count(cause)) {
      e = cause;
      msg = kCause;
    } else if (!cause && ctx && is_exception(ctx) && !be->suppress_context && !seen.count(ctx)) {
      e = ctx;
      msg = kContext;
    } else {
      e = nullptr;
    }
  }
  for (size_t i = chain.size(); i-- > 0;) {
    format_one(out, chain[i].first);
    if (i > 0 && chain[i].second) out += chain[i].second;
  }
  return out;
}

void print_unraisable(std::string_view before, Object* obj, std::string_view after, Object* exc) {
  std::string line = "Exception ignored ";
  line += before;
  if (obj) {
    try {
      line += repr_utf8(obj);
    } catch (PyException&) {
      line += "<object repr() failed>";
    }
  }
  line += after;
  line += '\n';
  std::fflush(stdout);
  std::fputs(line.c_str(), stderr);
  print_exception(exc);
}

void print_exception(Object* exc) {
  std::string text = format_exception(exc);
  std::fflush(stdout);
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace ftpy::vm
