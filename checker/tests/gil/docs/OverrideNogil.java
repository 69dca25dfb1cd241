// docs/rules/gil.override.nogil.md: the page's Bad and Good snippets (DocSnippetTest); each
// Derived is an inner class of its own outer class, since both snippets name it Derived
package docs.overridenogil;

import org.gil4j.annotations.NoGil;

class Base { @NoGil int hash() { return 42; } }

class Bad {
  class Derived extends Base {
    // :: error: [gil.override.nogil]
    @Override int hash() { return 7; }
  }
}

class Good {
  class Derived extends Base {
    @Override @NoGil int hash() { return 7; }
  }
}
