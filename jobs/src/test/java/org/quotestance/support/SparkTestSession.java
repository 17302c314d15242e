package org.quotestance.support;

import org.apache.spark.sql.SparkSession;

/** One local Spark session per test JVM, shared by every Spark test and never stopped by them. */
public final class SparkTestSession {

  private SparkTestSession() {}

  private static final class Holder {
    static final SparkSession SESSION = SparkSession.builder()
        .master("local[2]")
        .appName("quotestance-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }

  public static SparkSession get() { return Holder.SESSION; }
}
