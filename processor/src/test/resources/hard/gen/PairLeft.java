package gen;

/** The general one. */
public interface PairLeft {
  Object name();
}
