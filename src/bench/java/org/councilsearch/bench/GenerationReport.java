package org.councilsearch.bench;

import java.time.Duration;

/**
 * What the generator wrote.
 *
 * @param papers papers written
 * @param text plain-text papers among them
 * @param pdf PDF papers among them
 * @param docx Word papers among them
 * @param chars characters of text in all papers
 * @param bytes bytes on disk
 * @param firstYear the earliest year of a paper
 * @param lastYear the latest year of a paper
 * @param elapsed how long it took
 */
public record GenerationReport(
    int papers,
    int text,
    int pdf,
    int docx,
    long chars,
    long bytes,
    int firstYear,
    int lastYear,
    Duration elapsed) {}
