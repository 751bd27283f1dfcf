// os_module.cpp — the `os` module (POSIX subset) and its `path` submodule
// (posixpath): environment, process ids, the working directory, directory
// listing and creation, removal, urandom, and the pure path functions
// (join, split, splitext, basename, dirname, normpath, abspath, ...) with
// posixpath's exact string rules.
//
// os.environ is a dict snapshot of the process environment taken when the
// module is created; os.getenv reads that dict (as CPython's reads
// os.environ), so assignments to os.environ are seen by getenv (they are
// not exported to child processes). OS errors raise OSError subclasses
// built as OSError(errno, strerror, filename), as CPython does.
//
// Concurrency: the functions are stateless; os.environ is an ordinary dict.
// Blocking file-system calls are short and run attached, except urandom's
// read, which may block on entropy and runs inside DetachScope.
#include <dirent.h>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <cstdlib>
#include <vector>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "runtime/modules/builtin_modules.h"
#include "runtime/modules/import.h"
#include "runtime/modules/module_util.h"
#include "runtime/threads/attach.h"

extern char** environ;

namespace ftpy {

namespace {

// ------------------------------------------------------------ helpers

// Text from the OS (file names, environment, strftime output) as a str:
// UTF-8 when valid, else each byte as a Latin-1 code point (CPython would
// use surrogateescape; ftpy's str cannot hold lone surrogates).
bool valid_utf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    if (n == 0 || i + n > s.size()) return false;
    for (size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    i += n;
  }
  return true;
}

Ref<> os_text(std::string_view s) {
  if (valid_utf8(s)) return str_new(s);
  return str_from_latin1(s);
}

[[noreturn]] void raise_os_error(int err, const std::string& filename) {
  Type* type = &exc::OSError;
  switch (err) {
    case ENOENT: type = &exc::FileNotFoundError; break;
    case EEXIST: type = &exc::FileExistsError; break;
    case EACCES: case EPERM: type = &exc::PermissionError; break;
    case EISDIR: type = &exc::IsADirectoryError; break;
    case ENOTDIR: type = &exc::NotADirectoryError; break;
    case EINTR: type = &exc::InterruptedError; break;
    case ETIMEDOUT: type = &exc::TimeoutError; break;
    default: break;
  }
  Ref<> code = int_from(err);
  Ref<> msg = str_new(std::strerror(err));
  Ref<> fname = str_new(filename);
  Object* argv[3] = {code.get(), msg.get(), fname.get()};
  Ref<> e = call(type, argv, filename.empty() ? 2 : 3);
  throw PyException(std::move(e));
}

// os.fspath(): str as is, else __fspath__(); bytes paths are not supported.
std::string fspath(Object* o) {
  if (is_str(o)) return std::string(str_view(o));
  static Str* name = intern("__fspath__");
  if (Ref<> m = getattr_or_null(type_of(o), name)) {
    Ref<> r = call1(m.get(), o);
    if (is_str(r.get())) return std::string(str_view(r.get()));
    raisef(&exc::TypeError, "expected %s.__fspath__() to return str or bytes, not %s", type_name_of(o),
           type_name_of(r.get()));
  }
  if (is_bytes(o)) raise(&exc::TypeError, "bytes paths are not supported by ftpy's os module");
  raisef(&exc::TypeError, "expected str, bytes or os.PathLike object, not %s", type_name_of(o));
}

std::string path_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                     const char* dflt = nullptr) {
  Object* a[1] = {};
  parse_args(fname, args, nargs, kwnames, {"path"}, dflt ? 0 : 1, a);
  if (!a[0] || (dflt && a[0] == kNone)) return dflt;
  return fspath(a[0]);
}

Ref<> str_ref(const std::string& s) { return str_new(s); }

// ------------------------------------------------------------- os.path

bool path_isabs(const std::string& p) { return !p.empty() && p[0] == '/'; }

std::string path_join(const std::vector<std::string>& parts) {
  std::string path = parts.empty() ? "" : parts[0];
  for (size_t i = 1; i < parts.size(); ++i) {
    const std::string& b = parts[i];
    if (!b.empty() && b[0] == '/') path = b;
    else if (path.empty() || path.back() == '/') path += b;
    else path += "/" + b;
  }
  return path;
}

// head/tail as posixpath.split.
void path_split(const std::string& p, std::string* head, std::string* tail) {
  size_t i = p.rfind('/');
  i = i == std::string::npos ? 0 : i + 1;
  *head = p.substr(0, i);
  *tail = p.substr(i);
  if (!head->empty() && head->find_first_not_of('/') != std::string::npos) {
    while (!head->empty() && head->back() == '/') head->pop_back();
  }
}

void path_splitext(const std::string& p, std::string* root, std::string* ext) {
  size_t sep = p.rfind('/');
  size_t dot = p.rfind('.');
  long sep_i = sep == std::string::npos ? -1 : static_cast<long>(sep);
  long dot_i = dot == std::string::npos ? -1 : static_cast<long>(dot);
  if (dot_i > sep_i) {
    for (long i = sep_i + 1; i < dot_i; ++i) {
      if (p[static_cast<size_t>(i)] != '.') {
        *root = p.substr(0, static_cast<size_t>(dot_i));
        *ext = p.substr(static_cast<size_t>(dot_i));
        return;
      }
    }
  }
  *root = p;
  ext->clear();
}

std::string path_normpath(const std::string& path) {
  if (path.empty()) return ".";
  int initial = path[0] == '/' ? 1 : 0;
  if (initial && path.size() > 1 && path[1] == '/' && !(path.size() > 2 && path[2] == '/')) initial = 2;
  std::vector<std::string> comps;
  size_t i = 0;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string::npos) j = path.size();
    std::string comp = path.substr(i, j - i);
    i = j + 1;
    if (comp.empty() || comp == ".") continue;
    if (comp != ".." || (!initial && comps.empty()) || (!comps.empty() && comps.back() == "..")) {
      comps.push_back(comp);
    } else if (!comps.empty()) {
      comps.pop_back();
    }
  }
  std::string out(static_cast<size_t>(initial), '/');
  for (size_t k = 0; k < comps.size(); ++k) {
    if (k) out += '/';
    out += comps[k];
  }
  return out.empty() ? "." : out;
}

std::string current_dir() {
  std::vector<char> buf(4096);
  while (!::getcwd(buf.data(), buf.size())) {
    if (errno != ERANGE) raise_os_error(errno, "");
    buf.resize(buf.size() * 2);
  }
  return buf.data();
}

std::string path_abspath(const std::string& p) {
  if (path_isabs(p)) return path_normpath(p);
  return path_normpath(path_join({current_dir(), p}));
}

Ref<> p_join(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("join", kwnames);
  if (nargs < 1) raise(&exc::TypeError, "join() missing 1 required positional argument: 'a'");
  std::vector<std::string> parts;
  parts.push_back(fspath(args[0]));
  for (size_t i = 1; i < nargs; ++i) {
    Object* o = args[i];
    if (!is_str(o) && !getattr_or_null(type_of(o), intern("__fspath__")))
      raisef(&exc::TypeError, "join() argument must be str, bytes, or os.PathLike object, not '%s'",
             type_name_of(o));
    parts.push_back(fspath(o));
  }
  return str_ref(path_join(parts));
}

Ref<> p_split(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string head, tail;
  path_split(path_arg("split", args, nargs, kwnames), &head, &tail);
  Ref<> h = str_ref(head), t = str_ref(tail);
  return tuple_pack({h.get(), t.get()});
}

Ref<> p_splitext(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string root, ext;
  path_splitext(path_arg("splitext", args, nargs, kwnames), &root, &ext);
  Ref<> r = str_ref(root), e = str_ref(ext);
  return tuple_pack({r.get(), e.get()});
}

Ref<> p_basename(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("basename", args, nargs, kwnames);
  size_t i = p.rfind('/');
  return str_ref(i == std::string::npos ? p : p.substr(i + 1));
}

Ref<> p_dirname(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string head, tail;
  path_split(path_arg("dirname", args, nargs, kwnames), &head, &tail);
  return str_ref(head);
}

Ref<> p_normpath(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return str_ref(path_normpath(path_arg("normpath", args, nargs, kwnames)));
}

Ref<> p_abspath(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return str_ref(path_abspath(path_arg("abspath", args, nargs, kwnames)));
}

Ref<> p_realpath(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_abspath(path_arg("realpath", args, nargs, kwnames));
  char* resolved = ::realpath(p.c_str(), nullptr);
  if (!resolved) return str_ref(p);
  std::string out(resolved);
  std::free(resolved);
  return str_ref(out);
}

Ref<> p_isabs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  return py_bool(path_isabs(path_arg("isabs", args, nargs, kwnames)));
}

// stat-based predicates: False on any error (as genericpath).
bool stat_ok(Object* o, struct stat* st, bool link = false) {
  if (!is_str(o) && !getattr_or_null(type_of(o), intern("__fspath__"))) return false;
  std::string p = fspath(o);
  if (p.find('\0') != std::string::npos) return false;
  return (link ? ::lstat(p.c_str(), st) : ::stat(p.c_str(), st)) == 0;
}

Object* one_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args(fname, args, nargs, kwnames, {"path"}, 1, a);
  return a[0];
}

Ref<> p_exists(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  struct stat st;
  return py_bool(stat_ok(one_arg("exists", args, nargs, kwnames), &st));
}
Ref<> p_isfile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  struct stat st;
  return py_bool(stat_ok(one_arg("isfile", args, nargs, kwnames), &st) && S_ISREG(st.st_mode));
}
Ref<> p_isdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  struct stat st;
  return py_bool(stat_ok(one_arg("isdir", args, nargs, kwnames), &st) && S_ISDIR(st.st_mode));
}
Ref<> p_islink(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  struct stat st;
  return py_bool(stat_ok(one_arg("islink", args, nargs, kwnames), &st, true) && S_ISLNK(st.st_mode));
}

Ref<> p_getsize(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("getsize", args, nargs, kwnames);
  struct stat st;
  if (::stat(p.c_str(), &st) != 0) raise_os_error(errno, p);
  return int_from(static_cast<int64_t>(st.st_size));
}

Ref<> p_getmtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("getmtime", args, nargs, kwnames);
  struct stat st;
  if (::stat(p.c_str(), &st) != 0) raise_os_error(errno, p);
  return float_from(static_cast<double>(st.st_mtim.tv_sec) + st.st_mtim.tv_nsec * 1e-9);
}

Ref<> p_expanduser(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("expanduser", args, nargs, kwnames);
  if (p.empty() || p[0] != '~') return str_ref(p);
  size_t i = p.find('/', 1);
  if (i == std::string::npos) i = p.size();
  std::string home;
  if (i == 1) {
    const char* h = std::getenv("HOME");
    if (h) {
      home = h;
    } else {
      struct passwd* pw = ::getpwuid(::getuid());
      if (!pw) return str_ref(p);
      home = pw->pw_dir;
    }
  } else {
    struct passwd* pw = ::getpwnam(p.substr(1, i - 1).c_str());
    if (!pw) return str_ref(p);
    home = pw->pw_dir;
  }
  while (!home.empty() && home.back() == '/') home.pop_back();
  std::string out = home + p.substr(i);
  return str_ref(out.empty() ? "/" : out);
}

Ref<> p_commonprefix(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("commonprefix", kwnames);
  check_nargs("commonprefix", nargs, 1, 1);
  std::vector<std::string> items;
  for_each(args[0], [&](Object* o) { items.push_back(fspath(o)); });
  if (items.empty()) return str_ref("");
  std::string prefix = items[0];
  for (const std::string& s : items) {
    size_t k = 0;
    while (k < prefix.size() && k < s.size() && prefix[k] == s[k]) ++k;
    prefix.resize(k);
  }
  // Do not split a UTF-8 sequence.
  while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0x80) prefix.pop_back();
  if (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0xC0) prefix.pop_back();
  return str_ref(prefix);
}

const MethodDef kPathFunctions[] = {
    {"join", p_join, 0, "Join two or more pathname components, inserting '/' as needed."},
    {"split", p_split, 0, "Split a pathname.  Returns tuple \"(head, tail)\"."},
    {"splitext", p_splitext, 0, "Split the extension from a pathname."},
    {"basename", p_basename, 0, "Returns the final component of a pathname"},
    {"dirname", p_dirname, 0, "Returns the directory component of a pathname"},
    {"normpath", p_normpath, 0, "Normalize path, eliminating double slashes, etc."},
    {"abspath", p_abspath, 0, "Return an absolute path."},
    {"realpath", p_realpath, 0, "Return the canonical path of the specified filename."},
    {"isabs", p_isabs, 0, "Test whether a path is absolute"},
    {"exists", p_exists, 0, "Test whether a path exists."},
    {"isfile", p_isfile, 0, "Test whether a path is a regular file"},
    {"isdir", p_isdir, 0, "Return true if the pathname refers to an existing directory."},
    {"islink", p_islink, 0, "Test whether a path is a symbolic link"},
    {"getsize", p_getsize, 0, "Return the size of a file, reported by os.stat()."},
    {"getmtime", p_getmtime, 0, "Return the last modification time of a file, reported by os.stat()."},
    {"expanduser", p_expanduser, 0, "Expand ~ and ~user constructions."},
    {"commonprefix", p_commonprefix, 0, "Given a list of pathnames, returns the longest common leading component"},
    {nullptr, nullptr, 0, nullptr},
};

// -------------------------------------------------------------------- os

Ref<> os_getenv(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("getenv", args, nargs, kwnames, {"key", "default"}, 1, a);
  if (!is_str(a[0])) raisef(&exc::TypeError, "str expected, not %s", type_name_of(a[0]));
  Ref<> environ_obj = dict_get_str(static_cast<Dict*>(module_dict(self)), "environ");
  if (environ_obj) {
    Ref<> v = is_dict(environ_obj.get()) ? dict_get(static_cast<Dict*>(environ_obj.get()), a[0])
                                         : call_method1(environ_obj.get(), "get", a[0]);
    if (v && v.get() != kNone) return v;
  }
  return a[1] ? Ref<>::borrow(a[1]) : none();
}

Ref<> os_getpid(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getpid", kwnames);
  check_nargs("getpid", nargs, 0, 0);
  return int_from(::getpid());
}

Ref<> os_getppid(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getppid", kwnames);
  check_nargs("getppid", nargs, 0, 0);
  return int_from(::getppid());
}

Ref<> os_cpu_count(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("cpu_count", kwnames);
  check_nargs("cpu_count", nargs, 0, 0);
  long n = ::sysconf(_SC_NPROCESSORS_ONLN);
  if (n < 1) return none();
  return int_from(n);
}

Ref<> os_getcwd(Object*, Object* const*, size_t nargs, Object* kwnames) {
  check_no_kwargs("getcwd", kwnames);
  check_nargs("getcwd", nargs, 0, 0);
  return str_ref(current_dir());
}

Ref<> os_chdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("chdir", args, nargs, kwnames);
  if (::chdir(p.c_str()) != 0) raise_os_error(errno, p);
  return none();
}

Ref<> os_listdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("listdir", args, nargs, kwnames, ".");
  DIR* dir = ::opendir(p.c_str());
  if (!dir) raise_os_error(errno, p);
  Ref<List> out = list_new();
  std::vector<std::string> names;
  while (struct dirent* e = ::readdir(dir)) {
    std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    names.push_back(std::move(name));
  }
  ::closedir(dir);
  for (const std::string& n : names) {
    Ref<> s = os_text(n);
    list_append(out.get(), s.get());
  }
  return out;
}

Ref<> os_mkdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("mkdir", args, nargs, kwnames, {"path", "mode"}, 1, a);
  std::string p = fspath(a[0]);
  mode_t mode = a[1] ? static_cast<mode_t>(index_as_int64(a[1])) : 0777;
  if (::mkdir(p.c_str(), mode) != 0) raise_os_error(errno, p);
  return none();
}

Ref<> os_makedirs(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[3] = {};
  parse_args("makedirs", args, nargs, kwnames, {"name", "mode", "exist_ok"}, 1, a);
  std::string p = fspath(a[0]);
  mode_t mode = a[1] ? static_cast<mode_t>(index_as_int64(a[1])) : 0777;
  bool exist_ok = a[2] && truthy(a[2]);
  std::string partial;
  size_t i = 0;
  while (i <= p.size()) {
    size_t j = p.find('/', i);
    if (j == std::string::npos) j = p.size();
    partial = p.substr(0, j);
    i = j + 1;
    if (partial.empty() || j == p.size()) continue;
    struct stat st;
    if (::stat(partial.c_str(), &st) == 0) continue;
    if (::mkdir(partial.c_str(), mode) != 0 && errno != EEXIST) raise_os_error(errno, partial);
  }
  if (::mkdir(p.c_str(), mode) != 0) {
    int err = errno;
    struct stat st;
    if (!(err == EEXIST && exist_ok && ::stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode)))
      raise_os_error(err, p);
  }
  return none();
}

Ref<> os_rmdir(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("rmdir", args, nargs, kwnames);
  if (::rmdir(p.c_str()) != 0) raise_os_error(errno, p);
  return none();
}

Ref<> os_remove(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  std::string p = path_arg("remove", args, nargs, kwnames);
  if (::unlink(p.c_str()) != 0) raise_os_error(errno, p);
  return none();
}

Ref<> os_rename(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[2] = {};
  parse_args("rename", args, nargs, kwnames, {"src", "dst"}, 2, a);
  std::string src = fspath(a[0]), dst = fspath(a[1]);
  if (::rename(src.c_str(), dst.c_str()) != 0) raise_os_error(errno, src);
  return none();
}

Ref<> os_fspath(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  Object* a[1] = {};
  parse_args("fspath", args, nargs, kwnames, {"path"}, 1, a);
  if (is_str(a[0]) || is_bytes(a[0])) return Ref<>::borrow(a[0]);
  return str_ref(fspath(a[0]));
}

Ref<> os_urandom(Object*, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("urandom", kwnames);
  check_nargs("urandom", nargs, 1, 1);
  int64_t n = index_as_int64(args[0]);
  if (n < 0) raise(&exc::ValueError, "negative argument not allowed");
  std::string buf(static_cast<size_t>(n), '\0');
  int err = 0;
  {
    DetachScope detached;  // may block until the entropy pool is ready
    int fd = ::open("/dev/urandom", O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      err = errno;
    } else {
      size_t got = 0;
      while (got < buf.size()) {
        ssize_t r = ::read(fd, buf.data() + got, buf.size() - got);
        if (r < 0 && errno == EINTR) continue;
        if (r <= 0) {
          err = r < 0 ? errno : EIO;
          break;
        }
        got += static_cast<size_t>(r);
      }
      ::close(fd);
    }
  }
  if (err) raise_os_error(err, "");
  return bytes_new(buf);
}

const MethodDef kOsFunctions[] = {
    {"getenv", os_getenv, 0, "Get an environment variable, return None if it doesn't exist."},
    {"getpid", os_getpid, 0, "Return the current process id."},
    {"getppid", os_getppid, 0, "Return the parent's process id."},
    {"cpu_count", os_cpu_count, 0, "Return the number of logical CPUs in the system."},
    {"getcwd", os_getcwd, 0, "Return a unicode string representing the current working directory."},
    {"chdir", os_chdir, 0, "Change the current working directory to the specified path."},
    {"listdir", os_listdir, 0, "Return a list containing the names of the files in the directory."},
    {"mkdir", os_mkdir, 0, "Create a directory."},
    {"makedirs", os_makedirs, 0, "makedirs(name [, mode=0o777][, exist_ok=False])"},
    {"rmdir", os_rmdir, 0, "Remove a directory."},
    {"remove", os_remove, 0, "Remove a file (same as unlink())."},
    {"unlink", os_remove, 0, "Remove a file (same as remove())."},
    {"rename", os_rename, 0, "Rename a file or directory."},
    {"fspath", os_fspath, 0, "Return the file system path representation of the object."},
    {"urandom", os_urandom, 0, "Return a bytes object containing random bytes suitable for cryptographic use."},
    {nullptr, nullptr, 0, nullptr},
};

void add_str(Object* m, const char* name, const char* value) {
  Ref<> v = str_new(value);
  module_add(m, name, v.get());
}

}  // namespace

Ref<> make_os_module() {
  Ref<> m = make_module("os", kOsFunctions, "OS routines for NT or Posix depending on what system we're on.");
  Ref<> path = make_module("posixpath", kPathFunctions, "Common operations on Posix pathnames.");
  const std::pair<const char*, const char*> constants[] = {
      {"sep", "/"},     {"curdir", "."},   {"pardir", ".."},        {"extsep", "."},
      {"pathsep", ":"}, {"linesep", "\n"}, {"devnull", "/dev/null"}, {"defpath", "/bin:/usr/bin"},
  };
  for (auto& [name, value] : constants) {
    add_str(m.get(), name, value);
    add_str(path.get(), name, value);
  }
  add_str(m.get(), "name", "posix");
  module_add(m.get(), "altsep", kNone);
  module_add(path.get(), "altsep", kNone);

  Ref<Dict> env = dict_new();
  for (char** e = ::environ; e && *e; ++e) {
    std::string_view entry(*e);
    size_t eq_pos = entry.find('=');
    if (eq_pos == std::string_view::npos || eq_pos == 0) continue;
    Ref<> k = os_text(entry.substr(0, eq_pos));
    Ref<> v = os_text(entry.substr(eq_pos + 1));
    dict_set(env.get(), k.get(), v.get());
  }
  module_add(m.get(), "environ", env.get());

  module_add(m.get(), "path", path.get());
  dict_set_str(static_cast<Dict*>(sys_modules()), "os.path", path.get());
  dict_set_str(static_cast<Dict*>(sys_modules()), "posixpath", path.get());
  return m;
}

// The "os.path" table entry: the path submodule of os (importing os first).
Ref<> make_os_path_module() {
  if (Ref<> p = dict_get_str(static_cast<Dict*>(sys_modules()), "os.path")) return p;
  Ref<> os = import_module("os");
  return getattr(os.get(), "path");
}

}  // namespace ftpy
