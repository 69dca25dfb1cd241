// docs/rules/gil.escape.store.md: the page's Bad and Good snippets (DocSnippetTest)
package docs.escapestore;

import org.gil4j.GilToken;
import org.gil4j.Unbound;
import org.gil4j.annotations.GilBound;

@GilBound
class NumberList {
  int n;
}

class Bad {
  static Object cache;
  // :: error: [gil.escape.store]
  void keep(NumberList numbers) { cache = numbers; }
}

class Good {
  static NumberList current;                        // a lock-bound field type is fine
  static Unbound<NumberList> parked;                  // or park it unbound
  void keep(GilToken gil, NumberList numbers) { parked = gil.unbind(numbers); }
}
