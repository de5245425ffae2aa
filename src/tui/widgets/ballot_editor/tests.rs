use super::*;

fn editor(stage: Stage, max: Option<usize>) -> BallotEditor {
    let rows: Vec<String> = ["GR-01", "GR-02", "GÄV-01", "HAL-01", "STH-01"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    BallotEditor::with(stage, "Anna", rows.clone(), rows, vec![], max)
}

fn typed(e: &mut BallotEditor, s: &str) {
    s.chars().for_each(|c| e.type_char(c));
}

fn marked(e: &BallotEditor) -> Vec<&str> {
    e.refused.iter().map(|r| r.token.as_str()).collect()
}

#[test]
fn a_refused_token_stays_marked_and_typing_goes_on_after_it() {
    let mut e = editor(Stage::Pick, Some(5));
    typed(&mut e, "sto1 upp3 dal1 hal1 ");
    assert_eq!(
        e.chosen,
        vec!["HAL-01"],
        "the good number after the bad ones is taken"
    );
    assert_eq!(marked(&e), vec!["sto1", "upp3", "dal1"]);
    assert!(e.input.is_empty(), "nothing glued to the refused tokens");
    assert_eq!(e.refused[0].suggestion.as_deref(), Some("STH-01"));
    // Ctrl+W strikes the last refused token, Ctrl+U the rest.
    e.clear_token();
    assert_eq!(marked(&e), vec!["sto1", "upp3"]);
    e.clear_line();
    assert!(e.refused.is_empty());
}

#[test]
fn codes_without_a_ring_or_dots_and_row_numbers_are_taken() {
    let mut e = editor(Stage::Pick, Some(5));
    typed(&mut e, "gav1 GR-02 4 5");
    assert_eq!(
        e.finish().unwrap(),
        vec!["GÄV-01", "GR-02", "HAL-01", "STH-01"]
    );
    let mut e = editor(Stage::Pick, Some(5));
    typed(&mut e, "6 0 ");
    assert_eq!(marked(&e), vec!["6", "0"], "rows outside 1–5 are refused");
    assert!(e.error.as_deref().unwrap().contains("1–5"));
}

#[test]
fn a_near_miss_is_offered_and_tab_takes_it_never_silently() {
    let mut e = editor(Stage::Pick, Some(5));
    typed(&mut e, "sto1 ");
    assert!(e.chosen.is_empty(), "the near miss is not taken on its own");
    assert!(e.error.as_deref().unwrap().contains("Menade du STH-01?"));
    e.complete();
    assert_eq!(e.chosen, vec!["STH-01"]);
    assert!(e.refused.is_empty());
}

#[test]
fn a_pick_too_many_is_marked_and_a_duplicate_is_only_said() {
    let mut e = editor(Stage::Pick, Some(2));
    typed(&mut e, "gr1 gr1 gr2 hal1 ");
    assert_eq!(e.chosen, vec!["GR-01", "GR-02"]);
    assert_eq!(marked(&e), vec!["hal1"]);
    assert!(e.error.as_deref().unwrap().contains("Högst 2"));
    assert_eq!(e.finish(), None, "not saved while a token is marked");
    e.clear_token();
    assert_eq!(e.finish().unwrap(), vec!["GR-01", "GR-02"]);
}

#[test]
fn backspace_on_an_empty_line_says_what_it_took_and_ctrl_z_puts_it_back() {
    let mut e = editor(Stage::Pick, Some(3));
    typed(&mut e, "gr1 hal1 xx ");
    e.backspace();
    assert_eq!(e.input, "xx", "the refused token comes back to be edited");
    e.backspace();
    e.backspace();
    assert!(e.input.is_empty() && e.refused.is_empty());
    assert_eq!(e.chosen, vec!["GR-01", "HAL-01"]);
    e.backspace();
    assert_eq!(e.chosen, vec!["GR-01"]);
    assert!(e.info.as_deref().unwrap().contains("HAL-01 togs bort"));
    e.undo();
    assert_eq!(e.chosen, vec!["GR-01", "HAL-01"]);
}

#[test]
fn space_toggles_the_row_only_right_after_moving_in_the_list() {
    let mut e = editor(Stage::Pick, Some(3));
    e.move_cursor(true);
    e.type_char(' ');
    assert_eq!(e.chosen, vec!["GR-02"]);
    e.type_char(' ');
    assert!(e.chosen.is_empty());
    typed(&mut e, "gr1  ");
    assert_eq!(
        e.chosen,
        vec!["GR-01"],
        "a double space after typing toggles nothing"
    );
}

#[test]
fn tab_completes_the_one_match_or_lists_several() {
    let mut e = editor(Stage::Pick, Some(3));
    e.input = "h".into();
    e.complete();
    assert_eq!(e.input, "HAL-01");
    e.input = "ga".into();
    e.complete();
    assert_eq!(e.input, "GÄV-01", "å/ä/ö optional when completing");
    e.input = "gr".into();
    e.complete();
    assert!(e.info.as_deref().unwrap().contains("GR-01 GR-02"));
}

#[test]
fn a_ranking_keeps_order_and_items_move() {
    let mut e = editor(Stage::Rank, None);
    e.list.truncate(4);
    typed(&mut e, "hal1 2 gr1 sth1");
    assert_eq!(e.finish(), None, "STH-01 is not on the list to rank");
    assert_eq!(e.chosen, vec!["HAL-01", "GR-02", "GR-01"]);
    e.clear_line();
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
fn ctrl_z_puts_back_what_ctrl_u_and_ctrl_w_struck_and_ctrl_w_takes_the_marked_token_first() {
    let mut e = editor(Stage::Pick, Some(5));
    typed(&mut e, "sto1 gr");
    e.clear_token();
    assert!(e.refused.is_empty(), "the marked token goes first");
    assert_eq!(e.input, "gr", "what is being typed stays");
    e.undo();
    assert_eq!(marked(&e), vec!["sto1"]);
    e.clear_line();
    assert!(e.refused.is_empty() && e.input.is_empty());
    e.undo();
    assert_eq!((marked(&e), e.input.as_str()), (vec!["sto1"], "gr"));
}

#[test]
fn in_a_ranking_tab_puts_the_offered_code_where_the_typo_was_and_never_one_off_the_list() {
    let mut e = editor(Stage::Rank, None);
    e.list = vec!["GR-01".into(), "HAL-01".into(), "STH-01".into()];
    typed(&mut e, "sto1 hal1 gr1 ");
    e.complete();
    assert_eq!(
        e.chosen,
        vec!["STH-01", "HAL-01", "GR-01"],
        "dictated order kept"
    );
    // GÄV-01 is on the compilation but not on the list to rank: no offer.
    typed(&mut e, "gäv1 ");
    assert_eq!(e.refused[0].suggestion, None);
    e.complete();
    assert_eq!(e.chosen.len(), 3);
}
