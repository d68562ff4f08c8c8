//! Per-article word choices ("house style"): for each group of words that
//! are interchangeable in every template that uses them ("officials" /
//! "authorities", "more than" / "over", ...), an article picks one member
//! and uses it throughout. Two stories rendered from the same template then
//! still differ in these words, which breaks up runs that would otherwise
//! repeat across events.

use crate::rng::{index, Rng};
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// Groups of interchangeable words or phrases (lowercase).
const GROUPS: &[&[&str]] = &[
    &["said", "said", "stated"],
    &["officials", "authorities"],
    &["residents", "locals", "inhabitants"],
    &["injured", "wounded"],
    &["relatives", "family members"],
    &["quickly", "rapidly", "swiftly"],
    &["began", "started"],
    &["more than", "upwards of"],
    &["at least", "no fewer than"],
    &["the area", "the district"],
    &["appealed for", "called for"],
    &["searched", "combed", "scoured"],
    &["dozens of", "scores of"],
    &["the scene", "the site"],
    &["remained", "stayed"],
    &["urged", "called on"],
    &["children", "kids"],
    &["government", "administration"],
    &["investigation", "inquiry", "probe"],
    &["expected", "likely"],
    &["gathered", "assembled"],
    &["damaged", "hit"],
    &["shortly", "soon"],
];

/// FNV-1a, for the small word table.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// For each first word: the rest of each phrase starting with it, and its group.
type Table = HashMap<&'static str, Vec<(Vec<&'static str>, usize)>, BuildHasherDefault<Fnv>>;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table::default();
        for (g, members) in GROUPS.iter().enumerate() {
            for m in *members {
                let mut words = m.split(' ');
                let first = words.next().unwrap_or_default();
                let rest: Vec<&str> = words.collect();
                let entry = t.entry(first).or_default();
                if !entry.iter().any(|(r, _)| *r == rest) {
                    entry.push((rest, g));
                }
            }
        }
        for v in t.values_mut() {
            v.sort_by_key(|(rest, _)| std::cmp::Reverse(rest.len()));
        }
        t
    })
}

/// One article's choices.
#[derive(Debug, Clone)]
pub struct Dialect {
    choice: Vec<u8>,
}

fn split_trailing(t: &str) -> (&str, &str) {
    let core = t.trim_end_matches(|c: char| !c.is_alphanumeric());
    t.split_at(core.len())
}

impl Dialect {
    /// Random choices.
    pub fn random(rng: &mut Rng) -> Dialect {
        Dialect {
            choice: GROUPS.iter().map(|g| index(rng, g.len()) as u8).collect(),
        }
    }

    /// `text` with every group member replaced by this dialect's choice.
    /// Capitalised words are replaced only at the start of a sentence, so
    /// names ("Kestrel City") are left alone.
    pub fn apply(&self, text: &str) -> String {
        let table = table();
        let tokens: Vec<&str> = text.split(' ').collect();
        let mut out = String::with_capacity(text.len() + 16);
        let mut lowered = String::new();
        let mut i = 0;
        while i < tokens.len() {
            if i > 0 {
                out.push(' ');
            }
            let t = tokens[i];
            let (core, trail) = split_trailing(t);
            let upper = core.starts_with(|c: char| c.is_uppercase());
            let key = if upper {
                let start = i == 0 || tokens[i - 1].ends_with(['.', '!', '?', ':']);
                lowered.clear();
                if start {
                    lowered.extend(core.chars().take(1).flat_map(char::to_lowercase));
                    lowered.push_str(&core[core.chars().next().map_or(0, char::len_utf8)..]);
                }
                lowered.as_str()
            } else {
                core
            };
            let mut matched = 0;
            if let Some(cands) = table.get(key) {
                for (rest, g) in cands {
                    let n = rest.len();
                    if i + n >= tokens.len() {
                        continue;
                    }
                    let ok = if n == 0 {
                        true
                    } else {
                        trail.is_empty()
                            && rest.iter().enumerate().all(|(k, w)| {
                                let tok = tokens[i + 1 + k];
                                if k + 1 == n {
                                    split_trailing(tok).0 == *w
                                } else {
                                    tok == *w
                                }
                            })
                    };
                    if ok {
                        let chosen = GROUPS[*g][self.choice[*g] as usize];
                        if upper {
                            out.push_str(&crate::lexicon::capitalise(chosen));
                        } else {
                            out.push_str(chosen);
                        }
                        out.push_str(split_trailing(tokens[i + n]).1);
                        matched = n + 1;
                        break;
                    }
                }
            }
            if matched == 0 {
                out.push_str(t);
                i += 1;
            } else {
                i += matched;
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_whole_words_and_phrases_keeping_case_and_punctuation() {
        let d = Dialect {
            choice: GROUPS.iter().map(|g| (g.len() - 1) as u8).collect(),
        };
        assert_eq!(
            d.apply("Officials said more than 40 residents, officially, were injured."),
            "Authorities stated upwards of 40 inhabitants, officially, were wounded."
        );
        assert_eq!(d.apply("Kestrel City said"), "Kestrel City stated");
    }
}
