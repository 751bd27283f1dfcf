# An inventory/order system: classes with properties and class methods,
# custom exceptions, dict/list processing, sorting with keys, f-string
# tables, context manager for transactions with rollback, generators.
class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku
class Item:
    __slots__ = ("sku", "name", "price_cents", "qty")
    def __init__(self, sku, name, price_cents, qty):
        self.sku, self.name, self.price_cents, self.qty = sku, name, price_cents, qty
    @property
    def value(self):
        return self.price_cents * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, qty={self.qty})"
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    @classmethod
    def from_rows(cls, rows):
        inv = cls()
        for row in rows:
            sku, name, price, qty = row.split(",")
            inv.items[sku] = Item(sku, name, round(float(price) * 100), int(qty))
        return inv
    def take(self, sku, n):
        item = self.items[sku]
        if item.qty < n:
            raise OutOfStock(sku, n, item.qty)
        item.qty -= n
        self.log.append(("take", sku, n))
    def transaction(self):
        return Transaction(self)
    def low_stock(self, limit):
        yield from (i for i in sorted(self.items.values(), key=lambda i: (i.qty, i.sku)) if i.qty <= limit)
class Transaction:
    def __init__(self, inv):
        self.inv = inv
    def __enter__(self):
        self.snapshot = {sku: item.qty for sku, item in self.inv.items.items()}
        self.log_len = len(self.inv.log)
        return self.inv
    def __exit__(self, et, ev, tb):
        if et is not None:
            for sku, qty in self.snapshot.items():
                self.inv.items[sku].qty = qty
            del self.inv.log[self.log_len:]
            print(f"  rolled back: {ev}")
            return issubclass(et, OutOfStock)
        return False
inv = Inventory.from_rows(["A1,Widget,2.50,10", "B2,Gadget,10.00,3", "C3,Doohickey,0.99,100", "D4,Gizmo,7.25,0"])
orders = [{"A1": 2, "C3": 10}, {"B2": 2, "A1": 1}, {"B2": 5}, {"C3": 50, "D4": 1}, {"A1": 7}]
for n, order in enumerate(orders, 1):
    print(f"order {n}: {order}")
    with inv.transaction() as tx:
        for sku, qty in order.items():
            tx.take(sku, qty)
        print("  ok")
print(f"{'sku':<4}{'name':<10}{'price':>8}{'qty':>5}{'value':>10}")
for item in sorted(inv.items.values(), key=lambda i: -i.value):
    print(f"{item.sku:<4}{item.name:<10}{item.price_cents / 100:>8.2f}{item.qty:>5}{item.value / 100:>10,.2f}")
total = sum(i.value for i in inv.items.values())
print(f"total value: {total // 100}.{total % 100:02d}", "| log:", inv.log)
print("low stock:", list(inv.low_stock(3)))
try:
    inv.take("ZZ", 1)
except KeyError as e:
    print("unknown sku", e)
