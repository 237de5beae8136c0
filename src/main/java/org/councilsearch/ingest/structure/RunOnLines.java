package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a line whose breaks were lost in conversion ("ORGANIZATION MC/2345 Original: English COUNCIL
 * Hundred and sixth session REPORT ON ... 1. The Council ...") into the lines it was printed as,
 * where the break model puts a break: trained on the labelled papers' own line ends, it learns
 * that a symbol, a note such as "Original:", a date, a session or a title each start a line of
 * their own, and that a title or a paragraph runs on. The layout rules that cut such lines before
 * (after the end of a sentence, around a symbol, where a run of capitals starts or ends, before a
 * paragraph number) are one of its features ({@link #ruleBreaks}). Thread-safe when the model is.
 */
public final class RunOnLines {
  /** Lines up to this long are taken as printed. */
  public static final int MAX_PRINTED = 220;

  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern SYMBOL = Pattern.compile("\\p{Lu}[\\p{Lu}\\d.()-]*(?:/[\\p{L}\\d.()-]+)+");
  private static final Pattern GLUED = Pattern.compile("\\d{1,3}\\.\\p{Lu}\\p{Ll}.*");
  private static final Pattern BARE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?\\.");
  private static final Pattern PARAGRAPH = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2})?\\.(?:\\p{Lu}.*)?");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?;][”’\")]?");
  /** An initial ("J.") or a number ("12."): a full stop that ends no sentence. */
  private static final Pattern INITIAL_OR_NUMBER = Pattern.compile("\\p{L}\\.|\\d+\\.?");
  private static final Pattern LOWER = Pattern.compile("\\p{Ll}");
  private static final Set<String> ABBREVIATIONS =
      Set.of("no.", "nos.", "mr.", "ms.", "mrs.", "dr.", "st.", "para.", "paras.", "rev.", "add.", "corr.", "vol.", "art.", "e.g.", "i.e.", "p.", "pp.", "cf.", "sr.", "sra.", "m.", "mme.");
  /** Words after which a number refers to something instead of opening a paragraph. */
  static final Set<String> REFERRING =
      Set.of("paragraph", "paragraphs", "para.", "paras.", "no.", "nos.", "item", "items", "article", "annex", "chapter", "section", "see", "and", "or", "of", "in", "to", "page", "table", "figure", "párrafo", "párrafos", "point", "punto");
  private static final Set<String> NOTES = Set.of("original:", "distr.:", "distr:", "distribution:", "english", "item", "agenda", "point", "tema");
  /** How likely a break must be for the line to be cut there. */
  private static final double THRESHOLD = 0.5;

  /** Cuts where the layout rules alone break: how copies were cut before the break model. */
  public static final RunOnLines BY_RULES = new RunOnLines(BreakModel.RULES);

  private final BreakModel model;
  /**
   * Whether a field's label starts a line whatever the model says ({@link #labelsAField}): so for a
   * trained model; the rules' own cuts, which the role models are trained on, and a model that
   * never breaks are left as they are.
   */
  private final boolean fieldLabels;

  public RunOnLines(BreakModel model) {
    this.model = Objects.requireNonNull(model, "model");
    this.fieldLabels = model != BreakModel.NONE && model != BreakModel.RULES;
  }

  /** {@code line} when it is of a printable length, else the lines it is cut into, in order. */
  public List<String> split(String line) {
    return line.length() <= MAX_PRINTED ? List.of(line) : cut(line);
  }

  /** {@code line} cut wherever the model breaks, however short. */
  List<String> cut(String line) {
    List<int[]> spans = new ArrayList<>();
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(line);
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      words.add(m.group());
    }
    BreakFeatures features = new BreakFeatures(words);
    List<String> pieces = new ArrayList<>();
    int start = 0;
    int startWord = 0;
    for (int w = 1; w < words.size(); w++) {
      boolean label = fieldLabels && labelsAField(words.get(w - 1), words.get(w));
      if (label || (features.candidate(w) && model.probability(features.at(w, w - startWord)) > THRESHOLD)) {
        String piece = line.substring(start, spans.get(w)[0]).strip();
        if (!piece.isEmpty()) {
          pieces.add(piece);
        }
        start = spans.get(w)[0];
        startWord = w;
      }
    }
    pieces.add(line.substring(start).strip());
    return pieces;
  }

  /**
   * Whether {@code word} is the label of a field of the header: a word of the distribution note or
   * of the agenda reference ({@link RoleWords}) with its colon ("Original:", "Distribution:",
   * "Item:", "Tema:"). Such a label starts a line of its own whatever the model says, as a field is
   * never printed on the line of the field before it; the last word of a longer label ("Agenda
   * item:") goes on with its first.
   */
  static boolean labelsAField(String previous, String word) {
    return word.endsWith(":") && isNoteWord(word) && !isNoteWord(previous);
  }

  private static boolean isNoteWord(String word) {
    List<String> categories = RoleWords.bundled().categoriesOf(word);
    return categories.contains("distribution") || categories.contains("agenda");
  }

  /**
   * Whether the layout rules break before {@code word}: after the end of a sentence, around a
   * symbol, where a run of capitals starts or ends, before a note such as "Original:" and before a
   * paragraph number.
   */
  static boolean ruleBreaks(String previous, String word, String next) {
    if (SYMBOL.matcher(word).matches() || SYMBOL.matcher(previous).matches()) {
      return true;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (NOTES.contains(lower) && word.endsWith(":")) {
      return true;
    }
    if (lower.equals("original:") || lower.startsWith("distr")) {
      return true;
    }
    boolean glued = GLUED.matcher(word).matches();
    boolean bare = BARE.matcher(word).matches() && next.length() > 1 && Character.isUpperCase(next.codePointAt(0));
    if ((glued || bare) && !REFERRING.contains(previous.toLowerCase(java.util.Locale.ROOT))) {
      return true;
    }
    boolean sentenceEnd = SENTENCE_END.matcher(previous).matches() && !ABBREVIATIONS.contains(previous.toLowerCase(java.util.Locale.ROOT)) && !INITIAL_OR_NUMBER.matcher(previous).matches();
    if (sentenceEnd && !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || PARAGRAPH.matcher(word).matches())) {
      return true;
    }
    boolean capsBefore = isCaps(previous);
    boolean capsHere = isCaps(word);
    if (capsBefore && !capsHere && isTitleWord(word) && word.length() > 1) {
      return true;
    }
    return !capsBefore && capsHere && isCaps(next) && LOWER.matcher(previous).find();
  }

  private static boolean isCaps(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  private static boolean isTitleWord(String word) {
    return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(word.length() - 1));
  }
}
