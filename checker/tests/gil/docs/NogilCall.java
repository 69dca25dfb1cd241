// docs/rules/gil.nogil.call.md: the page's Bad and Good snippets (DocSnippetTest); each Counter
// is an inner class of its own outer class, since both snippets name it Counter
package docs.nogilcall;

import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.NoGil;

class Bad {
  @GilBound class Counter {
    int hits;
    int read() { return hits; }
    // :: error: [gil.nogil.call]
    @NoGil int peek() { return read(); }
  }
}

class Good {
  @GilBound class Counter {
    final int limit = 3;
    @NoGil int twice() { return once() * 2; }
    @NoGil int once() { return limit; }   // final @Ungil field: fine
  }
}
