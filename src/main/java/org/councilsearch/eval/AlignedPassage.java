package org.councilsearch.eval;

import org.councilsearch.model.PaperContent;

/**
 * A gold line with the passage it names.
 *
 * @param gold the gold line
 * @param paper the paper the passage belongs to
 * @param index the passage's position in {@code paper.passages()}
 */
record AlignedPassage(GoldPassage gold, PaperContent paper, int index) {}
