//! The built-in facts' ids and names as one lowercase text, written at compile time, which
//! `Registry::matching` searches at once.
//!
//! Searching each fact's id and name on its own cost about 370 instructions a fact, most of
//! it memmem's set-up for a haystack of 30 to 60 bytes, and lowercasing each name: 164,000
//! of the 736,000 instructions of `awscalc facts dynamodb` (callgrind, docs/performance.md,
//! "Fifth round"). One search over this text costs a few instructions a fact.

use super::Fact;

/// Written after each id and name, so that no match spans two of them (a filter that holds
/// it is searched fact by fact).
pub(super) const SEPARATOR: u8 = b'\n';

/// A text of facts' ids and names, and where each fact's part of it ends.
pub(super) struct Index {
    /// Each fact's id and name, ASCII-lowercased, each followed by [`SEPARATOR`], in
    /// registry order. Only ASCII letters have a case in any name (test
    /// `names_lowercase_the_same_by_ascii_and_unicode`), so this is each name's lowercase.
    pub(super) text: &'static [u8],
    /// For each fact, in registry order, the offset in `text` where its part ends.
    pub(super) ends: &'static [u32],
}

/// Its size, not its 35 KB of text (a `Registry` holds one).
impl std::fmt::Debug for Index {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Index")
            .field("facts", &self.ends.len())
            .field("bytes", &self.text.len())
            .finish()
    }
}

impl Index {
    /// The facts, of `all` (the registry's facts in order), whose text holds `needle`
    /// (lowercase, without [`SEPARATOR`]).
    pub(super) fn matching(
        &self,
        needle: &[u8],
        all: impl Iterator<Item = &'static Fact>,
    ) -> Vec<&'static Fact> {
        let finder = memchr::memmem::Finder::new(needle);
        let mut found = Vec::new();
        let mut facts = all.zip(self.ends);
        let mut start = 0;
        while let Some(at) = finder.find(&self.text[start..]) {
            // The fact whose text holds the match; the search goes on after it.
            let Some((fact, &end)) = facts.find(|&(_, &end)| start + at < end as usize) else {
                break;
            };
            found.push(fact);
            start = end as usize;
        }
        found
    }
}

/// How many facts `services` hold.
pub(super) const fn fact_count(services: &[&[Fact]]) -> usize {
    let mut count = 0;
    let mut s = 0;
    while s < services.len() {
        count += services[s].len();
        s += 1;
    }
    count
}

/// The text of `services`' facts; `LEN` is where [`ends`] says the last one ends.
pub(super) const fn text<const LEN: usize>(services: &[&[Fact]]) -> [u8; LEN] {
    let mut text = [0; LEN];
    let mut at = 0;
    let mut s = 0;
    while s < services.len() {
        let mut f = 0;
        while f < services[s].len() {
            let fact = &services[s][f];
            at = push_lowercase(&mut text, at, fact.id.as_bytes());
            at = push_lowercase(&mut text, at, fact.name.as_bytes());
            f += 1;
        }
        s += 1;
    }
    assert!(at == LEN, "LEN is not the text's length");
    text
}

/// Where each fact's text ends, in registry order; `COUNT` is [`fact_count`] of them.
pub(super) const fn ends<const COUNT: usize>(services: &[&[Fact]]) -> [u32; COUNT] {
    let mut ends = [0; COUNT];
    let mut end = 0;
    let mut n = 0;
    let mut s = 0;
    while s < services.len() {
        let mut f = 0;
        while f < services[s].len() {
            let fact = &services[s][f];
            end += fact.id.len() + fact.name.len() + 2;
            assert!(
                end <= u32::MAX as usize,
                "the text is too long for its offsets"
            );
            // Checked just above: the offset fits.
            #[allow(clippy::cast_possible_truncation)]
            {
                ends[n] = end as u32;
            }
            n += 1;
            f += 1;
        }
        s += 1;
    }
    assert!(n == COUNT, "COUNT is not the number of facts");
    ends
}

/// Writes `bytes`, ASCII-lowercased, and a [`SEPARATOR`] into `text` at `at`; returns the
/// offset after them.
const fn push_lowercase<const LEN: usize>(text: &mut [u8; LEN], at: usize, bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        text[at + i] = bytes[i].to_ascii_lowercase();
        i += 1;
    }
    text[at + bytes.len()] = SEPARATOR;
    at + bytes.len() + 1
}
