package org.councilsearch.app;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.councilsearch.model.Paper;
import org.councilsearch.model.PaperMetadata;
import org.councilsearch.search.PaperView;

/**
 * The one JSON configuration, shared by command output, the web API and benchmark figures so
 * all print the same shapes: ISO dates, nulls kept so every key is always present, and a paper's
 * metadata (title, year, symbol ...) flat beside its id, as the API description has it.
 */
public final class Json {
  private Json() {}

  /** A new mapper; mappers are thread-safe once configured, so callers may keep one. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .addMixIn(Paper.class, FlatMetadata.class)
        .addMixIn(PaperView.class, FlatMetadata.class);
  }

  /** Writes a record's {@code metadata} component as fields of the record itself. */
  private abstract static class FlatMetadata {
    @JsonUnwrapped
    abstract PaperMetadata metadata();
  }

  /** {@code value} as indented JSON, the way commands print it. */
  public static String pretty(Object value) throws JsonProcessingException {
    return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }
}
