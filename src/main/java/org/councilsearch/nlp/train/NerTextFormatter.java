package org.councilsearch.nlp.train;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.nlp.CouncilTokenizer;
import org.councilsearch.nlp.NlpModels;
import org.councilsearch.nlp.Token;

/**
 * Writes an annotated sentence in OpenNLP's name finder format, tokenized exactly as the tagger
 * tokenizes at run time, so that training text and tagged text agree token for token. Input may
 * be plain text with tags, "<START:organization> Inter-Parliamentary Union <END> met.", or a
 * line already in the format. Not thread-safe (it holds a tokenizer).
 */
public final class NerTextFormatter {
  /** The entity types the name finder is trained on. */
  public static final Set<String> TYPES = Set.of("organization", "person", "event", "place");

  private static final Pattern TAG = Pattern.compile("<START:([a-z]+)>(.*?)<END>");

  private final CouncilTokenizer tokenizer;

  public NerTextFormatter(NlpModels models) {
    this.tokenizer = new CouncilTokenizer(models);
  }

  /**
   * The line in name finder format: tokens separated by single spaces, each name wrapped in
   * {@code <START:type>} and {@code <END>}.
   *
   * @throws IllegalArgumentException when a type is unknown or a name does not begin and end on
   *     token boundaries (the tokenizer splits the text differently from the annotation)
   */
  public String format(String annotated) {
    // The text between tags is kept as written, so a name glued to a word ("Wom<END>en") is caught.
    StringBuilder plain = new StringBuilder();
    List<Name> names = new ArrayList<>();
    Matcher tag = TAG.matcher(annotated);
    int last = 0;
    while (tag.find()) {
      plain.append(annotated, last, tag.start());
      String type = tag.group(1).toLowerCase(Locale.ROOT);
      if (!TYPES.contains(type)) {
        throw new IllegalArgumentException("unknown type " + type + " in: " + annotated);
      }
      String name = tag.group(2).strip().replaceAll("\\s+", " ");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("empty name in: " + annotated);
      }
      names.add(new Name(type, plain.length(), plain.length() + name.length()));
      plain.append(name);
      last = tag.end();
    }
    plain.append(annotated.substring(last));

    List<Token> tokens = tokenizer.tokenize(plain.toString());
    Set<Integer> starts = new HashSet<>();
    Set<Integer> ends = new HashSet<>();
    tokens.forEach(t -> {
      starts.add(t.start());
      ends.add(t.end());
    });
    for (Name name : names) {
      if (!starts.contains(name.start()) || !ends.contains(name.end())) {
        throw new IllegalArgumentException(
            "\"" + plain.substring(name.start(), name.end()) + "\" does not fall on token boundaries in: " + annotated);
      }
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    for (Token token : tokens) {
      if (next < names.size() && token.start() == names.get(next).start()) {
        out.append("<START:").append(names.get(next).type()).append("> ");
      }
      out.append(token.text()).append(' ');
      if (next < names.size() && token.end() == names.get(next).end()) {
        out.append("<END> ");
        next++;
      }
    }
    return out.toString().strip();
  }

  private record Name(String type, int start, int end) {}
}
