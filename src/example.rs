//! The demonstration set behind "Load example": four short articles written
//! for this project about an invented event. A wire report, a newspaper
//! version built from it with edits, a content site's sentence-by-sentence
//! rewording of it, and an independent report of the same event that shares
//! facts but not phrasing.

use wiretrace_engine::Article;

const WIRE: &str = "KESTREL BAY (Meridian Press) – A passenger ferry ran aground on a sandbank outside Kestrel Bay harbour on Tuesday morning, forcing the evacuation of 212 people, the port authority said.

Coastguard boats and fishing vessels carried the passengers to shore in small groups over roughly three hours, a spokeswoman for the authority said, adding that nobody was seriously hurt.

“The crew followed every procedure and the evacuation was calm and orderly,” harbour master Ilse Varga told reporters at the quay.

The vessel, the Northern Tern, had left the harbour twenty minutes earlier on its regular crossing to the island of Sorrel. Investigators will examine whether shifting sands after last week's storms played a part, the authority said.

Ferry services to the island were suspended until further notice.";

const NEWSPAPER: &str = "Ferry runs aground off Kestrel Bay, 212 evacuated

A passenger ferry ran aground on a sandbank outside Kestrel Bay harbour on Tuesday morning, forcing the evacuation of 212 people, the port authority said.

Coastguard boats and local fishing crews carried the passengers to shore in small groups over roughly three hours, a spokeswoman for the authority said, adding that nobody was seriously hurt.

The Northern Tern had left the harbour twenty minutes earlier on its regular crossing to the island of Sorrel. Investigators will examine whether shifting sands after last week's storms played a part, the authority said.

Islanders who commute to the mainland said they would struggle to reach work this week.

Read more: Storm damage along the coast";

const REWRITE: &str = "Over 200 evacuated as ferry hits sandbank near Kestrel Bay

On Tuesday morning a passenger ferry struck a sandbank just outside the harbour of Kestrel Bay, and all 212 people on board had to be evacuated, according to the port authority.

Over about three hours, fishing boats and coastguard vessels brought the passengers back to land in small groups, said an authority spokeswoman, who added that no one suffered serious injuries.

Harbour master Ilse Varga told reporters on the quay that the crew had followed every procedure and that the evacuation had been orderly and calm.

The Northern Tern had set off from the harbour on its usual crossing to Sorrel island twenty minutes before. The authority said investigators would look at whether sands shifted by the storms of last week had a role.

Until further notice, ferries to the island have been suspended.";

const INDEPENDENT: &str = "Sorrel islanders stranded as ferry sticks fast

Everyone aboard the Northern Tern is safe after the ferry grounded near the mouth of Kestrel Bay early on Tuesday, officials confirmed.

Rescuers spent about three hours ferrying 212 passengers back to the mainland using lifeboats and trawlers. Harbour master Ilse Varga praised the crew for staying calm.

Sailings to Sorrel are off for now. Storms last week moved sandbanks across the approach, and investigators are looking at that as a likely cause.";

/// The example articles, ready for the editor.
pub fn articles() -> Vec<Article> {
    let article = |id: &str, title: &str, outlet: &str, published: &str, text: &str| Article {
        id: id.into(),
        title: Some(title.into()),
        outlet: Some(outlet.into()),
        url: None,
        published: Some(published.into()),
        text: text.into(),
    };
    vec![
        article(
            "A1",
            "Ferry aground off Kestrel Bay",
            "Meridian Press",
            "2026-03-03T09:40",
            WIRE,
        ),
        article(
            "A2",
            "Ferry runs aground off Kestrel Bay, 212 evacuated",
            "Coastal Herald",
            "2026-03-03T11:15",
            NEWSPAPER,
        ),
        article(
            "A3",
            "Over 200 evacuated as ferry hits sandbank near Kestrel Bay",
            "Daily Roundup",
            "2026-03-03T12:05",
            REWRITE,
        ),
        article(
            "A4",
            "Sorrel islanders stranded as ferry sticks fast",
            "Island Voice",
            "2026-03-03T12:30",
            INDEPENDENT,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use wiretrace_engine::analyze;

    #[test]
    fn the_example_shows_a_copy_a_rewording_and_an_independent_report() {
        let report = analyze(&super::articles());
        let copy = report
            .pair("A1", "A2")
            .expect("the newspaper reuses the wire");
        assert!(
            copy.b_in_a_verbatim > 0.6,
            "newspaper from wire: {}",
            copy.b_in_a_verbatim
        );
        assert!(copy.passages.len() >= 2);
        let rewrite = report.pair("A1", "A3").expect("the rewording is found");
        assert!(
            rewrite.b_in_a_paraphrase > 0.6,
            "rewording of the wire: {}",
            rewrite.b_in_a_paraphrase
        );
        let independent = report
            .pair("A1", "A4")
            .map_or(0.0, |p| p.b_in_a.max(p.a_in_b));
        assert!(
            independent < 0.05,
            "independent report shares {independent}"
        );
        assert_eq!(
            report.article("A4").unwrap().verdict,
            wiretrace_engine::report::Verdict::Independent
        );
    }
}
