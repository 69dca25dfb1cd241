package example;

import org.gil4j.Gil;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Behaviour probe: each method reports the lock state its body runs in. */
public class Probe {
  /** The hold count inside a {@code @WithGil} body, or -1 when the lock is not held. */
  @WithGil
  public int depthWithGil() {
    return Gil.isHeld() ? Gil.holdCount() : -1;
  }

  /** Whether the lock is held inside a {@code @NoGil} body. */
  @NoGil
  public boolean heldInNoGil() {
    return Gil.isHeld();
  }

  /** Runs {@code body} in a {@code @NoGil} body. */
  @NoGil
  public void runNoGil(Runnable body) {
    body.run();
  }

  /** Throws {@code failure} from a {@code @WithGil} body. */
  @WithGil
  public void throwWithGil(Exception failure) throws Exception {
    throw failure;
  }

  /** Throws {@code failure} from a {@code @NoGil} body. */
  @NoGil
  public void throwNoGil(Exception failure) throws Exception {
    throw failure;
  }

  /** Static: the hold count inside a {@code @WithGil} body, or -1. */
  @WithGil
  public static int staticDepthWithGil() {
    return Gil.isHeld() ? Gil.holdCount() : -1;
  }

  /** Static: whether the lock is held inside a {@code @NoGil} body. */
  @NoGil
  public static boolean staticHeldInNoGil() {
    return Gil.isHeld();
  }
}
