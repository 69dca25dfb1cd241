// docs/rules/gil.class.field.md: the page's Bad and Good snippets (DocSnippetTest); each Holder is
// an inner class of its own outer class, since the snippets all name it Holder
package docs.classfield;

import org.gil4j.Unbound;
import org.gil4j.annotations.GilBound;

@GilBound
class NumberList {
  int n;
}

class Bad {
  class Holder {
    // :: error: [gil.class.field]
    NumberList numbers;
  }
}

class Good {
  @GilBound class Holder { NumberList numbers; }
  // or
}

class GoodUnbound {
  class Holder { Unbound<NumberList> numbers; }
}
