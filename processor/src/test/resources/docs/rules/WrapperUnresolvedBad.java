package example;

import org.gil4j.annotations.WithGil;

class Orders { @WithGil NeverGenerated next() { return null; } } // error: [gil.wrapper.unresolved]
