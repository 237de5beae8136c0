package org.councilsearch.ingest;

import java.nio.file.Path;

/**
 * A file found in the corpus directory.
 *
 * @param path where it is on disk
 * @param source its name relative to the corpus directory, with '/' separators: how users name it
 * @param size its size in bytes
 */
public record CorpusFile(Path path, String source, long size) {}
