//! Places numbered as in sport: 1, 2, 2, 4. Two entries share a place when
//! their keys are equal; the caller decides what the key holds.

pub use crate::domain::need::number_order;

/// A place and whether it is shared with another entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub place: usize,
    pub shared: bool,
}

/// Given entries already sorted best first, and a function saying whether
/// two neighbours tie, gives each its sport-style place.
pub fn assign_places<T>(sorted: &[T], tie: impl Fn(&T, &T) -> bool) -> Vec<Place> {
    let mut places: Vec<Place> = Vec::with_capacity(sorted.len());
    for i in 0..sorted.len() {
        let place = if i > 0 && tie(&sorted[i - 1], &sorted[i]) {
            places[i - 1].place
        } else {
            i + 1
        };
        places.push(Place {
            place,
            shared: false,
        });
    }
    for i in 0..places.len() {
        let shared = (i > 0 && places[i - 1].place == places[i].place)
            || (i + 1 < places.len() && places[i + 1].place == places[i].place);
        places[i].shared = shared;
    }
    places
}

/// "1:a", "2:a", "3:e", "4:e"... as Swedish ordinals are written.
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1 | 2, 11 | 12) => "e",
        (1 | 2, _) => "a",
        _ => "e",
    };
    format!("{n}:{suffix}")
}

/// How a place is shown: "3" or "delad 3:e plats".
pub fn place_label(p: Place) -> String {
    if p.shared {
        format!("delad {} plats", ordinal(p.place))
    } else {
        p.place.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_sharing_second_place_make_the_next_fourth() {
        let scores = [9, 7, 7, 3];
        let p: Vec<_> = assign_places(&scores, |a, b| a == b)
            .iter()
            .map(|p| p.place)
            .collect();
        assert_eq!(p, vec![1, 2, 2, 4]);
    }

    #[test]
    fn shared_is_set_on_every_member_of_a_tie_and_only_there() {
        let scores = [5, 5, 4, 2, 2, 2];
        let places = assign_places(&scores, |a, b| a == b);
        let shared: Vec<_> = places.iter().map(|p| p.shared).collect();
        assert_eq!(shared, vec![true, true, false, true, true, true]);
        assert_eq!(places[5].place, 4);
    }

    #[test]
    fn ordinals_are_swedish() {
        assert_eq!(ordinal(1), "1:a");
        assert_eq!(ordinal(2), "2:a");
        assert_eq!(ordinal(3), "3:e");
        assert_eq!(ordinal(11), "11:e");
        assert_eq!(ordinal(12), "12:e");
        assert_eq!(ordinal(21), "21:a");
        assert_eq!(
            place_label(Place {
                place: 3,
                shared: true
            }),
            "delad 3:e plats"
        );
        assert_eq!(
            place_label(Place {
                place: 3,
                shared: false
            }),
            "3"
        );
    }

    #[test]
    fn need_numbers_sort_by_sequence_as_a_number() {
        let mut v = vec!["GR-10", "GR-2", "BLE-5"];
        v.sort_by(|a, b| number_order(a, b));
        assert_eq!(v, vec!["BLE-5", "GR-2", "GR-10"]);
    }
}
