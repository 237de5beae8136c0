package org.councilsearch.cli;

import java.io.PrintWriter;
import org.councilsearch.app.ExitCodes;
import org.councilsearch.app.Services;
import org.councilsearch.batch.BadUploadException;
import org.councilsearch.index.IndexUnavailableException;
import org.councilsearch.index.SolrUnavailableException;
import org.councilsearch.ingest.CorpusNotFoundException;
import org.councilsearch.search.BadQueryException;
import org.councilsearch.search.EntityNotFoundException;
import org.councilsearch.saved.NameTakenException;
import org.councilsearch.search.PaperNotFoundException;
import org.councilsearch.state.StateUnavailableException;
import org.councilsearch.state.UnknownIdException;
import org.councilsearch.web.PortUnavailableException;
import picocli.CommandLine;

/** Builds the command line over the services, mapping each expected failure to one line and a code. */
public final class Cli {
  private Cli() {}

  /** The root command with its subcommands, each built with the services it needs. */
  public static CommandLine commandLine(Services services) {
    return commandLine(new RootCommand(), services);
  }

  /** A command line rooted at {@code root} (the benchmarks' own root), with the same handling. */
  static CommandLine commandLine(Object root, Services services) {
    CommandLine cli = new CommandLine(root, new CommandFactory(services));
    cli.setExecutionExceptionHandler(Cli::handle);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli;
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    int code = exitCode(e);
    if (code == ExitCodes.INTERNAL) {
      err.println("error: " + e);
      e.printStackTrace(err);
    } else {
      err.println("error: " + e.getMessage());
    }
    err.flush();
    return code;
  }

  private static int exitCode(Exception e) {
    if (e instanceof CorpusNotFoundException) {
      return ExitCodes.CORPUS_NOT_FOUND;
    }
    if (e instanceof BadQueryException) {
      return ExitCodes.BAD_QUERY;
    }
    if (e instanceof PaperNotFoundException) {
      return ExitCodes.PAPER_NOT_FOUND;
    }
    if (e instanceof EntityNotFoundException) {
      return ExitCodes.ENTITY_NOT_FOUND;
    }
    if (e instanceof PortUnavailableException) {
      return ExitCodes.PORT_UNAVAILABLE;
    }
    if (e instanceof IndexUnavailableException u) {
      return switch (u.reason()) {
        case MISSING -> ExitCodes.INDEX_MISSING;
        case NOT_AN_INDEX -> ExitCodes.NOT_AN_INDEX;
        case LOCKED -> ExitCodes.INDEX_LOCKED;
      };
    }
    if (e instanceof SolrUnavailableException s) {
      return switch (s.reason()) {
        case UNREACHABLE -> ExitCodes.SOLR_UNREACHABLE;
        case MISSING_COLLECTION -> ExitCodes.COLLECTION_MISSING;
        case SCHEMA_MISMATCH -> ExitCodes.SCHEMA_MISMATCH;
        case FAILED -> ExitCodes.SOLR_FAILED;
      };
    }
    if (e instanceof StateUnavailableException) {
      return ExitCodes.STATE_UNAVAILABLE;
    }
    if (e instanceof BadUploadException) {
      return ExitCodes.BAD_QUERY_FILE;
    }
    if (e instanceof UnknownIdException) {
      return ExitCodes.SAVED_SEARCH_NOT_FOUND;
    }
    if (e instanceof NameTakenException) {
      return ExitCodes.NAME_TAKEN;
    }
    return ExitCodes.INTERNAL;
  }

  /** Gives every command the services; picocli builds the rest (mixins, converters) itself. */
  private record CommandFactory(Services services) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> type) throws Exception {
      try {
        return type.getDeclaredConstructor(Services.class).newInstance(services);
      } catch (NoSuchMethodException e) {
        return CommandLine.defaultFactory().create(type);
      }
    }
  }
}
