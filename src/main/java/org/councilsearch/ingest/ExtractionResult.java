package org.councilsearch.ingest;

import java.util.Objects;

/**
 * What extraction got out of one file.
 *
 * @param text the body text with line breaks as extracted; never null
 * @param mediaType the detected media type, such as {@code application/pdf}
 * @param title the title stored in the file's own metadata, or null
 * @param truncated true when the character limit cut the text short
 */
public record ExtractionResult(String text, String mediaType, String title, boolean truncated) {
  public ExtractionResult {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(mediaType, "mediaType");
  }
}
