//! Tuning of the analysis: every parameter of every stage, in one place, with
//! the value that the tests and benchmarks were run with.
//!
//! The values come from the field (WCopyfind's 6-word phrases, TextPAIR's
//! 15-word gaps, the PAN 2014 paraphrase thresholds) and were then checked on
//! the seed articles, the hand-written fixtures (`tests/fixtures`) and the
//! synthetic corpora; each doc line says what the parameter decides. None is
//! tuned to one article set: the held-out checks use data this project does
//! not have.

/// Tuning of the analysis. The defaults are the tested ones.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Words per n-gram, and so the shortest exact run that counts (WCopyfind: 6).
    pub ngram: usize,
    /// N-grams found in more places than this link each article only to the next.
    pub max_postings: usize,
    /// Shared uncommon n-grams a pair needs to be compared word for word (3: an 8-word run).
    pub min_points: usize,
    /// Shared n-grams in all (common ones included) that make a pair worth
    /// comparing word for word even if every one is common: a long run.
    pub long_run_points: usize,
    /// An n-gram is common (a possible stock phrase) in more than this many
    /// articles. Fixed, not a share of the set: so the pairs that share only
    /// stock phrases stay few however large the set grows.
    pub common: usize,
    /// Largest gap, in words on either side, bridged inside one passage.
    pub max_gap: u32,
    /// Largest substitution, in words on both sides, that is an *edit* of a
    /// verbatim passage: its words count as verbatim, and the app marks them
    /// as edited. Larger gaps inside a passage are not shared text.
    pub small_edit: u32,
    /// Words a verbatim passage of one exact run needs: a lone 6- or 7-word
    /// phrase in common ("younger people often move away to") is chance or idiom.
    pub lone_run: u32,
    /// Words under which a verbatim passage made only of common n-grams is a
    /// stock phrase, not evidence.
    pub stock_phrase: u32,
    /// Words of a sentence a verbatim run may take along at its ends before
    /// they are cut off ("…seriously hurt. The"): shared by chance.
    pub dangling: usize,
    /// The paraphrase matcher's thresholds.
    pub paraphrase: ParaphraseOptions,
    /// Smallest share an article must have in another for that one to count
    /// as a source: less is stock phrases or a quote both heard, spread over
    /// many articles, and must not add up to a derived share.
    pub min_source_share: f64,
    /// Content share from which an article is wholly derived.
    pub wholly_derived: f64,
    /// Content share from which an article is partially derived.
    pub partially_derived: f64,
    /// How hard-wrapped lines are recognised and joined.
    pub reflow: ReflowOptions,
    /// How page clutter and feed furniture are told from article text.
    pub boilerplate: BoilerplateOptions,
    /// How the lineage graph is drawn.
    pub lineage: LineageOptions,
    /// How publication times are read and the set ordered.
    pub timeline: TimelineOptions,
    /// How facts are found and grouped.
    pub facts: FactsOptions,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            ngram: 6,
            max_postings: 100,
            min_points: 3,
            long_run_points: 10,
            common: 8,
            max_gap: 15,
            small_edit: 3,
            lone_run: 8,
            stock_phrase: 15,
            dangling: 2,
            paraphrase: ParaphraseOptions::default(),
            min_source_share: 0.05,
            wholly_derived: 0.75,
            partially_derived: 0.15,
            reflow: ReflowOptions::default(),
            boilerplate: BoilerplateOptions::default(),
            lineage: LineageOptions::default(),
            timeline: TimelineOptions::default(),
            facts: FactsOptions::default(),
        }
    }
}

/// Thresholds of the paraphrase matcher ([`crate::paraphrase`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ParaphraseOptions {
    /// Cosine a sentence pair needs to seed a passage.
    pub seed_cosine: f64,
    /// Dice a sentence pair needs to seed a passage.
    pub seed_dice: f64,
    /// Cosine a sentence pair needs to extend a passage.
    pub extend_cosine: f64,
    /// Dice a sentence pair needs to extend a passage.
    pub extend_dice: f64,
    /// Pairs a run needs to stand on two seeds.
    pub min_run: usize,
    /// Cosine every pair of a shorter run needs.
    pub strong_cosine: f64,
    /// Cosine a lone sentence pair needs to stand as a passage.
    pub single_cosine: f64,
    /// Content terms each sentence of a lone pair needs.
    pub single_terms: usize,
    /// Sentences that may be skipped between two pairs of one passage.
    pub max_gap: usize,
    /// Terms in more sentences than this do not propose candidates.
    pub max_df: usize,
    /// Rare terms two articles must share to be compared sentence by sentence.
    pub min_shared_terms: usize,
    /// Rare terms two articles must share when one of them is short (at most
    /// `short_words` words): a brief has few terms to share.
    pub min_shared_terms_short: usize,
    /// Most sentences of one side that one sentence of the other may match
    /// (a merge of two or three sentences into one, or a split).
    pub max_merge: usize,
    /// Cosine a merged group must gain over its best single pair to be kept.
    pub merge_gain: f64,
    /// Content terms every sentence of a merged group must share with the
    /// sentence it merges into.
    pub merge_terms: usize,
    /// Words of the shortest shared phrase that counts as a phrase kept from
    /// the source (rewrites keep 5–8-word phrases; four words in common, "a
    /// stress fracture in", are how anyone states the fact).
    pub phrase_words: usize,
    /// Words of the shortest kept phrase in a short article: a brief
    /// compresses its source and keeps 4–8-word phrases of it.
    pub short_phrase_words: usize,
    /// Content words (not stop words, names or numbers) a kept phrase needs:
    /// "more than nine hours" or "Carrow Lane and Millbrook Road" are facts
    /// any reporter writes, "cash and jewellery from nine" is wording.
    pub phrase_content: usize,
    /// Kept phrases (outside quotation marks) a run of sentence groups needs
    /// to stand on them, however low its cosines.
    pub run_phrases: usize,
    /// Sentence groups such a run needs between two long articles: stock
    /// sentences ("some clutching pictures of missing relatives") turn up
    /// one at a time in independent reports, rewrites keep phrases all the
    /// way down.
    pub phrase_run: usize,
    /// Groups over sentences spanned, on each side, that a run without kept
    /// phrases needs: a sentence-by-sentence rewrite walks down both texts,
    /// an independent report of the same facts merges and skips.
    pub walk_density: f64,
    /// Share of seeds a run without kept phrases needs when it walks in
    /// order but not densely (the rewrite dropped or added sentences).
    pub walk_seeds: f64,
    /// Share of the article with fewer sentences that a pair's long walks
    /// (or its seed groups in runs of two or more) must cover for its walks to
    /// stand (copied sentences count).
    pub walk_coverage: f64,
    /// Share of the derived side's words in kept phrases such a run needs.
    pub run_phrase_share: f64,
    /// Articles of at most this many words are short: their evidence is
    /// weighed over the whole article, not in runs of sentences.
    pub short_words: usize,
    /// Share of the shorter article's names (people, places, organisations;
    /// idf weighted) that the other must carry for their sentences to be
    /// compared at all: fewer, and they report different events, so what
    /// they share in other words is stock phrasing.
    pub min_name_share: f64,
    /// Distinct names the shorter article needs for that test: with fewer
    /// (a one-sentence item), names cannot tell events apart.
    pub event_names: usize,
}

impl Default for ParaphraseOptions {
    fn default() -> Self {
        ParaphraseOptions {
            seed_cosine: 0.45,
            seed_dice: 0.40,
            extend_cosine: 0.20,
            extend_dice: 0.20,
            min_run: 5,
            strong_cosine: 0.55,
            single_cosine: 0.8,
            single_terms: 7,
            max_gap: 4,
            max_df: 50,
            min_shared_terms: 6,
            min_shared_terms_short: 3,
            max_merge: 3,
            merge_gain: 0.05,
            merge_terms: 2,
            phrase_words: 5,
            short_phrase_words: 4,
            phrase_content: 2,
            run_phrases: 2,
            phrase_run: 3,
            run_phrase_share: 0.12,
            walk_density: 0.65,
            walk_seeds: 0.67,
            walk_coverage: 0.5,
            short_words: 150,
            min_name_share: 0.35,
            event_names: 5,
        }
    }
}

/// How hard-wrapped text is recognised ([`crate::segment::paragraphs`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ReflowOptions {
    /// Lines a block needs before it can be hard-wrapped.
    pub min_lines: usize,
    /// Longest line, in characters, of a hard-wrapped block (feeds wrap at
    /// 64–80; a pasted paragraph per line is longer).
    pub max_width: usize,
    /// Shortest longest line of a hard-wrapped block.
    pub min_width: usize,
    /// Share of a block's lines (all but its last) that must end mid-sentence.
    pub mid_sentence_share: f64,
    /// A line shorter than this share of the block's width ends its
    /// paragraph (the short last line of a wrapped paragraph).
    pub short_line: f64,
}

impl Default for ReflowOptions {
    fn default() -> Self {
        ReflowOptions {
            min_lines: 3,
            max_width: 100,
            min_width: 40,
            mid_sentence_share: 0.5,
            short_line: 0.6,
        }
    }
}

/// How page clutter and feed furniture are recognised ([`crate::boilerplate`]).
#[derive(Debug, Clone, PartialEq)]
pub struct BoilerplateOptions {
    /// Most words of an agency credit trailer ("(Reporting by X in City;
    /// additional reporting by Z; Writing by W; Editing by V)"): four
    /// desks with two names each and their cities fit.
    pub trailer_words: usize,
    /// Most words of an update note ("(Adds company statement, 2023 fine)").
    pub note_words: usize,
    /// Most words of a page date line ("Published 11 March 2025, 14:05 |
    /// Updated 14:40"): longer, and it is a sentence.
    pub date_line_words: usize,
    /// Most words of one step of a breadcrumb trail ("KXVB News 7").
    pub crumb_step_words: usize,
    /// Paragraphs at the top of a page where a short crumb (two steps, "World
    /// › Asia", or menu items run together, "Middle EastWar") is navigation;
    /// a trail of three steps or more is navigation anywhere.
    pub crumb_top: usize,
    /// Highest number of an item in a numbered link list ("2. Council
    /// approves pool renovation"): "Most Read" lists are short.
    pub list_number: u32,
    /// Most words of a headline in a link list (a "Most Read" item, a
    /// "Related Articles" entry).
    pub headline_words: usize,
    /// Numbered headlines in a row (1., 2., 3. …) that make a link list
    /// without a heading above them; after "Most Read" or "Related" one is
    /// enough. Two in a story are as likely a short list of the story's own.
    pub list_run: usize,
    /// Most words of a call-to-action line ("Download the KXVB News 7 app
    /// for alerts", "Follow Jane Doe on Instagram").
    pub prompt_words: usize,
}

impl Default for BoilerplateOptions {
    fn default() -> Self {
        BoilerplateOptions {
            trailer_words: 40,
            note_words: 20,
            date_line_words: 16,
            crumb_step_words: 4,
            crumb_top: 2,
            list_number: 20,
            headline_words: 16,
            list_run: 3,
            prompt_words: 14,
        }
    }
}

/// How the lineage graph is drawn ([`crate::lineage`]).
#[derive(Debug, Clone, PartialEq)]
pub struct LineageOptions {
    /// Share of an article's shared material that another paper must have
    /// to be its parent: less, and the article has material from elsewhere
    /// too, so both drew on a common source.
    pub paper_coverage: f64,
    /// The same for agency copy (a wire story in the set): papers mix a
    /// wire with their own reporting and with the agency's later versions.
    pub agency_coverage: f64,
    /// Coverage within which two candidate parents tie (then agency copy,
    /// then the earliest, wins).
    pub coverage_tie: f64,
    /// Margin by which one article must cover the other's shared material
    /// (or be found in it) better for containment to set the direction.
    pub containment: f64,
    /// Words that only a paper and the article share (the paper's own
    /// additions, carried on) needed to take the paper as the parent
    /// rather than a source both drew on.
    pub private_words: usize,
    /// The same as a share of the article's shared material.
    pub private_share: f64,
    /// The share needed when the agency's own copy is in the set too: then
    /// nothing but the paper explains what only the two share.
    pub private_share_beside_agency: f64,
    /// Share of an article's body a further parent must explain beyond the
    /// first (and an agency's share for the uncredited flag and origins).
    pub min_added: f64,
    /// Paragraphs after an in-text credit that share nothing and still go
    /// to the credited agency ("…told Reuters." and the paragraph after).
    pub credit_reach: usize,
    /// Words of its own material (carried by most of the group and by no
    /// other child) each version of an inferred wire needs.
    pub version_words: f64,
}

impl Default for LineageOptions {
    fn default() -> Self {
        LineageOptions {
            paper_coverage: 0.9,
            agency_coverage: 0.25,
            coverage_tie: 0.05,
            containment: 0.15,
            private_words: 10,
            private_share: 0.3,
            private_share_beside_agency: 0.03,
            min_added: 0.05,
            credit_reach: 1,
            version_words: 20.0,
        }
    }
}

/// How publication times are read from the text ([`crate::timeline`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineOptions {
    /// Largest spread, in days, of the known dates for them to pin a week:
    /// then a bare weekday ("on Thursday") in another article is resolved
    /// against the latest of them.
    pub week_days: i64,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions { week_days: 6 }
    }
}

/// How facts are found and grouped across articles ([`crate::facts`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FactsOptions {
    /// Run the stage at all (false leaves `facts` empty: the benchmarks
    /// measure what the stage costs).
    pub enabled: bool,
    /// Words a sentence needs to be a fact (shorter ones are headings,
    /// labels and fragments).
    pub min_words: usize,
    /// Quoted words that make a direct quote.
    pub quote_words: usize,
    /// Rarest terms of each statement used to find others that may state
    /// the same fact (prefix filtering: two statements alike enough share
    /// one of them).
    pub key_terms: usize,
    /// Key terms two statements must share to be compared (fewer when one
    /// has fewer keys): one shared name alone rarely makes one fact.
    pub min_shared_keys: usize,
    /// Statements a term may be in and still be a key: a term in more is
    /// stock vocabulary of the set and finds nothing specific.
    pub max_key_df: usize,
    /// Cosine (tf-idf, idf²) at which two statements are the same fact on
    /// wording alone.
    pub same_cosine: f64,
    /// Cosine two statements need when they share two numbers.
    pub numbers_cosine: f64,
    /// Cosine two statements need when they share one number.
    pub number_cosine: f64,
    /// Cosine two statements need with no number in common (a reworded
    /// claim, or a figure that changed).
    pub words_cosine: f64,
    /// Content words (not numbers) two statements must share besides their
    /// numbers: facts that share only a number are different facts.
    pub min_shared_words: usize,
    /// Content words two statements with a changed figure must share to be
    /// one fact whose figure was updated (between articles that agree on
    /// other facts: an update, not another event).
    pub changed_words: usize,
    /// Dice of their content words (numbers left out) they need.
    pub changed_dice: f64,
    /// Word-trigram overlap (of the shorter) from which a mention is
    /// verbatim rather than reworded.
    pub verbatim_overlap: f64,
    /// Cosine (names left out) and word Dice from which two statements read
    /// alike, so that clashing names, dates or figures between them count as
    /// a vote that their articles report different events.
    pub alike: f64,
}

impl Default for FactsOptions {
    fn default() -> Self {
        FactsOptions {
            enabled: true,
            min_words: 5,
            quote_words: 3,
            key_terms: 8,
            min_shared_keys: 2,
            max_key_df: 50,
            same_cosine: 0.6,
            numbers_cosine: 0.2,
            number_cosine: 0.3,
            words_cosine: 0.4,
            min_shared_words: 2,
            changed_words: 3,
            changed_dice: 0.4,
            verbatim_overlap: 0.7,
            alike: 0.4,
        }
    }
}
