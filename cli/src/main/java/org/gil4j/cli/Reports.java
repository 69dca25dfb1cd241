package org.gil4j.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The three report formats: javac-style text, SARIF 2.1.0 and plain JSON. */
final class Reports {
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private Reports() {}

  /** A path relative to {@code base} with forward slashes when under it, else absolute. */
  static String displayPath(Path file, Path base) {
    Path abs = file.toAbsolutePath().normalize();
    if (base != null && abs.startsWith(base)) {
      return base.relativize(abs).toString().replace('\\', '/');
    }
    return abs.toString();
  }

  static String text(List<Finding> findings, Path base) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(f.javacLine(base)).append(System.lineSeparator());
    }
    return sb.toString();
  }

  static String json(CheckRun.Result result, Path base, String version) {
    JsonObject root = new JsonObject();
    root.addProperty("tool", "gil4j-check");
    root.addProperty("version", version);
    root.addProperty("files", result.files());
    JsonArray items = new JsonArray();
    for (Finding f : result.findings()) {
      JsonObject o = new JsonObject();
      o.addProperty("file", f.file() == null ? null : displayPath(f.file(), base));
      o.addProperty("line", f.line());
      o.addProperty("column", f.column());
      o.addProperty("severity", f.severity());
      o.addProperty("key", f.key());
      o.addProperty("message", f.message());
      o.addProperty("rule", Rules.PAGE_DIR + f.key() + ".md");
      items.add(o);
    }
    root.add("findings", items);
    return GSON.toJson(root) + System.lineSeparator();
  }

  static String sarif(CheckRun.Result result, Path base, String version) {
    Map<String, Integer> index = new LinkedHashMap<>();
    JsonArray rules = new JsonArray();
    List<Rules.Rule> known = Rules.all();
    for (Rules.Rule rule : known) {
      index.put(rule.key(), index.size());
      rules.add(rule(rule));
    }
    for (Finding f : result.findings()) {
      if (!index.containsKey(f.key())) {
        index.put(f.key(), index.size());
        rules.add(rule(Rules.of(f.key())));
      }
    }
    JsonObject driver = new JsonObject();
    driver.addProperty("name", "gil4j-check");
    driver.addProperty("version", version);
    driver.addProperty("semanticVersion", version);
    driver.add("rules", rules);
    JsonObject tool = new JsonObject();
    tool.add("driver", driver);

    JsonArray results = new JsonArray();
    for (Finding f : result.findings()) {
      JsonObject r = new JsonObject();
      r.addProperty("ruleId", f.key());
      r.addProperty("ruleIndex", index.get(f.key()));
      r.addProperty("level", f.severity());
      JsonObject message = new JsonObject();
      message.addProperty("text", f.message());
      r.add("message", message);
      JsonArray locations = new JsonArray();
      if (f.file() != null) {
        locations.add(location(f, base));
      }
      r.add("locations", locations);
      results.add(r);
    }

    JsonObject run = new JsonObject();
    run.add("tool", tool);
    run.add("results", results);
    run.addProperty("columnKind", "utf16CodeUnits");
    JsonArray runs = new JsonArray();
    runs.add(run);
    JsonObject root = new JsonObject();
    root.addProperty("version", "2.1.0");
    root.add("runs", runs);
    return GSON.toJson(root) + System.lineSeparator();
  }

  private static JsonObject rule(Rules.Rule rule) {
    JsonObject r = new JsonObject();
    r.addProperty("id", rule.key());
    JsonObject shortDescription = new JsonObject();
    shortDescription.addProperty("text", rule.title());
    r.add("shortDescription", shortDescription);
    r.addProperty("helpUri", rule.helpUri());
    if (rule.page() != null) {
      JsonObject help = new JsonObject();
      help.addProperty("text", rule.page());
      help.addProperty("markdown", rule.page());
      r.add("help", help);
    }
    return r;
  }

  private static JsonObject location(Finding f, Path base) {
    JsonObject artifact = new JsonObject();
    String path = displayPath(f.file(), base);
    if (Path.of(path).isAbsolute()) {
      artifact.addProperty("uri", f.file().toAbsolutePath().normalize().toUri().toString());
    } else {
      artifact.addProperty("uri", path);
      artifact.addProperty("uriBaseId", "%SRCROOT%");
    }
    JsonObject region = new JsonObject();
    region.addProperty("startLine", Math.max(1, f.line()));
    if (f.column() > 0) {
      region.addProperty("startColumn", f.column());
    }
    JsonObject physical = new JsonObject();
    physical.add("artifactLocation", artifact);
    physical.add("region", region);
    JsonObject location = new JsonObject();
    location.add("physicalLocation", physical);
    return location;
  }
}
