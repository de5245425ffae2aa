use super::*;

fn editor(stage: Stage, max: Option<usize>) -> BallotEditor {
    BallotEditor {
        stage,
        representative: "Anna".into(),
        list: ["GR-01", "GR-02", "GÄV-01", "HAL-01"]
            .iter()
            .map(|s| s.to_string())
            .collect(),
        chosen: vec![],
        input: String::new(),
        cursor: 0,
        max,
        original: vec![],
        error: None,
    }
}

fn typed(e: &mut BallotEditor, s: &str) {
    s.chars().for_each(|c| e.type_char(c));
}

#[test]
fn typed_numbers_are_taken_in_and_refusals_keep_the_typing() {
    let mut e = editor(Stage::Pick, Some(2));
    typed(&mut e, "gr1 gäv1 ");
    assert_eq!(e.chosen, vec!["GR-01", "GÄV-01"]);
    typed(&mut e, "hal1 ");
    assert!(e.error.as_deref().unwrap().contains("Högst 2"));
    assert_eq!(e.input, "hal1", "the refused number stays typed");
    e.input.clear();
    e.backspace();
    typed(&mut e, "gr-01 ");
    assert!(e.error.as_deref().unwrap().contains("redan vald"));
    e.input = "xx9".into();
    e.commit();
    assert!(e.error.as_deref().unwrap().contains("finns inte"));
    assert_eq!(e.chosen, vec!["GR-01"]);
}

#[test]
fn space_with_nothing_typed_toggles_the_row_under_the_cursor() {
    let mut e = editor(Stage::Pick, Some(3));
    e.move_cursor(true);
    e.type_char(' ');
    assert_eq!(e.chosen, vec!["GR-02"]);
    e.type_char(' ');
    assert!(e.chosen.is_empty());
}

#[test]
fn tab_completes_the_one_match_or_the_shared_beginning() {
    let mut e = editor(Stage::Pick, Some(3));
    e.input = "h".into();
    e.complete();
    assert_eq!(e.input, "HAL-01");
    e.input = "gr".into();
    e.complete();
    assert_eq!(e.input, "GR-0");
}

#[test]
fn a_ranking_keeps_order_and_items_move() {
    let mut e = editor(Stage::Rank, None);
    typed(&mut e, "hal1 gr2 gr1");
    assert_eq!(e.finish().unwrap(), vec!["HAL-01", "GR-02", "GR-01"]);
    assert_eq!(e.shown(), vec!["HAL-01", "GR-02", "GR-01", "GÄV-01"]);
    e.cursor = 2;
    e.move_item(true);
    assert_eq!(e.chosen, vec!["HAL-01", "GR-01", "GR-02"]);
    assert_eq!(e.cursor, 1);
    e.cursor = 3;
    e.move_item(true);
    assert!(e.error.is_some(), "an unranked row does not move");
}

#[test]
fn finish_refuses_when_the_last_typed_number_is_wrong() {
    let mut e = editor(Stage::Pick, Some(3));
    typed(&mut e, "gr1 nej");
    assert_eq!(e.finish(), None);
    assert_eq!(e.chosen, vec!["GR-01"]);
}
