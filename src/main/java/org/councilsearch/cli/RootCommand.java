package org.councilsearch.cli;

import picocli.CommandLine.Command;

/** council-search: the root of the command line. */
@Command(
    name = "council-search",
    mixinStandardHelpOptions = true,
    version = "council-search 0.1.0",
    description = "Index council papers and search them paragraph by paragraph.",
    subcommands = {
      IndexCommand.class,
      SolrConfigCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      EntitiesCommand.class,
      EntityCommand.class,
      CollaborationsCommand.class,
      ServeCommand.class,
      SavedCommand.class,
      AlertsCommand.class,
      BatchCommand.class,
      EvalCommand.class,
      EvalNerCommand.class,
      EvalFamiliesCommand.class,
      TrainNerCommand.class,
      GenerateCommand.class,
      BenchCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  council-search index                      index ./corpus into ./index",
      "  council-search search female genital mutilation --year 2009",
      "  council-search show 000_4e715c5eda85927c.txt",
      "  council-search export > papers.jsonl",
      "  council-search serve                      the web page at http://127.0.0.1:7070",
      "  council-search saved add --name FGM FGM   follow a search; 'alerts' prints what is new",
      "  council-search batch --queries q.txt --out results.csv",
      "  council-search generate --papers 1000 --out /tmp/archive-1k"
    })
final class RootCommand {}
