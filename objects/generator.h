// generator.h — generator objects (the result of calling a function whose
// code has kCoGenerator). Owned by the VM engineer; implemented in
// runtime/vm/generator.cpp.
//
// A generator embeds its frame (runtime/vm/frame.h) at its end: the frame's
// locals and value stack live in the generator object, copied there by the
// RETURN_GENERATOR instruction, so suspending costs nothing but saving the
// instruction and stack pointers.
//
// Concurrency: a generator may be resumed from any thread but only by one
// at a time: `running` guards it ("generator already executing"). In the
// free-threaded build the flag is taken with an atomic exchange.
#pragma once

#include <atomic>

#include "objects/object.h"

namespace ftpy {

namespace vm { struct Frame; }

struct Generator : Object {
  Ref<> func;        // the Function whose call created it (owns code, globals, builtins)
  Ref<> name;        // __name__ (str)
  Ref<> qualname;    // __qualname__ (str)
  Ref<> exc_state;   // the exception being handled inside the generator, or null
  std::atomic<bool> running{false};
  // The frame follows the object (see generator_frame()).
};
extern Type GeneratorType;

// The embedded frame.
vm::Frame* generator_frame(Generator* g);

// Resumes the generator with `value` (borrowed; None for next()). Returns the
// yielded value, or an empty Ref when the generator finished; then
// *returned receives its return value (new reference, may be None).
// Throws what the generator raises (StopIteration raised inside becomes
// RuntimeError "generator raised StopIteration").
Ref<> generator_send(Generator* g, Object* value, Ref<>* returned);
// generator.throw(exc): raises `exc` (an instance, owned by the callee) at
// the suspension point; same results as generator_send.
Ref<> generator_throw(Generator* g, Ref<> exc, Ref<>* returned);

void init_generator_type();

}  // namespace ftpy
