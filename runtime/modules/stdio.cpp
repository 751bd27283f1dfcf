// stdio.cpp — the standard text streams (see stdio.h).
//
// Invariants: the three StdStream objects are immortal statics created by
// init_stdio() before any thread starts; `lock` guards the FILE buffer for
// writes from several threads (both builds: C stdio has its own lock, but
// holding ours keeps one print() line contiguous and lets us flush stdout
// before stderr writes).
#include "runtime/modules/stdio.h"

#include <unistd.h>

#include <mutex>
#include <string>

#include "objects/api.h"
#include "objects/args.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/type.h"
#include "runtime/threads/attach.h"

namespace ftpy {

namespace {

struct StdStream : Object {
  FILE* file = nullptr;
  int fd = 0;
  const char* name = "";
  std::mutex lock;
};

Type StdStreamType;
StdStream streams[3];

StdStream* as_stream(Object* o) { return static_cast<StdStream*>(o); }

void write_raw(StdStream* s, std::string_view text) {
  if (s->fd == 2) {
    std::lock_guard<std::mutex> out_guard(streams[1].lock);
    std::fflush(streams[1].file);
  }
  std::lock_guard<std::mutex> guard(s->lock);
  std::fwrite(text.data(), 1, text.size(), s->file);
  if (s->fd == 2) std::fflush(s->file);
}

Ref<> stream_write_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
  check_no_kwargs("write", kwnames);
  check_nargs("write", nargs, 1, 1);
  if (!is_str(args[0]))
    raisef(&exc::TypeError, "write() argument must be str, not %s", type_name_of(args[0]));
  StdStream* s = as_stream(self);
  if (s->fd == 0) raise(&exc::OSError, "not writable");
  write_raw(s, str_view(args[0]));
  return int_from(static_cast<Str*>(args[0])->length);
}

Ref<> stream_flush_method(Object* self, Object* const*, size_t, Object*) {
  StdStream* s = as_stream(self);
  std::lock_guard<std::mutex> guard(s->lock);
  std::fflush(s->file);
  return none();
}

Ref<> stream_readline_method(Object*, Object* const*, size_t, Object*) {
  std::string line;
  if (!stdin_read_line(&line)) return Ref<>::steal(empty_str());
  line += '\n';
  return str_new(line);
}

Ref<> stream_fileno_method(Object* self, Object* const*, size_t, Object*) {
  return int_from(as_stream(self)->fd);
}

Ref<> stream_isatty_method(Object* self, Object* const*, size_t, Object*) {
  return py_bool(isatty(as_stream(self)->fd));
}

Ref<> stream_repr(Object* self) {
  std::string text = "<_io.TextIOWrapper name='<" + std::string(as_stream(self)->name) +
                     ">' mode='" + (as_stream(self)->fd == 0 ? "r" : "w") + "' encoding='utf-8'>";
  return str_new(text);
}

const MethodDef kStreamMethods[] = {
    {"write", stream_write_method, kMethodPlain, "Write string to stream."},
    {"flush", stream_flush_method, kMethodPlain, "Flush the write buffers of the stream."},
    {"readline", stream_readline_method, kMethodPlain, "Read until newline or EOF."},
    {"fileno", stream_fileno_method, kMethodPlain, "Return the underlying file descriptor."},
    {"isatty", stream_isatty_method, kMethodPlain, "Return whether this is an 'interactive' stream."},
    {nullptr, nullptr, 0, nullptr},
};

}  // namespace

Object* std_stream(int fd) { return &streams[fd]; }

void stream_write(Object* stream, std::string_view text) {
  if (stream->ob_type == &StdStreamType) {
    write_raw(as_stream(stream), text);
    return;
  }
  Ref<> s = str_new(text);
  call_method1(stream, "write", s.get());
}

void stream_flush(Object* stream) {
  if (stream->ob_type == &StdStreamType) {
    StdStream* s = as_stream(stream);
    std::lock_guard<std::mutex> guard(s->lock);
    std::fflush(s->file);
    return;
  }
  Ref<> flush = getattr_or_null(stream, intern("flush"));
  if (flush) call0(flush.get());
}

void flush_std_streams() {
  for (int i = 1; i <= 2; ++i) {
    std::lock_guard<std::mutex> guard(streams[i].lock);
    std::fflush(streams[i].file);
  }
}

bool stdin_read_line(std::string* line) {
  line->clear();
  {
    std::lock_guard<std::mutex> out_guard(streams[1].lock);
    std::fflush(streams[1].file);
  }
  DetachScope detached;  // reading may block for a long time
  int c;
  bool any = false;
  while ((c = std::fgetc(stdin)) != EOF) {
    any = true;
    if (c == '\n') return true;
    line->push_back(static_cast<char>(c));
  }
  return any;
}

void init_stdio() {
  Type& t = StdStreamType;
  t.name = "_io.TextIOWrapper";
  t.basicsize = sizeof(StdStream);
  t.tp_repr = stream_repr;
  t.methods = kStreamMethods;
  type_ready(&t);
  FILE* files[3] = {stdin, stdout, stderr};
  const char* names[3] = {"stdin", "stdout", "stderr"};
  for (int i = 0; i < 3; ++i) {
    streams[i].ob_type = &StdStreamType;
    streams[i].file = files[i];
    streams[i].fd = i;
    streams[i].name = names[i];
    make_immortal(&streams[i]);
  }
}

}  // namespace ftpy
