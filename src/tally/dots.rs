//! The dot vote of a network meeting (moment 2): dots per need, placed as
//! in sport, most dots first, ties listed by number.

use super::places::{Place, assign_places, number_order};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DotRow {
    pub number: String,
    pub dots: u32,
    pub place: Place,
}

pub fn dot_tally(needs: &[(&str, u32)]) -> Vec<DotRow> {
    let mut order: Vec<(&str, u32)> = needs.to_vec();
    order.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| number_order(a.0, b.0)));
    let places = assign_places(&order, |a, b| a.1 == b.1);
    order
        .iter()
        .zip(places)
        .map(|((n, d), place)| DotRow {
            number: n.to_string(),
            dots: *d,
            place,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_dots_first_and_ties_share_a_place() {
        let rows = dot_tally(&[("GR-02", 3), ("GR-10", 5), ("GR-01", 3), ("GR-03", 0)]);
        let got: Vec<_> = rows
            .iter()
            .map(|r| (r.number.as_str(), r.dots, r.place.place, r.place.shared))
            .collect();
        assert_eq!(
            got,
            vec![
                ("GR-10", 5, 1, false),
                ("GR-01", 3, 2, true),
                ("GR-02", 3, 2, true),
                ("GR-03", 0, 4, false)
            ]
        );
    }
}
