// ICU's sentence breaks and the Snowball stemmers (libstemmer) behind plain C functions, for
// drafting circles from text. The ICU headers stay inside TextTools.c: Swift's Foundation
// carries its own ICU module whose headers clash with the system's, so no ICU type or header
// may reach Swift. Only the StrategyDrafting module imports this.
#ifndef STRATEGYCIRCLE_CTEXTTOOLS_H
#define STRATEGYCIRCLE_CTEXTTOOLS_H

#include <stdint.h>

/// The sentence boundaries of UTF-16 text under a locale's rules ("de@ss=standard" suppresses
/// breaks after the locale's known abbreviations): writes up to `capacity` boundary offsets
/// (in UTF-16 units, the first 0, the last `length`) into `boundaries` and returns how many
/// there are, or -1 when ICU fails. Call again with a larger buffer when the count exceeds it.
int32_t ctt_sentence_boundaries(const char *locale, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t capacity);

/// A Snowball stemmer for a language ("german", "english") over UTF-8, or NULL.
void *ctt_stemmer_new(const char *language);
void ctt_stemmer_delete(void *stemmer);
/// The stem of `word` (UTF-8, `size` bytes): a pointer valid until the next call on this
/// stemmer, its length in `length`; NULL when stemming fails.
const uint8_t *ctt_stem(void *stemmer, const uint8_t *word, int32_t size, int32_t *length);

#endif
