//! Table words indexed by their first (or last) character, longest first, so that
//! matching a word at a position looks at a handful of candidates, not the whole table.

use std::collections::HashMap;

pub struct WordIndex<T: Copy> {
    by_char: HashMap<char, Vec<(&'static str, T)>>,
}

impl<T: Copy> WordIndex<T> {
    /// Index `words` by their first character, or by their last when `by_last`.
    pub fn new(words: &[(&'static str, T)], by_last: bool) -> Self {
        let mut by_char: HashMap<char, Vec<(&'static str, T)>> = HashMap::new();
        for &(w, t) in words {
            let key = if by_last {
                w.chars().next_back()
            } else {
                w.chars().next()
            };
            if let Some(c) = key {
                by_char.entry(c).or_default().push((w, t));
            }
        }
        for list in by_char.values_mut() {
            list.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        }
        WordIndex { by_char }
    }

    /// The longest word that `text` starts with.
    pub fn prefix_of(&self, text: &str) -> Option<(&'static str, T)> {
        let c = text.chars().next()?;
        self.by_char
            .get(&c)?
            .iter()
            .copied()
            .find(|(w, _)| text.starts_with(w))
    }

    /// The longest word that `text` ends with (for an index built `by_last`).
    pub fn suffix_of(&self, text: &str) -> Option<(&'static str, T)> {
        let c = text.chars().next_back()?;
        self.by_char
            .get(&c)?
            .iter()
            .copied()
            .find(|(w, _)| text.ends_with(w))
    }
}
