// sys_module.h — the `sys` module's state that the runtime itself reads.
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"

namespace ftpy {

// Creates sys (once, at start-up) with argv, path, modules, flags...
void init_sys(const std::vector<std::string>& argv, const std::vector<std::string>& path);
Object* sys_module();
// sys.<name> from the module dict, or null (borrowed from the dict, so only
// valid while the attribute is not replaced: take a Ref if you keep it).
Ref<> sys_attr(std::string_view name);
// sys.stdout / sys.stderr as currently bound.
Ref<> sys_stdout();
Ref<> sys_stderr();

// The switch interval in seconds (sys.setswitchinterval); read by the GIL.
double switch_interval();

}  // namespace ftpy
