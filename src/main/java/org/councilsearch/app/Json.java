package org.councilsearch.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration, shared by command output, the web API and benchmark figures so
 * all print the same shapes: ISO dates, nulls kept so every key is always present.
 */
public final class Json {
  private Json() {}

  /** A new mapper; mappers are thread-safe once configured, so callers may keep one. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** {@code value} as indented JSON, the way commands print it. */
  public static String pretty(Object value) throws JsonProcessingException {
    return mapper().writerWithDefaultPrettyPrinter().writeValueAsString(value);
  }
}
