source = "a = 1\nb = a / 0\n"
exec(source)
