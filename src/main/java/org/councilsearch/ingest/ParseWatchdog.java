package org.councilsearch.ingest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Runs each parse on a worker thread and waits for it no longer than the file's timeout, plus one
 * OCR page timeout for every page the parse has begun (each page's own limit is enforced by
 * Tesseract's process; this one bounds everything else). A parse past its time is abandoned with
 * one line saying so; its thread is left to finish, since Java cannot stop it.
 *
 * <p>Thread-safe: one instance serves every indexing thread.
 */
final class ParseWatchdog {
  /** Names threads for thread dumps across all instances, so they never share a name. */
  private static final AtomicInteger THREAD_COUNT = new AtomicInteger();

  private final Duration timeout;
  private final Duration pageTimeout;
  private final ExecutorService workers;

  ParseWatchdog(Duration timeout, Duration pageTimeout) {
    this.timeout = timeout;
    this.pageTimeout = pageTimeout;
    // No queue and no fixed size: a parse stuck past its timeout keeps its thread (Java cannot
    // stop it), and a fixed pool would let a few such files starve every later file. Live threads
    // are bounded by the callers' own threads plus the stuck ones; idle threads die after 30 s.
    this.workers =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            task -> {
              Thread thread = new Thread(task, "extract-" + THREAD_COUNT.incrementAndGet());
              // Daemon, so that a parse stuck in a loop never keeps the JVM from exiting.
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Runs {@code parse} on a worker and returns its result in time, or throws.
   *
   * @param notStarted run when no worker could take the parse (what the parse would have closed)
   * @param pagesBegun OCR pages the parse has begun so far, read while it runs
   * @param failure the reason for anything {@code parse} threw other than an {@link
   *     ExtractionException}, which passes through as it is
   */
  <T> T run(
      Callable<T> parse,
      Runnable notStarted,
      IntSupplier pagesBegun,
      Function<Throwable, ExtractionException> failure)
      throws ExtractionException {
    Future<T> future;
    try {
      future = workers.submit(parse);
    } catch (RejectedExecutionException e) {
      notStarted.run();
      throw new ExtractionException(
          "cannot start extraction: " + ExtractionFailures.shortCause(e), e);
    }
    return await(future, pagesBegun, failure);
  }

  private <T> T await(
      Future<T> future, IntSupplier pagesBegun, Function<Throwable, ExtractionException> failure)
      throws ExtractionException {
    long start = System.nanoTime();
    try {
      while (true) {
        long deadline = deadline(pagesBegun);
        long left = deadline - (System.nanoTime() - start);
        try {
          return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          if (deadline(pagesBegun) == deadline) {
            throw e;
          }
        }
      }
    } catch (TimeoutException e) {
      // Interrupting is a request only: most parsers never look. The stream stays with the worker,
      // which closes it whenever the parse ends.
      future.cancel(true);
      throw new ExtractionException(
          "extraction took longer than "
              + ExtractionFailures.seconds(timeout)
              + "; the file may be damaged (raise --timeout to allow more)");
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException("extraction was interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ExtractionException) {
        throw (ExtractionException) cause;
      }
      // Thrown on the worker outside the parser, say an OutOfMemoryError while copying the text.
      throw failure.apply(cause);
    }
  }

  /** Nanoseconds from the start: the file's timeout, and a page timeout per page begun. */
  private long deadline(IntSupplier pagesBegun) {
    return timeout.toNanos() + pagesBegun.getAsInt() * pageTimeout.toNanos();
  }
}
