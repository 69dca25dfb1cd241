package example;

import java.util.List;
import java.util.Map;
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

  /** Nested type-use annotations carry over too. */
  @NoGil
  public int count(List<@Ungil String> names, Map<String, ? extends @Ungil Number> sizes) {
    return names.size() + sizes.size();
  }

  /** Left to subclasses. */
  public abstract void plain();
}
