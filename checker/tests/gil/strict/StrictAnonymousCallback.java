// strict: an anonymous class handed to an unannotated parameter holds no lock
import java.util.*;
import java.util.concurrent.*;
import java.util.function.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

@GilStrict
class StrictAnonymousCallback {
  @GilBound
  static class World {
    int n;
    void add(int k) { n += k; }
    static World make() { return new World(); }
  }

  static void later(Runnable r) {}
  void go(GilToken gil, World w) {
    later(new Runnable() {
      @Override public void run() {
        // :: error: [gil.strict.use]
        w.add(1);
      }
    });
  }
}
