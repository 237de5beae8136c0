package org.councilsearch.nlp.train;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one training run used and produced.
 *
 * @param sources the training files, in order
 * @param sentences sentences read, per file name
 * @param entities names read, per type ("organization", "person", "event", "place")
 * @param model where the model was written
 * @param bytes the model's size
 * @param sha256 the model file's SHA-256, in lower-case hex: the same sources give the same digest
 */
public record TrainingReport(
    List<String> sources, Map<String, Integer> sentences, Map<String, Integer> entities, Path model, long bytes, String sha256) {
  public TrainingReport {
    sources = List.copyOf(sources);
    // Copies that keep the order given: files as trained, types as counted.
    sentences = Collections.unmodifiableMap(new LinkedHashMap<>(sentences));
    entities = Collections.unmodifiableMap(new LinkedHashMap<>(entities));
  }

  /** Sentences over all files. */
  public int totalSentences() {
    return sentences.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Names over all types. */
  public int totalEntities() {
    return entities.values().stream().mapToInt(Integer::intValue).sum();
  }
}
