package org.councilsearch.bench;

/** The file formats the generator writes; text is most of an archive, as in real ones. */
enum PaperFormat {
  TEXT("txt"),
  PDF("pdf"),
  DOCX("docx");

  private final String extension;

  PaperFormat(String extension) {
    this.extension = extension;
  }

  String extension() {
    return extension;
  }
}
