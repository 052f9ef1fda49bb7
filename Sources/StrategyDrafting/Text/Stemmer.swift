internal import CTextTools

/// The Snowball stemmer of a language (libstemmer: Porter's Snowball algorithms, German and
/// English), for matching a drafted span to a node by its word stems. Not thread-safe: one
/// per drafting run.
final class Stemmer {
    private let stemmer: UnsafeMutableRawPointer?

    init(_ language: DraftLanguage) {
        stemmer = ctt_stemmer_new(language == .de ? "german" : "english")
    }

    deinit { ctt_stemmer_delete(stemmer) }

    /// The stem of a lowercased word; the word itself when the stemmer is unavailable.
    func stem(_ word: String) -> String {
        guard let stemmer else { return word }
        let bytes = Array(word.utf8)
        var length: Int32 = 0
        guard let result = bytes.withUnsafeBufferPointer({ buffer in
            ctt_stem(stemmer, buffer.baseAddress, Int32(buffer.count), &length)
        }) else { return word }
        return String(decoding: UnsafeBufferPointer(start: result, count: Int(length)), as: UTF8.self)
    }
}
