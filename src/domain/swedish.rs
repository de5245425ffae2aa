//! Numbers and counts as Swedish readers read them: a decimal comma, a space
//! between thousands, and nouns that agree with their number.

/// Rounds half away from zero to `places` decimals (2,125 → 2,13; the same
/// everywhere a mean is shown or written).
pub fn round_half_away(x: f64, places: u32) -> f64 {
    let f = 10f64.powi(places as i32);
    let scaled = x * f;
    // A tiny nudge so that 1.125 stored as 1.12499999… still rounds up.
    let nudged = scaled + scaled.signum() * 1e-9;
    nudged.round() / f
}

/// A decimal number for people: `1,63`, rounded half away from zero.
pub fn decimal(x: f64, places: u32) -> String {
    let rounded = round_half_away(x, places);
    format!("{rounded:.prec$}", prec = places as usize).replace('.', ",")
}

/// A whole number with a (non-breaking) space between thousands: `5 000`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    out
}

/// "1 egen omgång", "3 egna omgångar": the number and the form that agrees.
/// "Eva", "Eva och Per", "Eva, Per och Lina".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} och {last}", rest.join(", ")),
    }
}

pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_have_a_comma_and_round_half_away_from_zero() {
        assert_eq!(decimal(1.625, 2), "1,63");
        let names = |n: &[&str]| n.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            and_list(&names(&["Eva", "Per", "Lina"])),
            "Eva, Per och Lina"
        );
        assert_eq!(and_list(&names(&["Eva"])), "Eva");
        assert_eq!(decimal(1.125, 2), "1,13");
        assert_eq!(decimal(2.0, 2), "2,00");
        assert_eq!(decimal(-1.125, 2), "-1,13");
        assert_eq!(decimal(3.789, 2), "3,79");
        assert_eq!(round_half_away(1.125, 2), 1.13);
    }

    #[test]
    fn thousands_and_agreement() {
        assert_eq!(thousands(5000), "5\u{a0}000");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(count(1, "egen omgång", "egna omgångar"), "1 egen omgång");
        assert_eq!(count(0, "egen omgång", "egna omgångar"), "0 egna omgångar");
        assert_eq!(count(2, "behov", "behov"), "2 behov");
    }
}
