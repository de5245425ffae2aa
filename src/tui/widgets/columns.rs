//! Table columns that give way in a set order. Key facts (a need's number, a
//! place, a merge target) keep their width at any window size; free text
//! gives way first, then the next column, each down to its minimum. What
//! room is left over goes to the widest text column.

use ratatui::layout::Constraint;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Col {
    /// Its width when there is room.
    pub want: u16,
    /// The least it may have.
    pub min: u16,
    /// Which gives way first: higher gives first; 0 never shrinks.
    pub gives: u8,
}

impl Col {
    /// A key fact: always its full width.
    pub const fn fixed(width: u16) -> Col {
        Col {
            want: width,
            min: width,
            gives: 0,
        }
    }

    /// Text that may be cut, down to `min`, in the order `gives`.
    pub const fn text(want: u16, min: u16, gives: u8) -> Col {
        Col { want, min, gives }
    }
}

/// The widths of `cols` in `total` cells, one cell between columns.
pub fn fit_columns(total: u16, cols: &[Col]) -> Vec<u16> {
    let spacing = cols.len().saturating_sub(1) as u16;
    let room = total.saturating_sub(spacing);
    let mut widths: Vec<u16> = cols.iter().map(|c| c.want).collect();
    let mut order: Vec<usize> = (0..cols.len()).filter(|i| cols[*i].gives > 0).collect();
    order.sort_by(|a, b| cols[*b].gives.cmp(&cols[*a].gives));
    for &i in &order {
        let sum: u16 = widths.iter().sum();
        if sum <= room {
            break;
        }
        let over = sum - room;
        widths[i] = widths[i].saturating_sub(over).max(cols[i].min);
    }
    let sum: u16 = widths.iter().sum();
    let widest = order
        .iter()
        .copied()
        .max_by_key(|i| (cols[*i].want, cols[*i].gives));
    if sum < room
        && let Some(widest) = widest
    {
        widths[widest] += room - sum;
    }
    widths
}

/// The same as constraints for a ratatui table.
pub fn constraints(total: u16, cols: &[Col]) -> Vec<Constraint> {
    fit_columns(total, cols)
        .into_iter()
        .map(Constraint::Length)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn free_text_gives_way_first_and_key_facts_never() {
        let cols = [
            Col::fixed(6),        // number
            Col::text(40, 8, 2),  // title: gives first
            Col::text(24, 12, 1), // status: gives next
            Col::fixed(5),        // raised by
        ];
        assert_eq!(fit_columns(100, &cols), vec![6, 62, 24, 5]);
        assert_eq!(fit_columns(60, &cols), vec![6, 22, 24, 5]);
        assert_eq!(fit_columns(40, &cols), vec![6, 8, 18, 5]);
        // Narrower than the minimums: the fixed columns still keep theirs.
        assert_eq!(fit_columns(20, &cols), vec![6, 8, 12, 5]);
    }
}
