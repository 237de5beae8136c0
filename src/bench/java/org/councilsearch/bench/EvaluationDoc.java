package org.councilsearch.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.councilsearch.eval.FigureSpec;
import org.councilsearch.eval.FigureSpec.Row;

/**
 * Writes docs/evaluation.md from the evaluation specs, so the figures a reader sees are the
 * figures CI checks. Every table is built from spec rows; a row added to a spec appears here once
 * the doc is generated again.
 */
final class EvaluationDoc {
  private final FigureSpec ranking;
  private final FigureSpec entities;
  private final FigureSpec families;
  private final FigureSpec translations;

  EvaluationDoc(FigureSpec ranking, FigureSpec entities, FigureSpec families, FigureSpec translations) {
    this.ranking = ranking;
    this.entities = entities;
    this.families = families;
    this.translations = translations;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Evaluation\n\n")
        .append(FiguresDocs.generated("src/main/resources/eval/*.spec"))
        .append("\n\n")
        .append("Each evaluation has a spec in `src/main/resources/eval/` (bundled in the jar) holding its expected\n")
        .append("figures to 3 decimals. `eval`, `eval-ner`, `eval-families` and `eval-versions` measure, print, and compare with the\n")
        .append("spec: a figure that moved by more than 0.002 **either way**, or a row on one side only, names the\n")
        .append("figure, its old and new value, and ends the command with exit code 15. `mvn verify` runs all four\n")
        .append("(`EvalSpecIT`), so `bash .ci/run` fails on drift. An improvement is recorded in the same commit as\n")
        .append("the change that caused it.\n\n");
    rankingSection(md);
    entitySection(md);
    familySection(md);
    translationSection(md);
    recordingSection(md);
    return md.toString();
  }

  private void rankingSection(StringBuilder md) {
    md.append("## Ranking\n\n")
        .append("`council-search eval` on an index of the bundled `corpus/` (default settings): nDCG@10 (gain\n")
        .append("2^grade − 1) and recall@10 on graded judgments (`eval/queries-SET.json`), for every query and per\n")
        .append("query type, each cell nDCG@10 / recall@10; *plain* is BM25 over the same analysis, *full* is search\n")
        .append("by words with query understanding, *meaning* the passages nearest in meaning alone, and *hybrid*\n")
        .append("the words and meaning fused: what search does on an index with vectors.\n")
        .append("The *families* sets are judged on the fixture papers of `src/test/resources/families/`, the\n")
        .append("*languages* sets on the French, Spanish and English papers of `src/test/resources/languages/`\n")
        .append("(`eval` indexes them itself); a languages set is also given per query language (`lang:fr`,\n")
        .append("`lang:es`, `lang:en`), and its *plain* run is BM25 with each language's analysis (French and\n")
        .append("Spanish passages are searched in their own language's field too). Held-out sets are reported as\n")
        .append("measured.\n")
        .append("Spec: `src/main/resources/eval/ranking.spec`.\n\n");
    Map<String, Map<String, Map<String, Row>>> bySet = new LinkedHashMap<>();
    for (Row r : ranking.rows()) {
      bySet.computeIfAbsent(r.key().get(0), s -> new LinkedHashMap<>())
          .computeIfAbsent(r.key().get(2), t -> new LinkedHashMap<>())
          .put(r.key().get(1), r);
    }
    bySet.forEach((set, types) -> {
      Row all = types.getOrDefault("all", Map.of()).get("full");
      md.append("### ").append(set).append(all == null ? "" : " (" + figure(ranking, all, "queries") + " queries)").append("\n\n");
      md.append("| query type | queries | plain | full | meaning | hybrid |\n");
      md.append("|---|---:|---:|---:|---:|---:|\n");
      types.forEach((type, runs) -> {
        Row any = runs.getOrDefault("full", runs.get("plain"));
        md.append("| ").append(type.equals("all") ? "**all**" : type)
            .append(" | ").append(figure(ranking, any, "queries"));
        for (String run : List.of("plain", "full", "meaning", "hybrid")) {
          Row r = runs.get(run);
          md.append(" | ").append(r == null ? "" : figure(ranking, r, "nDCG@10") + " / " + figure(ranking, r, "recall@10"));
        }
        md.append(" |\n");
      });
      md.append('\n');
    });
  }

  private void entitySection(StringBuilder md) {
    md.append("## Entity tagging\n\n")
        .append("`council-search eval-ner` against the hand-checked gold set (`eval/entities-gold.jsonl`, rules in\n")
        .append("`eval/entities-gold.md`), micro-averaged over (passage, item) pairs. *held-out*: each paper is tagged\n")
        .append("by a name finder trained without that paper's sentences (leave one paper out); *shipped*: the\n")
        .append("shipped name finder (`--shipped-model`), trained on these papers. Spec:\n")
        .append("`src/main/resources/eval/entities.spec`.\n\n");
    Map<String, List<Row>> groups = new LinkedHashMap<>();
    entities.rows().forEach(r -> groups.computeIfAbsent(r.key().get(0) + ", " + r.key().get(1), g -> new ArrayList<>()).add(r));
    groups.forEach((group, rows) -> {
      md.append("### ").append(group).append("\n\n");
      md.append("| type | gold mentions | precision | recall | F1 | listed in the gazetteer |\n");
      md.append("|---|---:|---:|---:|---:|---:|\n");
      for (Row r : rows) {
        md.append("| ").append(r.key().get(2))
            .append(" | ").append(figure(entities, r, "mentions"))
            .append(" | ").append(figure(entities, r, "precision"))
            .append(" | ").append(figure(entities, r, "recall"))
            .append(" | ").append(figure(entities, r, "F1"))
            .append(" | ").append(percent(figure(entities, r, "gazetteer")))
            .append(" |\n");
      }
      md.append('\n');
    });
    md.append("**Mostly in-sample.** The last column is the share of the gold mentions that the gazetteer\n")
        .append("(`organizations.json`) already lists under one of their spellings. A listed name is found by\n")
        .append("look-up whatever the model learned, so the organization and place figures, held out or not, say\n")
        .append("little about names the gazetteer lacks; expect less on other archives. The event rules were also\n")
        .append("shaped on this gold set's misses.\n\n");
  }

  private void familySection(StringBuilder md) {
    md.append("## Paper families\n\n")
        .append("`council-search eval-families` on the fixture papers of `src/test/resources/families/` (bundled in\n")
        .append("the jar): the share of papers with each metadata field right, and precision, recall and F1 of the\n")
        .append("organizations and dates their passages name. The *heldout* split was written by an author who had\n")
        .append("not read the rules, committed before any change measured on it, and is never used to write them;\n")
        .append("the *tuning* split is what they were written against. One paper is 0.1 of the held-out figures.\n")
        .append("The *lofo-mean* and *lofo-worst* columns are leave-one-family-out figures over the labelled papers\n")
        .append("the line-role model is trained on (`src/main/resources/org/councilsearch/ingest/structure/roles/`):\n")
        .append("each layout family is read by a model trained without its papers, and scored on them; the mean over\n")
        .append("families and the worst family. *lofo-run-on-mean* is the mean on copies of the same papers that lost\n")
        .append("their line breaks (each page run into one line, as web copies and some PDF converters give them),\n")
        .append("read by the same models. The held-out split is read by the shipped model, which never saw it.\n")
        .append("Spec: `src/main/resources/eval/families.spec`.\n\n");
    Set<String> splits = new LinkedHashSet<>();
    Map<String, Map<String, Row>> byFigure = new LinkedHashMap<>();
    for (Row r : families.rows()) {
      splits.add(r.key().get(0));
      byFigure.computeIfAbsent(r.key().get(1), f -> new LinkedHashMap<>()).put(r.key().get(0), r);
    }
    md.append("| figure |");
    for (String split : splits) {
      Row any = families.rows().stream().filter(r -> r.key().get(0).equals(split)).findFirst().orElseThrow();
      md.append(' ').append(split).append(" (").append(figure(families, any, "papers")).append(" papers) |");
    }
    md.append("\n|---|").append("---:|".repeat(splits.size())).append('\n');
    byFigure.forEach((name, rows) -> {
      md.append("| ").append(name.replace('-', ' ')).append(" |");
      for (String split : splits) {
        md.append(' ').append(figure(families, rows.get(split), "value")).append(" |");
      }
      md.append('\n');
    });
    md.append('\n');
  }

  private void translationSection(StringBuilder md) {
    md.append("## Translations linked\n\n")
        .append("`council-search eval-versions` on the English, French and Spanish papers of\n")
        .append("`src/test/resources/languages/` (bundled in the jar): precision and recall of the pairs of language\n")
        .append("versions linked, and of the paragraph links (the opening passage of each numbered paragraph to the\n")
        .append("paragraph of the other version that the gold names, a split paragraph included), and the share of\n")
        .append("pairs whose numbering is judged to agree or differ as the gold has it. The split is as for the\n")
        .append("families. Spec: `src/main/resources/eval/translations.spec`.\n\n");
    Set<String> splits = new LinkedHashSet<>();
    Map<String, Map<String, Row>> byFigure = new LinkedHashMap<>();
    for (Row r : translations.rows()) {
      splits.add(r.key().get(0));
      byFigure.computeIfAbsent(r.key().get(1), f -> new LinkedHashMap<>()).put(r.key().get(0), r);
    }
    md.append("| figure |");
    for (String split : splits) {
      Row any = translations.rows().stream().filter(r -> r.key().get(0).equals(split)).findFirst().orElseThrow();
      md.append(' ').append(split).append(" (").append(figure(translations, any, "pairs")).append(" pairs) |");
    }
    md.append("\n|---|").append("---:|".repeat(splits.size())).append('\n');
    byFigure.forEach((name, rows) -> {
      md.append("| ").append(name.replace('-', ' ')).append(" |");
      for (String split : splits) {
        md.append(' ').append(figure(translations, rows.get(split), "value")).append(" |");
      }
      md.append('\n');
    });
    md.append('\n');
  }

  private static void recordingSection(StringBuilder md) {
    md.append("## Reproducing and recording\n\n")
        .append("From the root of a checkout, after `mvn -B -q package -DskipTests`:\n\n")
        .append("```\n")
        .append("java -jar target/council-search.jar index\n")
        .append("java -jar target/council-search.jar eval                      # every judged set in the spec\n")
        .append("java -jar target/council-search.jar eval-ner                  # held out: trains 5 models, about a minute\n")
        .append("java -jar target/council-search.jar eval-ner --shipped-model\n")
        .append("java -jar target/council-search.jar eval-families\n")
        .append("java -jar target/council-search.jar eval-versions\n")
        .append("```\n\n")
        .append("When a change moves a figure on purpose, record the new measurement with the same command and\n")
        .append("`--update-spec` (it rewrites `src/main/resources/eval/NAME.spec`), regenerate this page with\n")
        .append("`java -jar target/council-search-bench.jar docs`, and commit both with the change. `FiguresDocsTest`\n")
        .append("fails while this page differs from what the specs give.\n\n")
        .append("Adding a row is adding a line to a spec (`KEYS | FIGURES`, columns as in its header):\n\n")
        .append("- a judged set: add `src/main/resources/eval/queries-SET.json`, then\n")
        .append("  `council-search eval --queries SET --update-spec`;\n")
        .append("- a language of the entity gold set: add gold lines with `\"language\": \"fr\"`, then\n")
        .append("  `council-search eval-ner --update-spec` (and `--shipped-model --update-spec`);\n")
        .append("- a family fixture: add `NAME.txt` and `NAME.gold.json` to a split, then\n")
        .append("  `council-search eval-families --update-spec`.\n");
  }

  private static String figure(FigureSpec spec, Row row, String column) {
    if (row == null) {
      return "";
    }
    return row.figures().get(spec.figureColumns().indexOf(column));
  }

  private static String percent(String share) {
    if (!share.contains(".")) {
      return share;
    }
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * Double.parseDouble(share));
  }
}
