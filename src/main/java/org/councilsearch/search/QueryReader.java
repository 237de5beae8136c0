package org.councilsearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.councilsearch.index.LanguageAnalysis;
import org.councilsearch.index.Schema;

/**
 * Reads the query language into a Lucene query: plain words, "quoted phrases", AND/OR/NOT,
 * +required and -excluded words, wildcards, and the fields {@code year:2009}, {@code
 * year:[2005 TO 2009]}, {@code org:"UN-Women"} (any alias), {@code event:workshop}, {@code
 * place:Geneva}, {@code section:...}. Plain words search the passage text and, with less weight,
 * the headings above it. Thread-safe: a parser is made per call, as Lucene's are not.
 */
public final class QueryReader {
  private final Schema schema;
  private final UnaryOperator<String> canonicalOrganization;
  private final UnaryOperator<String> language;

  /**
   * A reader whose concepts are the words English analysis keeps, whatever the query's language.
   *
   * @param canonicalOrganization the canonical name of an organization spelled any way, or the
   *     spelling itself when unknown
   */
  public QueryReader(Schema schema, UnaryOperator<String> canonicalOrganization) {
    this(schema, canonicalOrganization, query -> null);
  }

  /**
   * @param language the language a query is written in, by ISO 639-1 code, or null when unknown
   */
  public QueryReader(Schema schema, UnaryOperator<String> canonicalOrganization, UnaryOperator<String> language) {
    this.schema = schema;
    this.canonicalOrganization = canonicalOrganization;
    this.language = language;
  }

  /**
   * Parses {@code text}.
   *
   * @throws BadQueryException with a one-line explanation when the syntax is wrong
   */
  public Query read(String text) {
    return read(text, QueryParser.Operator.OR);
  }

  /**
   * Parses {@code text} with every word required: the words of one name or one hyphenated word
   * ("UN-Women", "micro-credit") all have to be there.
   *
   * @throws BadQueryException with a one-line explanation when the syntax is wrong
   */
  Query readAll(String text) {
    return read(text, QueryParser.Operator.AND);
  }

  /**
   * Plain words (no syntax), every one required, in any one searched field: "UN Women" and
   * "UN-Women" give the same query, as their words are the same. The words count once in a
   * passage's text, in the analysis that scores them best: a French passage is searched with
   * English and with French analysis, and would otherwise be worth twice an English passage that
   * prints the same word. The headings above a passage still add to its text.
   *
   * @return null when no word is left after analysis (stop words only)
   */
  Query allWords(String words) {
    QueryBuilder builder = new QueryBuilder(schema.analyzer());
    BooleanQuery.Builder anyField = new BooleanQuery.Builder();
    List<Query> texts = new ArrayList<>();
    boolean any = false;
    String unaccented = unaccented(words);
    for (Map.Entry<String, Float> f : schema.searchedFields().entrySet()) {
      List<Query> forms = new ArrayList<>();
      Query q = builder.createBooleanQuery(f.getKey(), words, BooleanClause.Occur.MUST);
      if (q != null) {
        forms.add(new BoostQuery(q, f.getValue()));
      }
      // English analysis keeps accents, which the French and Spanish analyses fold: "ébola" typed
      // in a Spanish query must still find "Ebola" in an English passage.
      if (!unaccented.equals(words) && LanguageAnalysis.ofField(f.getKey()) == null) {
        Query plain = builder.createBooleanQuery(f.getKey(), unaccented, BooleanClause.Occur.MUST);
        if (plain != null && !plain.equals(q)) {
          forms.add(new BoostQuery(plain, f.getValue()));
        }
      }
      if (Schema.SECTION.equals(f.getKey())) {
        forms.forEach(form -> anyField.add(form, BooleanClause.Occur.SHOULD));
      } else {
        texts.addAll(forms);
      }
      any |= !forms.isEmpty();
    }
    if (!texts.isEmpty()) {
      anyField.add(texts.size() == 1 ? texts.get(0) : new DisjunctionMaxQuery(texts, 0f), BooleanClause.Occur.SHOULD);
    }
    return any ? anyField.build() : null;
  }

  /** {@code words} without their accents: "Ébola" is "Ebola". */
  private static String unaccented(String words) {
    return ACCENTS.matcher(Normalizer.normalize(words, Normalizer.Form.NFD)).replaceAll("");
  }

  private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

  /** The language {@code query} is written in, by ISO 639-1 code, or null when unknown. */
  String languageOf(String query) {
    return language.apply(query);
  }

  /**
   * Whether English analysis drops {@code words} entirely ("of", "the"): such a word is no concept
   * of the query, although the French or Spanish field keeps it.
   */
  boolean englishStopWords(String words) {
    return dropped(Schema.TEXT, words);
  }

  /**
   * Whether the analysis of the query's language drops {@code words} entirely ("del", "les"); false
   * for English and an unknown language. In a query of that language such a word is scored but
   * never required: a Spanish query would otherwise require "del" of every passage and miss the
   * one that says "de los", while scoring it still favours the passages of the query's language.
   * A word is a stop word only in the query's own language, as "sea" is a Spanish stop word but an
   * English word.
   *
   * @param language the query's language, asked for only when some analysis drops the words (most
   *     queries have no such word, and telling a language costs a tenth of a millisecond)
   */
  boolean stopWordsOf(String words, Supplier<String> language) {
    for (LanguageAnalysis analysis : LanguageAnalysis.ALL) {
      if (dropped(analysis.field(), words) && analysis.language().equals(language.get())) {
        return true;
      }
    }
    return false;
  }

  private boolean dropped(String field, String words) {
    try (TokenStream stream = schema.analyzer().tokenStream(field, words)) {
      stream.reset();
      boolean any = stream.incrementToken();
      stream.end();
      return !any;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical name of an organization spelled {@code spelling}, or the spelling itself. */
  String organization(String spelling) {
    return canonicalOrganization.apply(spelling);
  }

  private Query read(String text, QueryParser.Operator operator) {
    Map<String, Float> fields = schema.searchedFields();
    CouncilParser parser = new CouncilParser(fields.keySet().toArray(String[]::new), schema.analyzer(), fields);
    parser.setDefaultOperator(operator);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    // A slash starts a regular expression in Lucene's syntax; in council papers it joins words
    // ("HIV/AIDS", "C/106/INF/8"), so it is always read as a character. A question's "?" is
    // punctuation, not a wildcard.
    String slashes = SpacedPunctuation.asSpaces(QuestionMarks.asSpaces(text)).replace("\\/", "/");
    try {
      return parser.parse(slashes.replace("/", "\\/"));
    } catch (ParseException e) {
      throw QueryMistakes.explain(slashes, originalColumn(slashes, parserColumn(e)));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new BadQueryException("the query expands to too many terms; make wildcards more specific");
    } catch (NumberFormatException e) {
      int at = Math.max(0, text.indexOf("year:"));
      throw new BadQueryException(
          "cannot read the query: year: takes a year such as year:2009 or year:[2005 TO 2009]"
              + " (character "
              + (at + 1)
              + ")",
          at + 1,
          QueryMistakes.plainWords(text));
    }
  }

  /** Where the parser stopped, counted from 0 in the text it parsed, or -1 when it does not say. */
  private static int parserColumn(ParseException e) {
    if (e.currentToken != null && e.currentToken.next != null) {
      return e.currentToken.next.beginColumn;
    }
    return QueryMistakes.columnIn(e.getMessage());
  }

  /** A column of the parsed text (each slash escaped) as a column of {@code text}. */
  private static int originalColumn(String text, int parsedColumn) {
    if (parsedColumn < 0) {
      return -1;
    }
    int parsed = 0;
    for (int i = 0; i < text.length(); i++) {
      parsed += text.charAt(i) == '/' ? 2 : 1;
      if (parsed > parsedColumn) {
        return i;
      }
    }
    return text.length();
  }

  /** Knows that years are numbers and organizations have many names. */
  private final class CouncilParser extends MultiFieldQueryParser {
    CouncilParser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
      super(fields, analyzer, boosts);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (Schema.YEAR.equals(field)) {
        return IntPoint.newExactQuery(Schema.YEAR, Integer.parseInt(queryText.strip()));
      }
      if (Schema.ORG.equals(field)) {
        return new TermQuery(new Term(Schema.ORG, Schema.exact(canonicalOrganization.apply(queryText))));
      }
      if (field == null && !quoted && getDefaultOperator() == Operator.AND) {
        return allInOneField(queryText);
      }
      return super.getFieldQuery(field, queryText, quoted);
    }

    /**
     * "UN-Women" with every word required: Lucene's multi-field parser would make each of its
     * words optional, so the words are required within each searched field instead.
     */
    private Query allInOneField(String queryText) throws ParseException {
      BooleanQuery.Builder anyField = new BooleanQuery.Builder();
      boolean any = false;
      for (String f : fields) {
        Query q = super.getFieldQuery(f, queryText, false);
        if (q != null) {
          Float boost = boosts == null ? null : boosts.get(f);
          anyField.add(boost == null ? q : new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
          any = true;
        }
      }
      return any ? anyField.build() : null;
    }

    // A quoted term ("UN Women") arrives here, and MultiFieldQueryParser would pass it straight to
    // the base parser, skipping the year and organization handling above.
    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (Schema.YEAR.equals(field) || Schema.ORG.equals(field)) {
        return getFieldQuery(field, queryText, true);
      }
      return super.getFieldQuery(field, queryText, slop);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      Query hyphenated = hyphenated(field, termStr);
      return hyphenated != null ? hyphenated : super.getWildcardQuery(unstemmed(field), termStr);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      Query hyphenated = hyphenated(field, termStr + "*");
      return hyphenated != null ? hyphenated : super.getPrefixQuery(unstemmed(field), termStr);
    }

    /**
     * "micro-cred*": the text is indexed as the words "micro" and "credit", so each part must match
     * on its own.
     */
    private Query hyphenated(String field, String termStr) throws ParseException {
      if (field == null || !termStr.contains("-")) {
        return null;
      }
      BooleanQuery.Builder parts = new BooleanQuery.Builder();
      for (String part : termStr.split("-+")) {
        if (part.isEmpty()) {
          continue;
        }
        boolean wild = part.indexOf('*') >= 0 || part.indexOf('?') >= 0;
        Query q =
            wild
                ? super.getWildcardQuery(unstemmed(field), part)
                : new TermQuery(new Term(unstemmed(field), part.toLowerCase(Locale.ROOT)));
        parts.add(q, BooleanClause.Occur.MUST);
      }
      return parts.build();
    }

    /** Wildcards run against unstemmed words: stems would hide "remittances" from "remittance*". */
    private String unstemmed(String field) {
      return Schema.TEXT.equals(field) ? Schema.TEXT_WORDS : field;
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      if (Schema.YEAR.equals(field)) {
        int from = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : Integer.parseInt(part1) + (startInclusive ? 0 : 1);
        int to = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : Integer.parseInt(part2) - (endInclusive ? 0 : 1);
        return IntPoint.newRangeQuery(Schema.YEAR, from, to);
      }
      return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
    }
  }
}
