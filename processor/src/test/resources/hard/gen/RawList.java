package gen;

import java.util.List;
import org.gil4j.annotations.WithGil;

/** A raw type in the signature, which the original suppresses. */
public class RawList {
  @SuppressWarnings("rawtypes")
  @WithGil
  public List raw(List list) {
    Held.record();
    return list;
  }
}
