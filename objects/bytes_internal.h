// bytes_internal.h — private declarations shared by bytes.cpp,
// bytes_methods.cpp and bytes_case.cpp (the native methods that
// bytes_methods.cpp puts in BytesType's method table, and the % slot).
// Not a contract: only the text part includes it.
#pragma once

#include "objects/str_internal.h"

namespace ftpy {

// bytes_case.cpp
FTPY_NATIVE(bytes_m_capitalize);
FTPY_NATIVE(bytes_m_title);
FTPY_NATIVE(bytes_m_swapcase);
FTPY_NATIVE(bytes_m_istitle);
FTPY_NATIVE(bytes_m_isascii);
FTPY_NATIVE(bytes_m_center);
FTPY_NATIVE(bytes_m_ljust);
FTPY_NATIVE(bytes_m_rjust);
FTPY_NATIVE(bytes_m_zfill);
FTPY_NATIVE(bytes_m_expandtabs);
FTPY_NATIVE(bytes_m_splitlines);
FTPY_NATIVE(bytes_m_maketrans);  // static method
FTPY_NATIVE(bytes_m_translate);
FTPY_NATIVE(bytes_m_dunder_bytes);
FTPY_NATIVE(bytes_m_getnewargs);
// bytes % args (nb_binary[Mod]).
Ref<> bytes_mod_slot(Object* a, Object* b);

}  // namespace ftpy
