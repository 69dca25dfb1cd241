package shadow;

import org.gil4j.annotations.WithGil;

/** Type variables named like what the wrapper writes. */
public class Vars<Gil, Override> {
  @WithGil
  public <org, GilToken> Gil pick(Gil g, Override o, org x, GilToken t) {
    return Held.now() ? g : null;
  }
}
