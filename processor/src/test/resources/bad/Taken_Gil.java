package example;

/** The user's own class, named like Taken's wrapper. */
public class Taken_Gil {}
