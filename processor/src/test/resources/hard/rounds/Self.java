package rounds;

import org.gil4j.annotations.WithGil;

/** An interface whose method returns its own wrapper. */
public interface Self {
  @WithGil
  Self_Gil me();
}
