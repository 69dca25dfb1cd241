// a method reference to a token-taking method: fine when the interface hands it the token,
// while a token captured into lock-free code is rejected
import java.util.*;
import java.util.concurrent.*;
import org.gil4j.*;
import org.gil4j.annotations.*;

class MethodRefHandedTheToken {
  @GilBound
  static class Doc {
    int n;
  }

  interface Strategy {
    void apply(GilToken gil, Doc doc);
  }

  static void bump(GilToken gil, Doc doc) {
    doc.n++;
  }

  static void touch(GilToken gil) {}

  // stored and passed around: the caller of apply must hold the lock to have a token at all
  static final Object[] TABLE = {"bump", (Strategy) MethodRefHandedTheToken::bump};

  void run(GilToken gil, Doc doc, ExecutorService pool) {
    Strategy s = MethodRefHandedTheToken::bump;
    s.apply(gil, doc);
    // :: error: [gil.nogil.token]
    pool.execute(() -> touch(gil));
  }
}
