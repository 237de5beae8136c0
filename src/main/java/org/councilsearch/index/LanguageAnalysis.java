package org.councilsearch.index;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * How the passages of one language other than English are analyzed: a tokenizer and filters named
 * by their factory names, which the embedded index builds with Lucene's {@code CustomAnalyzer} and
 * the SolrCloud configset spells out as they are, so the two engines analyze a French or Spanish
 * passage alike. The stop word files are part of the definition too: both engines read the same
 * text. Immutable.
 *
 * <p>French: elision ("l'exercice" is "exercice"), lowercase, French stop words, light stemming
 * ("rapports annuels" is "rapport annuel"), then accents folded. Spanish: lowercase, Spanish stop
 * words, light stemming ("programas" is "programa"), accents folded ("formación" is "formacion").
 * Stemming comes before folding, as the light stemmers read accented endings.
 *
 * @param language the ISO 639-1 code of the passages this analysis is for
 * @param field the text field its passages are indexed in
 * @param solrType the name of its field type in the SolrCloud configset
 * @param filters the token filters after the standard tokenizer, in order
 */
public record LanguageAnalysis(String language, String field, String solrType, List<Filter> filters) {
  /** The French and Spanish analyses, in the order their fields are declared. */
  public static final List<LanguageAnalysis> ALL =
      List.of(
          new LanguageAnalysis(
              "fr",
              Schema.TEXT_FR,
              "french",
              List.of(
                  new Filter("elision", Map.of("ignoreCase", "true")),
                  new Filter("lowercase", Map.of()),
                  new Filter("stop", Map.of("words", stopWordsFile("fr"), "ignoreCase", "false")),
                  new Filter("frenchLightStem", Map.of()),
                  new Filter("asciiFolding", Map.of()))),
          new LanguageAnalysis(
              "es",
              Schema.TEXT_ES,
              "spanish",
              List.of(
                  new Filter("lowercase", Map.of()),
                  new Filter("stop", Map.of("words", stopWordsFile("es"), "ignoreCase", "false")),
                  new Filter("spanishLightStem", Map.of()),
                  new Filter("asciiFolding", Map.of()))));

  /** Every tokenizer is the standard one, as English text's. */
  public static final String TOKENIZER = "standard";

  /** One token filter by its factory name, with its parameters. */
  public record Filter(String name, Map<String, String> params) {
    public Filter {
      params = Map.copyOf(params);
    }
  }

  public LanguageAnalysis {
    filters = List.copyOf(filters);
  }

  /** The analysis whose passages field {@code field} holds, or null when it holds none. */
  public static LanguageAnalysis ofField(String field) {
    for (LanguageAnalysis a : ALL) {
      if (a.field.equals(field)) {
        return a;
      }
    }
    return null;
  }

  /** The analysis of {@code language}'s passages, or null when they are analyzed as English. */
  public static LanguageAnalysis of(String language) {
    for (LanguageAnalysis a : ALL) {
      if (a.language.equals(language)) {
        return a;
      }
    }
    return null;
  }

  /**
   * The files the filters read, by the path their parameters name: the stop words of each
   * language, one word a line, from Lucene's own lists for {@code FrenchAnalyzer} and {@code
   * SpanishAnalyzer}.
   */
  public static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(stopWordsFile("fr"), wordList("French", FrenchAnalyzer.getDefaultStopSet()));
    files.put(stopWordsFile("es"), wordList("Spanish", SpanishAnalyzer.getDefaultStopSet()));
    return files;
  }

  /** This chain as the embedded index runs it. */
  Analyzer analyzer() {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder(new Files(files())).withTokenizer(TOKENIZER);
      for (Filter f : filters) {
        b.addTokenFilter(f.name(), new LinkedHashMap<>(f.params()));
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the " + language + " analysis", e);
    }
  }

  private static String stopWordsFile(String language) {
    return "lang/stopwords_" + language + ".txt";
  }

  private static String wordList(String name, CharArraySet set) {
    List<String> words = new ArrayList<>();
    for (Object word : set) {
      words.add(new String((char[]) word));
    }
    words.sort(null);
    return "# " + name + "Analyzer's stop words.\n" + String.join("\n", words) + "\n";
  }

  /** Serves the chains' files from memory; classes come from the classpath. */
  private static final class Files implements ResourceLoader {
    private final Map<String, String> files;
    private final ResourceLoader classes = new ClasspathResourceLoader(LanguageAnalysis.class);

    Files(Map<String, String> files) {
      this.files = files;
    }

    @Override
    public InputStream openResource(String resource) throws IOException {
      String text = files.get(resource);
      if (text == null) {
        throw new IOException("no analysis file " + resource);
      }
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
      return classes.findClass(cname, expectedType);
    }
  }
}
