package org.councilsearch.nlp.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.councilsearch.model.Entities;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.model.Passage;
import org.councilsearch.model.PassageKind;
import org.councilsearch.nlp.DateFinder;
import org.councilsearch.nlp.Gazetteer;
import org.councilsearch.nlp.NlpModels;
import org.councilsearch.nlp.OpenNlpTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;

class NerTrainerTest {
  private static final Path COMMITTED = Path.of("src/main/resources", NlpModels.NAME_FINDER_RESOURCE);

  @TempDir Path dir;

  @Test
  void theSameFilesGiveTheSameModelByteForByte() throws IOException {
    NerTrainer trainer = new NerTrainer();
    List<NerSource> sources = List.of(NerSource.bundled("corpus-2012.txt"));
    TrainingReport first = trainer.trainAndWrite(sources, dir.resolve("a.bin"));
    TrainingReport second = trainer.trainAndWrite(sources, dir.resolve("b.bin"));
    assertThat(first.sha256()).isEqualTo(second.sha256()).hasSize(64);
    assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(Files.readAllBytes(dir.resolve("b.bin")));
    assertThat(first.sources()).containsExactly("corpus-2012.txt");
    assertThat(first.sentences()).containsEntry("corpus-2012.txt", 58);
    assertThat(first.entities()).containsKeys("organization", "event", "place");
    assertThat(first.bytes()).isEqualTo(Files.size(dir.resolve("a.bin")));
    // What was written reads back as a model.
    assertThat(NlpModels.readNameFinder(dir.resolve("a.bin"))).isNotNull();
  }

  @Test
  void ourFeaturesAreOpenNlpsDefaultFeatures() throws IOException {
    NlpModels.allowOwnFeatures();
    NameContextGenerator ours = new TokenNameFinderFactory(NerTrainer.features(), Map.of(), new BioCodec()).createContextGenerator();
    NameContextGenerator openNlps = new TokenNameFinderFactory().createContextGenerator();
    List<String[]> sentences = List.of(
        "The Inter-Parliamentary Union ( IPU ) and UN - Women met in Geneva on 3 May 2011 .".split(" "),
        "IPU staff , Ms. Michelle Bachelet and the Unit attended .".split(" "),
        "Geneva".split(" "));
    for (String[] tokens : sentences) {
      String[] outcomes = new String[tokens.length];
      for (int i = 0; i < tokens.length; i++) {
        assertThat(ours.getContext(i, tokens, outcomes, null))
            .as("token %d of %s", i, String.join(" ", tokens))
            .containsExactly(openNlps.getContext(i, tokens, outcomes, null));
        outcomes[i] = i % 3 == 1 ? "organization-start" : "other";
      }
      // What the finder learnt of the sentence (a previous-outcome feature) must carry over alike.
      ours.updateAdaptiveData(tokens, outcomes);
      openNlps.updateAdaptiveData(tokens, outcomes);
    }
  }

  @Test
  void holdsOutANamedPaper() {
    assertThat(NerSource.allBundledExcept("corpus-2009.txt"))
        .extracting(NerSource::name)
        .containsExactly("corpus-2003.txt", "corpus-2005.txt", "corpus-2011.txt", "corpus-2012.txt", "written.txt");
    assertThat(NerSource.allBundled()).hasSize(6);
    assertThatThrownBy(() -> NerSource.allBundledExcept("corpus-1999.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("corpus-1999.txt");
  }

  @Test
  void aModelTrainedWithoutAPaperTagsThatPaper() throws IOException {
    TokenNameFinderModel without2011 = new NerTrainer().train(NerSource.allBundledExcept("corpus-2011.txt"));
    OpenNlpTagger tagger = new OpenNlpTagger(NlpModels.load().withNameFinder(without2011), Gazetteer.load(), new DateFinder());
    Paper paper = new Paper("p", "p.txt", "text/plain", new PaperMetadata("GENDER COORDINATION REPORT 2011", 2011, null, null, null, null, null), "");
    String text =
        "On two occasions, in November 2010 and July 2011, the Unit took part in informal briefings with the"
            + " Under-Secretary-General of UN-Women, Ms. Michelle Bachelet, to discuss respective mandates.";
    Entities e = tagger.tag(paper, List.of(new Passage("p-0", "p", 0, "12", PassageKind.PARAGRAPH, List.of(), text))).get(0);
    assertThat(e.people()).containsExactly("Michelle Bachelet");
    assertThat(e.organizations()).extracting(o -> o.acronym()).contains("UN-Women");
  }

  @Test
  void theCommittedModelIsWhatTheBundledFilesTrain() throws IOException {
    TrainingReport report = new NerTrainer().trainAndWrite(NerSource.allBundled(), dir.resolve("model.bin"));
    assertThat(report.sha256())
        .as("the committed model is stale: run train-ner from the project root")
        .isEqualTo(NerTrainer.sha256(Files.readAllBytes(COMMITTED)));
    assertThat(report.bytes()).isLessThan(5L * 1024 * 1024);
    assertThat(report.sentences().get("written.txt")).isGreaterThanOrEqualTo(300);
    assertThat(report.entities()).containsOnlyKeys("organization", "person", "event", "place");
  }
}
