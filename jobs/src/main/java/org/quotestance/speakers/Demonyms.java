package org.quotestance.speakers;

import java.util.Locale;
import java.util.Map;

/** Country words to one key, so "the American president" meets "U.S. President Donald Trump". */
final class Demonyms {

  private Demonyms() {}

  private static final Map<String, String> KEYS = Map.ofEntries(
      Map.entry("american", "us"), Map.entry("u.s.", "us"), Map.entry("us", "us"), Map.entry("u.s", "us"),
      Map.entry("russian", "russia"), Map.entry("ukrainian", "ukraine"), Map.entry("british", "uk"),
      Map.entry("u.k.", "uk"), Map.entry("french", "france"), Map.entry("german", "germany"),
      Map.entry("chinese", "china"), Map.entry("israeli", "israel"), Map.entry("iranian", "iran"),
      Map.entry("saudi", "saudi"), Map.entry("turkish", "turkey"), Map.entry("european", "europe"),
      Map.entry("kremlin", "russia"), Map.entry("white", "us"), Map.entry("polish", "poland"),
      Map.entry("japanese", "japan"), Map.entry("indian", "india"), Map.entry("canadian", "canada"),
      Map.entry("mexican", "mexico"), Map.entry("syrian", "syria"), Map.entry("iraqi", "iraq"));

  static String key(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return KEYS.getOrDefault(w, w);
  }
}
