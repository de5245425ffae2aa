use super::*;

fn sample() -> Round {
    crate::store::parse_round(
        crate::store::samples::SAMPLES[1].text.as_bytes(),
        std::path::Path::new("x"),
    )
    .unwrap()
}

#[test]
fn a_ballot_and_a_log_entry_are_written_as_themselves_and_come_back() {
    let before = sample();
    let mut after = before.clone();
    let at = jiff::Timestamp::from_second(1_790_000_000).unwrap();
    let voter = after.voters()[5].clone();
    let list: Vec<String> = after
        .final_compilation()
        .iter()
        .take(3)
        .map(|n| n.number.clone())
        .collect();
    after.cast_picks(&voter, &list, at).unwrap();
    let p = diff(&before, &after);
    let names: Vec<&str> = p
        .fields
        .iter()
        .map(|f| match f {
            FieldPatch::Whole { field, .. }
            | FieldPatch::Items { field, .. }
            | FieldPatch::Splice { field, .. } => field.as_str(),
        })
        .collect();
    assert!(
        names.contains(&"prioritization.pick_ballots") && names.contains(&"log"),
        "{names:?}"
    );
    assert!(!names.contains(&"needs"));
    if let Some(FieldPatch::Items { set, .. }) = p.fields.iter().find(
        |f| matches!(f, FieldPatch::Items { field, .. } if field == "prioritization.pick_ballots"),
    ) {
        assert_eq!(set.len(), 1, "only the new ballot, not the others");
    }
    if let Some(FieldPatch::Items { set, .. }) = p
        .fields
        .iter()
        .find(|f| matches!(f, FieldPatch::Items { field, .. } if field == "log"))
    {
        assert_eq!(set.len(), 1, "only the new entry");
    }
    let mut again = before.clone();
    apply(&mut again, &p).unwrap();
    assert_eq!(again, after);
    assert!(diff(&after, &after).is_empty());
}

#[test]
fn changes_at_both_ends_of_a_long_list_and_one_less_are_all_found() {
    let mut before = sample();
    let model = before.needs[0].clone();
    while before.needs.len() < 2500 {
        let mut n = model.clone();
        n.number = format!("X-{}", before.needs.len());
        before.needs.push(n);
    }
    let mut after = before.clone();
    let half = after.needs.len() / 2;
    // Changes here and there, and one need less at the end.
    for i in [3, half - 1, half, half + 200] {
        after.needs[i].title = format!("{} (ändrad)", after.needs[i].title).into();
    }
    after.needs.pop();
    let voter = after.voters()[0].clone();
    after
        .withdraw_picks(&voter, jiff::Timestamp::UNIX_EPOCH)
        .ok();
    let p = diff(&before, &after);
    let Some(FieldPatch::Items { set, len, .. }) = p
        .fields
        .iter()
        .find(|f| matches!(f, FieldPatch::Items { field, .. } if field == "needs"))
    else {
        panic!("the needs changed: {p:?}");
    };
    assert_eq!(*len, after.needs.len());
    let places: Vec<usize> = set.iter().map(|(i, _)| *i).collect();
    assert_eq!(places, vec![3, half - 1, half, half + 200]);
    let mut again = before.clone();
    apply(&mut again, &p).unwrap();
    assert_eq!(again, after);
}

#[test]
fn removed_and_changed_items_and_a_bad_patch() {
    let before = sample();
    let mut after = before.clone();
    after.needs.remove(3);
    after.needs[0].title = format!("{} (ändrad)", after.needs[0].title).into();
    after.area = "Annat".into();
    let p = diff(&before, &after);
    let mut again = before.clone();
    apply(&mut again, &p).unwrap();
    assert_eq!(again, after);
    let bad = Patch {
        fields: vec![FieldPatch::Whole {
            field: "nope".into(),
            value: RawValue::from_string("null".into()).unwrap(),
        }],
    };
    let mut same = before.clone();
    assert!(
        apply(&mut same, &bad)
            .unwrap_err()
            .contains("okänt fält nope")
    );
    let short = Patch {
        fields: vec![FieldPatch::Items {
            field: "needs".into(),
            len: before.needs.len() + 5,
            set: vec![],
        }],
    };
    assert!(apply(&mut same, &short).is_err());
    assert_eq!(same, before, "a refused patch changes nothing");
}

#[test]
fn a_person_taken_off_the_front_of_a_long_list_is_written_as_that_alone() {
    let mut before = sample();
    before.prioritization.present = (0..300).map(|i| format!("Representant {i:03}")).collect();
    let mut after = before.clone();
    after.prioritization.present.remove(0);
    let mut middle = before.clone();
    middle
        .prioritization
        .present
        .insert(150, "Ny Person".into());
    for (to, at_, inserted) in [(&after, 0, 0), (&middle, 150, 1)] {
        let p = diff(&before, to);
        let [
            FieldPatch::Splice {
                field,
                at,
                remove,
                insert,
            },
        ] = &p.fields[..]
        else {
            panic!("one splice: {p:?}");
        };
        assert_eq!(field, "prioritization.present");
        assert_eq!((*at, insert.len()), (at_, inserted), "{p:?}");
        assert_eq!(*remove, 1 - inserted, "{p:?}");
        let mut again = before.clone();
        apply(&mut again, &p).unwrap();
        assert_eq!(&again, to);
    }
    // A splice that reaches past the list now changes nothing.
    let past = Patch {
        fields: vec![FieldPatch::Splice {
            field: "prioritization.present".into(),
            at: 299,
            remove: 2,
            insert: vec![],
        }],
    };
    let mut same = before.clone();
    let e = apply(&mut same, &past).unwrap_err();
    assert!(e.contains("utanför listans 300"), "{e}");
    assert_eq!(same, before);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(300))]
    /// Whatever became of a list (items changed, taken out, put in
    /// anywhere), its record made from the two brings the one to the other.
    #[test]
    fn any_list_change_is_brought_back_whole(
        names in proptest::collection::vec(0u8..6, 0..40),
        edits in proptest::collection::vec((0u8..3, 0usize..50, 0u8..6), 0..8),
    ) {
        let mut before = sample();
        before.prioritization.present = names.iter().map(|n| format!("P{n}")).collect();
        let mut after = before.clone();
        let list = &mut after.prioritization.present;
        for (kind, at, name) in edits {
            let at = at.min(list.len());
            match kind {
                0 => list.insert(at, format!("P{name}")),
                1 if at < list.len() => { list.remove(at); }
                _ if at < list.len() => list[at] = format!("P{name}"),
                _ => {}
            }
        }
        let p = diff(&before, &after);
        let mut again = before.clone();
        apply(&mut again, &p).unwrap();
        proptest::prop_assert_eq!(again, after);
    }
}
