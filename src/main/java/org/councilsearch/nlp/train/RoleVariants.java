package org.councilsearch.nlp.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.councilsearch.ingest.structure.LineRole;
import org.councilsearch.ingest.structure.PrintedLine;
import org.councilsearch.ingest.structure.RunOnLines;

/**
 * Makes the copies of a labelled paper that conversion makes of real papers, so the model learns
 * to read them without anyone labelling them by hand: each page run into one line (line breaks
 * lost), running heads at the top of every page, OCR noise in the letters, and two columns run
 * together. Each copy keeps the roles of the lines it was made from. Deterministic: the same paper
 * always gives the same copies.
 */
public final class RoleVariants {
  /** Lines per page when a paper without page breaks gets running heads. */
  static final int LINES_PER_PAGE = 30;
  /** Share of letters OCR noise changes. */
  static final double NOISE = 0.03;

  private RoleVariants() {}

  /**
   * The copies the model of printed lines learns from: the paper as labelled, then its generated
   * copies, one with its pages run into one line and cut again by the layout rules into pieces the
   * size of printed lines.
   */
  public static List<RoleExample> of(LabelledPaper paper) {
    return List.of(paper.example(), cutByRules(paper), withRunningHeads(paper).example(), noisy(paper).example(), twoColumns(paper).example());
  }

  /** Each page's lines joined by spaces into one line, then cut by the layout rules. */
  static RoleExample cutByRules(LabelledPaper paper) {
    List<PrintedLine> printed = new ArrayList<>();
    List<LineRole> roles = new ArrayList<>();
    int page = 0;
    StringBuilder joined = new StringBuilder();
    List<int[]> starts = new ArrayList<>();
    List<LineRole> startRoles = new ArrayList<>();
    List<LabelledPaper.Row> rows = new ArrayList<>(paper.rows());
    rows.add(new LabelledPaper.Row(null, "\f"));
    for (LabelledPaper.Row row : rows) {
      if (row.pageBreak()) {
        if (joined.length() > 0) {
          String line = joined.toString();
          List<String> pieces = RunOnLines.BY_RULES.split(line);
          int from = 0;
          int r = 0;
          for (String piece : pieces) {
            int at = line.indexOf(piece, from);
            if (at < 0) {
              at = from;
            }
            from = at + piece.length();
            int owner = 0;
            for (int s = 0; s < starts.size(); s++) {
              if (starts.get(s)[0] <= at) {
                owner = s;
              }
            }
            LineRole role = startRoles.get(owner);
            printed.add(new PrintedLine(piece, page, r++, pieces.size() > 1));
            roles.add(starts.get(owner)[0] == at ? role : RoleExample.continuation(role));
          }
        }
        joined.setLength(0);
        starts.clear();
        startRoles.clear();
        page++;
      } else if (row.role() != null) {
        if (joined.length() > 0) {
          joined.append(' ');
        }
        starts.add(new int[] {joined.length()});
        startRoles.add(row.role());
        joined.append(row.text().strip());
      }
    }
    return new RoleExample(printed, roles);
  }

  /**
   * Each page's lines joined by spaces into one line, then cut back into its units ({@link
   * RunOnPage}) where the break model learns to cut it; a page short enough to be a printed line is
   * read whole.
   */
  public static RoleExample runOn(LabelledPaper paper) {
    List<PrintedLine> printed = new ArrayList<>();
    List<LineRole> roles = new ArrayList<>();
    int page = 0;
    for (RunOnPage runOn : RunOnPage.of(paper)) {
      String line = runOn.line();
      if (line.length() <= RunOnLines.MAX_PRINTED) {
        printed.add(new PrintedLine(line, page, 0, false));
        roles.add(runOn.roles().get(0));
      } else {
        for (int u = 0; u < runOn.units().size(); u++) {
          printed.add(new PrintedLine(runOn.units().get(u), page, u, true));
          roles.add(runOn.roles().get(u));
        }
      }
      page++;
    }
    return new RoleExample(printed, roles);
  }

  /** A running head (the paper's symbol, or its first line, and a page number) on every page after the first. */
  static LabelledPaper withRunningHeads(LabelledPaper paper) {
    String head = null;
    for (LabelledPaper.Row row : paper.rows()) {
      if (row.role() == LineRole.SYMBOL) {
        head = row.text().strip();
        break;
      }
    }
    boolean paged = paper.rows().stream().anyMatch(LabelledPaper.Row::pageBreak);
    List<LabelledPaper.Row> out = new ArrayList<>();
    int page = 1;
    int onPage = 0;
    for (LabelledPaper.Row row : paper.rows()) {
      boolean newPage = row.pageBreak() || (!paged && onPage >= LINES_PER_PAGE && row.role() == null);
      if (newPage) {
        page++;
        onPage = 0;
        out.add(new LabelledPaper.Row(null, "\f"));
        String mark = page % 2 == 0 ? "Page " + page : "- " + page + " -";
        out.add(new LabelledPaper.Row(LineRole.FURNITURE, head == null ? mark : head + "    " + mark));
        out.add(new LabelledPaper.Row(null, ""));
        if (row.pageBreak()) {
          continue;
        }
      }
      out.add(row);
      onPage++;
    }
    return new LabelledPaper(paper.id() + "-heads", paper.family(), paper.language(), out);
  }

  /** Letters misread as an OCR engine misreads them, at a fixed rate and seed. */
  static LabelledPaper noisy(LabelledPaper paper) {
    Random random = new Random(paper.id().hashCode());
    List<LabelledPaper.Row> out = new ArrayList<>();
    for (LabelledPaper.Row row : paper.rows()) {
      if (row.role() == null) {
        out.add(row);
        continue;
      }
      StringBuilder text = new StringBuilder(row.text().length());
      for (int i = 0; i < row.text().length(); i++) {
        char c = row.text().charAt(i);
        if (Character.isLetter(c) && random.nextDouble() < NOISE) {
          text.append(misread(c));
        } else {
          text.append(c);
        }
      }
      out.add(new LabelledPaper.Row(row.role(), text.toString()));
    }
    return new LabelledPaper(paper.id() + "-ocr", paper.family(), paper.language(), out);
  }

  private static String misread(char c) {
    return switch (c) {
      case 'l' -> "1";
      case 'I' -> "l";
      case 'O' -> "0";
      case 'o' -> "0";
      case 'e' -> "c";
      case 'm' -> "rn";
      case 'S' -> "5";
      default -> Character.isUpperCase(c) ? String.valueOf(Character.toLowerCase(c)) : String.valueOf(c);
    };
  }

  /** Consecutive body lines printed side by side, as two columns read across. */
  static LabelledPaper twoColumns(LabelledPaper paper) {
    List<LabelledPaper.Row> rows = paper.rows();
    List<LabelledPaper.Row> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      LabelledPaper.Row row = rows.get(i);
      if (isBody(row) && i + 1 < rows.size() && isBody(rows.get(i + 1)) && row.text().length() < 90) {
        LabelledPaper.Row right = rows.get(i + 1);
        out.add(new LabelledPaper.Row(row.role(), row.text().stripTrailing() + "      " + right.text().strip()));
        i++;
      } else {
        out.add(row);
      }
    }
    return new LabelledPaper(paper.id() + "-columns", paper.family(), paper.language(), out);
  }

  private static boolean isBody(LabelledPaper.Row row) {
    return row.role() == LineRole.PARA_CONT || row.role() == LineRole.PARA_START || row.role() == LineRole.LIST_ITEM;
  }
}
