package example;

import org.gil4j.annotations.GilBound;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.Ungil;
import org.gil4j.annotations.WithGil;

/** Parameter annotations (declaration and type-use) carry over; abstract classes stay abstract. */
public abstract class Annotated {
  /** Runs {@code work} without the lock. */
  @WithGil
  public void schedule(@NoGil Runnable work, @Ungil String label) {
    work.run();
  }

  /** A lock-bound result. */
  @WithGil
  protected @GilBound Object current() {
    return this;
  }

  /** Left to subclasses. */
  public abstract void plain();
}
