package org.gil4j.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A text table in the style of pytest-benchmark, which PyO3's word-count benchmark prints: each
 * numeric column shows the value and, in parentheses, its ratio to the best value in that column;
 * rows are sorted by the first numeric column unless {@link #keepOrder()} was called.
 */
public final class Table {
  private final String title;
  private final String nameHeader;
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> ratioColumns = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<Object[]> rows = new ArrayList<>();
  private boolean sorted = true;

  /**
   * An empty table.
   *
   * @param title the line above the table
   * @param nameHeader the first column's header, with the unit, e.g. {@code Name (time in ms)}
   */
  public Table(String title, String nameHeader) {
    this.title = title;
    this.nameHeader = nameHeader;
  }

  /** Adds a column; {@code ratio} columns hold numbers shown with their ratio to the best. */
  public Table column(String header, boolean ratio) {
    headers.add(header);
    ratioColumns.add(ratio);
    return this;
  }

  /** Prints the rows in the order they were added instead of sorting them. */
  public Table keepOrder() {
    sorted = false;
    return this;
  }

  /**
   * Adds a row: one cell per column, a {@link Double} for ratio columns (lower is better) and
   * anything for the others.
   *
   * @throws IllegalArgumentException if the cells do not match the columns
   */
  public Table row(String name, Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "expected " + headers.size() + " cells, got " + cells.length);
    }
    for (int c = 0; c < cells.length; c++) {
      if (ratioColumns.get(c) && !(cells[c] instanceof Double)) {
        throw new IllegalArgumentException("column " + headers.get(c) + " needs a Double");
      }
    }
    names.add(name);
    rows.add(cells.clone());
    return this;
  }

  /** Prints the table, rows sorted by the first ratio column ascending (unless kept in order). */
  public void print(PrintStream out) {
    List<Integer> order = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      order.add(r);
    }
    int sortColumn = ratioColumns.indexOf(true);
    if (sorted && sortColumn >= 0) {
      order.sort((a, b) -> Double.compare(number(a, sortColumn), number(b, sortColumn)));
    }
    List<List<String>> text = new ArrayList<>();
    for (int r : order) {
      List<String> line = new ArrayList<>();
      line.add(names.get(r));
      for (int c = 0; c < headers.size(); c++) {
        line.add(cell(r, c));
      }
      text.add(line);
    }
    List<String> header = new ArrayList<>();
    header.add(nameHeader);
    header.addAll(headers);
    int[] widths = new int[header.size()];
    for (List<String> line : concat(header, text)) {
      for (int c = 0; c < line.size(); c++) {
        widths[c] = Math.max(widths[c], line.get(c).length());
      }
    }
    int total = widths.length * 2;
    for (int w : widths) {
      total += w;
    }
    String rule = "-".repeat(total);
    String titled = " " + title + " ";
    int left = Math.max(2, (total - titled.length()) / 2);
    int right = Math.max(2, total - left - titled.length());
    out.println("-".repeat(left) + titled + "-".repeat(right));
    out.println(format(header, widths));
    out.println(rule);
    for (List<String> line : text) {
      out.println(format(line, widths));
    }
    out.println(rule);
  }

  /** The number in row {@code r}, column {@code c}. */
  private double number(int r, int c) {
    return (Double) rows.get(r)[c];
  }

  /** The text of one cell: ratio columns get the value and its ratio to the column's best. */
  private String cell(int r, int c) {
    Object value = rows.get(r)[c];
    if (!ratioColumns.get(c)) {
      return String.valueOf(value);
    }
    double best = Double.MAX_VALUE;
    for (int i = 0; i < rows.size(); i++) {
      best = Math.min(best, number(i, c));
    }
    double v = (Double) value;
    String ratio = best > 0 ? String.format("%.2f", v / best) : "-";
    return String.format("%.4f (%s)", v, ratio);
  }

  /** Left-aligns the name column and right-aligns the others. */
  private static String format(List<String> line, int[] widths) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < line.size(); c++) {
      String cell = line.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      s.append(c == 0 ? cell + pad : pad + cell).append("  ");
    }
    return s.toString().stripTrailing();
  }

  /** The header line followed by the body lines. */
  private static List<List<String>> concat(List<String> header, List<List<String>> body) {
    List<List<String>> all = new ArrayList<>(Collections.singletonList(header));
    all.addAll(body);
    return all;
  }
}
