package org.councilsearch.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * Splits text into the tokens the tagger, its gazetteer and its training files all use: OpenNLP's
 * English tokenizer, then hyphens, dashes, slashes and possessive endings as tokens of their own.
 *
 * <p>The refinement exists because the statistical tokenizer is inconsistent on exactly the
 * characters organization names are made of: it yields {@code UN -Women} and {@code
 * Children’s} as single tokens, {@code Commission–United}, {@code WGGI-} and {@code
 * November-2}. After refinement "UN-Women", "UN - Women" and "UN Women" differ only by hyphen
 * tokens, which the gazetteer ignores.
 *
 * <p>OpenNLP's tokenizer decides each whitespace-separated word on that word's characters alone,
 * so a word's split is remembered and the model asked once per distinct word: council papers
 * repeat their vocabulary, and this was a fifth of all tagging time. Not thread-safe: one instance
 * per thread.
 */
public final class CouncilTokenizer {
  /** French words that elide before a vowel and stand glued to the next word. */
  private static final Set<String> ELIDED = Set.of("l", "d", "qu", "jusqu", "lorsqu", "puisqu");

  /** Distinct words remembered; a paper uses a few thousand, and each costs some 100 bytes. */
  static final int REMEMBERED_WORDS = 50_000;

  private static final int[] WHOLE = {};

  private final TokenizerME tokenizer;
  private final Map<String, int[]> splits;

  public CouncilTokenizer(NlpModels models) {
    this(models, REMEMBERED_WORDS);
  }

  /** @param remembered how many distinct words' splits to keep; 0 asks the model every time */
  CouncilTokenizer(NlpModels models, int remembered) {
    this.tokenizer = new TokenizerME(models.tokens());
    this.splits =
        new LinkedHashMap<>() {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, int[]> eldest) {
            return size() > remembered;
          }
        };
  }

  /** The tokens of {@code text}, with offsets into it. */
  public List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    for (Span word : WhitespaceTokenizer.INSTANCE.tokenizePos(text)) {
      int start = word.getStart();
      int[] pieces = split(text.substring(start, word.getEnd()));
      if (pieces == WHOLE) {
        refine(text, start, word.getEnd(), out);
      }
      for (int i = 0; i < pieces.length; i += 2) {
        refine(text, start + pieces[i], start + pieces[i + 1], out);
      }
    }
    return out;
  }

  /** The model's pieces of one word as offset pairs within it, or {@link #WHOLE} for one piece. */
  private int[] split(String word) {
    if (word.length() < 2) {
      return WHOLE;
    }
    int[] pieces = splits.get(word);
    if (pieces == null) {
      Span[] spans = tokenizer.tokenizePos(word);
      if (spans.length == 1 && spans[0].getStart() == 0 && spans[0].getEnd() == word.length()) {
        pieces = WHOLE;
      } else {
        pieces = new int[spans.length * 2];
        for (int i = 0; i < spans.length; i++) {
          pieces[2 * i] = spans[i].getStart();
          pieces[2 * i + 1] = spans[i].getEnd();
        }
      }
      splits.put(word, pieces);
    }
    return pieces;
  }

  /** The token texts only, as OpenNLP's finders take them. */
  public static String[] texts(List<Token> tokens) {
    String[] texts = new String[tokens.size()];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = tokens.get(i).text();
    }
    return texts;
  }

  private static void refine(String text, int start, int end, List<Token> out) {
    String token = text.substring(start, end);
    if (token.length() == 1 || isUrl(token)) {
      out.add(new Token(token, start, end));
      return;
    }
    // Quotes stay glued to words ("Women”"): they become tokens of their own.
    if (isQuote(text.charAt(start))) {
      out.add(new Token(text.substring(start, start + 1), start, start + 1));
      refine(text, start + 1, end, out);
      return;
    }
    if (isQuote(text.charAt(end - 1))) {
      refine(text, start, end - 1, out);
      out.add(new Token(text.substring(end - 1, end), end - 1, end));
      return;
    }
    int from = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isJoiner(c)) {
        emitWord(text, from, i, out);
        out.add(new Token(String.valueOf(c), i, i + 1));
        from = i + 1;
      }
    }
    emitWord(text, from, end, out);
  }

  /**
   * A word piece, with a possessive "’s" (or a bare "’" left by "IOM’ s") split off, and a French
   * elided article before a name ("l’UNICEF", "d’UNIFEM", "l’Organisation") split off so that the
   * name reads as it does in English.
   */
  private static void emitWord(String text, int start, int end, List<Token> out) {
    if (start >= end) {
      return;
    }
    int elided = elisionEnd(text, start, end);
    if (elided > start) {
      out.add(new Token(text.substring(start, elided), start, elided));
      emitWord(text, elided, end, out);
      return;
    }
    int length = end - start;
    if (length > 2 && isApostrophe(text.charAt(end - 2)) && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
      out.add(new Token(text.substring(start, end - 2), start, end - 2));
      out.add(new Token(text.substring(end - 2, end), end - 2, end));
    } else if (length > 1 && isApostrophe(text.charAt(end - 1))) {
      out.add(new Token(text.substring(start, end - 1), start, end - 1));
      out.add(new Token(text.substring(end - 1, end), end - 1, end));
    } else {
      out.add(new Token(text.substring(start, end), start, end));
    }
  }

  /**
   * The end of an elided article or conjunction opening the word ("l’", "d’", "qu’"), when what
   * follows is an acronym or, after "l’", a capitalized name; {@code start} otherwise. "Côte
   * d’Ivoire" and "O’Neill" stay whole.
   */
  private static int elisionEnd(String text, int start, int end) {
    for (int i = start + 1; i < Math.min(end - 1, start + 8); i++) {
      if (isApostrophe(text.charAt(i))) {
        String prefix = text.substring(start, i).toLowerCase(Locale.ROOT);
        String rest = text.substring(i + 1, end);
        boolean acronym = rest.length() > 1 && rest.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
            && rest.chars().filter(Character::isLetter).count() > 1;
        boolean name = prefix.equals("l") && Character.isUpperCase(rest.charAt(0)) && rest.length() > 1;
        if (ELIDED.contains(prefix) && (acronym || name)) {
          return i + 1;
        }
        return start;
      }
    }
    return start;
  }

  static boolean isJoiner(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '/';
  }

  private static boolean isQuote(char c) {
    return c == '"' || c == '\u201c' || c == '\u201d' || c == '\u00ab' || c == '\u00bb' || c == '\u201e';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  private static boolean isUrl(String token) {
    return token.contains("://") || token.startsWith("www.") || token.contains("@");
  }
}
