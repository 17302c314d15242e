package org.quotestance.cli;

/** A wrong command line: the message says what was wrong; the job prints its usage after it. */
public final class UsageException extends IllegalArgumentException {

  public UsageException(String message) {
    super(message);
  }

  /** A whole number of at least zero, or a UsageException naming the option. */
  public static int nonNegative(String option, String value) {
    try {
      int n = Integer.parseInt(value);
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException(option + " takes a whole number >= 0, got '" + value + "'");
    }
  }

  /** Prints what was wrong and the usage, then ends the JVM: 0 for --help, 2 for a mistake. */
  public static void exitWithUsage(UsageException e, String usage) {
    if (!e.getMessage().isEmpty()) System.err.println("error: " + e.getMessage());
    System.err.println(usage);
    System.exit(e.getMessage().isEmpty() ? 0 : 2);
  }
}
