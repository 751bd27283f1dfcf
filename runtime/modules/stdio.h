// stdio.h — sys.stdin / sys.stdout / sys.stderr: text streams over the C
// FILE objects, and the fast path print() uses.
//
// Each stream serialises its writes with its own mutex, so a line written by
// one print() call is never interleaved with another thread's (print
// assembles the whole line first). stdout is flushed at exit and when a
// program writes to stderr (so a traceback appears after the output before
// it, as with CPython's line-buffered terminals).
#pragma once

#include <cstdio>
#include <string_view>

#include "objects/object.h"

namespace ftpy {

// 0 = stdin, 1 = stdout, 2 = stderr (immortal objects).
Object* std_stream(int fd);
// Writes text to a stream object: direct for the standard streams, else
// through its write() method.
void stream_write(Object* stream, std::string_view text);
void stream_flush(Object* stream);
void flush_std_streams();
// Reads one line from sys.stdin's file (without the newline); false at EOF.
bool stdin_read_line(std::string* line);
void init_stdio();

}  // namespace ftpy
