package org.councilsearch.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperContent;
import org.councilsearch.model.Passage;

/**
 * Detects languages with OpenNLP's language detector model (103 languages, from character
 * n-grams), and names them by ISO 639-1 code. Thread-safe: the model is immutable and each call
 * builds its own detector.
 *
 * <p>Choices worth knowing: the paper's language is the one most of its text is written in,
 * counted over passages long enough to tell; a passage takes a language other than its paper's
 * only when it is long enough and the model is clearly surer of the other, because on a short
 * passage of numbers and names the model's guesses scatter over neighbouring languages.
 */
public final class OpenNlpLanguages implements PaperLanguages {
  static final String MODEL_RESOURCE = "langdetect-183.bin";

  /** Below this many letters a passage says too little to tell its language apart. */
  static final int MIN_LETTERS = 80;

  /** How much surer than of its paper's language the model must be to give a passage its own. */
  static final double SURER_BY = 2.0;

  /**
   * How much of a passage is read to tell its language: its first sentences say it as surely as the
   * whole, and reading all of every passage was over a quarter of indexing time.
   */
  static final int PASSAGE_SAMPLE_CHARS = 300;

  /** How much text of a paper is read to tell its language when no passage is long enough. */
  private static final int PAPER_SAMPLE_CHARS = 20_000;

  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private final LanguageDetectorModel model;

  private OpenNlpLanguages(LanguageDetectorModel model) {
    this.model = model;
  }

  /**
   * Loads the model from the classpath (about a second).
   *
   * @throws UncheckedIOException when the model is missing: the build is broken
   */
  public static OpenNlpLanguages load() {
    try (InputStream in = OpenNlpLanguages.class.getClassLoader().getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException("model not on the classpath: " + MODEL_RESOURCE);
      }
      return new OpenNlpLanguages(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language detector model", e);
    }
  }

  @Override
  public PaperContent detect(PaperContent content) {
    LanguageDetectorME detector = new LanguageDetectorME(model);
    List<Language[]> guesses = new ArrayList<>(content.passages().size());
    Map<String, Integer> letters = new HashMap<>();
    for (Passage passage : content.passages()) {
      int n = letters(passage.text());
      Language[] guess = n >= MIN_LETTERS ? detector.predictLanguages(opening(passage.text())) : null;
      guesses.add(guess);
      if (guess != null) {
        letters.merge(guess[0].getLang(), n, Integer::sum);
      }
    }
    String paperLanguage =
        letters.isEmpty()
            ? detector.predictLanguage(sample(content)).getLang()
            : letters.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .orElseThrow()
                .getKey();
    List<Passage> passages = new ArrayList<>(content.passages().size());
    for (int i = 0; i < content.passages().size(); i++) {
      passages.add(content.passages().get(i).withLanguage(code(ownLanguage(guesses.get(i), paperLanguage))));
    }
    Paper paper = content.paper();
    Paper labelled =
        new Paper(
            paper.id(),
            paper.source(),
            paper.format(),
            paper.metadata().withLanguage(code(paperLanguage)),
            paper.contentHash());
    return new PaperContent(labelled, passages);
  }

  @Override
  public String languageOf(String text, Set<String> candidates) {
    // A query of a few words gets scattered guesses over the model's 103 languages; among the
    // candidates alone, its likeliest is clear far more often than its overall first guess.
    for (Language guess : new LanguageDetectorME(model).predictLanguages(text)) {
      String code = code(guess.getLang());
      if (candidates.contains(code)) {
        return code;
      }
    }
    return null;
  }

  private static String ownLanguage(Language[] guess, String paperLanguage) {
    if (guess == null || guess[0].getLang().equals(paperLanguage)) {
      return paperLanguage;
    }
    for (Language other : guess) {
      if (other.getLang().equals(paperLanguage)) {
        return guess[0].getConfidence() >= SURER_BY * other.getConfidence() ? guess[0].getLang() : paperLanguage;
      }
    }
    return guess[0].getLang();
  }

  private static String sample(PaperContent content) {
    StringBuilder text = new StringBuilder();
    for (Passage passage : content.passages()) {
      if (text.length() >= PAPER_SAMPLE_CHARS) {
        break;
      }
      text.append(passage.text()).append('\n');
    }
    return text.toString();
  }

  /** The passage's first {@link #PASSAGE_SAMPLE_CHARS} characters, cut at a space. */
  private static String opening(String text) {
    if (text.length() <= PASSAGE_SAMPLE_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', PASSAGE_SAMPLE_CHARS);
    return text.substring(0, cut > MIN_LETTERS ? cut : PASSAGE_SAMPLE_CHARS);
  }

  private static int letters(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** "fra" as "fr"; a code with no two-letter form stays as the model gives it. */
  static String code(String iso639_3) {
    return TWO_LETTER.getOrDefault(iso639_3, iso639_3);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(two).getISO3Language(), two);
    }
    return Map.copyOf(codes);
  }
}
