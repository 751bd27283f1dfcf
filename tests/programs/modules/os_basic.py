# os and os.path: constants, environment, directories, path string rules.
import os
import os.path
from os import path as osp

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep, os.devnull, os.altsep)
print(os.path is osp, osp.sep, type(os.environ.get('PATH')).__name__, os.getenv('FTPY_SURELY_UNSET'),
      os.getenv('FTPY_SURELY_UNSET', 'dflt'))
os.environ['FTPY_TEST_VAR'] = 'yes'
print(os.environ['FTPY_TEST_VAR'], os.getenv('FTPY_TEST_VAR'), 'FTPY_TEST_VAR' in os.environ)
print(type(os.getpid()).__name__, os.getpid() > 0, os.cpu_count() >= 1, os.getcwd() == osp.abspath('.'))
print(len(os.urandom(16)), type(os.urandom(0)).__name__)

print(osp.join('a', 'b', '/c', 'd'), osp.join('a/', 'b'), osp.join('', 'x'), osp.join('a', ''), osp.join('/'))
for s in ['a/b.txt', '/a/b/', 'b', '/', '//x', 'a.b/c', '.bashrc', 'a/..b', 'x.tar.gz', '', 'a.b.', '..']:
    print(repr(s), osp.split(s), osp.splitext(s), repr(osp.basename(s)), repr(osp.dirname(s)), osp.normpath(s))
print(osp.normpath('/a/./b/../c//d/'), osp.normpath('../../a'), osp.normpath('//a/b'), osp.normpath('///a'),
      osp.normpath('a/../..'))
print(osp.isabs('/x'), osp.isabs('x'), osp.abspath('/a/b/../c'), osp.commonprefix(['abc', 'abd', 'ab']))

base = '/tmp/ftpy_os_basic_%d' % os.getpid()
os.makedirs(base + '/sub/deeper')
os.makedirs(base + '/sub', exist_ok=True)
os.mkdir(base + '/other')
print(sorted(os.listdir(base)), osp.exists(base), osp.isdir(base), osp.isfile(base))
print(osp.isfile('os_basic.py'), osp.getsize('os_basic.py') > 1000, osp.exists(base + '/nope'),
      osp.isdir('os_basic.py'), 'os_basic.py' in os.listdir('.'), 'os_basic.py' in os.listdir())
os.rename(base + '/other', base + '/renamed')
print(sorted(os.listdir(base)))
os.rmdir(base + '/renamed')
os.rmdir(base + '/sub/deeper')
os.rmdir(base + '/sub')
print(os.listdir(base))
os.rmdir(base)
print(osp.exists(base))

for thunk in [lambda: os.listdir('/nonexistent_dir_x'), lambda: osp.getsize('/nonexistent_file_x'),
              lambda: os.remove('/nonexistent_file_x'), lambda: os.mkdir('/tmp'),
              lambda: os.urandom(-1), lambda: osp.join(1), lambda: osp.join('a', 2)]:
    try:
        thunk()
    except OSError as e:
        print(type(e).__name__, e.errno, e)
    except Exception as e:
        print(type(e).__name__, e)
