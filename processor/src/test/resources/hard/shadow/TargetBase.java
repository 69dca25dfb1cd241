package shadow;

/** Inherited fields shadow names too: java, javax and Generated come from here. */
public class TargetBase {
  public int java = 2;
  public int javax = 7;
  public int Generated = 9;
  public int NullPointerException = 10;
  public int GilRelease = 11;

  /** Hides the top-level shadow.Item inside every subclass, the wrapper included. */
  public static class Item {}
}
