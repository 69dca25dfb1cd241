package rounds;

import java.util.List;
import org.gil4j.annotations.NoGil;

/** Refers to Ping's wrapper, inside a type argument. */
public class Pong {
  @NoGil
  public List<Ping_Gil> pings() {
    return List.of(new Ping_Gil());
  }
}
