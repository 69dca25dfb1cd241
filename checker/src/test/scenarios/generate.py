"""Writes checker/tests/gil/<topic>/<Name>.java and checker/tests/all-systems-gil/<Name>.java
from the scenario tables in part1..part4. Run from this directory: python3 generate.py"""
import os
import part1, part2, part3, part4, part5, part6  # noqa: F401  (each registers its scenarios)

HEADER = """// {doc}
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class {cls} {{
  @GilBound
  static class Foo {{
    int v;
    final int size = 3;
    int get() {{ return v; }}
    @NoGil int pure() {{ return 42; }}
    static Foo make() {{ return new Foo(); }}
  }}
{body}}}
"""

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "tests")
count = 0
for d, name, doc, body in part1.S:
    folder = os.path.normpath(os.path.join(root, "gil", d))
    # all-systems files share one javac run with no package: prefix their class names.
    cls = ("AllSystems" + name) if d.startswith("..") else name
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, cls + ".java"), "w") as f:
        f.write(HEADER.format(doc=doc, cls=cls, body=body))
    count += 1
print(count, "scenarios written")
