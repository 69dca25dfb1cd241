package gen;

/** A concrete subclass of the abstract wrapper, to run it. */
public final class ShapesImpl extends Shapes_Gil<String, Integer> {
  public ShapesImpl() {
    super();
  }

  @Override
  public void unannotated() {}
}
