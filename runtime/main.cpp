// main.cpp — the `ftpy` command line, modelled on `python`:
//
//   ftpy FILE [ARGS]     run a script (sys.argv = [FILE, ARGS...])
//   ftpy -c CODE [ARGS]  run a string (sys.argv[0] = '-c')
//   ftpy -m MODULE       run a module found on sys.path as __main__
//   ftpy -d FILE         print the bytecode of FILE (module and every function)
//   ftpy                 interactive prompt (line editing with readline) when
//                        stdin is a terminal, else read the program from stdin
//   ftpy --version       print the version and the build variant
//
// Exit status as CPython: 0, 1 after an uncaught exception (its traceback on
// stderr), the SystemExit code. The interpreter runs on a thread with a large
// stack so deep (but legal) recursion never overflows the C++ stack; the
// recursion limit turns runaway recursion into RecursionError first.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <readline/history.h>
#include <readline/readline.h>

#include "gc/alloc.h"
#include "gc/config.h"
#include "objects/api.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/identifiers.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "runtime/compiler/compiler.h"
#include "runtime/init.h"
#include "runtime/leak_check.h"
#include "runtime/modules/import.h"
#include "runtime/modules/module_util.h"
#include "runtime/modules/stdio.h"
#include "runtime/modules/sys_module.h"
#include "runtime/modules/thread_module.h"
#include "runtime/threads/interrupt.h"
#include "runtime/vm/interp.h"

namespace ftpy {
namespace {

constexpr size_t kInterpreterStackBytes = size_t{1} << 30;  // reserved, not committed

struct Invocation {
  enum class Mode { File, Command, Module, Stdin, Repl, Disassemble } mode = Mode::Repl;
  std::string target;               // file, code or module name
  std::vector<std::string> argv;    // sys.argv
  bool show_refcount = false;       // -X showrefcount
  int exit_status = 0;
};

void print_usage(FILE* out) {
  std::fprintf(out,
               "usage: ftpy [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
               "Options:\n"
               "-c cmd : program passed in as string (terminates option list)\n"
               "-d file: print the bytecode of file and exit (ftpy extension)\n"
               "-m mod : run library module as a script (terminates option list)\n"
               "-h     : print this help message and exit\n"
               "-V     : print the Python version number and exit (also --version)\n"
               "-X showrefcount: at exit, report objects still allocated (runtime/teardown.h)\n"
               "file   : program read from script file\n"
               "-      : program read from stdin (default; interactive mode if a tty)\n");
}

bool read_whole_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string directory_of(const std::string& path) {
  size_t slash = path.rfind('/');
  if (slash == std::string::npos) return "";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

// CPython 3.13 reports the main script by its absolute path (__file__ and
// tracebacks); like os.path.abspath it does not resolve symbolic links.
std::string absolute_path(const std::string& path) {
  if (!path.empty() && path[0] == '/') return path;
  char cwd[4096];
  if (!getcwd(cwd, sizeof cwd)) return path;
  std::string rel = path;
  while (rel.rfind("./", 0) == 0) rel = rel.substr(2);
  return std::string(cwd) + "/" + rel;
}

std::vector<std::string> pythonpath_entries() {
  std::vector<std::string> out;
  const char* env = std::getenv("PYTHONPATH");
  if (!env) return out;
  std::string s(env);
  size_t start = 0;
  while (start <= s.size()) {
    size_t colon = s.find(':', start);
    std::string entry = s.substr(start, colon == std::string::npos ? std::string::npos : colon - start);
    if (!entry.empty()) out.push_back(entry);
    if (colon == std::string::npos) break;
    start = colon + 1;
  }
  return out;
}

// Set when the program ended with an uncaught KeyboardInterrupt: as CPython,
// the process then dies by SIGINT (exit status -2 / 130 in a shell).
// Written by the interpreter thread, read by main() after joining it.
bool g_died_of_keyboard_interrupt = false;

// The exit status for an uncaught exception, printing it as CPython does.
int report_uncaught(PyException& e) {
  flush_std_streams();
  Object* value = e.value.get();
  if (exception_matches(value, &exc::KeyboardInterrupt)) g_died_of_keyboard_interrupt = true;
  if (exception_matches(value, &exc::SystemExit)) {
    Ref<> code = getattr(value, "code");
    if (code.get() == kNone) return 0;
    if (is_int(code.get())) {
      int64_t v = 0;
      if (int_to_int64(code.get(), &v)) return static_cast<int>(v & 0xff);
      return 1;
    }
    Ref<> text = str(code.get());
    Ref<> err = sys_stderr();
    std::string line(str_view(text.get()));
    line += '\n';
    stream_write(err.get(), line);
    return 1;
  }
  vm::print_exception(value);
  return 1;
}

Ref<> main_module_dict() {
  Ref<> module = module_new("__main__");
  Object* dict = module_dict(module.get());
  dict_set(static_cast<Dict*>(dict), id::builtins, builtins_module());
  dict_set_str(static_cast<Dict*>(sys_modules()), "__main__", module.get());
  return Ref<>::borrow(dict);
}

int run_source(const std::string& source, const std::string& filename) {
  int status = 0;
  try {
    Ref<> globals = main_module_dict();
    if (filename != "<string>" && filename != "<stdin>") {
      Ref<> file = str_new(filename);
      dict_set(static_cast<Dict*>(globals.get()), id::file, file.get());
    }
    vm::register_source(filename, source);
    Ref<> code = compiler::compile(source, filename, compiler::ParseMode::File);
    vm::eval_code(code.get(), globals.get(), globals.get());
  } catch (PyException& e) {
    status = report_uncaught(e);
  }
  // As CPython's finalization: wait for the non-daemon threads.
  threading_shutdown();
  return status;
}

int run_module_as_main(const std::string& name) {
  try {
    // Find NAME.py on sys.path as import does, then run it as __main__.
    std::string source, path;
    Ref<> path_list = sys_attr("path");
    bool found = false;
    for_each(path_list.get(), [&](Object* entry) {
      if (found || !is_str(entry)) return;
      std::string dir(str_view(entry));
      std::string candidate = (dir.empty() ? "." : dir) + "/" + name + ".py";
      if (read_whole_file(candidate, &source)) {
        path = candidate;
        found = true;
      }
    });
    if (!found) {
      std::fprintf(stderr, "ftpy: No module named %s\n", name.c_str());
      return 1;
    }
    return run_source(source, path);
  } catch (PyException& e) {
    return report_uncaught(e);
  }
}

int disassemble_file(const std::string& path) {
  std::string source;
  if (!read_whole_file(path, &source)) {
    std::fprintf(stderr, "ftpy: can't open file '%s': [Errno 2] No such file or directory\n", path.c_str());
    return 2;
  }
  try {
    vm::register_source(path, source);
    Ref<> code = compiler::compile(source, path, compiler::ParseMode::File);
    std::string text = compiler::disassemble(code.get());
    std::fwrite(text.data(), 1, text.size(), stdout);
    return 0;
  } catch (PyException& e) {
    return report_uncaught(e);
  }
}

// The interactive prompt: reads statements with readline, compiles each in
// "single" mode (expression values are printed by sys.displayhook), prints
// exceptions and carries on. Exits on EOF (Ctrl-D) or SystemExit.
int run_repl() {
  std::printf("Python 3.13.0 (ftpy %s build)\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
              config::kVariantName);
  std::fflush(stdout);
  Ref<> globals = main_module_dict();
  int counter = 0;
  while (true) {
    std::string source;
    const char* prompt = ">>> ";
    while (true) {
      char* line = readline(prompt);
      if (!line) {
        if (source.empty()) {
          std::printf("\n");
          return 0;
        }
        break;
      }
      if (*line) add_history(line);
      source += line;
      source += '\n';
      std::free(line);
      bool blank_line = source.size() >= 2 && source[source.size() - 2] == '\n';
      if (!compiler::is_incomplete_input(source) && (prompt[0] == '>' || blank_line)) break;
      prompt = "... ";
    }
    if (source.find_first_not_of(" \t\n") == std::string::npos) continue;
    std::string filename = "<stdin-" + std::to_string(++counter) + ">";
    try {
      vm::register_source(filename, source);
      Ref<> code = compiler::compile(source, filename, compiler::ParseMode::Single);
      vm::eval_code(code.get(), globals.get(), globals.get());
    } catch (PyException& e) {
      if (exception_matches(e.value.get(), &exc::SystemExit)) return report_uncaught(e);
      flush_std_streams();
      vm::print_exception(e.value.get());
    }
    flush_std_streams();
  }
}

int run(Invocation& inv) {
  std::vector<std::string> path;
  if (inv.mode == Invocation::Mode::File || inv.mode == Invocation::Mode::Disassemble) {
    path.push_back(directory_of(inv.target));
  } else {
    path.push_back("");
  }
  for (std::string& p : pythonpath_entries()) path.push_back(p);
  RuntimeOptions options{inv.argv, path};
  runtime_init(options);
  install_interrupt_handler();  // Ctrl-C -> KeyboardInterrupt in this thread
  int status = 0;
  switch (inv.mode) {
    case Invocation::Mode::File: {
      std::string source;
      if (!read_whole_file(inv.target, &source)) {
        std::fprintf(stderr, "ftpy: can't open file '%s': [Errno 2] No such file or directory\n",
                     inv.target.c_str());
        status = 2;
        break;
      }
      status = run_source(source, absolute_path(inv.target));
      break;
    }
    case Invocation::Mode::Command: status = run_source(inv.target, "<string>"); break;
    case Invocation::Mode::Module: status = run_module_as_main(inv.target); break;
    case Invocation::Mode::Disassemble: status = disassemble_file(inv.target); break;
    case Invocation::Mode::Stdin: {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      status = run_source(ss.str(), "<stdin>");
      break;
    }
    case Invocation::Mode::Repl:
      status = run_repl();
      threading_shutdown();
      break;
  }
  FinalizeOptions fin;
  fin.show_live_objects = inv.show_refcount;
  runtime_finalize(fin);
  return status;
}

void* interpreter_thread(void* arg) {
  auto* inv = static_cast<Invocation*>(arg);
  try {
    inv->exit_status = run(*inv);
  } catch (std::bad_alloc&) {
    flush_std_streams();
    std::fprintf(stderr, "Fatal Python error: out of memory during start-up\n");
    inv->exit_status = 1;
  } catch (PyException& e) {
    inv->exit_status = report_uncaught(e);
  }
  // asan builds: whatever the program dropped must be freed by now
  // (leak_check.h). Checked on this thread, whose thread-local tables (the
  // deferred counts) LSan scans only while it is alive.
  leak_check_at_exit();
  return nullptr;
}

bool parse_command_line(int argc, char** argv, Invocation* inv) {
  int i = 1;
  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--version" || arg == "-V") {
      std::printf("Python 3.13.0 (ftpy, %s build, %s allocator)\n", config::kVariantName, allocator_name());
      std::exit(0);
    }
    if (arg == "-h" || arg == "--help") {
      print_usage(stdout);
      std::exit(0);
    }
    if (arg == "-c" || arg == "-m" || arg == "-d") {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "Argument expected for the %s option\n", arg.c_str());
        print_usage(stderr);
        std::exit(2);
      }
      inv->target = argv[i + 1];
      if (arg == "-c") {
        inv->mode = Invocation::Mode::Command;
        inv->argv.push_back("-c");
      } else if (arg == "-m") {
        inv->mode = Invocation::Mode::Module;
        inv->argv.push_back(inv->target);
      } else {
        inv->mode = Invocation::Mode::Disassemble;
        inv->argv.push_back(inv->target);
      }
      i += 2;
      break;
    }
    if (arg == "-u" || arg == "-B" || arg == "-E" || arg == "-s" || arg == "-S") continue;  // accepted, no effect
    if (arg == "-X" && i + 1 < argc) {
      // Other -X options are accepted and ignored, as CPython ignores unknown ones.
      if (std::string_view(argv[i + 1]) == "showrefcount") inv->show_refcount = true;
      ++i;
      continue;
    }
    if (arg == "-") {
      inv->mode = Invocation::Mode::Stdin;
      inv->argv.push_back("-");
      ++i;
      break;
    }
    if (!arg.empty() && arg[0] == '-') {
      std::fprintf(stderr, "Unknown option: %s\n", arg.c_str());
      print_usage(stderr);
      std::exit(2);
    }
    inv->mode = Invocation::Mode::File;
    inv->target = arg;
    inv->argv.push_back(arg);
    ++i;
    break;
  }
  for (; i < argc; ++i) inv->argv.push_back(argv[i]);
  if (inv->argv.empty()) {
    inv->argv.push_back("");
    inv->mode = isatty(0) ? Invocation::Mode::Repl : Invocation::Mode::Stdin;
  }
  return true;
}

}  // namespace
}  // namespace ftpy

int main(int argc, char** argv) {
  ftpy::Invocation inv;
  ftpy::parse_command_line(argc, argv, &inv);
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, ftpy::kInterpreterStackBytes);
  pthread_t thread;
  if (pthread_create(&thread, &attr, ftpy::interpreter_thread, &inv) != 0) {
    // Fall back to running on the main thread's stack.
    ftpy::interpreter_thread(&inv);
  } else {
    // SIGINT goes to the interpreter thread (Python's main thread), so Ctrl-C
    // interrupts its blocking calls; threads it starts block SIGINT too.
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_BLOCK, &sigint, nullptr);
    pthread_join(thread, nullptr);
  }
  pthread_attr_destroy(&attr);
  std::fflush(stdout);
  std::fflush(stderr);
  // Skip static destructors: daemon threads may still be running (CPython
  // also does not tear down the heap at exit).
  if (ftpy::g_died_of_keyboard_interrupt) {
    signal(SIGINT, SIG_DFL);
    sigset_t sigint;
    sigemptyset(&sigint);
    sigaddset(&sigint, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &sigint, nullptr);
    raise(SIGINT);
  }
  std::_Exit(inv.exit_status);
}
