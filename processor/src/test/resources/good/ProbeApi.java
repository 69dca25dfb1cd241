package example;

import org.gil4j.Gil;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Behaviour probe through an interface wrapper. */
public interface ProbeApi {
  /** The hold count inside the call, or -1 when the lock is not held. */
  @WithGil
  int depthWithGil();

  /** Whether the lock is held inside the call. */
  @NoGil
  boolean heldInNoGil();

  /** Throws {@code failure}. */
  @WithGil
  void fail(RuntimeException failure);

  /** The implementation the tests wrap. */
  static ProbeApi create() {
    return new ProbeApi() {
      @Override
      public int depthWithGil() {
        return Gil.isHeld() ? Gil.holdCount() : -1;
      }

      @Override
      public boolean heldInNoGil() {
        return Gil.isHeld();
      }

      @Override
      public void fail(RuntimeException failure) {
        throw failure;
      }
    };
  }
}
