package shadow;

/** Reports the lock state from code whose scope no field shadows. */
public final class Held {
  private Held() {}

  /** Whether the current thread holds the lock. */
  public static boolean now() {
    return org.gil4j.Gil.isHeld();
  }
}
