package org.councilsearch.export;

/**
 * Makes a cell safe to open in a spreadsheet. A cell that begins with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return is read as a formula by Excel, LibreOffice and Google
 * Sheets, and a passage or a query can begin so; such a cell gets a leading apostrophe, which the
 * spreadsheets show as text (OWASP's advice on CSV injection). Every CSV the product writes goes
 * through here.
 */
public final class CsvCells {
  private CsvCells() {}

  /** {@code value} as a cell no spreadsheet runs; null becomes the empty cell. */
  public static String neutralize(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return switch (first) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }
}
