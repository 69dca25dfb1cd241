package gen;

/** Records the lock state seen by the last wrapped body. */
public final class Held {
  /** The lock state in the last body that recorded it. */
  public static volatile boolean last;

  private Held() {}

  /** Records whether the current thread holds the lock. */
  public static void record() {
    last = org.gil4j.Gil.isHeld();
  }
}
