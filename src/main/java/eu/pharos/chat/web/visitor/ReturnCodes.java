package eu.pharos.chat.web.visitor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** How a return code is shown and typed: in groups, whatever the spacing and case. */
final class ReturnCodes {

  private static final int GROUP = 4;

  private ReturnCodes() {}

  /** Words when the code is made of words, otherwise groups of four characters. */
  static List<String> groups(String passphrase) {
    String[] words = passphrase.strip().split("[\\s\\-]+");
    if (words.length > 1) {
      return Arrays.asList(words);
    }
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < passphrase.length(); i += GROUP) {
      groups.add(passphrase.substring(i, Math.min(passphrase.length(), i + GROUP)));
    }
    return groups;
  }

  /**
   * What the victim typed, with runs of spaces folded into one; the facade decides what matches.
   */
  static String typed(String code) {
    return code.strip().replaceAll("\\s+", " ");
  }
}
