/**
 * Training the tagger's statistical name finder: the annotated sentences bundled under {@code
 * org/councilsearch/nlp/ner/} (one file per corpus paper, so that a paper can be held out, plus
 * hand-written ones), a deterministic trainer, and the formatter that keeps training text in the
 * tagger's own tokens. The {@code train-ner} command drives it.
 */
package org.councilsearch.nlp.train;
