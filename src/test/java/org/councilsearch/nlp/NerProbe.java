package org.councilsearch.nlp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/** Prints what a name finder model finds in sentences given as arguments: {@code NerProbe MODEL SENTENCE...}. */
final class NerProbe {
  private NerProbe() {}

  public static void main(String[] args) throws IOException {
    TokenNameFinderModel model = NlpModels.readNameFinder(Path.of(args[0]));
    NlpModels models = NlpModels.loadWithoutNameFinder();
    TextAnalyzer analyzer = new TextAnalyzer(models);
    NameFinderME finder = new NameFinderME(model);
    for (int a = 1; a < args.length; a++) {
      for (Sentence sentence : analyzer.analyze(args[a])) {
        String[] tokens = sentence.texts();
        Span[] spans = finder.find(tokens);
        double[] probs = finder.probs(spans);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < spans.length; i++) {
          out.append(String.format(Locale.ROOT, "[%s %.2f: %s] ", spans[i].getType(), probs[i], String.join(" ", List.of(tokens).subList(spans[i].getStart(), spans[i].getEnd()))));
        }
        System.out.println(out);
      }
      finder.clearAdaptiveData();
    }
  }
}
