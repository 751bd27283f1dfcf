# Messages of exceptions raised by built-in operations, printed as
# "Type: message" so a runtime must produce CPython's exact text.
class Obj:
    pass
def none_attr(): return None.upper
def obj_attr(): return Obj().missing
def mod_attr(): import math; return math.nope
def cls_attr(): return Obj.missing
def int_attr(): return (5).real_part
def add_str_int(): return "a" + 1
def add_int_str(): return 1 + "a"
def add_list_tuple(): return [1] + (1,)
def mul_str_str(): return "a" * "b"
def sub_str(): return "a" - "b"
def neg_str(): return -"a"
def lt_mixed(): return 1 < "a"
def le_list_int(): return [1] <= 1
def call_int(): n = 1; return n(2)
def index_list(): return [1, 2][5]
def index_tuple(): return (1,)[-2]
def index_str_neg(): return "ab"[-3]
def key_dict(): return {"a": 1}["b"]
def key_int(): return {1: 2}[3]
def unhashable(): return {[]: 1}
def unhashable_dict(): return {{}: 1}
def subscript_int(): n = 5; return n[0]
def subscript_none(): n = None; return n[0]
def assign_str(): s = "x"; s[0] = "y"
def del_tuple(): t = (1,); del t[0]
def iterate_int(): return list(5)
def unpack_many(): a, b = [1, 2, 3]
def unpack_few(): a, b, c = [1]
def unpack_int(): a, b = 1
def zero_div(): return 5 // 0
def zero_mod(): return 5 % 0
def zero_float(): return 5.0 / 0
def int_bad(): return int("4.5")
def float_bad(): return float("x1")
def name_err(): return undefined_variable
def local_err():
    print(later)
    later = 1
def str_index(): return "abc".index("z")
def list_remove(): [1].remove(9)
def list_index(): return [1].index(9)
def next_empty(): return next(iter([]))
def chr_neg(): return chr(-1)
def sqrt_neg(): import math; return math.sqrt(-1)
def join_ints(): return "".join([1, 2])
def str_plus_none(): return "x" + None
def len_none(): return len(None)
def min_empty(): return min([])
def max_empty(): return max(())
def sum_strs(): return sum(["a", "b"])
def int_base(): return int("z", 40)
def range_float(): return range(1.5)
def isinstance_bad(): return isinstance(1, 1)
def set_remove(): {1}.remove(2)
def dict_view_call(): return {}.keys()()
for fn in [none_attr, obj_attr, mod_attr, cls_attr, int_attr, add_str_int, add_int_str, add_list_tuple, mul_str_str,
           sub_str, neg_str, lt_mixed, le_list_int, call_int, index_list, index_tuple, index_str_neg, key_dict, key_int,
           unhashable, unhashable_dict, subscript_int, subscript_none, assign_str, del_tuple, iterate_int, unpack_many,
           unpack_few, unpack_int, zero_div, zero_mod, zero_float, int_bad, float_bad, name_err, local_err, str_index,
           list_remove, list_index, next_empty, chr_neg, sqrt_neg, join_ints, str_plus_none, len_none,
           min_empty, max_empty, sum_strs, int_base, range_float, isinstance_bad, set_remove, dict_view_call]:
    try:
        fn()
        print(fn.__name__, "-> no error")
    except Exception as e:
        print(f"{fn.__name__:16} {type(e).__name__}: {e}")
