# __init_subclass__ (with class keyword arguments, inherited hooks, plugin
# registries) and its ordering after __set_name__; metaclasses are in
# metaclass.py.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        Plugin.registry[key] = cls
        print(f"registered {key} -> {cls.__name__}")
class Alpha(Plugin):
    pass
class Beta(Plugin, name="b"):
    pass
class Gamma(Beta):
    pass
print(sorted(Plugin.registry), Plugin.registry["b"] is Beta, "plugin" in Plugin.registry)
class Base:
    subclasses = []
    def __init_subclass__(cls, **kwargs):
        print("Base.__init_subclass__", cls.__name__, kwargs)
        super().__init_subclass__()
        Base.subclasses.append(cls.__name__)
class Mid(Base):
    def __init_subclass__(cls, flag=False, **kwargs):
        print("Mid.__init_subclass__", cls.__name__, flag)
        super().__init_subclass__(**kwargs)
class Leaf(Mid, flag=True, extra=1):
    pass
print(Base.subclasses)
try:
    class Wrong(Alpha, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
class Field:
    order = []
    def __set_name__(self, owner, name):
        Field.order.append((owner.__name__, name))
        self.name = name
class Model:
    def __init_subclass__(cls):
        cls.fields = [k for k, v in cls.__dict__.items() if isinstance(v, Field)]
        print("init_subclass sees", cls.fields, "after set_name", Field.order[-len(cls.fields):] if cls.fields else [])
class User(Model):
    id = Field()
    name = Field()
    email = Field()
print(User.fields, User.name.name, Field.order)
class Validated:
    required = ()
    def __init_subclass__(cls, required=(), **kw):
        super().__init_subclass__(**kw)
        cls.required = tuple(required)
    def __init__(self, **values):
        missing = [r for r in self.required if r not in values]
        if missing:
            raise TypeError(f"{type(self).__name__} missing {missing}")
        self.__dict__.update(values)
class Config(Validated, required=("host", "port")):
    pass
print(Config(host="h", port=1).port, Config.required, Validated.required)
try:
    Config(host="h")
except TypeError as e:
    print("TypeError:", e)
