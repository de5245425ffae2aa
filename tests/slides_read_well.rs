//! The slides of moments 5 and 7 and the feedback report in Word (part of
//! issue #16), read back as the zip parts and XML a presentation program
//! and a word processor read: a title slide, the summary whose groups add
//! up to the prioritised needs, a slide per need, a row per RSS, every slide
//! numbered "n av m", line breaks as line breaks, no control character,
//! content too long for one slide carried on to "(forts.)" slides rather
//! than dropped; in Word a section per need and a document per RSS.

mod common;

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::cli::export_paths;

use lbk::domain::followup::{Feedback, Outcome, Produced};

fn round_with(dir: &Path, edit: impl FnOnce(&mut lbk::domain::Round)) -> PathBuf {
    let path = dir.join("a.ron");
    let mut r = lbk::store::parse_round(
        lbk::store::samples::SAMPLES[0].text.as_bytes(),
        Path::new("a.ron"),
    )
    .unwrap();
    edit(&mut r);
    lbk::store::save(&path, &mut r, None).unwrap();
    path
}

/// The one deck `lbk export ROUND WHAT --format pptx` writes.
fn export(round: &Path, what: &str) -> PathBuf {
    let paths = export_paths(round, what, "pptx", &round.parent().unwrap().join("ut"));
    assert_eq!(paths.len(), 1, "one deck: {paths:?}");
    paths[0].clone()
}

/// The slides' XML in their order (slide1.xml, slide2.xml, …).
fn slides(path: &Path) -> Vec<String> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut out = vec![];
    for i in 1.. {
        let Ok(mut f) = z.by_name(&format!("ppt/slides/slide{i}.xml")) else {
            break;
        };
        let mut s = String::new();
        f.read_to_string(&mut s).unwrap();
        out.push(s);
    }
    let mut pres = String::new();
    z.by_name("ppt/presentation.xml")
        .unwrap()
        .read_to_string(&mut pres)
        .unwrap();
    assert!(pres.contains(r#"cx="12192000""#), "16:9: {pres}");
    assert_eq!(pres.matches("<p:sldId ").count(), out.len());
    out
}

/// The first text of a slide (its title).
fn title(xml: &str) -> &str {
    let start = xml.find("<a:t>").unwrap() + 5;
    &xml[start..start + xml[start..].find("</a:t>").unwrap()]
}

fn count_in(xml: &str, label: &str) -> usize {
    let start = xml.find(&format!("<a:t>{label} (")).unwrap() + label.len() + 7;
    xml[start..start + xml[start..].find(')').unwrap()]
        .parse()
        .unwrap()
}

#[test]
fn the_feedback_slides_have_the_summary_a_slide_per_need_and_per_rss() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_with(dir.path(), |r| {
        let f = r.feedback.iter_mut().find(|f| f.need == "GR-02").unwrap();
        f.outcome = Outcome::Tas {
            actors: vec!["SBU".into()],
            how: "Första raden\nandra raden\u{1b}[31m".into(),
            when: "2025".into(),
        };
    });
    let r = lbk::store::load(&round).unwrap().0;
    let ranked = lbk::meeting::moment67::prioritised(&r);
    let deck = slides(&export(&round, "feedback"));
    let all = deck.concat();
    assert!(!all.contains('\u{1b}'), "no escape reaches the slides");
    assert!(!all.contains('␊'));
    assert!(
        all.contains("<a:t>Första raden</a:t></a:r><a:br"),
        "a line break"
    );
    assert!(title(&deck[0]).starts_with("Återkoppling – "));
    let summary = &deck[1];
    assert_eq!(title(summary), "Sammanfattning");
    let groups = count_in(summary, "Tas om hand")
        + count_in(summary, "Tas inte om hand")
        + count_in(summary, "Ingen återkoppling ännu");
    assert_eq!(
        groups,
        ranked.len(),
        "every prioritised need is in one group"
    );
    for row in &ranked {
        assert!(
            deck.iter()
                .any(|s| title(s).contains(&format!(" · {} ", row.number))),
            "a slide for {}",
            row.number
        );
    }
    // What became of each RSS's needs: a table row per RSS that names
    // every need it raised.
    let rss_table: String = deck
        .iter()
        .filter(|s| title(s).starts_with("Vad blev det av era behov?"))
        .map(String::as_str)
        .collect();
    for code in lbk::documents::minutes::rss_with_needs(&r) {
        let row = rss_table
            .split("<a:tr ")
            .find(|row| {
                row.contains(&format!("({code})</a:t>"))
                    || row.contains(&format!("<a:t>{code}</a:t>"))
            })
            .unwrap_or_else(|| panic!("a row for {code}"));
        for n in r.needs.iter().filter(|n| n.rss == code) {
            assert!(row.contains(&n.number), "{} in {code}'s row", n.number);
        }
    }
    let total = deck.len();
    for (i, s) in deck.iter().enumerate().skip(1) {
        assert!(
            s.contains(&format!(" · {} av {total}</a:t>", i + 1)),
            "slide {i} numbered"
        );
    }
}

#[test]
fn what_does_not_fit_one_slide_goes_on_to_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let produced: Vec<Produced> = (1..=30)
        .map(|i| Produced {
            title: format!("Kunskapsstöd nummer {i} om kommunikation i vardagen för vuxna"),
            link: format!("https://example.se/stod/{i}"),
            published: None,
        })
        .collect();
    let round = round_with(dir.path(), |r| {
        r.feedback.retain(|f| f.need != "GR-02");
        r.feedback.push(Feedback {
            need: "GR-02".into(),
            outcome: Outcome::Tas {
                actors: vec!["SBU".into()],
                how: "E-utbildning".into(),
                when: "2025".into(),
            },
            produced,
            ..Default::default()
        });
    });
    let deck = slides(&export(&round, "feedback"));
    let gr: Vec<&String> = deck
        .iter()
        .filter(|s| title(s).contains(" · GR-02 "))
        .collect();
    assert!(gr.len() >= 2, "carried on: {}", gr.len());
    assert!(title(gr[1]).ends_with("(forts.)"));
    let text = gr.iter().map(|s| s.as_str()).collect::<String>();
    assert!(
        text.contains("https://example.se/stod/30"),
        "nothing dropped"
    );
}

#[test]
fn the_result_slides_list_every_ranked_need_in_a_table() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_with(dir.path(), |_| {});
    let r = lbk::store::load(&round).unwrap().0;
    let rank = r.current_rank_tally().unwrap();
    let path = export(&round, "tally");
    assert!(path.to_string_lossy().ends_with("-resultat.pptx"));
    let deck = slides(&path);
    assert!(title(&deck[0]).starts_with("Prioriteringen i NSK-S – "));
    let tables: Vec<&String> = deck
        .iter()
        .filter(|s| title(s).starts_with("Resultat"))
        .collect();
    let rows: usize = tables.iter().map(|s| s.matches("<a:tr ").count() - 1).sum();
    assert_eq!(rows, rank.rows.len(), "every ranked need, headers apart");
    for row in &rank.rows {
        assert!(
            tables
                .iter()
                .any(|s| s.contains(&format!("<a:t>{}</a:t>", row.number))),
            "{}",
            row.number
        );
    }
    assert!(deck.iter().any(|s| title(s) == "Omstridda placeringar"));
}

/// A Word part's paragraphs' text, a paragraph per line.
fn word_text(path: &Path) -> String {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    z.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    // A Word list item reads with the mark Word shows before it.
    xml.split("</w:p>")
        .map(|p| {
            let mark = if p.contains(r#"<w:ilvl w:val="1" />"#) {
                "– "
            } else if p.contains("<w:numPr>") {
                "• "
            } else {
                ""
            };
            let text = p
                .split("<w:t")
                .skip(1)
                .filter_map(|t| t.split_once('>').map(|(_, rest)| rest))
                .map(|t| t.split("</w:t>").next().unwrap_or(""))
                .collect::<String>();
            format!("{mark}{text}")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_feedback_report_in_word_has_a_section_per_need_and_each_rss_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let round = round_with(dir.path(), |_| {});
    let r = lbk::store::load(&round).unwrap().0;
    let out = round.parent().unwrap().join("ut");
    export_paths(&round, "feedback", "docx", &out);
    let report = word_text(&out.join("aterkoppling.docx"));
    let ranked = lbk::meeting::moment67::prioritised(&r);
    for row in &ranked {
        assert!(
            report
                .lines()
                .any(|l| l.contains(&format!(" · {} ", row.number))),
            "a heading for {}",
            row.number
        );
    }
    // The four questions as items under each need with feedback; a need
    // without says so once.
    let answered = ranked
        .iter()
        .filter(|row| {
            r.feedback.iter().any(|f| {
                f.need == row.number
                    && !matches!(f.outcome, lbk::domain::followup::Outcome::Obesvarat)
            })
        })
        .count();
    assert!(answered > 0 && answered < ranked.len(), "{answered}");
    assert_eq!(
        report
            .lines()
            .filter(|l| l.starts_with("• Vilka aktörer tar sig an behovet:"))
            .count(),
        answered,
    );
    assert_eq!(
        report
            .lines()
            .filter(|l| *l == "Ingen återkoppling ännu.")
            .count(),
        ranked.len() - answered,
    );
    assert!(!report.contains("ännu ingen återkoppling"), "{report}");
    for code in lbk::documents::minutes::rss_with_needs(&r) {
        let path = out.join(format!("aterkoppling-per-rss/vad-blev-det-av-{code}.docx"));
        let text = word_text(&path);
        for n in r.needs.iter().filter(|n| n.rss == code) {
            assert!(
                text.contains(&n.number),
                "{} in {code}'s document",
                n.number
            );
        }
    }
}

#[test]
fn the_tally_says_how_the_ranking_was_done_in_each_model() {
    // Model 1.0 (sample a): each ranks their own five picks, sixteen needs in all.
    let dir = tempfile::tempdir().unwrap();
    let round = round_with(dir.path(), |_| {});
    let r = lbk::store::load(&round).unwrap().0;
    let rank = r.current_rank_tally().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_lbk"))
        .args(["tally", round.to_str().unwrap(), "--stage", "rank"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains(&format!(
            "av sina egna val (poängskala {}); {} behov rangordnade",
            r.prioritization.max_picks,
            rank.rows.len()
        )),
        "{text}"
    );
    assert!(!text.contains("behov på listan"), "{text}");
    // Model 2.0: the joint list everyone ranks.
    let mut v2 = r.clone();
    v2.model = lbk::domain::ModelVariant::V2;
    let report = lbk::documents::tally_out::TallyReport::of(&v2);
    assert!(
        lbk::documents::tally_out::rank_summary(&report)
            .contains("behov på listan (gemensam lista:")
    );
}
