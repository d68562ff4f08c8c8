//! The random source: a seeded ChaCha8 generator, the same on every platform,
//! and small helpers that only draw 32-bit values so results do not depend on
//! the width of `usize`.

use rand::Rng as _;

/// The generator every part of the crate draws from.
pub type Rng = rand_chacha::ChaCha8Rng;

/// A generator seeded from `seed`.
pub fn seeded(seed: u64) -> Rng {
    use rand::SeedableRng;
    rand_chacha::ChaCha8Rng::seed_from_u64(seed)
}

/// A uniform index below `len` (which must be positive).
pub fn index(rng: &mut Rng, len: usize) -> usize {
    debug_assert!(len > 0);
    rng.random_range(0..len as u32) as usize
}

/// A uniform element of a non-empty slice.
pub fn pick<T: Copy>(rng: &mut Rng, items: &[T]) -> T {
    items[index(rng, items.len())]
}

/// A uniform value in `lo..=hi`.
pub fn between(rng: &mut Rng, lo: u32, hi: u32) -> u32 {
    rng.random_range(lo..=hi)
}

/// `count` distinct indices below `len`, in random order.
pub fn distinct(rng: &mut Rng, len: usize, count: usize) -> Vec<usize> {
    let mut all: Vec<usize> = (0..len).collect();
    shuffle(rng, &mut all);
    all.truncate(count);
    all
}

/// Fisher–Yates shuffle drawing 32-bit indices.
pub fn shuffle<T>(rng: &mut Rng, items: &mut [T]) {
    for i in (1..items.len()).rev() {
        let j = index(rng, i + 1);
        items.swap(i, j);
    }
}
