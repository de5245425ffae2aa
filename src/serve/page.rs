//! The ballot page a representative's phone shows: plain HTML rendered on
//! the server, readable at 360 px, working with no JavaScript and with a
//! screen reader (every field labelled, one heading per page). Three pages:
//! the code, the ballot (the pick stage's checkboxes with "välj N", or the
//! rank stage's place per need), and the ballot as received. Never the
//! tally, never another person's ballot. Text from the round is escaped.

use crate::domain::Round;
use crate::domain::priority::Stage;

/// Text for HTML: the five special characters escaped, control
/// characters dropped.
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in crate::domain::text_safety::clean_line(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;font-size:1.1rem;line-height:1.4}\
h1{font-size:1.4rem}label.need{display:flex;gap:.75rem;align-items:flex-start;padding:.75rem .5rem;border-bottom:1px solid #ccc;min-height:2.75rem}\
input[type=checkbox]{width:1.75rem;height:1.75rem;flex:none}select{font-size:1.1rem;min-height:2.75rem;flex:none}\
input[type=text]{font-size:1.4rem;padding:.5rem;width:10ch;letter-spacing:.2em;text-transform:uppercase}\
button{font-size:1.2rem;padding:.8rem 1.5rem;margin-top:1rem;min-height:3rem}.fel{color:#a00;font-weight:bold}.ok{color:#060}";

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{t}</title><style>{STYLE}</style></head><body>\n<main>\n<h1>{t}</h1>\n{body}\n</main>\n</body></html>\n",
        t = esc(title)
    )
}

fn error_line(error: Option<&str>) -> String {
    error
        .map(|e| format!("<p class=\"fel\" role=\"alert\">{}</p>\n", esc(e)))
        .unwrap_or_default()
}

/// The first page: the personal code.
pub fn code_page(area: &str, error: Option<&str>) -> String {
    page(
        &format!("Prioritering – {area}"),
        &format!(
            "{}<form method=\"post\" action=\"/\">\n<label for=\"kod\">Din personliga kod (sex tecken)</label><br>\n\
<input type=\"text\" id=\"kod\" name=\"kod\" autocomplete=\"off\" autocapitalize=\"characters\" maxlength=\"12\" required>\n\
<br><button type=\"submit\">Fortsätt</button>\n</form>",
            error_line(error)
        ),
    )
}

/// The ballot for `name` in the open stage, with what is chosen so far.
pub fn ballot_page(
    r: &Round,
    name: &str,
    code: &str,
    chosen: &[String],
    error: Option<&str>,
) -> String {
    let stage = r.phone_stage().unwrap_or(Stage::Pick);
    let hidden = format!(
        "<input type=\"hidden\" name=\"kod\" value=\"{}\">",
        esc(code)
    );
    let body = match stage {
        Stage::Pick => {
            let max = r.prioritization.max_picks;
            let mut rows = String::new();
            for (i, n) in r.final_compilation().iter().enumerate() {
                let on = if chosen.contains(&n.number) {
                    " checked"
                } else {
                    ""
                };
                rows.push_str(&format!(
                    "<label class=\"need\" for=\"v{i}\"><input type=\"checkbox\" id=\"v{i}\" name=\"val\" value=\"{num}\"{on}><span><b>{num}</b> {title}</span></label>\n",
                    num = esc(&n.number),
                    title = esc(&n.title)
                ));
            }
            format!(
                "<p>{who}: välj {max} behov (högst {max}).</p>\n{err}<form method=\"post\" action=\"/valsedel\">\n{hidden}\n<fieldset><legend>Välj {max}</legend>\n{rows}</fieldset>\n<button type=\"submit\">Skicka valsedeln</button>\n</form>",
                who = esc(name),
                err = error_line(error),
            )
        }
        Stage::Rank => {
            let list = r.rank_list_for(name);
            let mut rows = String::new();
            for (i, number) in list.iter().enumerate() {
                let title = r.need(number).map(|n| n.title.as_str()).unwrap_or("");
                let place = chosen.iter().position(|c| c == number).map(|p| p + 1);
                let mut options = String::from("<option value=\"\">–</option>");
                for p in 1..=list.len() {
                    let on = if place == Some(p) { " selected" } else { "" };
                    options.push_str(&format!("<option value=\"{p}\"{on}>{p}</option>"));
                }
                rows.push_str(&format!(
                    "<label class=\"need\" for=\"p{i}\"><select id=\"p{i}\" name=\"plats_{num}\">{options}</select><span><b>{num}</b> {title}</span></label>\n",
                    num = esc(number),
                    title = esc(title)
                ));
            }
            format!(
                "<p>{who}: ge varje behov en plats, 1 är mest angeläget. Varje plats en gång.</p>\n{err}<form method=\"post\" action=\"/valsedel\">\n{hidden}\n<fieldset><legend>Rangordning</legend>\n{rows}</fieldset>\n<button type=\"submit\">Skicka rangordningen</button>\n</form>",
                who = esc(name),
                err = error_line(error),
            )
        }
    };
    page(&format!("{} – {}", stage_title(stage), r.area), &body)
}

fn stage_title(stage: Stage) -> &'static str {
    match stage {
        Stage::Pick => "Val av behov",
        Stage::Rank => "Rangordning",
    }
}

/// The ballot as received, with the time, and a way to change it while
/// the stage is open.
pub fn received_page(
    r: &Round,
    name: &str,
    code: &str,
    ballot: &[String],
    at: &str,
    held: bool,
) -> String {
    let items: String = ballot
        .iter()
        .map(|n| {
            let title = r.need(n).map(|x| x.title.as_str()).unwrap_or("");
            format!("<li><b>{}</b> {}</li>", esc(n), esc(title))
        })
        .collect();
    let said = if held {
        "Mottaget. Kansliet hade redan skrivit in en valsedel för dig och bekräftar vilken som gäller."
    } else {
        "Mottaget och räknat."
    };
    page(
        "Valsedeln är mottagen",
        &format!(
            "<p class=\"ok\" role=\"status\">{said} Klockan {at}.</p>\n<p>{who}:</p>\n<ol>{items}</ol>\n\
<form method=\"post\" action=\"/\"><input type=\"hidden\" name=\"kod\" value=\"{code}\">\
<button type=\"submit\">Ändra valsedeln</button></form>\n<p>Du kan ändra tills steget stängs.</p>",
            who = esc(name),
            code = esc(code),
        ),
    )
}

/// When no stage is open, or the server is stopping.
pub fn closed_page(area: &str) -> String {
    page(
        &format!("Prioritering – {area}"),
        "<p>Röstningen är stängd. Tack!</p>",
    )
}
