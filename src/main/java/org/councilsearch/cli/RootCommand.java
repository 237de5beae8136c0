package org.councilsearch.cli;

import picocli.CommandLine.Command;

/** council-search: the root of the command line. */
@Command(
    name = "council-search",
    mixinStandardHelpOptions = true,
    version = "council-search 0.1.0",
    description = "Index council papers and search them paragraph by paragraph.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:indexing finished, but some files could not be read (each is named)",
      "2:wrong flags or arguments",
      "3:corpus directory not found; for `alerts`: saved searches have new passages",
      "4:no index yet: run `index` first",
      "5:the index directory holds something that is not an index (left untouched)",
      "6:the index is locked by another running indexer",
      "7:the query cannot be read",
      "8:no such paper",
      "9:no such organization, place, event or person",
      "10:`serve` cannot listen on the host and port asked for",
      "11:no SolrCloud node answers at the --solr URLs",
      "12:no collection or alias of that --collection name (build it with `index --solr ... --full`)",
      "13:the collection was built with another schema version (rebuild it with --full)",
      "14:the SolrCloud refused or failed a request (the message gives its reason)",
      "15:an evaluation measured figures that differ from its spec (each is named, with how to record it)",
      "16:the state directory (saved and batch searches) cannot be used (see --state-dir)",
      "17:a file of batch queries cannot be taken (empty, not text, too many rows, a row too long)",
      "18:no saved search has that name",
      "19:a saved search has that name already",
      "70:a fault of ours or of the machine (disk full, a bug): the message says which"
    },
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
      EvalTranslationsCommand.class,
      TrainNerCommand.class,
      TrainRolesCommand.class
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
      "  council-search batch --queries q.txt --out results.csv"
    })
final class RootCommand {}
