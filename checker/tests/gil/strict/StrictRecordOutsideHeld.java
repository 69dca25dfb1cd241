// strict: an accessor of a lock-bound record called where the lock is not held
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictRecordOutsideHeld {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  @GilBound record Cell(int v) {}
  int read(Cell c) {
    // :: error: [gil.strict.use]
    return c.v();
  }
}
