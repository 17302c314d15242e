package org.quotestance.analyze;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The files behind the {@code --input} paths, sorted into plain text, JSON Lines and others, listed
 * through Hadoop's file system so that local paths, HDFS and object stores all work the same.
 */
public record InputFiles(List<String> text, List<String> jsonLines, List<String> unsupported, long bytes) {

  public static InputFiles list(List<String> inputs, Configuration conf) {
    List<String> text = new ArrayList<>();
    List<String> json = new ArrayList<>();
    List<String> other = new ArrayList<>();
    long[] bytes = {0};
    for (String input : inputs) {
      try {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        if (!fs.exists(p)) {
          throw new IllegalArgumentException("input not found: " + input);
        }
        for (FileStatus st : files(fs, fs.getFileStatus(p))) {
          String f = st.getPath().toString();
          String lower = f.toLowerCase(Locale.ROOT);
          // compressed JSON Lines hold about four times their size in text
          bytes[0] += lower.endsWith(".gz") ? 4 * st.getLen() : st.getLen();
          if (lower.endsWith(".txt")) text.add(f);
          else if (lower.endsWith(".jsonl") || lower.endsWith(".jsonl.gz") || lower.endsWith(".ndjson")
              || lower.endsWith(".ndjson.gz")) json.add(f);
          else other.add(f);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + input + ": " + e.getMessage(), e);
      }
    }
    text.sort(null);
    json.sort(null);
    other.sort(null);
    return new InputFiles(List.copyOf(text), List.copyOf(json), List.copyOf(other), bytes[0]);
  }

  /** Files under a folder, recursively, leaving out hidden ones (".x", "_SUCCESS"). */
  private static List<FileStatus> files(FileSystem fs, FileStatus st) throws IOException {
    List<FileStatus> out = new ArrayList<>();
    if (st.isFile()) {
      out.add(st);
      return out;
    }
    for (FileStatus c : fs.listStatus(st.getPath())) {
      String name = c.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) continue;
      out.addAll(files(fs, c));
    }
    return out;
  }

  public int count() { return text.size() + jsonLines.size() + unsupported.size(); }

  /**
   * Tasks for the analysis: about a megabyte of text each (a few hundred articles), so that progress
   * shows and work spreads over a cluster; at least two per core.
   */
  public int partitions(int parallelism) {
    return (int) Math.max(parallelism * 2L, Math.min(100_000, bytes / (1L << 20)));
  }
}
