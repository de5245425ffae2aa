//! The slides the model asks for, planned as plain data (pure): the
//! moment-5 result for the NSK-S minutes and the moment-7 feedback meeting,
//! where the actors' answers are shown and the RSSs take them home. Written
//! as .pptx by `formats::pptx`. Content that does not fit one slide goes on to
//! the next with "(forts.)": nothing is shrunk out of sight or left out.

/// A line of a slide's body; `level` 1 is indented under the one above.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub text: String,
    pub level: u8,
    pub bold: bool,
}

pub(super) fn head(text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        level: 0,
        bold: true,
    }
}

pub(super) fn line(text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        level: 0,
        bold: false,
    }
}

pub(super) fn sub(text: impl Into<String>) -> Line {
    Line {
        text: text.into(),
        level: 1,
        bold: false,
    }
}

/// A bar of a chart: what it stands for, its value, and the chart's
/// largest value (a full-length bar), so a chart carried on to the next
/// slide keeps its scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: u32,
    pub top: u32,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    Lines(Vec<Line>),
    /// Header, the columns' shares of the width, rows.
    Table(Vec<String>, Vec<u32>, Vec<Vec<String>>),
    /// A bar chart: the bars, longest first, and a line under it.
    Bars(Vec<Bar>, String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Slide {
    pub title: String,
    pub body: Body,
    /// The speaker's notes: the numbers behind what the slide shows.
    pub notes: Vec<String>,
}

/// Bars per slide at 18 pt.
pub const SLIDE_BARS: usize = 12;

#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    pub title: String,
    pub subtitle: String,
    pub slides: Vec<Slide>,
}

/// Characters of body text per line and lines per slide at the body's
/// 18 pt on a 16:9 slide (measured in LibreOffice Impress with long
/// Swedish words, kept on the safe side).
const LINE_CHARS: usize = 88;
const SLIDE_LINES: usize = 15;
/// Table text is 18 pt too: characters per share of the width, and lines.
const TABLE_CHARS: usize = 88;
const TABLE_LINES: usize = 12;

fn lines_of(text: &str, chars: usize) -> usize {
    text.split('\n')
        .map(|l| l.chars().count().div_ceil(chars.max(1)).max(1))
        .sum()
}

/// One slide, or several when the body does not fit.
pub fn paginate(title: &str, body: Body) -> Vec<Slide> {
    let mut pages: Vec<Body> = vec![];
    match body {
        Body::Lines(lines) => {
            let mut page = vec![];
            let mut used = 0;
            // The heading the indented lines belong to, repeated over them
            // on the next slide.
            let mut heading: Option<Line> = None;
            for l in lines {
                let width = LINE_CHARS - usize::from(l.level) * 6;
                let n = lines_of(&l.text, width);
                if used + n > SLIDE_LINES && !page.is_empty() {
                    pages.push(Body::Lines(std::mem::take(&mut page)));
                    used = 0;
                    if let Some(h) = heading.as_ref().filter(|_| l.level > 0) {
                        page.push(Line {
                            text: format!("{} (forts.)", h.text),
                            ..h.clone()
                        });
                        used += lines_of(&h.text, LINE_CHARS);
                    }
                }
                if l.level == 0 && l.bold {
                    heading = Some(l.clone());
                }
                used += n;
                page.push(l);
            }
            pages.push(Body::Lines(page));
        }
        Body::Table(head, shares, rows) => {
            let total: u32 = shares.iter().sum::<u32>().max(1);
            let height = |r: &[String]| {
                r.iter()
                    .zip(&shares)
                    .map(|(c, s)| lines_of(c, TABLE_CHARS * *s as usize / total as usize))
                    .max()
                    .unwrap_or(1)
            };
            let head_lines = height(&head);
            let mut page = vec![];
            let mut used = head_lines;
            for r in rows {
                let n = height(&r);
                if used + n > TABLE_LINES && !page.is_empty() {
                    pages.push(Body::Table(
                        head.clone(),
                        shares.clone(),
                        std::mem::take(&mut page),
                    ));
                    used = head_lines;
                }
                used += n;
                page.push(r);
            }
            // A last page of one or two rows takes some from the one before,
            // so no row stands alone on a "(forts.)" slide.
            if let Some(Body::Table(_, _, prev)) = pages.last_mut() {
                while page.len() + 1 < prev.len() && page.len() < 3 {
                    page.insert(0, prev.pop().unwrap_or_default());
                }
            }
            pages.push(Body::Table(head, shares, page));
        }
        Body::Bars(bars, under) => {
            // As many bars on each slide as the slides need, not a full
            // slide and a few left over.
            let per = bars
                .len()
                .div_ceil(bars.len().div_ceil(SLIDE_BARS).max(1))
                .max(1);
            let mut chunks: Vec<Vec<Bar>> = bars.chunks(per).map(<[Bar]>::to_vec).collect();
            if chunks.is_empty() {
                chunks.push(vec![]);
            }
            let last = chunks.len() - 1;
            for (i, c) in chunks.into_iter().enumerate() {
                let line = if i == last {
                    under.clone()
                } else {
                    String::new()
                };
                pages.push(Body::Bars(c, line));
            }
        }
    }
    pages
        .into_iter()
        .enumerate()
        .map(|(i, body)| Slide {
            title: if i == 0 {
                title.to_string()
            } else {
                format!("{title} (forts.)")
            },
            body,
            notes: vec![],
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: usize, long_every: usize) -> Body {
        let rows = (0..rows)
            .map(|i| {
                let title = if long_every > 0 && i % long_every == 0 {
                    "Ett behov med en mycket lång titel som tar två rader i tabellen på bilden, minst"
                } else {
                    "Kort titel"
                };
                vec![i.to_string(), format!("GR-{i:02}"), title.to_string()]
            })
            .collect();
        Body::Table(
            vec!["Plats".into(), "Nr".into(), "Kunskapsbehov".into()],
            vec![10, 10, 56],
            rows,
        )
    }

    fn rows_of(slides: &[Slide]) -> Vec<Vec<String>> {
        slides
            .iter()
            .flat_map(|s| match &s.body {
                Body::Table(_, _, rows) => rows.clone(),
                Body::Lines(_) | Body::Bars(..) => vec![],
            })
            .collect()
    }

    #[test]
    fn a_long_table_is_paged_whole_in_order_and_no_row_stands_alone() {
        for (n, long) in [(1, 0), (14, 0), (15, 0), (16, 3), (40, 2), (97, 5)] {
            let Body::Table(_, _, all) = table(n, long) else {
                unreachable!()
            };
            let slides = paginate("Resultat", table(n, long));
            assert_eq!(rows_of(&slides), all, "{n} rows, every one in order");
            for (i, s) in slides.iter().enumerate() {
                assert_eq!(s.title.ends_with("(forts.)"), i > 0);
                let Body::Table(_, _, rows) = &s.body else {
                    unreachable!()
                };
                let used: usize = 1 + rows
                    .iter()
                    .map(|r| lines_of(&r[2], TABLE_CHARS * 56 / 76))
                    .sum::<usize>();
                assert!(used <= TABLE_LINES, "{n} rows: page {i} holds {used} lines");
            }
            if slides.len() > 1 {
                let Body::Table(_, _, last) = &slides[slides.len() - 1].body else {
                    unreachable!()
                };
                assert!(
                    last.len() >= 3.min(n),
                    "{n} rows: a last page of {}",
                    last.len()
                );
            }
        }
    }

    #[test]
    fn lines_go_on_to_the_next_slide_rather_than_off_this_one() {
        let lines: Vec<Line> = (0..40).map(|i| line(format!("Rad {i}"))).collect();
        let slides = paginate("Sammanfattning", Body::Lines(lines.clone()));
        assert_eq!(slides.len(), 40usize.div_ceil(SLIDE_LINES));
        let back: Vec<Line> = slides
            .iter()
            .flat_map(|s| match &s.body {
                Body::Lines(l) => l.clone(),
                Body::Table(..) | Body::Bars(..) => vec![],
            })
            .collect();
        assert_eq!(back, lines);
    }

    #[test]
    fn a_heading_is_repeated_over_its_lines_on_the_next_slide() {
        let mut lines = vec![head("Tas om hand (20)")];
        lines.extend((0..20).map(|i| sub(format!("GR-{i:02} ett behov"))));
        let slides = paginate("Sammanfattning", Body::Lines(lines));
        assert!(slides.len() > 1);
        let Body::Lines(second) = &slides[1].body else {
            unreachable!()
        };
        assert_eq!(second[0], head("Tas om hand (20) (forts.)"));
        assert_eq!(second[1].level, 1);
    }
}
