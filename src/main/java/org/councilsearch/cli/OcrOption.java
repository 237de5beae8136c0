package org.councilsearch.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.councilsearch.ingest.OcrSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The OCR options shared by the commands that index papers. */
final class OcrOption {
  @Option(
      names = "--ocr-page-timeout",
      paramLabel = "SECONDS",
      defaultValue = "60",
      description =
          "Give up on a scanned page whose OCR takes longer; the rest of the paper is indexed"
              + " (default: ${DEFAULT-VALUE}).")
  long pageTimeoutSeconds;

  @Option(
      names = "--ocr-languages",
      paramLabel = "LANGS",
      defaultValue = "eng+fra+spa",
      description =
          "Tesseract language packs to read scans with; those not installed are left out"
              + " (default: ${DEFAULT-VALUE}).")
  String languages;

  @Option(
      names = "--tesseract",
      paramLabel = "DIR",
      description = "Folder holding the tesseract program (default: found on the PATH).")
  Path tesseractDir;

  /** The settings, or a usage error naming the bad option. */
  OcrSettings settings(CommandLine commandLine) {
    if (pageTimeoutSeconds < 1) {
      throw new CommandLine.ParameterException(commandLine, "--ocr-page-timeout must be at least 1");
    }
    List<String> langs =
        Arrays.stream(languages.split("[+,\\s]+")).filter(l -> !l.isBlank()).toList();
    if (langs.isEmpty() || langs.stream().anyMatch(l -> !l.matches("[A-Za-z_]{2,20}"))) {
      throw new CommandLine.ParameterException(
          commandLine, "--ocr-languages takes Tesseract language codes such as eng+fra+spa");
    }
    return new OcrSettings(tesseractDir, langs, Duration.ofSeconds(pageTimeoutSeconds));
  }
}
