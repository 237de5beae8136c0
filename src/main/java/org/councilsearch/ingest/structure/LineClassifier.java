package org.councilsearch.ingest.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilsearch.ingest.clean.BulletGlyphFilter;
import org.councilsearch.ingest.clean.HorizontalRule;
import org.councilsearch.ingest.clean.MarkdownInlineFilter;
import org.councilsearch.ingest.clean.TextFilter;
import org.councilsearch.ingest.clean.WhitespaceCollapser;

/** Splits cleaned text into lines and says what each looks like on its own. */
final class LineClassifier {
  private static final TextFilter PLAIN = new MarkdownInlineFilter().then(new WhitespaceCollapser());

  /** Only this much of a line is examined for its opening label. */
  private static final int PREFIX = 400;

  /** "12. ", "12.The", and "12.- " as typewritten Spanish papers print it. */
  private static final Pattern NUMBER = Pattern.compile("([1-9]\\d{0,2})\\.(?:-(?=\\s))?(?=\\s|$|[\\p{Lu}“\"‘(])\\s*");
  /** "2.3 The Council ...": a paragraph numbered within its section; its text starts a sentence. */
  private static final Pattern DECIMAL = Pattern.compile("([1-9]\\d{0,2}\\.\\d{1,2})\\.?(?:\\s+(?=[\\p{Lu}“\"‘(])|$)");
  private static final Pattern ROMAN = Pattern.compile("(X{0,3}(?:IX|IV|V?I{0,3}))\\.(?=\\s|$)\\s*");
  private static final Pattern LETTER = Pattern.compile("([A-Z])\\.(?=\\s|$)\\s*");
  private static final Pattern LETTERED =
      Pattern.compile("(\\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|\\d{1,2})\\)|(?:[a-z]|[ivx]{2,4})\\)(?=\\s))(?:\\s+|$)");
  private static final Pattern ANNEX =
      Pattern.compile(
          "((?:ANNEX|Annex|APPENDIX|Appendix)(?:\\s+(?:[IVXLC]{1,6}|\\d{1,2}|[A-Z]))?)\\.?"
              + "(?:\\s*[:.–—-]\\s*(.*))?");

  /** Dot leaders then page numbers: "III. Programme activities ...... 12", "Introduction …… 1", ". . . . 5". */
  private static final Pattern CONTENTS_ENTRY =
      Pattern.compile(".*?(?:\\.{4,}|…{2,}|(?:\\.\\s){4,}|(?:…\\s*){2,}[.…\\s]*)\\s*(?:\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s+)?[\\divxlc]{1,4}");
  private static final Pattern CONTENTS_HEADS =
      Pattern.compile("(?i)(?:chapter|paragraphs?|page|number)(?:\\s+(?:chapter|paragraphs?|page|number)){0,3}");

  private LineClassifier() {}

  /** A line or part of one without inline markup, whitespace collapsed. */
  static String plain(String text) {
    return PLAIN.apply(text);
  }

  static List<Line> classify(String cleanText) {
    String[] raw = cleanText.split("\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(classify(i, raw[i]));
    }
    return lines;
  }

  static Line classify(int index, String raw) {
    int indent = 0;
    while (indent < raw.length() && raw.charAt(indent) == ' ') {
      indent++;
    }
    String text = raw.strip();
    if (text.isEmpty()) {
      return new Line(index, indent, "", "", LineKind.BLANK, null, "", 0, false);
    }
    if (HorizontalRule.matches(text)) {
      return new Line(index, indent, text, "", LineKind.RULE, null, "", 0, false);
    }
    if (text.length() > 2 && text.charAt(0) == '>' && text.charAt(1) == ' ') {
      text = text.substring(2).strip(); // a Markdown block quote
    }
    int hashes = 0;
    while (hashes < text.length() && hashes < 7 && text.charAt(hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6 && (text.length() == hashes || text.charAt(hashes) == ' ')) {
      String content = text.substring(hashes).strip();
      int end = content.length();
      while (end > 0 && content.charAt(end - 1) == '#') {
        end--;
      }
      if (end < content.length() && (end == 0 || content.charAt(end - 1) == ' ')) {
        content = content.substring(0, end).strip();
      }
      String plain = PLAIN.apply(content);
      if (!plain.isEmpty()) {
        return new Line(index, indent, text, plain, LineKind.MD_HEADING, null, plain, hashes, false);
      }
      return new Line(index, indent, text, "", LineKind.RULE, null, "", 0, false);
    }
    boolean bold = isBold(text);
    if (text.charAt(0) == BulletGlyphFilter.BULLET) {
      String body = PLAIN.apply(text.substring(1));
      return new Line(index, indent, text, body, LineKind.BULLET, "•", body, 0, bold);
    }
    String plain = PLAIN.apply(text);
    if (plain.isEmpty()) {
      return new Line(index, indent, text, "", LineKind.RULE, null, "", 0, false);
    }
    String head = plain.length() > PREFIX ? plain.substring(0, PREFIX) : plain;
    if (plain.length() <= 200
        && (CONTENTS_ENTRY.matcher(plain).matches() || CONTENTS_HEADS.matcher(plain).matches())) {
      return new Line(index, indent, text, plain, LineKind.CONTENTS, null, plain, 0, bold);
    }
    if (plain.length() <= 200) {
      Matcher annex = ANNEX.matcher(plain);
      if (annex.matches()) {
        String title = annex.group(2) == null ? "" : annex.group(2).strip();
        return new Line(index, indent, text, plain, LineKind.ANNEX, annex.group(1), title, 0, bold);
      }
    }
    Matcher m = DECIMAL.matcher(head);
    if (m.lookingAt()) {
      return labelled(index, indent, text, plain, LineKind.NUMBER, m, bold);
    }
    m = NUMBER.matcher(head);
    if (m.lookingAt()) {
      return labelled(index, indent, text, plain, LineKind.NUMBER, m, bold);
    }
    m = ROMAN.matcher(head);
    if (m.lookingAt() && !m.group(1).isEmpty()) {
      return labelled(index, indent, text, plain, LineKind.ROMAN, m, bold);
    }
    m = LETTER.matcher(head);
    if (m.lookingAt()) {
      return labelled(index, indent, text, plain, LineKind.LETTER, m, bold);
    }
    m = LETTERED.matcher(head);
    if (m.lookingAt()) {
      String label = m.group(1);
      if (label.charAt(0) != '(') {
        label = "(" + label; // "b)" is cited as "(b)"
      }
      return new Line(index, indent, text, plain, LineKind.LETTERED, label, plain.substring(m.end()).strip(), 0, bold);
    }
    return new Line(index, indent, text, plain, LineKind.TEXT, null, plain, 0, bold);
  }

  private static Line labelled(
      int index, int indent, String text, String plain, LineKind kind, Matcher m, boolean bold) {
    return new Line(index, indent, text, plain, kind, m.group(1), plain.substring(m.end()).strip(), 0, bold);
  }

  /** The whole line is bold: "**1. “Identification ...”**". */
  private static boolean isBold(String text) {
    return text.length() > 4
        && ((text.startsWith("**") && text.endsWith("**"))
            || (text.startsWith("__") && text.endsWith("__")));
  }

  /** The label of a numbered or lettered heading text such as "2. Support to ...", or null. */
  static String itemLabel(String headingText) {
    String head = headingText.length() > PREFIX ? headingText.substring(0, PREFIX) : headingText;
    Matcher m = NUMBER.matcher(head);
    if (m.lookingAt()) {
      return m.group(1);
    }
    m = LETTER.matcher(head);
    if (m.lookingAt()) {
      return m.group(1);
    }
    return null;
  }

  /** The Annex name of a heading text such as "Annex II: Questionnaire", or null. */
  static Matcher annex(String headingText) {
    if (headingText.length() > 200) {
      return null;
    }
    Matcher m = ANNEX.matcher(headingText);
    return m.matches() ? m : null;
  }
}
