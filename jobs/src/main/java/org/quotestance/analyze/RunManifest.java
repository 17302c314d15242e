package org.quotestance.analyze;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * {@code _run.json}, written last: its presence says the tables beside it are complete. It records
 * inputs, row counts, versions, timings and configuration, so any figure can be traced to its run.
 */
public final class RunManifest {

  private RunManifest() {}

  /** Versions of QuoteStance, CoreNLP and Spark the jar was built with, and the running Java. */
  public static Map<String, String> versions() {
    Map<String, String> v = new LinkedHashMap<>();
    Properties p = new Properties();
    try (InputStream in = RunManifest.class.getResourceAsStream("/quotestance-version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    v.put("quotestance", p.getProperty("quotestance", "dev"));
    v.put("corenlp", p.getProperty("corenlp", "unknown"));
    v.put("spark_built_against", p.getProperty("spark", "unknown"));
    v.put("java", System.getProperty("java.version"));
    return v;
  }

  static void write(AnalyzeJob.RunSummary s, String targetsJson, Configuration conf) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("job", "analyze");
    m.put("finished", Instant.now().toString());
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("paths", s.options().inputs());
    inputs.put("text_files", s.files().text().size());
    inputs.put("jsonl_files", s.files().jsonLines().size());
    inputs.put("unsupported_files", s.files().unsupported());
    m.put("inputs", inputs);
    m.put("output", s.options().output());
    m.put("counts", s.counts());
    Map<String, Object> versions = new LinkedHashMap<>(versions());
    versions.put("spark_runtime", s.sparkVersion());
    m.put("versions", versions);
    Map<String, Object> timings = new LinkedHashMap<>();
    timings.put("total_seconds", s.totalMillis() / 1000.0);
    timings.put("analyse_and_write_seconds", s.analyseMillis() / 1000.0);
    timings.put("tokens", s.tokens());
    timings.put("tokens_per_second", Math.round(s.tokens() / Math.max(0.001, s.analyseMillis() / 1000.0)));
    timings.put("article_analysis_seconds", s.work().articleMillis() / 1000.0);
    timings.put("scoring_seconds", s.work().scoringMillis() / 1000.0);
    timings.put("scoring_share", Math.round(s.work().scoringShare() * 1000) / 1000.0);
    m.put("timings", timings);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("master", s.master());
    config.put("partitions", s.partitions());
    config.put("max_chars", s.options().maxChars());
    config.put("scoring", s.options().scoring());
    config.put("targets_file", s.options().targets() == null ? "(default)" : s.options().targets());
    config.put("aliases_file", s.options().aliases());
    config.put("targets", targetsJson);
    m.put("configuration", config);
    try {
      Path p = new Path(s.options().output(), "_run.json");
      FileSystem fs = p.getFileSystem(conf);
      try (OutputStream out = fs.create(p, true)) {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, m);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the run manifest: " + e.getMessage(), e);
    }
  }
}
