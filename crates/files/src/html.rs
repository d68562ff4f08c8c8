//! Saved web pages: a news page's article text, title, publication time,
//! address and outlet, without the page around it.
//!
//! Algorithm (after Readability.js):
//! 1. **Parse.** `html5gum`, a WHATWG-compliant tokenizer (entities decoded,
//!    `<script>`/`<style>` read as raw text), feeds a small tree builder
//!    here: void elements, `<p>`/`<li>`/`<dt>`/`<dd>` closed when the next
//!    block opens, end tags close back to their element, stray end tags are
//!    ignored. Comments and doctypes are dropped.
//! 2. **Metadata** from `<meta>` (`og:title`, `og:url`, `og:site_name`,
//!    `article:published_time`, `itemprop=datePublished`), `<link
//!    rel=canonical>`, `<title>`, `<h1>`, JSON-LD (`NewsArticle` and kin:
//!    `headline`, `datePublished`, `articleBody`, `publisher.name`) and the
//!    article's `<time datetime>`, in that order of preference. Times are
//!    kept only when [`wiretrace_engine::published::parse`] reads them.
//! 3. **Clutter** is marked top-down: elements that are never article text
//!    (`script`, `nav`, `header`, `footer`, `aside`, `form`, `figure`,
//!    `amp-*`, hidden ones, navigation roles) and elements whose class or id
//!    names share bars, related or recommended lists, comments, newsletter,
//!    cookie and paywall boxes, ads, tickers, bylines or captions.
//! 4. **Container**: the largest `[itemprop=articleBody]`, else the largest
//!    `<article>` (or the parent of several, for a live page), else the
//!    best-scored parent of paragraphs (one point per paragraph, one per
//!    comma, one per 100 characters up to three, given to the parent in full
//!    and to the grandparent in half, weighed by the class names and times
//!    one minus the link density), with its siblings that score a fifth as
//!    much. When the class rules leave too little text, the pass runs again
//!    without them; when JSON-LD's `articleBody` is much longer than what the
//!    page shows, it is the text.
//! 5. **Text**: every block (`p`, `h2`–`h6`, `li`, `blockquote`, …) and
//!    every line ended by `<br>` is one paragraph, whitespace collapsed,
//!    paragraphs joined by a blank line; the headline (`<h1>` before any
//!    text, or one that repeats the title) is left to the title;
//!    blocks that are mostly links (link lists) are dropped with a heading
//!    just before them, and so are label lines such as "Advertisement".
//!
//! Cost: linear in the size of the page (the tree is walked a fixed number
//! of times, iteratively, so deep nesting cannot overflow the stack).
//!
//! Size, measured on throwaway cdylibs built `--release` for
//! wasm32-unknown-unknown and shrunk by `wasm-opt -Os` (binaryen 132):
//! html5gum alone adds 142 KB (9.5 KB empty, 152 KB with it); the whole
//! files crate (this module, import, markdown, split) adds 212 KB to a
//! module that already holds the engine (1,018 KB → 1,230 KB). `scraper` (html5ever) added 415 KB, over the budget of about 300 KB;
//! `tl` added 22 KB but reads `<script>` bodies as markup and ignores end tags
//! that do not close the innermost element, so one unclosed `<p>` swallows
//! the rest of the page.

use html5gum::{DefaultEmitter, Token, Tokenizer};
use std::collections::HashMap;

/// Paragraph text below which an extraction is taken to have missed the
/// article (the pass is retried without class rules, or JSON-LD is used).
const MIN_ARTICLE_CHARS: usize = 200;
/// A JSON-LD `articleBody` this many times longer than the page's text
/// replaces it (the page shows a teaser, or renders the body by script).
const JSON_LD_PREFERRED_RATIO: f64 = 1.5;
/// A paragraph shorter than this (characters) adds nothing to its parent's
/// score.
const MIN_SCORED_PARAGRAPH: usize = 25;
/// Characters per point of a paragraph's length score.
const CHARS_PER_POINT: usize = 100;
/// Most points a paragraph's length can add.
const MAX_LENGTH_POINTS: f64 = 3.0;
/// Weight of class names that name article text or clutter.
const CLASS_WEIGHT: f64 = 25.0;
/// A sibling of the best container is kept when it scores this share of it.
const SIBLING_SHARE: f64 = 0.2;
/// Blocks whose text is more than this share link text are link lists.
const LINK_LIST_DENSITY: f64 = 0.5;
/// Link-dense blocks longer than this (characters) are kept all the same.
const LINK_LIST_MAX_CHARS: usize = 1500;
/// Several `<article>`s under one parent are a live page's entries when
/// each has at least this share of the largest one's text.
const LIVE_ENTRY_SHARE: f64 = 0.15;

/// What a saved page says about its article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// The headline, without a " | Site" suffix.
    pub title: Option<String>,
    /// The publication time as the page gives it (ISO 8601).
    pub published: Option<String>,
    /// The canonical address (`<link rel=canonical>`, `og:url`).
    pub url: Option<String>,
    /// The outlet (`og:site_name`, JSON-LD publisher).
    pub outlet: Option<String>,
    /// The article text: paragraphs separated by blank lines.
    pub text: String,
}

/// The article in a saved page.
///
/// ```
/// let page = wiretrace_files::html::extract(
///     "<title>Bridge reopens | Valley Courier</title><nav><a href=/>Home</a></nav>\
///      <article><h1>Bridge reopens</h1><p>The old bridge reopened on Monday &amp; traffic resumed.</p>\
///      <div class=share-bar>Share on social media</div><p>Repairs took a year.</p></article>",
/// );
/// assert_eq!(page.title.as_deref(), Some("Bridge reopens"));
/// assert_eq!(page.text, "The old bridge reopened on Monday & traffic resumed.\n\nRepairs took a year.");
/// ```
pub fn extract(html: &str) -> Page {
    let dom = Dom::parse(html);
    let meta = Meta::read(&dom);
    let pass = |class_rules: bool| {
        let clutter = dom.clutter(class_rules);
        let sums = dom.sums(&clutter);
        let container = dom.container(&clutter, &sums);
        let text = dom.text(&container, &clutter, &sums, meta.h1.as_deref());
        (container, text)
    };
    let (mut container, mut text) = pass(true);
    if text.chars().count() < MIN_ARTICLE_CHARS {
        // The class rules may have taken the article for clutter.
        let (all_container, all_text) = pass(false);
        if all_text.chars().count() >= MIN_ARTICLE_CHARS {
            (container, text) = (all_container, all_text);
        }
    }
    if let Some(body) = &meta.ld.body {
        let body = body_text(body);
        if body.chars().count() as f64 > text.chars().count() as f64 * JSON_LD_PREFERRED_RATIO {
            text = body;
        }
    }
    let published = meta.published(&dom, &container);
    let outlet = meta.site_name.clone().or(meta.ld.publisher.clone());
    let url = meta
        .canonical
        .clone()
        .or(meta.og_url.clone())
        .or(meta.ld.url.clone());
    let title = meta
        .og_title
        .clone()
        .or(meta.h1.clone())
        .or(meta.ld.headline.clone())
        .or(meta.title.clone())
        .map(|t| strip_site_suffix(&t, outlet.as_deref(), url.as_deref()))
        .filter(|t| !t.is_empty());
    Page {
        title,
        published,
        url,
        outlet,
        text,
    }
}

/// JSON-LD `articleBody`: plain text (paragraphs on line breaks) or markup.
fn body_text(body: &str) -> String {
    if body.contains("</") || body.contains("<p") || body.contains("<br") {
        let dom = Dom::parse(body);
        let clutter = dom.clutter(false);
        let sums = dom.sums(&clutter);
        return dom.text(&[0], &clutter, &sums, None);
    }
    let mut out = String::new();
    for line in body.lines() {
        let line = collapse(line);
        if !line.is_empty() {
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&line);
        }
    }
    out
}

/// `text` with runs of whitespace as one space, trimmed.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Separators between a headline and the site's name in `<title>`.
const TITLE_SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " · ", " :: "];
/// A " | Suffix" of at most this many words is a site or section name.
const MAX_SUFFIX_WORDS: usize = 4;

/// `title` without trailing " | Site" parts: a part after a separator that
/// names the outlet or the address's domain, or any short part after " | ".
fn strip_site_suffix(title: &str, outlet: Option<&str>, url: Option<&str>) -> String {
    let squash = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let host = url
        .and_then(|u| u.split("//").nth(1))
        .and_then(|rest| rest.split('/').next())
        .map(|h| h.trim_start_matches("www.").to_owned());
    let names: Vec<String> = outlet
        .map(squash)
        .into_iter()
        .chain(host.iter().filter_map(|h| h.split('.').next()).map(squash))
        .filter(|n| !n.is_empty())
        .collect();
    let mut title = collapse(title);
    loop {
        let cut = TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| title.rfind(sep).map(|at| (at, *sep)))
            .max_by_key(|(at, _)| *at);
        let Some((at, sep)) = cut else { break };
        let (head, tail) = (&title[..at], &title[at + sep.len()..]);
        let tail_key = squash(tail);
        let names_site = names
            .iter()
            .any(|n| !tail_key.is_empty() && (n.contains(&tail_key) || tail_key.contains(n)));
        let short = sep == " | " && tail.split_whitespace().count() <= MAX_SUFFIX_WORDS;
        if head.trim().is_empty() || !(names_site || short) {
            break;
        }
        title = head.trim().to_owned();
    }
    title
}

/// One node of the page: an element or a run of text.
#[derive(Debug)]
enum Data {
    Element {
        name: String,
        attrs: Vec<(String, String)>,
    },
    Text(String),
}

#[derive(Debug)]
struct Node {
    data: Data,
    parent: usize,
    children: Vec<usize>,
}

/// The parsed page; node 0 is the document, parents come before children.
struct Dom {
    nodes: Vec<Node>,
}

/// Elements that hold no content and take no end tag.
const VOID: [&str; 15] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
    "source", "track", "wbr",
];
/// Elements whose start closes an open `<p>`.
const CLOSES_P: [&str; 31] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "details",
    "div",
    "dl",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "main",
    "menu",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "ul",
    "li",
    "dd",
];
/// Attributes the extraction reads; the others are not kept.
const KEPT_ATTRS: [&str; 15] = [
    "class",
    "id",
    "role",
    "itemprop",
    "property",
    "name",
    "content",
    "rel",
    "href",
    "datetime",
    "type",
    "aria-hidden",
    "hidden",
    "style",
    "itemtype",
];

/// The name of element `i` ("" for text).
fn element_name(nodes: &[Node], i: usize) -> &str {
    match &nodes[i].data {
        Data::Element { name, .. } => name,
        Data::Text(_) => "",
    }
}

impl Dom {
    fn parse(html: &str) -> Dom {
        let mut emitter = DefaultEmitter::default();
        emitter.naively_switch_states(true);
        let mut nodes = vec![Node {
            data: Data::Element {
                name: String::new(),
                attrs: Vec::new(),
            },
            parent: 0,
            children: Vec::new(),
        }];
        let mut stack: Vec<usize> = vec![0];
        // How many elements of each name are open, so a stray end tag costs O(1).
        let mut open: HashMap<String, usize> = HashMap::new();
        let name_of = element_name;
        let close_to = |stack: &mut Vec<usize>,
                        open: &mut HashMap<String, usize>,
                        nodes: &[Node],
                        pos: usize| {
            for &i in &stack[pos..] {
                if let Some(n) = open.get_mut(name_of(nodes, i)) {
                    *n = n.saturating_sub(1);
                }
            }
            stack.truncate(pos);
        };
        for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
            match token {
                Token::StartTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).into_owned();
                    // Implied end tags: a block closes an open <p>; an item
                    // closes the previous item of its list.
                    let closes: &[&str] = match name.as_str() {
                        "li" => &["li"],
                        "dt" | "dd" => &["dt", "dd"],
                        "tr" => &["tr"],
                        "td" | "th" => &["td", "th"],
                        _ => &[],
                    };
                    let boundary: &[&str] = match name.as_str() {
                        "li" => &["ul", "ol", "menu"],
                        "dt" | "dd" => &["dl"],
                        "tr" | "td" | "th" => &["table"],
                        _ => &[],
                    };
                    if CLOSES_P.contains(&name.as_str()) && open.get("p").is_some_and(|&n| n > 0) {
                        if let Some(pos) = stack.iter().rposition(|&i| name_of(&nodes, i) == "p") {
                            close_to(&mut stack, &mut open, &nodes, pos);
                        }
                    }
                    if !closes.is_empty() {
                        let pos = stack.iter().rposition(|&i| {
                            let n = name_of(&nodes, i);
                            closes.contains(&n) || boundary.contains(&n)
                        });
                        if let Some(pos) = pos {
                            if closes.contains(&name_of(&nodes, stack[pos])) {
                                close_to(&mut stack, &mut open, &nodes, pos);
                            }
                        }
                    }
                    let attrs = tag
                        .attributes
                        .iter()
                        .filter_map(|(k, v)| {
                            let k = String::from_utf8_lossy(k);
                            KEPT_ATTRS.contains(&k.as_ref()).then(|| {
                                (
                                    k.into_owned(),
                                    String::from_utf8_lossy(&v.value).into_owned(),
                                )
                            })
                        })
                        .collect();
                    let parent = *stack.last().unwrap_or(&0);
                    let index = nodes.len();
                    let void = VOID.contains(&name.as_str()) || tag.self_closing;
                    nodes.push(Node {
                        data: Data::Element {
                            name: name.clone(),
                            attrs,
                        },
                        parent,
                        children: Vec::new(),
                    });
                    nodes[parent].children.push(index);
                    if !void {
                        stack.push(index);
                        *open.entry(name).or_default() += 1;
                    }
                }
                Token::EndTag(tag) => {
                    let name = String::from_utf8_lossy(&tag.name).into_owned();
                    if open.get(&name).is_some_and(|&n| n > 0) {
                        if let Some(pos) = stack.iter().rposition(|&i| name_of(&nodes, i) == name) {
                            close_to(&mut stack, &mut open, &nodes, pos.max(1));
                        }
                    }
                }
                Token::String(text) => {
                    let text = String::from_utf8_lossy(&text.value);
                    let parent = *stack.last().unwrap_or(&0);
                    if let Some(&last) = nodes[parent].children.last() {
                        if let Data::Text(t) = &mut nodes[last].data {
                            t.push_str(&text);
                            continue;
                        }
                    }
                    let index = nodes.len();
                    nodes.push(Node {
                        data: Data::Text(text.into_owned()),
                        parent,
                        children: Vec::new(),
                    });
                    nodes[parent].children.push(index);
                }
                Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
            }
        }
        Dom { nodes }
    }

    fn name(&self, i: usize) -> &str {
        match &self.nodes[i].data {
            Data::Element { name, .. } => name,
            Data::Text(_) => "",
        }
    }

    fn attr(&self, i: usize, key: &str) -> Option<&str> {
        match &self.nodes[i].data {
            Data::Element { attrs, .. } => attrs
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.as_str()),
            Data::Text(_) => None,
        }
    }

    /// The text under node `i`, whitespace collapsed.
    fn inner_text(&self, i: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![i];
        while let Some(n) = stack.pop() {
            match &self.nodes[n].data {
                Data::Text(t) => {
                    out.push_str(t);
                }
                Data::Element { .. } => {
                    out.push(' ');
                    stack.extend(self.nodes[n].children.iter().rev());
                }
            }
        }
        collapse(&out)
    }

    /// Which nodes are page clutter; `class_rules` also reads class and id.
    /// Nodes come after their parents, so one pass in order is top-down.
    fn clutter(&self, class_rules: bool) -> Vec<bool> {
        let mut out = vec![false; self.nodes.len()];
        for i in 1..self.nodes.len() {
            let parent = self.nodes[i].parent;
            out[i] = out[parent] || self.is_clutter(i, class_rules);
        }
        out
    }

    fn is_clutter(&self, i: usize, class_rules: bool) -> bool {
        let Data::Element { name, .. } = &self.nodes[i].data else {
            return false;
        };
        if DROPPED_ELEMENTS.contains(&name.as_str())
            || name.starts_with("amp-") && name != "amp-fit-text"
        {
            return true;
        }
        if matches!(name.as_str(), "html" | "body" | "main")
            || self.attr(i, "itemprop") == Some("articleBody")
        {
            return false;
        }
        if self.attr(i, "hidden").is_some() || self.attr(i, "aria-hidden") == Some("true") {
            return true;
        }
        if self.attr(i, "style").is_some_and(|s| {
            s.replace(' ', "")
                .to_ascii_lowercase()
                .contains("display:none")
        }) {
            return true;
        }
        if self
            .attr(i, "role")
            .is_some_and(|r| DROPPED_ROLES.contains(&r.to_ascii_lowercase().as_str()))
        {
            return true;
        }
        class_rules
            && [self.attr(i, "class"), self.attr(i, "id")]
                .into_iter()
                .flatten()
                .any(names_clutter)
    }

    /// Per node (clutter left out): characters of text, of link text, and
    /// the number of text nodes, summed bottom-up in one reverse pass.
    fn sums(&self, clutter: &[bool]) -> Vec<Sums> {
        let mut sums = vec![Sums::default(); self.nodes.len()];
        for i in (0..self.nodes.len()).rev() {
            if clutter[i] {
                continue;
            }
            if let Data::Text(t) = &self.nodes[i].data {
                let chars = t
                    .split_whitespace()
                    .map(|w| w.chars().count() + 1)
                    .sum::<usize>();
                sums[i].chars += chars;
                sums[i].commas += t
                    .chars()
                    .filter(|c| matches!(c, ',' | '،' | '、' | '，'))
                    .count();
            }
            if self.name(i) == "a" {
                sums[i].link_chars = sums[i].chars;
            }
            if i > 0 {
                let (parent, own) = (self.nodes[i].parent, sums[i]);
                sums[parent].chars += own.chars;
                sums[parent].link_chars += own.link_chars;
                sums[parent].commas += own.commas;
            }
        }
        sums
    }

    /// The nodes holding the article, in document order.
    fn container(&self, clutter: &[bool], sums: &[Sums]) -> Vec<usize> {
        let live = |i: usize| !clutter[i];
        let text_of = |i: usize| sums[i].chars.saturating_sub(sums[i].link_chars);
        let largest = |pred: &dyn Fn(usize) -> bool| {
            (1..self.nodes.len())
                .filter(|&i| live(i) && pred(i))
                .max_by_key(|&i| text_of(i))
                .filter(|&i| text_of(i) >= MIN_ARTICLE_CHARS)
        };
        if let Some(body) = largest(&|i| self.attr(i, "itemprop") == Some("articleBody")) {
            return vec![body];
        }
        if let Some(article) = largest(&|i| self.name(i) == "article") {
            let parent = self.nodes[article].parent;
            let entries = self.nodes[parent]
                .children
                .iter()
                .filter(|&&c| {
                    live(c)
                        && self.name(c) == "article"
                        && text_of(c) as f64 >= text_of(article) as f64 * LIVE_ENTRY_SHARE
                })
                .count();
            return vec![if entries >= 2 && parent != 0 {
                parent
            } else {
                article
            }];
        }
        self.scored(clutter, sums)
    }

    /// Readability's scoring: paragraphs give points to their ancestors.
    fn scored(&self, clutter: &[bool], sums: &[Sums]) -> Vec<usize> {
        let mut score: HashMap<usize, f64> = HashMap::new();
        for i in 1..self.nodes.len() {
            if clutter[i] || !matches!(self.name(i), "p" | "pre" | "td" | "blockquote") {
                continue;
            }
            let chars = sums[i].chars;
            if chars < MIN_SCORED_PARAGRAPH {
                continue;
            }
            let points = 1.0
                + sums[i].commas as f64
                + ((chars / CHARS_PER_POINT) as f64).min(MAX_LENGTH_POINTS);
            let mut node = self.nodes[i].parent;
            for level in 0..3 {
                if node == 0 {
                    break;
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                let base = if score.contains_key(&node) {
                    0.0
                } else {
                    self.base_score(node)
                };
                *score.entry(node).or_insert(0.0) += base + points / divider;
                node = self.nodes[node].parent;
            }
        }
        let final_score = |i: usize| {
            let s = score.get(&i).copied().unwrap_or(0.0);
            let density = sums[i].link_chars as f64 / sums[i].chars.max(1) as f64;
            s * (1.0 - density)
        };
        let Some(top) = score
            .keys()
            .copied()
            .max_by(|&a, &b| final_score(a).total_cmp(&final_score(b)).then(b.cmp(&a)))
        else {
            return vec![0];
        };
        let threshold = (final_score(top) * SIBLING_SHARE).max(10.0);
        let parent = self.nodes[top].parent;
        if parent == 0 {
            return vec![top];
        }
        self.nodes[parent]
            .children
            .iter()
            .copied()
            .filter(|&c| {
                if c == top {
                    return true;
                }
                if clutter[c] {
                    return false;
                }
                let density = sums[c].link_chars as f64 / sums[c].chars.max(1) as f64;
                final_score(c) >= threshold
                    || self.name(c) == "p" && sums[c].chars > 80 && density < 0.25
            })
            .collect()
    }

    /// A candidate's starting score from its element and class names.
    fn base_score(&self, i: usize) -> f64 {
        let tag = match self.name(i) {
            "div" | "article" | "section" => 5.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let names: String = [self.attr(i, "class"), self.attr(i, "id")]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let words: Vec<&str> = names
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut weight = 0.0;
        if words.iter().any(|w| POSITIVE_NAMES.contains(w)) {
            weight += CLASS_WEIGHT;
        }
        if names_clutter(&names) {
            weight -= CLASS_WEIGHT;
        }
        tag + weight
    }

    /// The article text of `container`: one paragraph per block.
    fn text(
        &self,
        container: &[usize],
        clutter: &[bool],
        sums: &[Sums],
        title: Option<&str>,
    ) -> String {
        let mut paragraphs: Vec<String> = Vec::new();
        // Whether the last paragraph was a heading (dropped with a link list after it).
        let mut last_heading = false;
        let mut current = String::new();
        let title = title.map(|t| collapse(t).to_lowercase());
        let flush = |current: &mut String,
                     paragraphs: &mut Vec<String>,
                     last_heading: &mut bool,
                     heading: bool| {
            let text = collapse(current);
            current.clear();
            if text.is_empty() {
                return;
            }
            if is_label_line(&text) {
                return;
            }
            paragraphs.push(text);
            *last_heading = heading;
        };
        enum Step {
            Enter(usize),
            Leave(usize),
        }
        for &root in container {
            let mut stack = vec![Step::Enter(root)];
            while let Some(step) = stack.pop() {
                match step {
                    Step::Enter(i) => {
                        if clutter[i] {
                            continue;
                        }
                        match &self.nodes[i].data {
                            Data::Text(t) => current.push_str(t),
                            Data::Element { name, .. } => {
                                let name = name.as_str();
                                if name == "br" || name == "hr" {
                                    flush(&mut current, &mut paragraphs, &mut last_heading, false);
                                    continue;
                                }
                                let block = BLOCKS.contains(&name);
                                if block && i != root && is_link_list(&sums[i]) {
                                    flush(&mut current, &mut paragraphs, &mut last_heading, false);
                                    if last_heading && !matches!(name, "p") {
                                        paragraphs.pop();
                                    }
                                    last_heading = false;
                                    continue;
                                }
                                // The headline: the title, or an <h1> before any text.
                                if name == "h1"
                                    && ((paragraphs.is_empty() && current.trim().is_empty())
                                        || title.as_deref().is_some_and(|t| {
                                            self.inner_text(i).to_lowercase() == t
                                        }))
                                {
                                    continue;
                                }
                                if block {
                                    flush(&mut current, &mut paragraphs, &mut last_heading, false);
                                }
                                if matches!(name, "td" | "th") {
                                    current.push(' ');
                                }
                                stack.push(Step::Leave(i));
                                stack.extend(
                                    self.nodes[i].children.iter().rev().map(|&c| Step::Enter(c)),
                                );
                            }
                        }
                    }
                    Step::Leave(i) => {
                        if BLOCKS.contains(&self.name(i)) {
                            let heading = matches!(self.name(i), "h2" | "h3" | "h4" | "h5" | "h6");
                            flush(&mut current, &mut paragraphs, &mut last_heading, heading);
                        }
                    }
                }
            }
            flush(&mut current, &mut paragraphs, &mut last_heading, false);
        }
        if title.is_some()
            && paragraphs
                .first()
                .is_some_and(|p| Some(p.to_lowercase()) == title)
        {
            paragraphs.remove(0);
        }
        paragraphs.join("\n\n")
    }
}

/// Text and link sizes under a node.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    chars: usize,
    link_chars: usize,
    commas: usize,
}

fn is_link_list(sums: &Sums) -> bool {
    sums.chars > 0
        && sums.chars <= LINK_LIST_MAX_CHARS
        && sums.link_chars as f64 > sums.chars as f64 * LINK_LIST_DENSITY
}

/// Elements whose whole subtree is never article text.
const DROPPED_ELEMENTS: [&str; 26] = [
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "iframe",
    "svg",
    "select",
    "textarea",
    "figure",
    "figcaption",
    "menu",
    "dialog",
    "object",
    "embed",
    "canvas",
    "video",
    "audio",
    "picture",
    "input",
    "head",
];
/// ARIA roles of page furniture.
const DROPPED_ROLES: [&str; 10] = [
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "dialog",
    "alertdialog",
    "search",
    "menu",
    "menubar",
    "toolbar",
];
/// Block elements: each is a paragraph of its own.
const BLOCKS: [&str; 29] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "li",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "td",
    "th",
    "address",
    "details",
    "summary",
    "center",
    "body",
    "html",
];
/// Words in class names of containers of article text.
const POSITIVE_NAMES: [&str; 12] = [
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog",
    "story", "prose",
];
/// Words (split at anything but letters and digits) in class names or ids
/// of page clutter.
const CLUTTER_WORDS: [&str; 52] = [
    "meta",
    "author",
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "adslot",
    "adunit",
    "dfp",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "byline",
    "caption",
    "comment",
    "comments",
    "commentlist",
    "respond",
    "cookie",
    "cookies",
    "consent",
    "gdpr",
    "footer",
    "header",
    "masthead",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "newsletters",
    "outbrain",
    "taboola",
    "paywall",
    "popup",
    "modal",
    "promo",
    "related",
    "recommended",
    "recommendations",
    "share",
    "sharing",
    "social",
    "sidebar",
    "sponsored",
    "subscribe",
    "subscription",
    "ticker",
    "toolbar",
    "widget",
];
/// Whole class names (lowercased, without `-` and `_`) of clutter.
const CLUTTER_NAMES: [&str; 14] = [
    "mostread",
    "mostpopular",
    "readmore",
    "alsoread",
    "morestories",
    "sronly",
    "screenreadertext",
    "visuallyhidden",
    "skiplink",
    "skiptocontent",
    "signup",
    "entrymeta",
    "postmeta",
    "authorbio",
];

/// Whether class names or an id name page clutter.
fn names_clutter(names: &str) -> bool {
    names.split_whitespace().any(|name| {
        let name = name.to_lowercase();
        let squashed: String = name.chars().filter(|c| c.is_alphanumeric()).collect();
        CLUTTER_NAMES
            .iter()
            .any(|n| squashed == *n || squashed.starts_with(n))
            || name
                .split(|c: char| !c.is_alphanumeric())
                .any(|w| CLUTTER_WORDS.contains(&w))
    })
}

/// Lines that label page furniture rather than say anything.
const LABEL_LINES: [&str; 22] = [
    "advertisement",
    "ad",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "إعلان",
    "sponsored",
    "related",
    "related articles",
    "related stories",
    "read more",
    "read next",
    "most read",
    "recommended",
    "share this article",
    "share",
    "lesen sie auch",
    "à lire aussi",
    "lire aussi",
    "mehr zum thema",
];

fn is_label_line(text: &str) -> bool {
    let key = text
        .trim_matches(|c: char| c.is_whitespace() || c == ':' || c == '-' || c == '—')
        .to_lowercase();
    LABEL_LINES.contains(&key.as_str())
}

/// JSON-LD article fields.
#[derive(Debug, Default)]
struct LinkedData {
    headline: Option<String>,
    published: Option<String>,
    body: Option<String>,
    url: Option<String>,
    publisher: Option<String>,
}

/// JSON-LD types of an article.
const ARTICLE_TYPES: [&str; 9] = [
    "Article",
    "NewsArticle",
    "BlogPosting",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "LiveBlogPosting",
    "BackgroundNewsArticle",
    "Report",
];

impl LinkedData {
    fn read(&mut self, value: &serde_json::Value) {
        use serde_json::Value;
        // Iterative walk over arrays, `@graph` and nested objects.
        let mut stack = vec![value];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    let is_article = match map.get("@type") {
                        Some(Value::String(t)) => ARTICLE_TYPES.contains(&t.as_str()),
                        Some(Value::Array(ts)) => ts
                            .iter()
                            .any(|t| t.as_str().is_some_and(|t| ARTICLE_TYPES.contains(&t))),
                        _ => false,
                    };
                    if !is_article {
                        continue;
                    }
                    let text = |key: &str| {
                        map.get(key)
                            .and_then(Value::as_str)
                            .map(collapse)
                            .filter(|s| !s.is_empty())
                    };
                    self.headline = self.headline.take().or_else(|| text("headline"));
                    self.published = self.published.take().or_else(|| text("datePublished"));
                    self.body = self.body.take().or_else(|| {
                        map.get("articleBody")
                            .and_then(Value::as_str)
                            .map(str::to_owned)
                    });
                    self.url = self.url.take().or_else(|| text("url")).or_else(|| {
                        match map.get("mainEntityOfPage") {
                            Some(Value::String(s)) => Some(s.clone()),
                            Some(Value::Object(o)) => {
                                o.get("@id").and_then(Value::as_str).map(str::to_owned)
                            }
                            _ => None,
                        }
                    });
                    self.publisher = self.publisher.take().or_else(|| {
                        map.get("publisher")
                            .and_then(|p| p.get("name"))
                            .and_then(Value::as_str)
                            .map(collapse)
                    });
                }
                _ => {}
            }
        }
    }
}

/// What the page's head and markup say about the article.
#[derive(Debug, Default)]
struct Meta {
    og_title: Option<String>,
    title: Option<String>,
    h1: Option<String>,
    og_url: Option<String>,
    canonical: Option<String>,
    site_name: Option<String>,
    /// Publication times in order of preference (meta tags first).
    times: Vec<String>,
    /// Other date meta tags (`date`, `pubdate`, …), tried last.
    other_times: Vec<String>,
    ld: LinkedData,
}

/// `<meta name=…>` names that carry a publication date, tried last.
const DATE_META_NAMES: [&str; 6] = [
    "date",
    "pubdate",
    "publishdate",
    "dc.date.issued",
    "parsely-pub-date",
    "sailthru.date",
];

impl Meta {
    fn read(dom: &Dom) -> Meta {
        let mut meta = Meta::default();
        let some = |s: Option<&str>| s.map(collapse).filter(|s| !s.is_empty());
        for i in 1..dom.nodes.len() {
            match dom.name(i) {
                "meta" => {
                    let key = dom
                        .attr(i, "property")
                        .or(dom.attr(i, "name"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let content = some(dom.attr(i, "content"));
                    let Some(content) = content else { continue };
                    match key.as_str() {
                        "og:title" => meta.og_title = meta.og_title.take().or(Some(content)),
                        "og:url" => meta.og_url = meta.og_url.take().or(Some(content)),
                        "og:site_name" => meta.site_name = meta.site_name.take().or(Some(content)),
                        "article:published_time" => meta.times.insert(0, content),
                        k if DATE_META_NAMES.contains(&k) => meta.other_times.push(content),
                        _ if dom.attr(i, "itemprop") == Some("datePublished") => {
                            meta.times.push(content)
                        }
                        _ => {}
                    }
                }
                "link" => {
                    let canonical = dom.attr(i, "rel").is_some_and(|r| {
                        r.split_whitespace()
                            .any(|r| r.eq_ignore_ascii_case("canonical"))
                    });
                    if canonical && meta.canonical.is_none() {
                        meta.canonical = some(dom.attr(i, "href"));
                    }
                }
                "title" if meta.title.is_none() => meta.title = some(Some(&dom.inner_text(i))),
                "h1" if meta.h1.is_none() => meta.h1 = some(Some(&dom.inner_text(i))),
                "script"
                    if dom
                        .attr(i, "type")
                        .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json")) =>
                {
                    let json: String = dom.nodes[i]
                        .children
                        .iter()
                        .filter_map(|&c| match &dom.nodes[c].data {
                            Data::Text(t) => Some(t.as_str()),
                            Data::Element { .. } => None,
                        })
                        .collect();
                    if let Ok(value) = serde_json::from_str::<serde_json::Value>(json.trim()) {
                        meta.ld.read(&value);
                    }
                }
                _ => {
                    if dom.attr(i, "itemprop") == Some("datePublished") {
                        if let Some(t) = some(dom.attr(i, "datetime").or(dom.attr(i, "content"))) {
                            meta.times.push(t);
                        }
                    }
                }
            }
        }
        meta
    }

    /// The first publication time the engine can read: meta tags and
    /// `itemprop`, then JSON-LD, then the first `<time datetime>` in the
    /// article (on a live page that is an entry's time, so it comes after
    /// the page's own metadata), then other date meta tags.
    fn published(&self, dom: &Dom, container: &[usize]) -> Option<String> {
        let mut in_article = Vec::new();
        for &root in container {
            let mut stack = vec![root];
            while let Some(i) = stack.pop() {
                if dom.name(i) == "time" {
                    if let Some(t) = dom.attr(i, "datetime") {
                        in_article.push(collapse(t));
                        break;
                    }
                }
                stack.extend(dom.nodes[i].children.iter().rev());
            }
        }
        self.times
            .iter()
            .chain(&self.ld.published)
            .chain(&in_article)
            .chain(&self.other_times)
            .find(|t| wiretrace_engine::published::parse(t).is_some())
            .cloned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unclosed_paragraphs_and_items_end_at_the_next_block() {
        let page = extract(
            "<body><div class=story><p>First paragraph of the story, long enough to count, with commas, and more.<p>Second paragraph, also long enough to be scored as article text here.<ul><li>one item<li>two items</ul></div></body>",
        );
        assert_eq!(
            page.text,
            "First paragraph of the story, long enough to count, with commas, and more.\n\nSecond paragraph, also long enough to be scored as article text here.\n\none item\n\ntwo items"
        );
    }

    #[test]
    fn script_bodies_are_not_markup() {
        let page = extract(
            "<article><p>Before the script the story says enough to be the article text, with a comma.</p><script>if (a < b) { document.write('</p><p>injected'); }</script><p>After it, the story goes on for another sentence or two, with a comma.</p></article>",
        );
        assert!(!page.text.contains("injected"), "{}", page.text);
        assert!(page.text.ends_with("with a comma."));
    }

    #[test]
    fn site_suffixes_are_cut_from_titles() {
        let cases = [
            (
                "Dam breach floods valley | The Lowland Times",
                Some("The Lowland Times"),
                None,
                "Dam breach floods valley",
            ),
            (
                "Dam breach floods valley - Lowland Times",
                None,
                Some("https://www.lowlandtimes.example/a"),
                "Dam breach floods valley",
            ),
            (
                "Dam breach floods valley | World | Site",
                None,
                None,
                "Dam breach floods valley",
            ),
            (
                "Mayor quits - and then returns",
                None,
                None,
                "Mayor quits - and then returns",
            ),
        ];
        for (title, outlet, url, expected) in cases {
            assert_eq!(strip_site_suffix(title, outlet, url), expected, "{title}");
        }
    }

    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let html = format!("{}<p>deep</p>", "<div>".repeat(200_000));
        assert_eq!(extract(&html).text, "deep");
    }
}
