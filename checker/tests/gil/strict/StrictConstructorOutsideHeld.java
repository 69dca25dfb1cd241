// strict: new of a lock-bound class outside a held section is a call that needs the lock
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictConstructorOutsideHeld {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  Object build() {
    // :: error: [gil.strict.call]
    return new World();
  }
}
