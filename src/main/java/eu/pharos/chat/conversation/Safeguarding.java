package eu.pharos.chat.conversation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words in a victim's message that suggest immediate danger or self-harm, in the shell's languages.
 * A match raises the conversation's priority and tells staff in a note: it is a prompt to look,
 * never a judgement, so the lists prefer a false alarm to a miss.
 */
final class Safeguarding {

  private static final Map<String, List<String>> WORDS =
      Map.of(
          "en",
          List.of(
              "kill myself",
              "suicide",
              "end my life",
              "hurt myself",
              "self harm",
              "self-harm",
              "want to die",
              "going to kill",
              "he will kill",
              "she will kill",
              "in danger",
              "help me now",
              "outside my door",
              "has a knife",
              "has a gun",
              "overdose"),
          "fr",
          List.of(
              "me suicider",
              "suicide",
              "me tuer",
              "en finir",
              "me faire du mal",
              "mourir",
              "va me tuer",
              "en danger",
              "aidez-moi vite",
              "un couteau",
              "une arme",
              "overdose"),
          "de",
          List.of(
              "umbringen",
              "suizid",
              "selbstmord",
              "mir etwas antun",
              "sterben",
              "ritzen",
              "bringt mich um",
              "in gefahr",
              "hilfe sofort",
              "ein messer",
              "eine waffe",
              "überdosis"),
          "pt",
          List.of(
              "me matar",
              "matar-me",
              "suicídio",
              "suicidio",
              "acabar com a minha vida",
              "magoar-me",
              "quero morrer",
              "vai matar-me",
              "vai me matar",
              "em perigo",
              "ajudem-me já",
              "uma faca",
              "uma arma",
              "overdose"),
          "nl",
          List.of(
              "zelfmoord",
              "suïcide",
              "suicide",
              "mezelf iets aandoen",
              "dood willen",
              "wil dood",
              "vermoordt me",
              "gaat me vermoorden",
              "in gevaar",
              "help me nu",
              "een mes",
              "een wapen",
              "overdosis"));

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  /** The lists folded once, as every message is folded before it is compared. */
  private static final Map<String, List<String>> FOLDED =
      WORDS.entrySet().stream()
          .collect(
              Collectors.toUnmodifiableMap(
                  Map.Entry::getKey, e -> e.getValue().stream().map(Safeguarding::fold).toList()));

  private Safeguarding() {}

  /** Whether the text holds one of the words of its language or of English (victims often mix). */
  static boolean raisesConcern(String text, String language) {
    String folded = fold(text);
    return matches(folded, FOLDED.getOrDefault(language, List.of()))
        || matches(folded, FOLDED.get("en"));
  }

  private static boolean matches(String folded, List<String> words) {
    for (String word : words) {
      if (folded.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String text) {
    String lower = SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ");
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKD)).replaceAll("");
  }
}
