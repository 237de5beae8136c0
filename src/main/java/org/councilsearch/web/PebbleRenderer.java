package org.councilsearch.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the page templates with Pebble, which escapes every value as HTML unless it is a {@link
 * io.pebbletemplates.pebble.extension.escaper.SafeString} (only {@link TrustedHtml} makes those).
 * Templates are read once from the classpath and cached. Thread-safe.
 *
 * <p>Javalin's own javalin-rendering module binds Pebble 3.1 (package com.mitchellbosecke); this
 * adapter lets the server use the maintained Pebble 3.2 line instead.
 */
final class PebbleRenderer implements FileRenderer {
  private final PebbleEngine engine;

  PebbleRenderer() {
    ClasspathLoader loader = new ClasspathLoader(PebbleRenderer.class.getClassLoader());
    loader.setPrefix("org/councilsearch/web/templates");
    loader.setSuffix(".peb");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .strictVariables(true)
            .defaultLocale(Locale.ROOT)
            .build();
  }

  @Override
  public String render(String template, Map<String, ?> model, Context ctx) {
    StringWriter out = new StringWriter();
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> values = (Map<String, Object>) model;
      engine.getTemplate(template).evaluate(out, values);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
