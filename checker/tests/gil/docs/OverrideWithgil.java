// docs/rules/gil.override.withgil.md: the page's Bad and Good snippets (DocSnippetTest); each
// Derived is an inner class of its own outer class, since both snippets name it Derived
package docs.overridewithgil;

import org.gil4j.annotations.WithGil;

class Base { int ticks; @WithGil void tick() { ticks++; } }

class Bad {
  class Derived extends Base {
    // :: error: [gil.override.withgil]
    @Override void tick() { ticks += 2; }
  }
}

class Good {
  class Derived extends Base {
    @Override @WithGil void tick() { ticks += 2; }
  }
}
