package shadow;

/** A class of the user's package named like a type the wrapper uses. */
public class GilGenerated {}
