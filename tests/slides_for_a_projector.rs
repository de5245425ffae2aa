//! Slides for a projector (issue #23, item 6), read back as PowerPoint
//! reads the package: every title in a title placeholder, body text at
//! 18 pt or more, the result's points as bars as long as their share,
//! needs without points left out of the chart and named once below it,
//! the numbers in the speaker's notes (linked to a notes master the
//! presentation lists), title and author in the core properties; the
//! feedback deck one slide per need, each actor written out once, and a
//! need without feedback saying so once.

mod common;

use std::io::Read as _;

use common::held::held_meeting;
use lbk::documents::plan::{Document, plan};

fn now() -> jiff::Timestamp {
    "2025-09-16T12:00:00Z".parse().unwrap()
}

/// The parts of a .pptx, by name.
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = vec![];
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut s = String::new();
        if f.read_to_string(&mut s).is_ok() {
            out.push((name, s));
        }
    }
    out
}

fn get<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts
        .iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name}"))
        .1
}

/// The slides' XML in their order.
fn slides(parts: &[(String, String)]) -> Vec<&str> {
    (1..)
        .map_while(|i| {
            parts
                .iter()
                .find(|(n, _)| *n == format!("ppt/slides/slide{i}.xml"))
                .map(|(_, x)| x.as_str())
        })
        .collect()
}

/// The text of the placeholder of `kind` on a slide.
fn placeholder_text(slide: &str, kind: &str) -> Option<String> {
    let at = slide.find(&format!(r#"<p:ph type="{kind}""#))?;
    let rest = &slide[at..];
    let body = &rest[..rest.find("</p:sp>")?];
    Some(
        common::held::plain(body)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Each run's size (hundredths of a point) and text.
fn runs(slide: &str) -> Vec<(u32, String)> {
    slide
        .split("<a:r>")
        .skip(1)
        .filter_map(|r| {
            let sz = r.split(r#"sz=""#).nth(1)?.split('"').next()?.parse().ok()?;
            let text = r.split("<a:t>").nth(1)?.split("</a:t>").next()?.to_string();
            Some((sz, text))
        })
        .collect()
}

fn deck(doc: &Document, r: &lbk::domain::Round, ends: &str) -> Vec<(String, String)> {
    let f = plan(doc, r, now())
        .unwrap()
        .into_iter()
        .find(|f| f.path.to_string_lossy().ends_with(ends))
        .unwrap();
    parts(&f.bytes)
}

fn common_checks(p: &[(String, String)], deck_title: &str) {
    let s = slides(p);
    assert_eq!(
        placeholder_text(s[0], "ctrTitle").as_deref(),
        Some(deck_title)
    );
    assert!(placeholder_text(s[0], "subTitle").is_some());
    for (i, slide) in s.iter().enumerate().skip(1) {
        let title = placeholder_text(slide, "title").unwrap_or_else(|| panic!("slide {i}"));
        assert!(!title.is_empty(), "slide {i}: an empty title");
        for (sz, text) in runs(slide) {
            let footer = text.starts_with("Lokala behov av kunskap ·");
            assert!(footer || sz >= 1800, "slide {i}: {text:?} at {sz}");
        }
    }
    let core = get(p, "docProps/core.xml");
    assert!(
        core.contains(&format!("<dc:title>{deck_title}</dc:title>")),
        "{core}"
    );
    assert!(
        core.contains("<dc:creator>Kansliet för Partnerskapet Socialtjänst</dc:creator>"),
        "{core}"
    );
}

#[test]
fn the_result_deck_has_bars_by_points_titles_in_placeholders_and_the_numbers_in_notes() {
    let mut r = held_meeting();
    r.secretariat.name = "Kansliet för Partnerskapet Socialtjänst".into();
    let rank = r.current_rank_tally().unwrap();
    let p = deck(&Document::Tally, &r, "-resultat.pptx");
    common_checks(&p, &format!("Prioriteringen i NSK-S – {}", r.area));
    let s = slides(&p);
    // The chart: a bar per need with points, as long as its share.
    let chart: Vec<&&str> = s
        .iter()
        .filter(|x| placeholder_text(x, "title").is_some_and(|t| t.starts_with("Poängen")))
        .collect();
    assert!(!chart.is_empty(), "a chart slide");
    let mut widths = vec![];
    for c in &chart {
        for bar in c.split(r#"name="Stapel "#).skip(1) {
            let descr = bar
                .split(r#"descr=""#)
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let cx: i64 = bar
                .split(r#"cx=""#)
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap()
                .parse()
                .unwrap();
            widths.push((descr.to_string(), cx));
        }
    }
    let scored: Vec<_> = rank.rows.iter().filter(|x| x.points > 0).collect();
    assert_eq!(widths.len(), scored.len(), "{widths:?}");
    let top = scored.iter().map(|x| x.points).max().unwrap() as f64;
    let widest = widths.iter().map(|w| w.1).max().unwrap() as f64;
    for x in &scored {
        let (_, w) = widths
            .iter()
            .find(|(d, _)| {
                d.contains(&format!(" {} ", x.number))
                    && d.ends_with(&format!(": {} poäng", x.points))
            })
            .unwrap_or_else(|| panic!("a bar for {} {widths:?}", x.number));
        let share = *w as f64 / widest;
        assert!(
            (share - x.points as f64 / top).abs() < 0.02,
            "{}: {share} of the widest for {} of {top} points",
            x.number,
            x.points
        );
    }
    // Notes: every slide after the title has them, with the points.
    let pres = get(&p, "ppt/presentation.xml");
    assert!(
        pres.contains("<p:notesMasterIdLst><p:notesMasterId r:id="),
        "{pres}"
    );
    let notes: String = p
        .iter()
        .filter(|(n, _)| n.starts_with("ppt/notesSlides/notesSlide") && n.ends_with(".xml"))
        .map(|(_, x)| common::held::plain(x))
        .collect();
    for x in &rank.rows {
        assert!(
            notes.contains(&format!("{} poäng", x.points)),
            "{}",
            x.number
        );
    }
    let rels: Vec<&(String, String)> = p
        .iter()
        .filter(|(n, _)| n.starts_with("ppt/notesSlides/_rels/"))
        .collect();
    assert_eq!(
        rels.len(),
        s.len() - 1,
        "a notes slide for every slide but the title"
    );
    assert!(
        rels.iter().all(|(_, x)| x.contains("notesMaster")),
        "linked to the master"
    );
}

#[test]
fn a_need_without_points_stays_out_of_the_chart_and_is_named_once_under_it() {
    let mut r = held_meeting();
    // Every ranking leaves out the last need of the joint list: no points.
    let list = r.rank_list_for(&r.representatives[0].name.clone());
    let last = list.last().unwrap().clone();
    let reps: Vec<String> = r
        .representatives
        .iter()
        .filter(|x| x.participates)
        .map(|x| x.name.clone())
        .collect();
    r.prioritization.rank_closed = false;
    let at: jiff::Timestamp = "2025-09-16T10:00:00Z".parse().unwrap();
    for rep in &reps {
        let order: Vec<String> = r
            .rank_list_for(rep)
            .into_iter()
            .filter(|n| *n != last)
            .collect();
        r.cast_ranking(rep, &order, at).unwrap();
    }
    r.close_ranking(at).unwrap();
    let rank = r.current_rank_tally().unwrap();
    assert!(
        rank.rows.iter().any(|x| x.number == last && x.points == 0),
        "{last}"
    );
    let p = deck(&Document::Tally, &r, "-resultat.pptx");
    let chart: String = slides(&p)
        .into_iter()
        .filter(|x| placeholder_text(x, "title").is_some_and(|t| t.starts_with("Poängen")))
        .collect();
    assert!(!chart.contains(&format!(" {last} ")), "no bar for {last}");
    assert_eq!(
        chart.matches(&format!("Utan poäng: {last}")).count(),
        1,
        "{chart}"
    );
    // The workbook's chart too: its range ends at the last need with points
    // (the rank sheet's table starts on row 4, its first need on row 5),
    // and the need without is named under the table.
    let xlsx = plan(&Document::Tally, &r, now())
        .unwrap()
        .into_iter()
        .find(|f| f.path.extension().is_some_and(|e| e == "xlsx"))
        .unwrap();
    let p = parts(&xlsx.bytes);
    let scored = rank.rows.iter().filter(|x| x.points > 0).count();
    let chart = get(&p, "xl/charts/chart2.xml");
    let range = format!("$D$5:$D${}<", 4 + scored);
    assert!(chart.contains(&range), "{range}: {chart}");
    let strings = get(&p, "xl/sharedStrings.xml");
    assert!(
        strings.contains(&format!("Utan poäng (inte med i diagrammet): {last}<")),
        "{strings}"
    );
}

#[test]
fn the_feedback_deck_has_a_slide_per_need_names_each_actor_once_and_says_no_answer_once() {
    let mut r = lbk::store::parse_round(
        lbk::store::samples::SAMPLES[0].text.as_bytes(),
        std::path::Path::new("a.ron"),
    )
    .unwrap();
    r.secretariat.name = "Kansliet för Partnerskapet Socialtjänst".into();
    let ranked = lbk::meeting::moment67::prioritised(&r);
    let p = deck(&Document::Feedback, &r, ".pptx");
    common_checks(&p, &format!("Återkoppling – {}", r.area));
    let s = slides(&p);
    let text: Vec<String> = s.iter().map(|x| common::held::plain(x)).collect();
    // One slide per need (a long one may go on), a summary, the RSS table.
    let per_need = s
        .iter()
        .filter(|x| {
            placeholder_text(x, "title")
                .is_some_and(|t| t.contains(" · ") && !t.ends_with("(forts.)"))
        })
        .count();
    assert_eq!(per_need, ranked.len());
    assert!(
        s.len() <= ranked.len() + 5,
        "{} slides for {} needs",
        s.len(),
        ranked.len()
    );
    let all = text.concat();
    assert!(
        !all.contains("inget ännu") && !all.contains("ännu ingen återkoppling"),
        "{all}"
    );
    for (i, t) in text.iter().enumerate().skip(2) {
        assert!(
            t.matches("Ingen återkoppling ännu").count() <= 1,
            "slide {i}: {t}"
        );
    }
    // Each actor that appears is written out the first time only.
    for a in r
        .actors
        .iter()
        .filter(|a| !a.name.is_empty() && a.name != a.code)
    {
        let long = format!("{} ({})", a.name, a.code);
        let n = all.matches(&long).count();
        assert!(n <= 1, "{long} written out {n} times");
        if all.contains(&format!(" {} ", a.code)) || all.contains(&format!(" {},", a.code)) {
            assert_eq!(n, 1, "{long} never written out");
        }
    }
}
