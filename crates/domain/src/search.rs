//! Text search that treats Persian spelling variants as equal: Arabic ي/ى and ك as Persian ی and
//! ک, the zero-width non-joiner and other invisible marks ignored, diacritics and tatweel
//! removed, Persian and Arabic-Indic digits as Latin ones, Latin letters case-folded.
//!
//! Texts are normalised once into an index; a query is normalised once per keystroke and
//! matched on bytes, so a search allocates nothing per entry.

/// Normalises `text` for matching (see the module docs).
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last_space = true;
    for c in text.chars() {
        let mapped = match c {
            'ي' | 'ى' | 'ئ' => 'ی',
            'ك' => 'ک',
            'ۀ' | 'ة' => 'ه',
            'أ' | 'إ' | 'ٱ' | 'آ' => 'ا',
            'ؤ' => 'و',
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            // Diacritics, tatweel, and invisible joiners and marks: dropped.
            '\u{064B}'..='\u{065F}'
            | '\u{0670}'
            | '\u{0640}'
            | '\u{200B}'..='\u{200F}'
            | '\u{FEFF}' => continue,
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if mapped == ' ' {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
            continue;
        }
        last_space = false;
        if mapped.is_ascii() {
            out.push(mapped.to_ascii_lowercase());
        } else {
            out.extend(mapped.to_lowercase());
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
    out
}

/// Persian affixes written joined, with a zero-width non-joiner, or apart ("احساس‌ها",
/// "احساسها", "احساس ها"; "می‌روم", "می روم"): in a query they are joined to their word, so every
/// spelling asks the same thing.
const SUFFIXES: &[&str] = &[
    "ها", "های", "هایی", "هایم", "هایت", "هایش", "تر", "ترین", "ای", "اید", "ایم",
];
const PREFIXES: &[&str] = &["می", "نمی"];

fn join_affixes<'a>(words: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut pending_prefix = String::new();
    for w in words {
        if SUFFIXES.contains(&w)
            && pending_prefix.is_empty()
            && let Some(last) = out.last_mut()
        {
            last.push_str(w);
            continue;
        }
        if PREFIXES.contains(&w) {
            pending_prefix.push_str(w);
            continue;
        }
        out.push(std::mem::take(&mut pending_prefix) + w);
    }
    if !pending_prefix.is_empty() {
        out.push(pending_prefix);
    }
    out
}

/// Normalised texts to search, one per item, built once; each also without spaces, so that
/// "کتاب ها", "کتاب‌ها" and "کتابها" (space, zero-width non-joiner, nothing) all match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    texts: Vec<String>,
    compact: Vec<String>,
}

impl SearchIndex {
    /// Builds the index from each item's searchable text.
    pub fn new<'a>(items: impl IntoIterator<Item = &'a str>) -> Self {
        let texts: Vec<String> = items.into_iter().map(normalize).collect();
        let compact = texts.iter().map(|t| t.replace(' ', "")).collect();
        SearchIndex { texts, compact }
    }

    /// Indexes of the items containing every word of `query` (all items for an empty query).
    pub fn search(&self, query: &str) -> Vec<usize> {
        let q = normalize(query);
        let words = join_affixes(q.split(' ').filter(|w| !w.is_empty()));
        // One prepared substring searcher per word, reused over every text (a keystroke scans
        // megabytes: preparing the needle once per text was most of the cost).
        let finders: Vec<memchr::memmem::Finder> = words
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect();
        self.texts
            .iter()
            .zip(&self.compact)
            .enumerate()
            .filter(|(_, (t, c))| {
                finders
                    .iter()
                    .all(|f| f.find(t.as_bytes()).is_some() || f.find(c.as_bytes()).is_some())
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// How many items are indexed.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether nothing is indexed.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn persian_variants_normalise_alike() {
        // Arabic yeh and kaf, ZWNJ, diacritics and tatweel, Persian and Latin digits.
        assert_eq!(normalize("كتاب‌هاي"), normalize("کتابهای"));
        assert_eq!(normalize("مَدرِسه"), normalize("مدرسه"));
        assert_eq!(normalize("مـــدرسه"), normalize("مدرسه"));
        assert_eq!(normalize("۱۲ دقیقه"), normalize("12 دقیقه"));
        assert_eq!(normalize("٣"), "3");
        assert_eq!(normalize("  I-Messages\tNow "), "i-messages now");
    }

    #[test]
    fn every_query_word_must_match() {
        let idx = SearchIndex::new(["پیام من (I-message)", "گوش دادن فعال", "کنترل خشم"]);
        assert_eq!(idx.search("پيام"), [0]);
        assert_eq!(idx.search("i-MESSAGE"), [0]);
        assert_eq!(idx.search("گوش فعال"), [1]);
        assert_eq!(idx.search("گوش خشم"), Vec::<usize>::new());
        assert_eq!(idx.search("  ").len(), 3);
        // Space, zero-width non-joiner or nothing between the parts of a word: all the same.
        let idx = SearchIndex::new(["کتاب‌های خوب", "کتاب ها", "کتابها"]);
        for q in ["کتاب‌ها", "کتاب ها", "کتابها", "كتابها"] {
            assert_eq!(idx.search(q), [0, 1, 2], "{q}");
        }
        let idx = SearchIndex::new(["ما با هم می‌خوانیم", "احساس ها را نام ببریم", "هیچ"]);
        assert_eq!(idx.search("می خوانیم"), [0]);
        assert_eq!(idx.search("میخوانیم"), [0]);
        assert_eq!(idx.search("احساس‌ها"), [1]);
        assert_eq!(idx.search("ها"), [1], "an affix alone is still a word");
    }
}
