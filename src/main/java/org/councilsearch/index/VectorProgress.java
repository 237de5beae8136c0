package org.councilsearch.index;

/** Hears about the vector pass as it goes, from one thread. */
public interface VectorProgress {
  /** The pass found {@code passages} passages without a vector, in {@code papers} papers. */
  void started(long passages, int papers);

  /** {@code passages} more passages have their vector, {@code embedded} of them newly embedded. */
  void advanced(int passages, int embedded);

  /** A listener that ignores everything. */
  VectorProgress NONE =
      new VectorProgress() {
        @Override
        public void started(long passages, int papers) {}

        @Override
        public void advanced(int passages, int embedded) {}
      };
}
