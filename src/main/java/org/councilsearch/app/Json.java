package org.councilsearch.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON writer for everything the application prints or saves (command output, benchmark
 * figures): ISO dates, nulls kept so every key is always present. One place, so that both read
 * the same way.
 */
public final class Json {
  private Json() {}

  /** A new mapper configured the application's way; mappers are cheap enough to make per use. */
  public static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new Jdk8Module())
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }
}
