package docs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.gil4j.annotations.NoGil;
import org.gil4j.annotations.WithGil;

/** Javadoc whose references resolve only through this file's imports. */
public class Documented {
  /**
   * Fills an {@link ArrayList}, like {@link HashMap#put(Object, Object)} and {@link #count()}
   * do, and {@linkplain List#size() the size}. Writes {@code {@link Foo}} as text.
   *
   * @param Gil how many, a name the wrapper renames
   * @param <T> the element type
   * @return the list, see {@link ArrayList#ArrayList()}
   * @throws IOException never, really
   * @see HashMap
   * @see #count()
   */
  @WithGil
  public <T> List<T> fill(int Gil, T item) throws IOException {
    List<T> list = new ArrayList<>();
    for (int i = 0; i < Gil; i++) {
      list.add(item);
    }
    return list;
  }

  /** @return a count, with no first sentence before the tag */
  @NoGil
  public int count() {
    return 1;
  }

  @WithGil
  public void undocumented(String text) throws IOException {}

  /**
   * Overrides keep {@inheritDoc} working.
   *
   * @return {@inheritDoc}
   */
  @Override
  @WithGil
  public String toString() {
    return "Documented";
  }
}
