package org.gil4j.checker;

import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a stub file, as written (before it is matched against the class path): a class or
 * a member, its line, its gil4j markers. {@link StubReader} makes entries from {@code .astub}
 * text; the shipped JDK model is also kept as its entries in one line each ({@link #toLine},
 * {@link #fromLine}), written when the checker is built, so that a compilation does not pay for
 * parsing Java syntax to load it.
 */
final class StubEntry {
  /** A class ({@code C}) or a method or constructor ({@code M}). */
  final boolean isClass;
  final int line;
  final boolean gated;
  /** The class's qualified name (nested classes with dots), or the owner's for a member. */
  final String owner;
  /** The member name ({@code <init>} for a constructor); empty for a class. */
  final String name;
  /** Simple names of the parameter types, {@code []} for arrays and varargs. */
  final List<String> params;
  /** Class: {@code B} (@GilBound); member: {@code K} (@Blocking), {@code N} (@NoGil),
   * {@code P}, {@code S}. */
  final String flags;
  /** Per parameter: any of {@code N} (@NoGil), {@code W} (@WithGil), {@code I} (@RunsInline). */
  final List<String> paramMarks;

  StubEntry(
      boolean isClass,
      int line,
      boolean gated,
      String owner,
      String name,
      List<String> params,
      String flags,
      List<String> paramMarks) {
    this.isClass = isClass;
    this.line = line;
    this.gated = gated;
    this.owner = owner;
    this.name = name;
    this.params = params;
    this.flags = flags;
    this.paramMarks = paramMarks;
  }

  boolean isConstructor() {
    return name.equals("<init>");
  }

  /** One tab-separated line: kind, line, gated, owner, name, params, flags, marks. */
  String toLine() {
    return String.join(
        "\t",
        isClass ? "C" : "M",
        Integer.toString(line),
        gated ? "1" : "0",
        owner,
        name.isEmpty() ? "-" : name,
        params.isEmpty() ? "-" : String.join(",", params),
        flags.isEmpty() ? "-" : flags,
        paramMarks.isEmpty() ? "-" : String.join(",", paramMarks));
  }

  /** The entry written by {@link #toLine}. */
  static StubEntry fromLine(String text) {
    String[] f = text.split("\t", -1);
    if (f.length != 8) {
      throw new IllegalArgumentException("bad model line: " + text);
    }
    return new StubEntry(
        f[0].equals("C"),
        Integer.parseInt(f[1]),
        f[2].equals("1"),
        f[3],
        f[4].equals("-") ? "" : f[4],
        list(f[5]),
        f[6].equals("-") ? "" : f[6],
        list(f[7]));
  }

  private static List<String> list(String field) {
    List<String> out = new ArrayList<>();
    if (!field.equals("-")) {
      for (String part : field.split(",", -1)) {
        out.add(part);
      }
    }
    return out;
  }
}
