#include "CTextTools.h"

#include <libstemmer.h>
#include <unicode/ubrk.h>
#include <unicode/utypes.h>

int32_t ctt_sentence_boundaries(const char *locale, const uint16_t *text, int32_t length,
                                int32_t *boundaries, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status) || iterator == NULL) return -1;
    int32_t count = 0;
    for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
        if (count < capacity) boundaries[count] = boundary;
        count += 1;
    }
    ubrk_close(iterator);
    return count;
}

void *ctt_stemmer_new(const char *language) { return sb_stemmer_new(language, "UTF_8"); }

void ctt_stemmer_delete(void *stemmer) {
    if (stemmer != NULL) sb_stemmer_delete((struct sb_stemmer *)stemmer);
}

const uint8_t *ctt_stem(void *stemmer, const uint8_t *word, int32_t size, int32_t *length) {
    const sb_symbol *stem = sb_stemmer_stem((struct sb_stemmer *)stemmer, word, size);
    if (stem == NULL) return NULL;
    *length = sb_stemmer_length((struct sb_stemmer *)stemmer);
    return stem;
}
